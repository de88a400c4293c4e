"""Chunking: sentence boundaries, exact offsets, and the model's token window."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunking import chunk_text, split_sentences

from .conftest import CORPUS


def test_sentences_have_exact_offsets_and_respect_line_breaks():
    text = "Headline without stop\nDr. Shaw spoke. She said: “It is cloning.” Then left.\n\nEnd."
    spans = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert spans[0].text == "Headline without stop"
    assert spans[-1].text == "End."
    assert "Dr. Shaw spoke." in [s.text for s in spans]


def test_seed_articles_chunk_within_window_and_cover_every_sentence(tokenizer):
    for path in CORPUS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        chunks = chunk_text(text, tokenizer, 200)
        assert len(chunks) >= 2
        for chunk in chunks:
            assert text[chunk.start : chunk.end] == chunk.text
            assert len(tokenizer.encode(chunk.text).ids) <= 202  # 200 + [CLS] + [SEP]
        covered = "".join(c.text for c in chunks)
        for sentence in split_sentences(text):
            assert sentence.text in covered
        assert [c.index for c in chunks] == list(range(len(chunks)))
        assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:], strict=False))


def test_overlong_sentence_is_cut_at_word_boundaries(tokenizer):
    text = "Start " + " ".join(f"word{i}" for i in range(400)) + " end."
    chunks = chunk_text(text, tokenizer, 50)
    assert len(chunks) > 5
    for chunk in chunks:
        assert len(tokenizer.encode(chunk.text, add_special_tokens=False).ids) <= 50
        assert text[chunk.start : chunk.end] == chunk.text
        # no word cut in two: each chunk starts and ends at a word edge
        assert chunk.start == 0 or text[chunk.start - 1] == " "
        assert chunk.end == len(text) or text[chunk.end] == " "


def test_empty_and_blank_text_give_no_chunks(tokenizer):
    assert chunk_text("", tokenizer, 200) == []
    assert chunk_text(" \n\n\t \n", tokenizer, 200) == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
def test_offsets_always_slice_to_the_chunk_text(tokenizer, text):
    for chunk in chunk_text(text, tokenizer, 24):
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.text.strip()
        assert len(tokenizer.encode(chunk.text, add_special_tokens=False).ids) <= 24

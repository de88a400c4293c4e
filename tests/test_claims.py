"""Per-source claims: a model reply counts only if it is verbatim and says something new."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.claims import check_reply, find_verbatim, normalise
from app.engine.evidence import Evidence

SENTENCE = "Anthropic alleges that Alibaba’s Qwen-Plus model reproduces core elements."


def item(quote: str = SENTENCE, start: int = 100, score: float = 0.5) -> Evidence:
    return Evidence(1, "doc", "corpus/a.txt", "A", quote, start, start + len(quote), score)


def test_normalise_keeps_length_and_plain_quotes():
    text = "Alibaba’s “model” İstanbul"
    assert len(normalise(text)) == len(text)
    assert normalise("Alibaba’s") == "alibaba's"


def test_find_verbatim_ignores_case_and_quote_style():
    assert find_verbatim("alibaba's qwen-plus model", SENTENCE) == (23, 48)
    assert find_verbatim("Qwen3", SENTENCE) is None
    assert find_verbatim("  ", SENTENCE) is None


def test_find_verbatim_ignores_accents_dashes_and_spacing_around_punctuation():
    text = (
        "It was the home venue of Ankara's Gençlerbirliği, built 1930–1931 "
        "in Blue Lake Township , Michigan ."
    )
    for phrase, found in [
        ("Ankara's Genclerbirligi", "Ankara's Gençlerbirliği"),
        ("1930-1931", "1930–1931"),
        ("Blue Lake Township, Michigan", "Blue Lake Township , Michigan"),
    ]:
        span = find_verbatim(phrase, text)
        assert span is not None and text[span[0] : span[1]] == found
    assert find_verbatim("BlueLake", text) is None  # words run together are other words
    assert find_verbatim("Ankara s", text) is None  # a space inside a word is not spacing


def test_verbatim_reply_becomes_a_claim_with_article_offsets():
    claim = check_reply("Which model is accused?", "Qwen-Plus", [item()])
    assert claim is not None and claim.value == "Qwen-Plus"
    assert SENTENCE[claim.start - 100 : claim.end - 100] == "Qwen-Plus"


def test_partial_word_is_widened_to_the_whole_word():
    claim = check_reply("Which model is accused?", "Qwen", [item()])
    assert claim is not None and claim.value == "Qwen-Plus"


def test_none_replies_and_unsupported_replies_are_no_claim():
    for reply in ("NONE", "None.", "N/A", "not stated", "", "Qwen3 Max"):
        assert check_reply("Which model is accused?", reply, [item()]) is None


def test_reply_repeating_the_question_is_no_claim():
    assert check_reply("Which Alibaba model is accused?", "Alibaba", [item()]) is None


def test_paraphrase_around_a_verbatim_core_keeps_the_core():
    quote = "Anthropic, founded by former OpenAI researchers, has long positioned itself."
    claim = check_reply(
        "Who founded Anthropic?",
        "Anthropic was founded by former OpenAI researchers.",
        [item(quote)],
    )
    assert claim is not None and claim.value == "founded by former OpenAI researchers"


def test_a_value_written_twice_is_read_in_the_sentence_most_relevant_to_the_question():
    # excerpts are in article order; the value's first sentence may say something else
    earlier = item("The bridge was designed by Harland Mews.", 0, score=0.3)
    later = item("Harland Mews has not replied to the council.", 41, score=0.7)
    claim = check_reply("Who has not replied to the council?", "Harland Mews", [earlier, later])
    assert claim is not None and claim.support is later and claim.start == 41


def test_a_value_written_twice_is_read_beside_the_kind_word_asked_for():
    # the more relevant sentence names it in passing; the other says it is the engine
    passing = item("Critics compared Falcon's noise with the rival.", 0, score=0.7)
    typed = item("The Falcon engine powers the new ferry.", 49, score=0.4)
    claim = check_reply("Which engine do critics say is noisy?", "Falcon", [passing, typed])
    assert claim is not None and claim.support is typed


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=300), st.data())
def test_a_verified_claim_always_slices_out_of_its_article(sentence, data):
    # any sentence inside an article, any reply cut from it (or noise around it): whatever
    # check_reply keeps is exactly article[start:end], and so is its supporting quote
    prefix = data.draw(st.text(max_size=50))
    article = prefix + sentence + data.draw(st.text(max_size=50))
    evidence = item(sentence, start=len(prefix))
    lo = data.draw(st.integers(0, len(sentence)))
    hi = data.draw(st.integers(lo, len(sentence)))
    reply = data.draw(st.sampled_from(["", "The answer is ", "«"])) + sentence[lo:hi]
    claim = check_reply("What?", reply, [evidence])
    if claim is not None:
        assert article[claim.start : claim.end] == claim.value
        assert claim.value.strip()
        support = claim.support
        assert article[support.start : support.end] == support.quote


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=200))
def test_find_verbatim_spans_always_match_ignoring_case_quotes_and_spacing(phrase, text):
    span = find_verbatim(phrase, text)
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(text)
        assert "".join(normalise(text[start:end]).split()) in "".join(normalise(phrase).split())

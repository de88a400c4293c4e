"""Split an article into sentence-aligned chunks that fit the embedding model's window.

Every sentence and chunk keeps its character offsets into the article text, so that
`text[start:end]` is always exactly the passage, ready to quote and highlight.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

_LINE = re.compile(r"[^\n]+")


class Tokenizer(Protocol):
    """Counts model tokens and finds their character offsets (a `tokenizers.Tokenizer`)."""

    def encode_batch(self, inputs: list[str], add_special_tokens: bool = ...) -> list: ...


@dataclass(frozen=True)
class Span:
    """A passage of an article: `text == article_text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk(Span):
    """A run of whole sentences (or a piece of an over-long one) embedded as one vector."""

    index: int


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text` with exact offsets; a line break always ends a sentence.

    blingfire finds the boundaries (about 1 ms per news article, 30x faster than pysbd);
    each sentence is then checked against the original text, so offsets are always exact.
    """
    from blingfire import text_to_sentences_and_offsets

    spans: list[Span] = []
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        _, offsets = text_to_sentences_and_offsets(line.group())
        cursor = line.start()
        for start, end in offsets:
            piece = text[line.start() + start : line.start() + end]
            stripped = piece.strip()
            if not stripped:
                continue
            found = text.find(stripped, cursor, line.end())
            if found < 0:  # offsets did not match the text: keep the rest of the line whole
                spans.extend(_strip_span(text[cursor : line.end()], cursor))
                break
            spans.append(Span(found, found + len(stripped), stripped))
            cursor = found + len(stripped)
    return spans


def _strip_span(segment: str, offset: int) -> list[Span]:
    stripped = segment.strip()
    if not stripped:
        return []
    start = offset + segment.index(stripped)
    return [Span(start, start + len(stripped), stripped)]


def chunk_text(text: str, tokenizer: Tokenizer, max_tokens: int) -> list[Chunk]:
    """Pack consecutive sentences into chunks of at most `max_tokens` model tokens.

    A sentence longer than the limit is cut at word boundaries into pieces that fit.
    """
    sentences = split_sentences(text)
    if not sentences:
        return []
    encodings = tokenizer.encode_batch([s.text for s in sentences], add_special_tokens=False)
    pieces: list[tuple[Span, int]] = []
    for sentence, encoding in zip(sentences, encodings, strict=True):
        if len(encoding.ids) <= max_tokens:
            pieces.append((sentence, len(encoding.ids)))
        else:
            pieces.extend(_split_long(text, sentence, encoding.offsets, max_tokens))
    return list(_pack(text, pieces, max_tokens))


def _split_long(
    text: str, sentence: Span, offsets: list[tuple[int, int]], max_tokens: int
) -> Iterator[tuple[Span, int]]:
    """Cut an over-long sentence into word-aligned pieces of at most `max_tokens` tokens."""
    first = 0
    while first < len(offsets):
        last = min(first + max_tokens, len(offsets))  # token indices [first, last)
        if last < len(offsets):
            # back up to a token that starts a new word, so no word is cut in two
            cut = last
            while cut > first + 1 and offsets[cut][0] == offsets[cut - 1][1]:
                cut -= 1
            last = cut if cut > first + 1 else last
        start = sentence.start + offsets[first][0]
        end = sentence.start + offsets[last - 1][1]
        yield Span(start, end, text[start:end]), last - first
        first = last


def _pack(text: str, pieces: list[tuple[Span, int]], max_tokens: int) -> Iterator[Chunk]:
    """Greedily group consecutive pieces while their token total stays within the limit."""
    group: list[Span] = []
    tokens = 0
    index = 0
    for span, count in pieces:
        # +1 leaves room for the token a joining space or newline may add
        if group and tokens + count + 1 > max_tokens:
            yield _chunk(text, group, index)
            index += 1
            group, tokens = [], 0
        group.append(span)
        tokens += count + (1 if len(group) > 1 else 0)
    if group:
        yield _chunk(text, group, index)


def _chunk(text: str, group: list[Span], index: int) -> Chunk:
    start, end = group[0].start, group[-1].end
    return Chunk(start=start, end=end, text=text[start:end], index=index)

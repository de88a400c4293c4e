"""Which articles tell one story and which values of two aligned sentences fill one slot:
the corpus scan's pairing step, before `conflicts.contradict` decides.

Articles tell one story when their mean sentence vectors are close and they name some of
the same people, places or things. Two sentences' values pair up when they fill the same
slot (slots.py) of statements about the same named things and have the same shape.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from . import amounts
from . import language as lang
from .language import stop_words
from .quantities import SYMBOLS
from .roles import same_things
from .slots import Slot, fillers, slot_of

if TYPE_CHECKING:
    from ingest.manifest import Entry

SAME_STORY_ABOVE = 0.82  # only articles this similar (mean sentence vectors) are compared
SHARED_NAMES = 2  # ... and that name at least this many of the same people, places or things
# reports of one story written weeks apart tell different parts of it (a crash, a charge, a
# verdict) and are less alike in meaning; naming many of the same people, places and things
# makes them follow-ups of one story, compared only on whether something has happened yet
FOLLOW_UP_ABOVE, FOLLOW_UP_NAMES = 0.6, 8
STORY_BLOCK = 1024  # articles per block of the all-pairs mean-vector comparison
_WORD = re.compile(r"\w[\w\-’']*")


def _capitalised_runs(line: str) -> list[str]:
    """Runs of capitalised words or numbers (a lone capitalised first word is left out):
    cheap name spotting for grouping articles into stories."""
    words = _WORD.findall(line)
    runs, i = [], 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1][:1].isupper():
            j += 1
        if i > 0 or j > 0:
            runs.append(" ".join(words[i : j + 1]))
        i = j + 1
    return runs


def name_words(value: str) -> set[str]:
    """Lower-cased words of a name, possessives dropped (for indexing, not comparing)."""
    words = (w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(value))
    return {w for w in words if w and w not in stop_words()}


def value_spans(sentence: str) -> list[tuple[int, int]]:
    """Names and numbers in a sentence, as character spans: entities, and noun phrases
    headed by a proper noun or a number ("London’s High Court"); not a conversion of the
    figure before it into other units."""
    doc = lang.parse(sentence)
    spans = [e for e in doc.ents if e.label_ != "ORDINAL" and e.root.dep_ != "poss"]
    for chunk in doc.noun_chunks:
        start = chunk.start + (1 if chunk[0].pos_ == "DET" else 0)
        if start < chunk.end and (lang.is_proper(chunk.root) or chunk.root.like_num):
            spans.append(doc[start : chunk.end])
    for unit in filter(amounts.is_unit, doc):  # "£12m": the number with its unit word
        spans.append(doc[min(t.i for t in unit.subtree if t.i <= unit.i) : unit.i + 1])
    converted = amounts.converted(doc)  # "$27bn (£14bn)": the bracket restates the figure
    kept = set()
    for span in spans:
        start = _with_currency(span)
        end = amounts.end_before(span.start, span.end, converted)
        if span.start not in converted and end > span.start:
            kept.add((doc[start].idx, doc[span.start : end].end_char))
    return sorted(kept)


def _with_currency(span) -> int:
    """Where an amount starts: a currency sign that modifies it is part of it ("£" of
    "£40,000", which the tagger leaves out of the MONEY entity), so one amount is always
    shown the same way."""
    start = span.start
    while start > 0 and span.doc[start - 1].text in SYMBOLS:
        sign = span.doc[start - 1]
        if not span.start <= sign.head.i < span.end:
            break
        start -= 1
    return start


def slot_pairs(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int], Slot]]:
    """Values of two aligned sentences that fill the same slot of statements about the
    same named things: (span in a, span in b, slot). Read both ways: a value of either
    sentence may anchor the slot."""
    pairs = {(x, y, slot) for x, y, slot in _fills(a, b)}
    pairs |= {(x, y, slot) for y, x, slot in _fills(b, a)}
    return sorted(pairs)


def _fills(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int], Slot]]:
    pairs: list[tuple[tuple[int, int], tuple[int, int], Slot]] = []
    found_b: set[tuple[int, int]] = set()
    for start, end in sorted(value_spans(a), key=lambda s: s[0] - s[1]):  # longest first
        found = slot_of(a, start, end)
        if found is None:
            continue
        slot, names = found
        for fs, fe, other_names in fillers(b, slot):
            if not same_things(names, other_names):
                continue  # e.g. Alibaba's model vs Anthropic's model: two things
            if (fs, fe) in found_b or b[fs:fe].lower() == a[start:end].lower():
                continue
            if _shape(a, start, end) == _shape(b, fs, fe):
                pairs.append(((start, end), (fs, fe), slot))
                found_b.add((fs, fe))
    return pairs


def _shape(sentence: str, start: int, end: int) -> str:
    """The value's shape (language.shape): only values of one shape fill one slot
    comparably."""
    return lang.shape(lang.span(sentence, start, end))


def same_story(entries: list[Entry], per_doc: list[np.ndarray]) -> dict[str, dict[str, bool]]:
    """For each article, the other articles about the same story: close in meaning, and
    naming some of the same people, places or things (not just the same kind of news).
    Each other article maps to True when it is close, False when it is a follow-up (less
    alike, naming many of the same things)."""
    if not entries:
        return {}  # nothing ingested yet
    means = np.vstack([v.mean(axis=0) for v in per_doc]).astype(np.float32)
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    names: dict[int, set[str]] = {}

    def names_of(i: int) -> set[str]:
        if i not in names:
            names[i] = _names(entries[i].text)
        return names[i]

    stories: dict[str, dict[str, bool]] = {e.doc_id: {} for e in entries}
    for lo in range(0, len(entries), STORY_BLOCK):  # blocks keep memory flat at 20k articles
        sims = means[lo : lo + STORY_BLOCK] @ means.T
        for row, j in zip(*np.nonzero(sims >= FOLLOW_UP_ABOVE), strict=True):
            i = lo + int(row)
            close = bool(sims[row, j] >= SAME_STORY_ABOVE)
            needed = SHARED_NAMES if close else FOLLOW_UP_NAMES
            if i < j and len(names_of(i) & names_of(int(j))) >= needed:
                stories[entries[i].doc_id][entries[j].doc_id] = close
                stories[entries[j].doc_id][entries[i].doc_id] = close
    return stories


def _names(text: str) -> set[str]:
    """Lower-cased words of the names in a text (numbers left out)."""
    return {
        word
        for line in text.splitlines()
        for run in _capitalised_runs(line)
        if not run[:1].isdigit()
        for word in name_words(run)
    }

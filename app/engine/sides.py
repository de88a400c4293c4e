"""Which claims may stand for their source in a disagreement.

A source's claim is compared with the others only when it plausibly answers the question:
  - its value says something specific (not only "the claims");
  - it comes from running text, not page furniture (menus, link lists: word runs with
    almost no function words) — unless the value is labelled by a word of the question
    right before it, as in an infobox ("Album Artist = Taylor Swift", "Population (2006)
    Total 17,289");
  - its sentence is about the question's subject: it shares a word with the question
    besides the value (or is labelled as above). A date for a "when" question and a count
    for a "how many" / population question need no such word: "there were 1,791 people"
    answers "What is the population of Kensett?" though it never names Kensett;
  - the value is of the type the question asks for: a date for "when", a capitalised name
    for "where", a count (not an area or distance) for "how many" or population;
  - for "which X" questions, when some claims are of kind X (the value or the words right
    after it name X: "Advanced AI Act", "Qwen2 model"), claims that are not take no side.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .evidence import STOPWORDS, content_terms

if TYPE_CHECKING:
    from .claims import Claim

log = logging.getLogger(__name__)

TOKEN = re.compile(r"\w[\w\-.]*\w|\w")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+")
# "Which act is", "What political party was": the words naming what is asked for
_ASKED_KIND = re.compile(
    r"^\s*(?:which|what)\s+((?:\w[\w-]*\s+){1,3}?)(?:is|was|are|were|does|did|do|has|had|"
    r"have|will|would|can|could)\b",
    re.I,
)
_KIND_WORDS = frozenset("type kind sort form name".split())
# What type of answer a question asks for (classic answer typing, by the question's words)
_ASKS_DATE = re.compile(
    r"^\s*(?:when|on what date|in what year|what year)\b|\b(?:birth ?date|date of birth)\b", re.I
)
_ASKS_PLACE = re.compile(
    r"^\s*(?:where|in (?:which|what) (?:city|town|country|state|county|region|place))\b", re.I
)
_ASKS_COUNT = re.compile(r"^\s*how many\b|\bpopulation\b|\bnumber of\b", re.I)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bcentury\b", re.I
)
_COUNT_WORD = re.compile(r"\b(?:dozen|hundred|thousand|million|billion)s?\b", re.I)
_MEASURE = re.compile(r"\b(?:sq|square|km|mi|miles?|acres?|hectares?|metres?|meters?|feet)\b", re.I)
PROSE_MIN_FUNCTION_SHARE = 0.1  # prose has ~40% function words; a link list almost none
PROSE_CHECK_FROM_WORDS = 15  # shorter sentences are not judged (a terse line is still prose)
LABEL_WORDS = 2  # words right before a value that may label it ("Population ( 2006 ) • Total")
# Words that alone say nothing specific: a value made only of these is no answer.
_GENERIC = frozenset(
    "claim claims allegation allegations accusation case company firm report reports "
    "statement matter issue thing things people one".split()
)
SHARED_PREFIX = 5  # words agreeing on this many first letters are related ("commonly"/"common")


def takes_a_side(question: str, claim: Claim) -> bool:
    """Whether a claim may stand for its source in a disagreement (see module doc)."""
    labelled = is_labelled(question, claim)
    fits = fits_question(question, claim.value)
    typed = fits and asks_typed_value(question)
    reason = (
        "a generic value" if not is_specific(claim.value)
        else "page furniture" if not (labelled or is_prose(claim.support.quote))
        else "a sentence about something else"
        if not (labelled or typed or mentions_subject(question, claim))
        else "not the type of answer asked for" if not fits
        else None
    )  # fmt: skip
    if reason:
        log.info("%s: %r takes no side (%s)", claim.source, claim.value, reason)
    return reason is None


def is_specific(value: str) -> bool:
    """A value that says something: not only generic words like "the claims"."""
    return bool(value_tokens(value) - _GENERIC)


def value_tokens(value: str) -> set[str]:
    """Content words of a value; possessives dropped, hyphenated names kept whole."""
    words = (w.removesuffix("'s").removesuffix("’s") for w in TOKEN.findall(value.lower()))
    return {w for w in words if w and w not in STOPWORDS}


def is_prose(sentence: str) -> bool:
    """Running text rather than page furniture: enough function words among its words."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if len(words) < PROSE_CHECK_FROM_WORDS:
        return True
    return sum(w in STOPWORDS for w in words) / len(words) >= PROSE_MIN_FUNCTION_SHARE


def is_labelled(question: str, claim: Claim) -> bool:
    """A word of the question (besides the value) stands right before the value, as a
    label does: "Album Artist = Taylor Swift" for "Who is the artist of the album?"."""
    before = claim.support.quote[: claim.start - claim.support.start]
    label = _stems(" ".join(_WORD.findall(before)[-LABEL_WORDS:]))
    return related(label, _stems(question) - _stems(claim.value))


def mentions_subject(question: str, claim: Claim) -> bool:
    """The claim's sentence shares a word with the question besides the answer itself:
    "August 1939." or "game, losing to Vancouver Whitecaps" answer nothing about it."""
    value = _stems(claim.value)
    asked = _stems(question) - value
    return not asked or related(asked, _stems(claim.support.quote) - value)


def asks_typed_value(question: str) -> bool:
    """The question asks for a date or a count (whose type check says enough)."""
    return bool(_ASKS_DATE.search(question) or _ASKS_COUNT.search(question))


def fits_question(question: str, value: str) -> bool:
    """The value is of the type the question asks for: a date for "when", a capitalised
    name for "where", a count for "how many" (questions of other kinds accept anything)."""
    if _ASKS_DATE.search(question):
        return bool(NUMBER.search(value) or _MONTH.search(value))
    if _ASKS_PLACE.search(question):
        return any(word[:1].isupper() for word in value.split())
    if _ASKS_COUNT.search(question):
        counted = NUMBER.search(value) or _COUNT_WORD.search(value)
        return bool(counted) and not _MEASURE.search(value)
    return True


def asked_kind(question: str) -> set[str]:
    """The kind of thing a which/what question asks for: "Which act is ..." -> {"act"}."""
    found = _ASKED_KIND.search(question)
    if not found:
        return set()
    parts = re.split(r"\s+of\s+", found.group(1).strip(), maxsplit=1)
    head = parts[0].split()[-1]
    if head.lower() in _KIND_WORDS and len(parts) > 1:  # "type of institution" -> institution
        head = parts[1].split()[-1]
    return _stems(head)  # the head noun: "political party" -> party, "evidence of X" -> evidence


def is_of_kind(kind: set[str], claim: Claim) -> bool:
    """The value names that kind, or its sentence does right after it ("Qwen2 model")."""
    after = claim.support.quote[claim.start - claim.support.start :]
    next_words = " ".join(TOKEN.findall(after)[: len(claim.value.split()) + 2])
    return bool(kind & (_stems(claim.value) | _stems(next_words)))


def related(a: set[str], b: set[str]) -> bool:
    """Some word of `a` is a word of `b`, or shares its first letters ("commonly"/"common",
    "footballer"/"football")."""
    return bool(a & b) or any(
        len(x) >= SHARED_PREFIX
        and len(y) >= SHARED_PREFIX
        and x[:SHARED_PREFIX] == y[:SHARED_PREFIX]
        for x in a
        for y in b
    )


def _stems(text: str) -> set[str]:
    """Content words, lower case, a plural -s dropped."""
    return {w.removesuffix("s") if len(w) > 3 else w for w in content_terms(text)}

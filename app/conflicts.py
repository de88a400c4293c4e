"""Conflict flags: do the sources give different answers to the same question?

Per-source claims (verbatim phrases, see claims.py) are compared by rules, not by an LLM:
  - the same value in other words is agreement: equal or contained word sets, or values
    whose embeddings are close;
  - each side must be exclusive: a source whose own sentence also states the other value
    does not disagree with it;
  - then the values must really differ: different numbers, or names sharing fewer than
    half their words, or (for descriptions) meanings far apart and neither side a denial: "Alibaba
    denied the claims" reports one party's position and contradicts no report of the
    other party's allegation;
  - a rate is not compared with a count ("2,446 persons per km2" is no population figure);
  - a claim takes no side when its value is generic ("the claims"), when it is quoted from
    page furniture (menus, link lists, stats tables: word runs with almost no function
    words), or when its sentence shares no word with the question besides the value itself
    (a sentence about something else);
  - a claim of the wrong type for its question takes no side: a "when" answer names a
    date, a "where" answer a place (a capitalised name), a "how many" or population answer
    a count (not an area or a distance);
  - for "which X" questions, when some claims are of kind X (the value or the words right
    after it name X: "Advanced AI Act", "Qwen2 model"), claims that are not take no side.
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .claims import find_verbatim
from .evidence import STOPWORDS, content_terms

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from .claims import Claim

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w[\w\-.]*\w|\w")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_DENIAL = re.compile(
    r"\b(den(y|ies|ied)|dismiss(es|ed)?|reject(s|ed)?|refut(es|ed)|rebuff(s|ed)?|baseless|"
    r"unfounded|never|not true|false)\b",
    re.I,
)
# "Which act is", "What political party was": the words naming what is asked for
_ASKED_KIND = re.compile(
    r"^\s*(?:which|what)\s+((?:\w[\w-]*\s+){1,3}?)(?:is|was|are|were|does|did|do|has|had|"
    r"have|will|would|can|could)\b",
    re.I,
)
_KIND_WORDS = frozenset("type kind sort form name".split())
_RATE = re.compile(r"%|\bper\b|\bpercent\b|\bdensity\b|\brate\b|\baverage\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")
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
# Words that alone say nothing specific: a value made only of these is no answer.
_GENERIC = frozenset(
    "claim claims allegation allegations accusation case company firm report reports "
    "statement matter issue thing things people one".split()
)
SAME_ABOVE = 0.8  # value embeddings at least this close: the same answer in other words
DESCRIPTIONS_APART_BELOW = 0.6  # descriptions further apart than this disagree
NAMES_SHARED_BELOW = 0.5  # names sharing fewer of their words differ ("Qwen2 model" / "Qwen-Plus
# model", "Cloutierville, Louisiana" / "New Orleans, Louisiana")


@dataclass
class Conflict:
    """Sources that answer one question differently: each side with its verbatim quote."""

    topic: str
    sides: list[list[Claim]]
    explanation: str

    @property
    def claims(self) -> list[Claim]:
        """Every claim, side by side."""
        return [claim for side in self.sides for claim in side]

    def as_dict(self) -> dict:
        """The `conflicts[]` item of the answer JSON."""
        return {
            "topic": self.topic,
            "claims": [
                {
                    "source": c.source,
                    "title": c.title,
                    "quote": c.support.quote,
                    "start": c.support.start,
                    "end": c.support.end,
                    "value": c.value,
                }
                for c in self.claims
            ],
            "explanation": self.explanation,
        }


def value_tokens(value: str) -> set[str]:
    """Content words of a value; possessives dropped, hyphenated names kept whole."""
    words = (w.removesuffix("'s").removesuffix("’s") for w in _TOKEN.findall(value.lower()))
    return {w for w in words if w and w not in STOPWORDS}


def is_name_like(value: str) -> bool:
    """A name, number or date rather than a description: a digit or a capitalised word
    after the first."""
    words = value.split()
    return (
        bool(_NUMBER.search(value))
        or any(w[:1].isupper() for w in words[1:])
        or (len(words) == 1 and words[0][:1].isupper())
    )


def same_value(a: str, b: str) -> bool:
    """Equal or contained word sets: "High Court" and "London's High Court" agree."""
    ta, tb = value_tokens(a), value_tokens(b)
    return ta == tb or bool(ta and tb and (ta <= tb or tb <= ta))


def disagree(a: Claim, b: Claim, similarity: float) -> bool:
    """Whether two claims from different sources contradict each other (see module doc)."""
    if a.doc_id == b.doc_id or same_value(a.value, b.value) or similarity >= SAME_ABOVE:
        return False
    if _states(a.support.quote, b.value) or _states(b.support.quote, a.value):
        return False  # one sentence states both values
    numbers_a, numbers_b = set(_NUMBER.findall(a.value)), set(_NUMBER.findall(b.value))
    if numbers_a and numbers_b:
        return numbers_a != numbers_b and _is_rate(a.value) == _is_rate(b.value)
    if is_name_like(a.value) and is_name_like(b.value):
        ta, tb = value_tokens(a.value), value_tokens(b.value)
        return len(ta & tb) < NAMES_SHARED_BELOW * len(ta | tb)
    denial = _DENIAL.search(a.support.quote) or _DENIAL.search(b.support.quote)
    return similarity < DESCRIPTIONS_APART_BELOW and not denial


def _is_rate(value: str) -> bool:
    """A value that measures per something (density, percentage), not a count or date."""
    return bool(_RATE.search(value))


def is_prose(sentence: str) -> bool:
    """Running text rather than page furniture: enough function words among its words."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if len(words) < PROSE_CHECK_FROM_WORDS:
        return True
    return sum(w in STOPWORDS for w in words) / len(words) >= PROSE_MIN_FUNCTION_SHARE


def takes_a_side(question: str, claim: Claim) -> bool:
    """Whether a claim may stand for its source in a disagreement (see module doc)."""
    reason = (
        "a generic value" if not is_specific(claim.value)
        else "page furniture" if not is_prose(claim.support.quote)
        else "a sentence about something else" if not mentions_subject(question, claim)
        else "not the type of answer asked for" if not fits_question(question, claim.value)
        else None
    )  # fmt: skip
    if reason:
        log.info("%s: %r takes no side (%s)", claim.source, claim.value, reason)
    return reason is None


def fits_question(question: str, value: str) -> bool:
    """The value is of the type the question asks for: a date for "when", a capitalised
    name for "where", a count for "how many" (questions of other kinds accept anything)."""
    if _ASKS_DATE.search(question):
        return bool(_NUMBER.search(value) or _MONTH.search(value))
    if _ASKS_PLACE.search(question):
        return any(word[:1].isupper() for word in value.split())
    if _ASKS_COUNT.search(question):
        counted = _NUMBER.search(value) or _COUNT_WORD.search(value)
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
    next_words = " ".join(_TOKEN.findall(after)[: len(claim.value.split()) + 2])
    return bool(kind & (_stems(claim.value) | _stems(next_words)))


def mentions_subject(question: str, claim: Claim) -> bool:
    """The claim's sentence shares a word with the question besides the answer itself:
    "August 1939." or "game, losing to Vancouver Whitecaps" answer nothing about it."""
    value = _stems(claim.value)
    asked = _stems(question) - value
    return not asked or bool(asked & (_stems(claim.support.quote) - value))


def _stems(text: str) -> set[str]:
    """Content words, lower case, a plural -s dropped."""
    return {w.removesuffix("s") if len(w) > 3 else w for w in content_terms(text)}


def is_specific(value: str) -> bool:
    """A value that says something: not only generic words like "the claims"."""
    return bool(value_tokens(value) - _GENERIC)


def _states(sentence: str, value: str) -> bool:
    """The sentence contains the value as whole words (so "AI" is not found in "said")."""
    span = find_verbatim(value, sentence)
    while span is not None:
        start, end = span
        before = sentence[start - 1] if start > 0 else " "
        after = sentence[end] if end < len(sentence) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        rest = find_verbatim(value, sentence[end:])
        span = (end + rest[0], end + rest[1]) if rest else None
    return False


def find_conflicts(question: str, claims: list[Claim], embeddings: Embeddings) -> list[Conflict]:
    """Group claims into sides by value; sides that contradict each other make a conflict."""
    claims = [c for c in claims if takes_a_side(question, c)]
    kind = asked_kind(question)
    of_kind = [c for c in claims if is_of_kind(kind, c)] if kind else []
    if of_kind:
        for c in claims:
            if c not in of_kind:
                log.info("%s: %r takes no side (not a kind of %s)", c.source, c.value, kind)
        claims = of_kind
    if len({c.doc_id for c in claims}) < 2:
        return []
    vectors = embeddings.embed_documents([c.value for c in claims])

    def sim(i: int, j: int) -> float:
        return sum(x * y for x, y in zip(vectors[i], vectors[j], strict=True))

    # sides: claims giving the same value (same words, or close in meaning)
    sides: list[list[int]] = []
    for i in range(len(claims)):
        for side in sides:
            if any(same_value(claims[i].value, claims[j].value) or sim(i, j) >= SAME_ABOVE
                   for j in side):  # fmt: skip
                side.append(i)
                break
        else:
            sides.append([i])
    # a side is in the conflict when one of its claims contradicts a claim of another side
    opposed = {
        a for a, b in itertools.permutations(range(len(sides)), 2)
        if any(disagree(claims[i], claims[j], sim(i, j)) for i in sides[a] for j in sides[b])
    }  # fmt: skip
    sides = [side for k, side in enumerate(sides) if k in opposed]
    if len(sides) < 2:
        return []
    grouped = [[claims[i] for i in side] for side in sides]
    said = "; ".join(
        f"“{side[0].title}” says {side[0].value}"
        + (f" (so do {len(side) - 1} more)" if len(side) > 1 else "")
        for side in grouped
    )
    topic = question.strip().rstrip("?").strip()
    return [Conflict(topic, grouped, f"The reports give different answers: {said}.")]

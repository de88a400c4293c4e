"""Conflict flags: do the sources give different answers to the same question?

Per-source claims (verbatim phrases, see claims.py) that may stand for their source (see
sides.py) are compared by rules, not by an LLM:
  - the same value in other words is agreement: equal or contained word sets, or values
    whose embeddings are close;
  - each side must be exclusive: a source whose own sentence also states the other value
    does not disagree with it;
  - then the values must really differ: different numbers, or names sharing fewer than
    half their words, or (for descriptions) meanings far apart and neither side a denial:
    "Alibaba denied the claims" reports one party's position and contradicts no report of
    the other party's allegation;
  - answers to "what X" questions that are short common nouns are labels of one kind
    ("football" / "cricket" for "What sport ..."): different labels disagree unless their
    words share a stem ("footballer" / "football") or their meanings are very close;
  - a rate is not compared with a count ("2,446 persons per km2" is no population figure).
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .claims import find_verbatim
from .sides import NUMBER, asked_kind, is_of_kind, related, takes_a_side, value_tokens

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from .claims import Claim

log = logging.getLogger(__name__)

_DENIAL = re.compile(
    r"\b(den(y|ies|ied)|dismiss(es|ed)?|reject(s|ed)?|refut(es|ed)|rebuff(s|ed)?|baseless|"
    r"unfounded|never|not true|false)\b",
    re.I,
)
_RATE = re.compile(r"%|\bper\b|\bpercent\b|\bdensity\b|\brate\b|\baverage\b", re.I)
SAME_ABOVE = 0.8  # value embeddings at least this close: the same answer in other words
DESCRIPTIONS_APART_BELOW = 0.6  # descriptions further apart than this disagree
LABELS_SAME_ABOVE = 0.75  # labels of one kind this close are one answer ("hockey"/"ice hockey");
# different sports measure 0.41-0.70 with this model, "football"/"soccer" 0.84
LABEL_MAX_WORDS = 3
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


def is_name_like(value: str) -> bool:
    """A name, number or date rather than a description: a digit or a capitalised word
    after the first."""
    words = value.split()
    return (
        bool(NUMBER.search(value))
        or any(w[:1].isupper() for w in words[1:])
        or (len(words) == 1 and words[0][:1].isupper())
    )


def same_value(a: str, b: str) -> bool:
    """Equal or contained word sets: "High Court" and "London's High Court" agree."""
    ta, tb = value_tokens(a), value_tokens(b)
    return ta == tb or bool(ta and tb and (ta <= tb or tb <= ta))


def is_label(value: str) -> bool:
    """A short common noun phrase ("football", "high school"), not a name or a number."""
    return not is_name_like(value) and len(value.split()) <= LABEL_MAX_WORDS


def same_answer(a: str, b: str, similarity: float, labels: bool = False) -> bool:
    """Two values that give one answer: the same words, or close in meaning; for labels of
    one kind (`labels`), also words sharing a stem or a looser closeness."""
    if same_value(a, b) or similarity >= SAME_ABOVE:
        return True
    if labels and is_label(a) and is_label(b):
        return related(value_tokens(a), value_tokens(b)) or similarity >= LABELS_SAME_ABOVE
    return False


def disagree(a: Claim, b: Claim, similarity: float, labels: bool = False) -> bool:
    """Whether two claims from different sources contradict each other (see module doc);
    `labels`: the question asks for a kind of thing ("What sport ...")."""
    if a.doc_id == b.doc_id or same_answer(a.value, b.value, similarity, labels):
        return False
    if _states(a.support.quote, b.value) or _states(b.support.quote, a.value):
        return False  # one sentence states both values
    numbers_a, numbers_b = set(NUMBER.findall(a.value)), set(NUMBER.findall(b.value))
    if numbers_a and numbers_b:
        return numbers_a != numbers_b and _is_rate(a.value) == _is_rate(b.value)
    if is_name_like(a.value) and is_name_like(b.value):
        ta, tb = value_tokens(a.value), value_tokens(b.value)
        return len(ta & tb) < NAMES_SHARED_BELOW * len(ta | tb)
    if labels and is_label(a.value) and is_label(b.value):
        return True  # different labels of the kind asked for
    denial = _DENIAL.search(a.support.quote) or _DENIAL.search(b.support.quote)
    return similarity < DESCRIPTIONS_APART_BELOW and not denial


def _is_rate(value: str) -> bool:
    """A value that measures per something (density, percentage), not a count or date."""
    return bool(_RATE.search(value))


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

    labels = bool(kind)
    # sides: claims giving the same value (same words, or close in meaning)
    sides: list[list[int]] = []
    for i in range(len(claims)):
        for side in sides:
            if any(same_answer(claims[i].value, claims[j].value, sim(i, j), labels)
                   for j in side):  # fmt: skip
                side.append(i)
                break
        else:
            sides.append([i])
    # a side is in the conflict when one of its claims contradicts a claim of another side
    opposed = {
        a for a, b in itertools.permutations(range(len(sides)), 2)
        if any(disagree(claims[i], claims[j], sim(i, j), labels)
               for i in sides[a] for j in sides[b])
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

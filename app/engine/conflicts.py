"""Conflict flags: do the sources give answers to the same question that cannot all be true?

Only questions with one right answer can have conflicting answers: a date, a number, a
length of time, a place, a person, or one thing of a kind ("which model"). Descriptions
("What does the approach do?", "How did Alibaba respond?"), several things of a kind
("which products") and yes/no questions are answered with everything the sources say,
side by side: different descriptions are complementary, not contradictory.

Claims that stand for their source (see sides.py) are grouped into sides of one answer
(values.py says when two values are one):
  - the same answer in other words: equal or contained lemmas ("High Court" / "London’s
    High Court"), an acronym of the other, or values whose embeddings are close;
and two sides conflict when a claim of one and a claim of the other
  - are numbers of the same unit (a rate is never compared with a count) that differ;
  - are names sharing fewer than half their words ("Qwen2" / "Qwen-Plus");
  - are things of the kind asked for that are not the same ("trade secret law" /
    "a patentable method" for "what legal protection");
and neither source also states the other's value.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import language as lang
from . import quantities as qty
from .claims import find_verbatim
from .fitting import is_of_kind
from .naming import naming_the_subject
from .questions import DATE, DURATION, NAME, QUANTITY, Asked, analyse
from .sides import fitting_the_clause, stands
from .subjects import in_context
from .topics import topic_of
from .values import one_modifier_swapped, same_value, words_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from langchain_core.embeddings import Embeddings

    from .claims import Claim

log = logging.getLogger(__name__)

SAME_ABOVE = 0.8  # value embeddings at least this close: the same answer in other words
KIND_SIMILAR = 0.4  # a value this close to the kind's word is one of its kind
# Kinds whose members are named organisations: an entity of these types is one of them
_ORGANISATIONS = {"ORG", "GPE", "FAC", "NORP"}
KIND_LABELS = {
    kind: _ORGANISATIONS
    for kind in """body organisation organization institution agency authority venue court
    tribunal regulator watchdog company firm group club team party union government
    ministry department bank newspaper channel network""".split()
}
NAMES_SHARED_BELOW = 0.5  # names sharing fewer of their words differ
NUMERIC = (DATE, QUANTITY, DURATION)


@dataclass
class Conflict:
    """Sources that answer one question differently: each side with its verbatim quote."""

    topic: str
    sides: list[list[Claim]]
    explanation: str
    anchor: str | None = None  # the corpus scan's slot: the word the values are said of
    ask: str | None = None  # a question about it, for "ask about this" (corpus scan)
    confidence: float | None = None  # corpus scan: how closely the two statements align

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
            **({"anchor": self.anchor} if self.anchor else {}),
            **({"ask": self.ask} if self.ask else {}),
            **({"confidence": self.confidence} if self.confidence is not None else {}),
        }


def shape(claim: Claim) -> str:
    """The shape of a claim's value in its sentence (language.shape)."""
    return lang.shape(in_context(claim))


def same_answer(a: str, b: str, similarity: float) -> bool:
    """One answer in other words: the same value, or meanings this close, unless both
    are numbers or both names (they embed alike whatever they are: "Qwen2" / "Qwen-Plus")."""
    if same_value(a, b):
        return True
    if (qty.numbers(a) and qty.numbers(b)) or (lang.is_name(a) and lang.is_name(b)):
        return False
    return similarity >= SAME_ABOVE and not one_modifier_swapped(a, b)


def contradict(a: Claim, b: Claim, similarity: float) -> bool | None:
    """Whether two values of different sources cannot both be true, when the values alone
    decide: numbers of one unit, or names. None for descriptions (the question decides)."""
    if a.doc_id == b.doc_id or same_answer(a.value, b.value, similarity):
        return False
    if _states(a.support.quote, b.value) or _states(b.support.quote, a.value):
        return False  # one sentence states both values
    na, nb = qty.numbers(a.value), qty.numbers(b.value)
    xa, xb = in_context(a), in_context(b)
    if na and nb:
        unit = qty.unit_of(xa)
        if unit != "date" and _at_other_times(a, b):
            return False  # January's figure and February's: two quantities, not rivals
        if unit != "date" and qty.part_and_whole(a.support.quote, a.in_support,
                                                 b.support.quote, b.in_support):  # fmt: skip
            return False  # "in England and Wales" / "in England": two places' figures
        if unit == "money" and not _one_money(xa, xb):
            return False  # "$19.5m" / "£788,439"; "£1.3bn" / "530p per share"
        wholes = qty.whole_of(xa), qty.whole_of(xb)
        if None not in wholes and wholes[0] != wholes[1]:
            return False  # "eight of their last 13" / "nine of their last 14": two spans
        return unit == qty.unit_of(xb) and not qty.same_quantity(a.value, b.value)
    if lang.is_name(xa) and lang.is_name(xb):
        wa, wb = words_of(a.value), words_of(b.value)
        shared = len(wa & wb) >= NAMES_SHARED_BELOW * len(wa | wb)
        return not shared or one_modifier_swapped(a.value, b.value)
    return None


def _at_other_times(a: Claim, b: Claim) -> bool:
    """Both sentences say when their figure held (a month or a year), and no date of one
    can be a date of the other."""
    da = qty.calendar_dates(a.support.quote, *a.in_support)
    db = qty.calendar_dates(b.support.quote, *b.in_support)
    return bool(da and db) and not any(qty.same_date(x, y) for x in da for y in db)


def _one_money(a: lang.Text, b: lang.Text) -> bool:
    """Two sums that can be compared: in one currency (sums in two currencies are often
    one sum converted, or two markets' takings) and both totals or both prices of one
    unit ("£1.3bn" for the firm, "530 pence per share")."""
    ca, cb = qty.currency_of(a), qty.currency_of(b)
    return (ca == cb or not ca or not cb) and qty.is_per_unit(a) == qty.is_per_unit(b)


def differ(asked: Asked, a: Claim, b: Claim, similarity: float) -> bool:
    """Whether two claims answer the question in ways that cannot both be true."""
    decided = contradict(a, b, similarity)
    if decided is not None:
        return decided
    if asked.type in NUMERIC:
        return False  # a number against no number: nothing to compare
    # two things of the one kind asked for, said alike (a label against a label, not a
    # label against a clause: "film" / "novel", not "light the flame" / "200m gold")
    return asked.type == NAME and not asked.plural and shape(a) == shape(b)


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


def standing(question: str, claims: list[Claim], best_score: float) -> list[Claim]:
    """The claims that may stand for their sources, of the kind asked for when some are."""
    asked = analyse(question)
    kept = []
    for c in claims:
        reason = stands(asked, c, best_score)
        if reason:
            log.info("%s: %r takes no side (%s)", c.source, c.value, reason)
        else:
            kept.append(c)
    # "which model": values bound to the kind's word are preferred; a typed question
    # ("what is the birth date") is answered by any value of its type
    of_kind = [c for c in kept if is_of_kind(asked, c)]
    if asked.type != NAME or not asked.kind or not of_kind or len(of_kind) == len(kept):
        return kept
    for c in kept:
        if c not in of_kind:
            log.info("%s: %r takes no side (no %s named with it)", c.source, c.value, asked.kind)
    return of_kind


def named_of_kind(asked: Asked, claim: Claim) -> bool:
    """The value is named as one of the asked kind: the kind word next to it ("the Qwen2
    model"), or an entity of a type the kind's members are ("which court": an ORG)."""
    labels = KIND_LABELS.get(asked.kind or "", set())
    return is_of_kind(asked, claim) or bool(lang.labels(in_context(claim)) & labels)


def _of_kind(asked: Asked, claims: list[Claim], embeddings: Embeddings) -> list[Claim]:
    """Only things of the kind asked for can disagree about it: the kind named next to the
    value ("the Qwen2 model"), or a value close in meaning to the kind's word ("football"
    for "sport": 0.74; "200m gold" for "role": 0.17)."""
    kept = [c for c in claims if named_of_kind(asked, c)]
    rest = [c for c in claims if c not in kept]
    if rest:
        kind, *values = embeddings.embed_documents([asked.kind or "", *(c.value for c in rest)])
        for claim, vector in zip(rest, values, strict=True):
            if sum(x * y for x, y in zip(kind, vector, strict=True)) >= KIND_SIMILAR:
                kept.append(claim)
    if not kept:  # the kind is never named: plain labels may still be its members
        return [c for c in claims if shape(c) == "label"]  # "medium": "novel", "film"
    for claim in claims:
        if claim not in kept:
            log.info("%s: %r is no %s", claim.source, claim.value, asked.kind)
    return kept


def find_conflicts(
    question: str,
    claims: list[Claim],
    embeddings: Embeddings,
    best_score: float | None = None,
    text_of: Callable[[str], str | None] | None = None,
) -> list[Conflict]:
    """Group the claims that may be sides (`sides_of`) by value; sides that contradict make
    a conflict. `text_of` gives a document's whole text, to keep only documents naming the
    subject."""
    if not analyse(question).single_slot:
        return []  # descriptions and yes/no: complementary, never a disagreement
    best = max((c.support.score for c in claims), default=0.0) if best_score is None else best_score
    sides = fitting_the_clause(question, sides_of(question, claims, best, text_of), embeddings)
    return conflicts_between(question, sides, embeddings)


def sides_of(
    question: str,
    claims: list[Claim],
    best_score: float,
    text_of: Callable[[str], str | None] | None = None,
) -> list[Claim]:
    """The claims that may be sides, and that an answer may state: standing for their
    source, from documents that name what is asked about."""
    return naming_the_subject(analyse(question), standing(question, claims, best_score), text_of)


def conflicts_between(question: str, claims: list[Claim], embeddings: Embeddings) -> list[Conflict]:
    """The disagreement among claims already found to be sides (`sides_of`), if any."""
    asked = analyse(question)
    if not asked.single_slot:
        return []
    if asked.type == NAME and asked.kind:
        claims = _of_kind(asked, claims, embeddings)
    if len({c.doc_id for c in claims}) < 2:
        return []
    vectors = embeddings.embed_documents([c.value for c in claims])

    def sim(i: int, j: int) -> float:
        return sum(x * y for x, y in zip(vectors[i], vectors[j], strict=True))

    sides: list[list[int]] = []
    for i in range(len(claims)):
        for side in sides:
            if any(same_answer(claims[i].value, claims[j].value, sim(i, j)) for j in side):
                side.append(i)
                break
        else:
            sides.append([i])
    opposed = {
        a for a, b in itertools.permutations(range(len(sides)), 2)
        if any(differ(asked, claims[i], claims[j], sim(i, j))
               for i in sides[a] for j in sides[b])
    }  # fmt: skip
    grouped = [[claims[i] for i in side] for k, side in enumerate(sides) if k in opposed]
    if len(grouped) < 2:
        return []
    return [conflict_of(question, grouped)]


def conflict_of(question: str, sides: list[list[Claim]]) -> Conflict:
    """The disagreement of sides found for a question, topic and explanation written."""
    said = "; ".join(f"“{side[0].title}” says {side[0].value}" for side in sides)
    return Conflict(topic_of(question), sides, f"The reports give different answers: {said}.")

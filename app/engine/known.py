"""Disagreements the corpus scan already knows (scan.py), shown with an answer: when the
question names the disputed statement, or when the answer states one side of it, so that
a reader never sees one side of a known disagreement as fact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import language as lang
from .claims import Claim, find_verbatim
from .conflicts import Conflict, conflict_of, named_of_kind
from .fitting import fits, is_of_kind
from .questions import Asked, analyse
from .sides import stands
from .subjects import describes_another, in_context
from .values import same_value

if TYPE_CHECKING:
    from .evidence import Evidence


def known_conflict(
    question: str,
    known: list[dict],
    scored: list[Evidence],
    best_score: float,
    stated: list[Claim] = (),
) -> Conflict | None:
    """A corpus-wide disagreement (from the scan) that answers this question: each of its
    sides is in the question's evidence, and either the question names the disputed
    statement's word and every side stands as an answer, or the answer states one side's
    value read in that side's own sentence (so stating it alone would pick a side) and
    every side is of the asked type."""
    asked = analyse(question)
    if not asked.single_slot:
        return None
    for item in known:
        claims = [_claim_in(side, scored) for side in item["claims"]]
        kept = [c for c in claims if c is not None]
        if len(kept) < len(claims) or len({c.doc_id for c in kept}) < 2:
            continue
        if (_states_a_side(asked, kept, stated) and _of_a_named_kind(asked, kept, scored)) or (
            (not item.get("anchor") or item["anchor"] in asked.lemmas | {asked.kind})
            and all(stands(asked, c, best_score) is None and is_of_kind(asked, c) for c in kept)
        ):
            return conflict_of(question, [[c] for c in kept])
    return None


def _states_a_side(asked: Asked, sides: list[Claim], stated: list[Claim]) -> bool:
    """The answer states the value of one side, read in that side's own sentence (so
    stating it alone would pick a side), and every side is a value of the type asked for.
    The kind a question names is checked only where the articles write it
    (`_of_a_named_kind`): otherwise the answer already states a side as that kind, and a
    reader must not see one side of a known disagreement as fact."""
    said = any(
        c.doc_id == side.doc_id
        and c.support.start <= side.start < c.support.end
        and same_value(c.value, side.value)
        for side in sides
        for c in stated
    )
    return said and all(
        fits(asked, in_context(s)) and not describes_another(asked, s)
        and not _owned_by_another(asked, s)
        for s in sides
    )  # fmt: skip


def _of_a_named_kind(asked: Asked, sides: list[Claim], scored: list[Evidence]) -> bool:
    """When the evidence itself uses the kind word the question asks for ("Which
    university ...", and a sentence names "Dunmore University"), only things of that kind
    answer: a court and an office are not sides of a university. A kind the articles never
    write ("Which LLM ...") cannot be checked, and the answer's reading stands."""
    if asked.kind is None or not any(asked.kind in lang.content_lemmas(e.quote) for e in scored):
        return True
    return all(named_of_kind(asked, c) for c in sides)


def _owned_by_another(asked: Asked, claim: Claim) -> bool:
    """The question asks for a thing of a named owner ("Which Anthropic method ...") and
    the value is said to be another's ("Alibaba's Qwen2 model")."""
    value = in_context(claim)
    if not asked.owners or isinstance(value, str):
        return False
    for noun in (value.root, value.root.head):
        owners = {t.lower_ for t in noun.children if t.dep_ == "poss" and lang.is_proper(t)}
        if owners:
            return not owners & set(asked.owners)
    return False


def _claim_in(side: dict, scored: list[Evidence]) -> Claim | None:
    """A scan side as a claim on the evidence sentence that holds it, if any does."""
    for e in scored:
        if e.source == side["source"] and e.start <= side["start"] < e.end:
            span = find_verbatim(side["value"], e.quote)
            if span is not None:
                start, end = e.start + span[0], e.start + span[1]
                return Claim(e.doc_id, e.source, e.title, side["value"], e, start, end)
    return None

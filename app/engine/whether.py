"""Yes/no questions about whether something has happened ("Have they been charged?", "Has
the tribunal reached a verdict?"), answered from what each report states (status.py):
one source stating the event as done and another as still open is a disagreement,
quoted on both sides; the answer never picks one.

The question's event is its predicate: the main verb, or the object of a light verb
("bring charges" -> charge, "reach a verdict" -> verdict). Each source's most relevant
sentence stating that event, about what the question asks about, stands for the source.
A report that retrieval missed counts when the corpus scan found it differing on that
event, so the chat and the Conflicts page tell one story.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import language as lang
from .claims import Claim
from .conflicts import Conflict, conflict_of
from .evidence import Evidence
from .questions import Asked, analyse
from .status import DONE, OPEN, claim_of, event_lemmas, family, status_of
from .subjects import said_of_another


def changed(
    question: str,
    scored: list[Evidence],
    min_relevance: float,
    known: Callable[[], Iterable[dict]] | None = None,
) -> Conflict | None:
    """A disagreement between sources stating the question's event as done and as still
    open, each side its sources' best such sentence; None when the sources agree or none
    says. Once a retrieved report states the event, the sides of the corpus scan's known
    disagreements on it count too (`known` gives them; asked for only then, since a first
    scan of a large corpus takes minutes): retrieval may miss the report that differs."""
    asked = analyse(question)
    lemmas = event_lemmas(question)
    if not lemmas or not scored:
        return None
    context = {w for w in asked.lemmas if family(w) not in lemmas}  # "sprinter", "crash"
    relevant = [item for item in scored if item.score >= min_relevance]
    best = _stated(asked, lemmas, context, relevant)
    if best and known is not None:
        best = _stated(asked, lemmas, context, _scan_sentences(known(), lemmas)) | best
    sides = [[c for s, c in best.values() if s == status] for status in (DONE, OPEN)]
    if not all(sides):
        return None
    return conflict_of(question, sides)


def _stated(
    asked: Asked, lemmas: frozenset[str], context: set[str], items: Iterable[Evidence]
) -> dict[str, tuple[str, Claim]]:
    """Each source's first sentence stating the event as done or open, by source, when it
    is about what the question asks about."""
    best: dict[str, tuple[str, Claim]] = {}
    for item in items:
        if item.source in best:
            continue
        if context and not context & lang.content_lemmas(item.quote):
            continue  # "Some medical staff have been charged": the event, of others
        found = status_of(item.quote, lemmas)
        if found is None:
            continue
        claim = claim_of(item, found[1])
        if asked.names and said_of_another(asked, lang.span(item.quote, *claim.in_support)):
            continue  # "Their coach Tzekos has been charged": another's event
        best[item.source] = (found[0], claim)
    return best


def _scan_sentences(known: Iterable[dict], lemmas: frozenset[str]) -> list[Evidence]:
    """The sentences of the scan's disagreements on whether the question's event happened
    (sides stating it done and open; not one about how long or how much), as evidence,
    each under its source's name (the scan keeps no document id)."""
    found = []
    for item in known:
        if item.get("anchor") not in lemmas:
            continue
        said = [status_of(side["quote"], lemmas) for side in item["claims"]]
        if not {DONE, OPEN} <= {s[0] for s in said if s is not None}:
            continue  # "banned for two years" / "banned for four years": a figure differs
        found += [
            Evidence(0, side["source"], side["source"], side["title"], side["quote"],
                     side["start"], side["end"], 0.0)
            for side in item["claims"]
        ]  # fmt: skip
    return found

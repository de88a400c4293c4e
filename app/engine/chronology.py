"""Disagreements between reports published on different days.

A story told over weeks changes: a figure is revised, a pending decision is made. When
the articles say when they were published (ingest/dating.py), each side of a disagreement
carries its article's date, the sides are put in the order they were reported, and the
explanation tells them in that order: "Reported at different times: on 3 March 2005 “A”
says X; then on 10 March 2005 “B” says Y." Undated articles keep their place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .conflicts import Conflict
    from .evidence import Evidence


def earliest_first(conflict: Conflict, published_of: Callable[[str], str]) -> Conflict:
    """The disagreement with its sides in the order they were reported, when every side
    is dated and they were not all reported the same day (else as it is): an answer then
    numbers its sources in the order its disagreement lists them."""
    days = [[published_of(claim.source) for claim in side] for side in conflict.sides]
    every = {day for side in days for day in side}
    if "" in every or len(every) < 2:
        return conflict
    order = sorted(range(len(days)), key=lambda k: min(days[k]))  # stable for ties
    return replace(conflict, sides=[conflict.sides[k] for k in order])


def in_order_reported(evidence: list[Evidence], conflicts: list[dict]) -> list[Evidence]:
    """The evidence with the sources of a disagreement between reports of different days
    put in the order they were published, in the places those sources held (the others
    keep theirs; a source's sentences keep their order): quotes numbered so read [1]
    for the earliest report, as the disagreement lists it."""
    day = {c["source"]: c["published"] for item in conflicts if item.get("over_time")
           for c in item["claims"]}  # fmt: skip
    docs = list(dict.fromkeys(e.source for e in evidence))
    places = [k for k, source in enumerate(docs) if source in day]
    if not places:
        return evidence
    ordered = sorted((docs[k] for k in places), key=lambda source: day[source])
    for k, source in zip(places, ordered, strict=True):
        docs[k] = source
    rank = {source: k for k, source in enumerate(docs)}
    return sorted(evidence, key=lambda e: rank[e.source])


def dated(conflicts: list[dict], published: dict[str, str]) -> list[dict]:
    """The disagreements with each claim's publication date (by source; "" unknown), the
    claims of differently dated reports ordered earliest first and explained so."""
    return [_dated(conflict, published) for conflict in conflicts]


def _dated(conflict: dict, published: dict[str, str]) -> dict:
    claims = [
        {**claim, "published": published[claim["source"]]}
        if published.get(claim["source"])
        else claim
        for claim in conflict["claims"]
    ]
    days = {claim.get("published") for claim in claims}
    if None in days or len(days) < 2:  # an undated side, or all reported the same day
        return {**conflict, "claims": claims}
    claims.sort(key=lambda claim: claim["published"])  # stable: ties keep their order
    return {**conflict, "claims": claims, "explanation": explain(claims), "over_time": True}


def explain(claims: list[dict]) -> str:
    """Each report in the order published, with its date, title and value."""
    said = "; then ".join(
        f"on {long_date(c['published'])} “{c['title']}” says {c['value']}" for c in claims
    )
    return f"Reported at different times: {said}."


def long_date(iso: str) -> str:
    """ "2005-03-03" -> "3 March 2005"."""
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"

"""Disagreements between reports published on different days.

A story told over weeks changes: a figure is revised, a pending decision is made. When
the articles say when they were published (ingest/dating.py), each side of a disagreement
carries its article's date, the sides are put in the order they were reported, and the
explanation tells them in that order: "Reported at different times: on 3 March 2005 “A”
says X; then on 10 March 2005 “B” says Y." Undated articles keep their place.
"""

from __future__ import annotations

from datetime import date


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

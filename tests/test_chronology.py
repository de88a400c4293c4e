"""Disagreements between reports of different days (app/engine/chronology.py). Examples
written for these tests."""

from __future__ import annotations

from app.engine.chronology import dated, earliest_first, in_order_reported, long_date
from app.engine.claims import Claim
from app.engine.conflicts import Conflict
from app.engine.evidence import Evidence


def _item(*claims: tuple[str, str, str]) -> dict:
    return {
        "topic": "how long the captain was banned",
        "explanation": "The reports differ.",
        "claims": [{"source": s, "title": t, "value": v, "quote": v} for s, t, v in claims],
    }


def test_reports_of_different_days_are_put_in_order_and_explained_so():
    item = _item(("b.txt", "Ban cut", "two years"), ("a.txt", "Captain banned", "four years"))
    [out] = dated([item], {"a.txt": "2005-03-03", "b.txt": "2005-04-10"})
    assert [c["value"] for c in out["claims"]] == ["four years", "two years"]
    assert [c["published"] for c in out["claims"]] == ["2005-03-03", "2005-04-10"]
    assert out["over_time"] is True
    assert out["explanation"] == (
        "Reported at different times: on 3 March 2005 “Captain banned” says four years; "
        "then on 10 April 2005 “Ban cut” says two years."
    )


def test_an_undated_side_or_one_day_leaves_the_order_and_explanation():
    item = _item(("b.txt", "Ban cut", "two years"), ("a.txt", "Captain banned", "four years"))
    [out] = dated([item], {"a.txt": "2005-03-03", "b.txt": ""})
    assert [c["value"] for c in out["claims"]] == ["two years", "four years"]
    assert "published" not in out["claims"][0] and out["claims"][1]["published"] == "2005-03-03"
    assert out["explanation"] == "The reports differ." and "over_time" not in out
    [same] = dated([item], {"a.txt": "2005-03-03", "b.txt": "2005-03-03"})
    assert same["explanation"] == "The reports differ." and "over_time" not in same


def test_dates_are_written_for_readers():
    assert long_date("2005-03-03") == "3 March 2005"


def _side(source: str, value: str) -> list[Claim]:
    quote = f"The captain was banned for {value}."
    item = Evidence(1, source, source, source, quote, 0, len(quote), 0.6)
    start = quote.index(value)
    return [Claim(source, source, source, value, item, start, start + len(value))]


def test_an_answers_sides_are_put_in_the_order_reported_before_it_is_written():
    conflict = Conflict("how long", [_side("b.txt", "two years"), _side("a.txt", "four years")],
                        "The reports differ.")  # fmt: skip
    days = {"a.txt": "2005-03-03", "b.txt": "2005-04-10"}
    ordered = earliest_first(conflict, lambda source: days.get(source, ""))
    assert [side[0].value for side in ordered.sides] == ["four years", "two years"]
    undated = earliest_first(conflict, lambda source: {"a.txt": "2005-03-03"}.get(source, ""))
    assert [side[0].value for side in undated.sides] == ["two years", "four years"]
    same_day = earliest_first(conflict, lambda source: "2005-03-03")
    assert [side[0].value for side in same_day.sides] == ["two years", "four years"]


def test_quotes_of_reports_of_different_days_are_numbered_in_the_order_published():
    def said(source: str, text: str) -> Evidence:
        return Evidence(0, source, source, source.upper(), text, 0, len(text), 0.7)

    evidence = [said("b.txt", "Two years."), said("x.txt", "Background."),
                said("b.txt", "Cut on appeal."), said("a.txt", "Four years.")]  # fmt: skip
    [item] = dated([_item(("b.txt", "Ban cut", "two years"), ("a.txt", "Banned", "four years"))],
                   {"a.txt": "2005-03-03", "b.txt": "2005-04-10"})  # fmt: skip
    ordered = in_order_reported(evidence, [item])
    assert [e.quote for e in ordered] == ["Four years.", "Background.", "Two years.",
                                          "Cut on appeal."]  # fmt: skip
    same_day = {**item, "over_time": False}
    assert in_order_reported(evidence, [same_day]) == evidence

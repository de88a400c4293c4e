"""Positions are not facts: stances and outcomes read from the parse (examples written for
these tests)."""

from __future__ import annotations

import pytest

from app.engine.evidence import Evidence
from app.engine.positions import is_outcome, positions, stance_of


def ev(text: str, score: float, doc: str = "a") -> Evidence:
    return Evidence(0, doc, f"docs/{doc}.txt", doc, text, 0, len(text), score)


@pytest.mark.parametrize(
    ("sentence", "who", "stance"),
    [
        ("Kestrel Foods has accused Marlow Dairies of copying its recipe.", "Kestrel Foods",
         "accuse"),
        ("Marlow Dairies strongly denied the claim on Monday.", "Marlow Dairies", "deny"),
        ("The union, led by Tom Ashby, dismissed the offer as an insult.", "Tom Ashby",
         "dismiss"),
    ],
)  # fmt: skip
def test_a_stance_and_who_takes_it(sentence, who, stance):
    assert stance_of(sentence) == (who, stance)


def test_a_sentence_without_a_named_party_taking_a_stance_is_no_position():
    assert stance_of("The recipe was first sold in 1998.") is None
    assert stance_of("It was denied by a spokesman.") is None  # nobody named


@pytest.mark.parametrize(
    ("sentence", "decided"),
    [
        ("The tribunal cleared both athletes of all charges.", True),
        ("The pair were banned for two years by the federation.", True),
        ("The court will rule on the case next month.", False),
        ("A ruling could force the firm to close the plant.", False),
    ],
)
def test_an_outcome_is_a_decision_reported_as_made(sentence, decided):
    assert is_outcome(sentence) is decided


def test_each_named_party_then_the_other_side():
    scored = [
        ev("Kestrel Foods has accused Marlow Dairies of copying its recipe.", 0.8, "a"),
        ev("Kestrel Foods said the copying began in 2003.", 0.7, "a"),
        ev("Marlow Dairies strongly denied the claim on Monday.", 0.6, "b"),
    ]
    found = positions(scored, ("Kestrel",))
    assert [p.who for p in found] == ["Kestrel Foods", "Marlow Dairies"]
    assert [p.stance for p in found] == ["accuse", "deny"]


def test_being_charged_is_no_stance_and_a_lost_subject_is_the_name_before_the_verb():
    assert stance_of("Ann Brook and Tom Ashby were charged with fraud on Monday.") is None
    long = (
        "In a sharp turn in the long feud, Kestrel Foods, the Leeds-based baker run by "
        "two brothers, has accused Marlow Dairies of copying its recipe."
    )
    assert stance_of(long) == ("Kestrel Foods", "accuse") or stance_of(long)[0].startswith(
        "Kestrel"
    )

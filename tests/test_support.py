"""Citation support: a verbatim quote that does not say what its clause says is counted."""

from __future__ import annotations

from app.evaluation.support import citation_support, clauses, supports


def test_each_marker_closes_its_own_clause_and_repeated_markers_share_it():
    found = clauses("The ferry sails at noon [1][2]; the fare is five pounds [3].")
    assert found == [
        (1, "The ferry sails at noon"),
        (2, "The ferry sails at noon"),
        (3, "the fare is five pounds"),
    ]


def test_a_quote_naming_another_value_does_not_support_the_clause():
    question = "Which ship was recalled?"
    assert supports("The ship recalled is the Aurora", "The Aurora was recalled.", question, [])
    assert not supports(
        "The ship recalled is the Aurora", "The Borealis was recalled.", question, ["Aurora"]
    )
    # no reference given: the clause's own words must mostly be in the quote
    assert not supports("Harbour fees rose sharply", "The mayor opened a school.", "Why?", [])


def test_citation_support_counts_backed_and_judged_citations():
    row = {
        "question": "Who owns the mill?",
        "answer": "The Dunmore family owns it [1]; a bank holds the loan [2].",
        "citations": [
            {"n": 1, "quote": "The mill has belonged to the Dunmore family since 1901."},
            {"n": 2, "quote": "Its roof was repaired last spring."},
        ],
    }
    assert citation_support(row, ["Dunmore family"]) == (1, 2)

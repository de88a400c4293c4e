"""Pairing values of aligned sentences by slot (examples written for these tests, and the
seed articles' two venue sentences)."""

from __future__ import annotations

import pytest

from app.engine.alignment import slot_pairs

VENUE_A = "a formal complaint filed with the UK Intellectual Property Office, centre on claims"
VENUE_B = "The accusation, filed in London’s High Court, marks the first major test"


def test_values_of_aligned_sentences_pair_up_by_slot():
    [(a, b, slot)] = slot_pairs(VENUE_A, VENUE_B)
    assert (VENUE_A[a[0] : a[1]], VENUE_B[b[0] : b[1]]) == (
        "UK Intellectual Property Office",
        "London’s High Court",
    )
    assert slot.anchor == "file"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sales rose 5% in Paris.", "Profits fell in Lyon by 7 points."),  # other verbs
        ("Kestrel's Falcon model sold well.", "Marlow's Osprey model sold well."),  # owners
        ("The Falcon model sold well.", "The reward model sold well."),  # a name, a word
    ],
)
def test_values_in_different_slots_or_of_different_things_do_not_pair(a, b):
    assert slot_pairs(a, b) == []

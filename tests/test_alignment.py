"""Pairing values of aligned sentences by slot (examples written for these tests, and the
seed articles' two venue sentences)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from app.engine.alignment import same_story, slot_pairs

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


def _story(doc_id: str, names: str) -> SimpleNamespace:
    return SimpleNamespace(doc_id=doc_id, text=f"Harbour news\n\nThe report names {names} today.")


def _vectors(cosine: float) -> list[np.ndarray]:
    """Two one-sentence articles whose mean vectors have the given cosine."""
    return [np.array([[1.0, 0.0]]), np.array([[cosine, (1 - cosine**2) ** 0.5]])]


MANY = "Ian Moray, Tom Reed, Port Ellis, Kestrel Ferries, Oban Bay, Marlow Shipping"


def test_close_articles_naming_the_same_things_are_one_story():
    found = same_story([_story("a", "Ian Moray and Port Ellis"),
                        _story("b", "Ian Moray and Port Ellis")], _vectors(0.9))  # fmt: skip
    assert found == {"a": {"b": True}, "b": {"a": True}}


def test_a_less_alike_report_naming_many_of_the_same_things_is_a_follow_up():
    found = same_story([_story("a", MANY), _story("b", MANY)], _vectors(0.7))
    assert found == {"a": {"b": False}, "b": {"a": False}}
    # as unlike, naming only a few of the same things: another story
    few = same_story([_story("a", "Ian Moray and Port Ellis"),
                      _story("b", "Ian Moray and Port Ellis")], _vectors(0.7))  # fmt: skip
    assert few == {"a": {}, "b": {}}
    assert same_story([_story("a", MANY), _story("b", MANY)], _vectors(0.4)) == {"a": {}, "b": {}}


def test_an_amount_keeps_its_currency_sign_on_either_side_of_a_pair():
    a = "The council fined the ferry firm £40,000."
    b = "The council fined the ferry firm £65,000."
    [(x, y, _)] = slot_pairs(a, b)
    assert (a[slice(*x)], b[slice(*y)]) == ("£40,000", "£65,000")

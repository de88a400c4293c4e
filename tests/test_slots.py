"""Slots read from the parse (examples written for these tests)."""

from __future__ import annotations

from app.engine.slots import Slot, fillers, slot_of


def value_slot(sentence: str, value: str):
    at = sentence.index(value)
    return slot_of(sentence, at, at + len(value))


def test_one_statement_in_two_wordings_fills_one_slot():
    slot, _ = value_slot(
        "The appeal was lodged with the Marine Safety Agency.", "Marine Safety Agency"
    )
    other = "The ferry operator's appeal, lodged in the Court of Session, was rejected."
    spans = [other[s:e] for s, e, _ in fillers(other, slot)]
    assert spans == ["Court of Session"]


def test_a_plural_noun_names_a_class_so_its_modifier_fills_no_slot():
    """ "Kestrel engines are common" speaks of many engines; "the Kestrel engine" of one."""
    slot, _ = value_slot("The airline blamed its Kestrel engine for the delay.", "Kestrel")
    assert slot == Slot("engine", "compound")
    assert fillers("Turbofan engines are common on such aircraft.", slot) == []
    assert [s for s, _, _ in fillers("It now uses a Harrier engine.", slot)] == [14]
    assert value_slot("The airline's Kestrel engines were grounded.", "Kestrel") is None

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


def test_who_said_it_is_an_attribution_not_a_slot_to_fill():
    slot, _ = value_slot("“Demand is rising,” said Mara Quint, founder of Trellis.", "Mara Quint")
    assert slot.is_attribution
    filed, _ = value_slot("The appeal was lodged by Mara Quint.", "Mara Quint")
    assert not filed.is_attribution


def test_another_speaker_is_not_read_into_an_answer():
    from app.engine.claims import Claim
    from app.engine.evidence import Evidence
    from app.engine.questions import analyse
    from app.engine.slots import slot_claims

    a = "“Demand is rising,” said Mara Quint, co-founder of Trellis."
    b = "“Sales doubled this year,” said Oren Vale, co-founder of Trellis."
    ea = Evidence(1, "a", "docs/a.txt", "A", a, 0, len(a), 0.7)
    eb = Evidence(2, "b", "docs/b.txt", "B", b, 0, len(b), 0.65)
    at = a.index("Mara Quint")
    claim = Claim("a", "docs/a.txt", "A", "Mara Quint", ea, at, at + len("Mara Quint"))
    asked = analyse("Which Trellis co-founder said demand is rising?")
    assert slot_claims(asked, [claim], [ea, eb]) == []


def test_a_number_still_measures_each_of_a_plural():
    slot, _ = value_slot("The league could give a maximum one-year suspension.", "one-year")
    other = "The league imposed two-year suspensions on the pair in May."
    assert [other[s:e] for s, e, _ in fillers(other, slot)] == ["two-year"]


def test_a_unit_word_is_part_of_the_amount_not_its_slot():
    slot, _ = value_slot("The ferry deficit will reach £12m next year.", "£12")
    assert slot == Slot("reach", "dobj")
    other = "The deficit will reach £20m this year."
    assert [other[s:e] for s, e, _ in fillers(other, slot)] == ["£20m"]


def test_a_conversion_in_brackets_is_no_value_of_its_own():
    slot, _ = value_slot("The new ferry cost £40m ($75m) to build.", "£40m")
    other = "The old ferry cost £30m ($52m) to build."
    assert [other[s:e] for s, e, _ in fillers(other, slot)] == ["£30m"]

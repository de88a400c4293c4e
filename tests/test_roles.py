"""Whom a statement is about, role by role (examples written for these tests)."""

from __future__ import annotations

from app.engine.roles import same_things

from .test_slots import value_slot


def test_a_statement_is_about_its_subject_and_object_role_by_role():
    _, sued = value_slot("Kestrel Ferries sued Port Ellis Council for £2m.", "£2m")
    _, again = value_slot("Kestrel Ferries has sued Port Ellis Council for £3m.", "£3m")
    _, other = value_slot("Kestrel Ferries sued Marlow Shipping for £5m.", "£5m")
    _, passive = value_slot("Port Ellis Council was sued for £4m.", "£4m")
    assert same_things(sued, again) and same_things(sued, passive)
    assert not same_things(sued, other)  # another defendant: another suit


def test_a_figure_is_about_what_its_subject_or_participle_names():
    _, deficit = value_slot("The ferry deficit will reach £12m next year.", "£12m")
    _, spending = value_slot("Fuel spending will reach £20m next year.", "£20m")
    assert "subject~:deficit" in deficit and not same_things(deficit, spending)
    _, level = value_slot("Fares are near the record level set in May.", "May")
    _, heights = value_slot("Fares fell from the heights set in 2002.", "2002")
    assert "object~:level" in level and not same_things(level, heights)


def test_whose_thing_it_is_comes_from_its_owner_word_or_the_name_it_is_set_beside():
    _, tern = value_slot("The strike hit Kestrel, its unit Tern Lines, and the port.", "Tern Lines")
    _, lark = value_slot("Marlow bid for the Marlow unit Sea Lark last year.", "Sea Lark")
    _, gull = value_slot("The board sold its Kestrel unit Gull Ferries in May.", "Gull Ferries")
    assert tern == frozenset({"owner:kestrel"}) and "owner:marlow" in lark
    assert not same_things(tern, lark) and same_things(tern, gull)

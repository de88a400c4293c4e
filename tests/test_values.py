"""When two values are one: other words, acronyms, name families, one person."""

from __future__ import annotations

import pytest

from app.engine.values import one_modifier_swapped, same_value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("High Court", "London’s High Court"),  # one contains the other
        ("Marine Safety Agency", "MSA"),  # an acronym
        ("the Sea Lark ferry", "Sea Lark"),
    ],
)
def test_the_same_name_in_other_words_is_one_answer(a, b):
    assert same_value(a, b)


def test_different_names_are_not_the_same_value():
    assert not same_value("Sea Lark", "Northern Star")
    assert not same_value("Qwen2", "Qwen-Plus")


def test_one_name_spelled_two_ways_is_one_answer():
    assert same_value("Westerholm", "Westerholme")  # a letter more
    assert same_value("the Dunmarrow pier", "Dunmarow pier")  # a letter fewer, one word of two
    assert not same_value("Oban", "Olan")  # short names a letter apart are often two
    assert not same_value("Westerholm", "Westerham")  # too far apart


def test_two_forms_of_one_persons_name_are_one_answer():
    assert same_value("Kostas Alexiou", "Konstantinos Alexiou")
    assert same_value("Maria Okafor", "Ms Okafor")
    assert not same_value("Maria Okafor", "John Brant")


def test_a_family_and_its_member_and_a_rounded_figure_are_one_answer():
    assert same_value("Falcon", "Falcon3")  # a name with a version glued on
    assert same_value("about 41.8%", "42%")  # one figure, rounded
    assert not same_value("41%", "48%")


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        ("grey heron lily", "white heron lily", True),
        ("Lower Mill Bridge", "Upper Mill Bridge", True),
        ("Court of Session", "Court of Appeal", True),
        ("the Marsh Road depot", "Marsh Road", False),  # one contains the other
        ("heron lily", "heron lilies", False),  # the last word is the head
        ("Kestrel engine", "Kestrel engines", False),  # the head changed: compared elsewhere
        ("sailing", "rowing", False),
    ],
)
def test_one_modifier_exchanged_names_another_thing(a, b, swapped):
    assert one_modifier_swapped(a, b) is swapped

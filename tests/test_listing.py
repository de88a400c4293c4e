"""The scan's list: one item per disagreement (examples written for these tests)."""

from __future__ import annotations

import pytest

from app.engine.listing import name_in, named_together, rank


def _item(anchor: str, *sides: tuple[str, str], confidence: float = 0.6) -> dict:
    claims = [{"source": s, "value": v, "title": s, "quote": v, "start": 0, "end": len(v)}
              for s, v in sides]  # fmt: skip
    return {"topic": f"what was {anchor}", "anchor": anchor, "claims": claims,
            "confidence": confidence, "explanation": ""}  # fmt: skip


def test_items_about_one_statement_sharing_a_value_are_one_disagreement():
    ranked = rank(
        [
            _item("moor", ("a.txt", "Pier 4"), ("b.txt", "the Old Quay")),
            _item("moor", ("a.txt", "Pier 4"), ("c.txt", "Dock Street")),
            _item("moor", ("b.txt", "Old Quay"), ("c.txt", "Dock Street"), confidence=0.9),
            _item("sink", ("a.txt", "1911"), ("b.txt", "1912")),  # another statement
        ]
    )
    assert len(ranked) == 2
    venue = ranked[0]
    assert {c["value"] for c in venue["claims"]} == {"Pier 4", "the Old Quay", "Dock Street"}
    assert venue["articles"] == 3 and venue["confidence"] == 0.9
    assert {c["value"] for c in ranked[1]["claims"]} == {"1911", "1912"}


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("little-known Kestrel", "Kestrel"),
        ("state-run shipping group Marlow Ferries", "Marlow Ferries"),
        ("Marlow Ferries", None),  # all name
        ("the new ferry", None),  # no name
        ("12 March", None),  # a month is no name
    ],
)
def test_the_name_a_value_ends_in(value, name):
    assert name_in(value) == name


def test_values_one_article_names_together_even_spelled_another_way_are_not_rivals():
    conflict = {"claims": [{"value": "Kinloch"}, {"value": "Kinlochleven"}]}
    texts = ["Kinloch (short for Kinlochlevan, its full name) is the port.", "Oban is busy."]
    assert named_together(conflict, texts)
    assert not named_together(conflict, ["Kinloch is the port.", "Kinlochmore is busy."])


@pytest.mark.parametrize(
    ("sentence", "word", "base"),
    [
        ("The council fined the ferry firm.", "fined", "fine"),  # spaCy's lemma: "fin"
        ("The mayor dined with the union.", "dined", "dine"),
        ("The board banned the captain.", "banned", "ban"),  # doubled: the short form
        ("The union planned a strike.", "planned", "plan"),
        ("The crew filed a claim.", "filed", "file"),
    ],
)
def test_a_verb_is_asked_about_in_its_base_form(sentence, word, base):
    from app.engine.language import parse
    from app.engine.listing import base_form

    [token] = [t for t in parse(sentence) if t.text == word]
    assert base_form(token) == base


def test_a_topic_is_the_statement_in_its_own_words():
    from app.engine.listing import topic_for
    from app.engine.slots import Slot

    from .conftest import claim_in

    sentence = "The council fined the ferry firm £40,000."
    value = claim_in(sentence, "£40,000")
    ask = "How much did the council fine the ferry firm?"
    assert topic_for(ask, Slot("fin", "npadvmod"), sentence, value) == (
        "how much the council fined the ferry firm"
    )


def test_a_topic_without_a_question_names_the_word_in_its_base_form():
    from app.engine.listing import topic_for
    from app.engine.slots import Slot

    sentence = "The council fined the ferry firm £40,000."
    assert topic_for(None, Slot("fin", "npadvmod"), sentence) == (
        "what the reports say about “fine”"
    )

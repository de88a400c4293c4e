"""Alternative questions ("A or B?"), with the real embedding model and examples written
for these tests."""

from __future__ import annotations

import pytest

from app.engine.alternatives import alternatives_of, choose
from app.engine.evidence import Evidence


@pytest.mark.parametrize(
    ("question", "options"),
    [
        ("Was the ferry built in Glasgow or in Belfast?", ["Glasgow", "Belfast"]),
        ("Is the levy paid by landlords or by tenants?", ["landlords", "tenants"]),
        ("Did the mayor resign or retire?", ["resign", "retire"]),
        ("Was the fine set in euros or dollars?", ["euros", "dollars"]),
        ("Is the accused tool Osprey or Osprey-Max?", ["Osprey", "Osprey-Max"]),
        (
            "Was the appeal heard by the Court of Session or the Supreme Court?",
            ["Court", "Supreme Court"],
        ),
        ("Did the mayor resign?", []),
        ("Where was the ferry built?", []),
    ],
)
def test_the_alternatives_a_question_offers(question, options):
    found = alternatives_of(question)
    assert [o.split()[-1] for o in found] == [o.split()[-1] for o in options]


def sentence(doc: str, text: str, score: float = 0.7) -> Evidence:
    return Evidence(1, doc, f"docs/{doc}.txt", doc.title(), text, 0, len(text), score)


QUESTION = "Is the ferry service run by the council or by a private firm?"


def test_sources_stating_different_alternatives_disagree(embeddings):
    scored = [
        sentence("a", "The ferry service is run by the council, which bought the boats."),
        sentence("b", "A private firm has run the ferry service since the spring.", 0.65),
    ]
    conflict, claims = choose(QUESTION, scored, embeddings, 0.3)
    assert conflict is not None
    assert [[c.doc_id for c in side] for side in conflict.sides] == [["a"], ["b"]]
    assert {c.value for c in claims} == {"the council", "A private firm"}


def test_sources_stating_one_alternative_answer_with_it(embeddings):
    scored = [
        sentence("a", "The ferry service is run by the council, which bought the boats."),
        sentence("b", "The council has run the ferry service for a decade.", 0.6),
    ]
    conflict, claims = choose(QUESTION, scored, embeddings, 0.3)
    assert conflict is None
    assert {c.doc_id for c in claims} == {"a", "b"}


def test_a_negated_or_unrelated_mention_states_nothing(embeddings):
    scored = [
        sentence("a", "The ferry service is run by the council, which bought the boats."),
        # negated: the article says who does not run it
        sentence("b", "The ferry service is not run by a private firm, officials said.", 0.65),
        # names an alternative, but says nothing about the ferry service
        sentence("c", "A private firm won the contract to repair the harbour wall.", 0.6),
    ]
    conflict, claims = choose(QUESTION, scored, embeddings, 0.3)
    assert conflict is None
    assert {c.doc_id for c in claims} == {"a"}


def test_a_source_stating_both_chooses_neither(embeddings):
    scored = [
        sentence("a", "The ferry service is run by the council, which bought the boats."),
        sentence("b", "The ferry service is run by the council and a private firm together."),
        sentence("c", "A private firm runs the ferry service, its owners say.", 0.6),
    ]
    conflict, claims = choose(QUESTION, scored, embeddings, 0.3)
    assert "b" not in {c.doc_id for c in claims}
    assert conflict is not None  # a (the council) against c (a private firm)


def test_a_paraphrase_close_in_meaning_states_an_alternative(embeddings):
    question = "Is the recipe protected by a patent or kept as a trade secret?"
    scored = [
        sentence("a", "The bakery says its recipe is a patentable method of proving dough."),
        sentence("b", "The bakery guards the recipe under trade secret law.", 0.65),
    ]
    conflict, _ = choose(question, scored, embeddings, 0.3)
    assert conflict is not None


def test_a_question_without_alternatives_is_left_alone(embeddings):
    scored = [sentence("a", "The ferry service is run by the council.")]
    assert choose("Who runs the ferry service?", scored, embeddings, 0.3) == (None, [])


def test_names_are_matched_in_their_own_words_only(embeddings):
    # names embed close to any phrase sharing a word ("British patent laws" / "the UK
    # Patent Office"), so a name is stated only where it is written
    question = "Was the complaint filed with the UK Patent Office or the High Court?"
    scored = [
        sentence("a", "The complaint, filed in the High Court, is a test of British patent laws."),
        sentence("b", "The complaint was filed with the UK Patent Office last week.", 0.65),
    ]
    conflict, _ = choose(question, scored, embeddings, 0.3)
    assert conflict is not None
    assert [side[0].value for side in conflict.sides] == ["the UK Patent Office", "the High Court"]

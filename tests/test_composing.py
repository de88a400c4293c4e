"""Answers in prose, and citations that back their words (examples written for the tests)."""

from __future__ import annotations

from app.engine.claims import Claim
from app.engine.composing import backs, claims_text, conflict_text, keep_backed
from app.engine.conflicts import Conflict
from app.engine.evidence import Evidence


def said(doc: str, sentence: str, value: str, n: int = 1) -> Claim:
    at = sentence.index(value)
    support = Evidence(n, doc, f"docs/{doc}.txt", f"Title {doc}", sentence, 0, len(sentence), 0.6)
    return Claim(doc, support.source, support.title, value, support, at, at + len(value))


A = said("a", "The appeal was lodged with the Marine Tribunal in Oban.", "Marine Tribunal")
B = said("b", "The union took its appeal to the High Court in Glasgow.", "High Court in Glasgow")


def test_a_disagreement_is_one_prose_sentence_naming_both_values():
    conflict = Conflict("where the appeal was lodged", [[A], [B]], "")
    text, supports = conflict_text(conflict)
    assert text == (
        "The reports disagree on where the appeal was lodged: one article says Marine "
        "Tribunal [1], the other says High Court in Glasgow [2]."
    )
    assert [s.doc_id for s in supports] == ["a", "b"]
    assert ":" not in text.split(": ", 1)[1]  # no "headline: value" list


def test_three_sides_read_one_another_a_third():
    c = said("c", "Others say the appeal went to the Court of Session.", "Court of Session")
    text, _ = conflict_text(Conflict("where the appeal was lodged", [[A], [B], [c]], ""))
    assert text.endswith(
        "one article says Marine Tribunal [1], another says High Court in Glasgow [2], "
        "a third says Court of Session [3]."
    )


def test_agreeing_sources_share_one_statement():
    c = said("c", "Its appeal went to the Marine Tribunal, the union said.", "Marine Tribunal")
    text, supports = claims_text([A, c])
    assert text == "Marine Tribunal, according to two articles [1][2]."
    assert len(supports) == 2


def test_a_one_value_answer_starts_its_sentence_with_the_value():
    late = said("a", "The ferry sailed late last night.", "late last night")
    assert claims_text([late])[0] == "Late last night, according to one article [1]."
    wet = said("c", "It was a cold, wet night.", "cold, wet night")
    assert claims_text([wet])[0] == "Cold, wet night, according to one article [1]."
    ban = said("d", "He was given a two-year ban.", "two-year ban")
    assert claims_text([ban])[0] == "Two-year ban, according to one article [1]."
    # a name spelt with inner capitals keeps its spelling at the start of the sentence
    phone = said("b", "The queue was for the new iPhone model.", "iPhone")
    assert claims_text([phone])[0] == "iPhone, according to one article [1]."


def test_complementary_values_are_given_side_by_side():
    text, _ = claims_text([A, B])
    assert text.startswith("One article says Marine Tribunal [1]; another says High Court")
    # figures have no content words: two figures are two values, unless one rounds the other
    dollars = said("a", "The film took $19.5m in three days.", "$19.5m")
    pounds = said("b", "The film took £788,439 in its first three days.", "£788,439")
    text, _ = claims_text([dollars, pounds])
    assert text == "One article says $19.5m [1]; another says £788,439 [2]."
    rounded = said("c", "The film took almost $20m in three days.", "almost $20m")
    assert claims_text([dollars, rounded])[0] == "$19.5m, according to two articles [1][2]."


def test_a_citation_that_does_not_back_its_words_is_dropped():
    quotes = [
        Evidence(
            1, "a", "docs/a.txt", "A", "The ferry Sea Lark serves the Oban route.", 0, 40, 0.6
        ),
        Evidence(2, "b", "docs/b.txt", "B", "Ferries have served Oban since 1890.", 0, 36, 0.6),
    ]
    text = "The run is served by the Sea Lark [1][2]. Ferries first sailed in 1850 [2]."
    kept = keep_backed(text, quotes, "Which ferry serves the Oban run?")
    # [2] holds neither "Sea Lark" nor 1850: dropped, and the sentence it alone backed too
    assert kept == "The run is served by the Sea Lark [1]."


def test_numbers_must_be_in_the_quote():
    assert backs("The fine was £4m", "The club was fined £4m on Friday.", "How big was the fine?")
    assert not backs("The fine was £5m", "The club was fined £4m.", "How big was the fine?")

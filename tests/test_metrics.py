"""Scoring of result lines: normalisation, citation checks, conflict expectations."""

from __future__ import annotations

from app.evaluation.metrics import (
    contains,
    expected_conflict,
    format_summary,
    normalise,
    percentile,
    references,
    score_row,
    summarise,
    token_f1,
)

TEXT = "The Tamar Bridge opened in 1961."


def lookup(row: dict, source: str) -> str | None:
    return {"a.txt": TEXT}.get(source)


def test_normalise_and_whole_word_containment():
    assert normalise("The “Qwen-Plus” model!") == "qwen plus model"
    assert contains("It opened in 1961 [1].", "1961")
    assert not contains("It opened in 19612.", "1961")
    assert not contains("anything", "  ")
    assert contains("London's High Court", "london s high court")


def test_token_f1_by_hand():
    assert token_f1("Maria Lopez [1].", "Maria Lopez") == 0.8
    assert token_f1("nothing shared", "1961") == 0.0


def test_references_accept_text_or_lists():
    assert references({"reference": "Paris", "gold_answers": ["Paris, France", ""]}) == [
        "Paris",
        "Paris, France",
    ]
    assert references({"reference": ["a", "b"]}) == ["a", "b"]
    assert references({}) == []


def test_ramdocs_conflict_ignores_noise_documents():
    docs = [
        {"text": "x", "type": "correct", "answer": "Paris"},
        {"text": "y", "type": "noise", "answer": "Lyon"},
        {"text": "z", "type": "correct", "answer": "paris"},
    ]
    assert expected_conflict({"documents": docs}) is False
    docs.append({"text": "w", "type": "misinfo", "answer": "Marseille"})
    assert expected_conflict({"documents": docs}) is True
    assert expected_conflict({"documents": docs, "expect_conflict": False}) is False
    assert expected_conflict({"documents": [{"text": "no answers given"}]}) is None


def test_a_citation_verifies_only_when_offsets_slice_its_quote():
    good = {"source": "a.txt", "quote": "opened in 1961", "start": 17, "end": 31}
    shifted = {**good, "start": 16, "end": 30}
    elsewhere = {**good, "source": "missing.txt"}
    out_of_range = {**good, "start": 30, "end": 99}
    row = {"id": "x", "answer": "1961 [1]", "citations": [good, shifted, elsewhere, out_of_range]}
    score = score_row(row, lookup)
    assert (score.citations, score.valid_citations) == (4, 1)
    assert "citation does not verify" in score.failures


def test_silent_expectations_score_nothing():
    score = score_row({"id": "x", "answer": "Something.", "abstained": False}, lookup)
    assert score.correct is None and score.expect_conflict is None and score.failures == []
    summary = summarise([score])
    assert summary["metrics"]["answer_correctness"] is None
    assert summary["counts"]["answer_correctness"] == 0
    assert summary["metrics"]["conflict_precision"] is None
    shown = format_summary(summary).splitlines()  # an unmeasured metric shows a dash, not 0
    assert shown[0].startswith("1 questions: 1 answered")
    assert any(line.split()[:3] == ["answer_correctness", "—", "(n=0)"] for line in shown)


def test_an_abstention_is_no_correct_answer_whatever_it_repeats():
    row = {"id": "x", "gold_answers": ["charged"], "abstained": True,
           "answer": "The articles don't say whether the landlord has been charged."}  # fmt: skip
    assert score_row(row, lookup).correct is False
    assert score_row({**row, "abstained": False}, lookup).correct is True


def test_percentile_interpolates_like_numpy():
    assert percentile([100, 200, 300, 400, 500], 95) == 480
    assert percentile([7], 50) == 7
    assert percentile([], 50) is None

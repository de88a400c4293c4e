"""`dispute-qa eval` as evaluators run it: a real process, real indexes, real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import DATA, run_cli

QUESTIONS = DATA / "eval_questions.jsonl"


def eval_cli(data_dir: Path, *args: str | Path):
    env = {"DISPUTE_QA_DATA_DIR": str(data_dir), "DISPUTE_QA_LLM": "none"}
    return run_cli("eval", *map(str, args), env=env)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_lines(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def docs(*texts: str, **fields) -> list[dict]:
    return [{"text": t, **fields} for t in texts]


def cite(n: int, source: str, text: str, quote: str, shift: int = 0) -> dict:
    start = text.index(quote) + shift
    return {"n": n, "source": source, "title": "t", "quote": quote, "start": start,
            "end": start + len(quote)}  # fmt: skip


BRIDGE = ("The Tamar Bridge opened in 1961.", "The Tamar Bridge opened in 1962.")
MAYOR = "Maria Lopez is mayor of Oakvale."
DAM = ("The dam was finished in 1990.", "The dam was finished in 1994.")
PARIS = ("The capital is Paris.", "The capital is Lyon.")
D0, D1 = "docs/doc00.txt", "docs/doc01.txt"

# Five answered questions with every kind of outcome; the expected metrics are worked out
# by hand in test_metrics_of_a_results_file_are_the_hand_computed_ones.
HAND_ROWS = [
    {"id": "r1", "question": "When did the bridge open?", "documents": docs(*BRIDGE),
     "gold_answers": ["1961"], "expect_conflict": True, "reference_sources": [D0, D1],
     "answer": "The reports disagree: 1961 [1] or 1962 [2].", "abstained": False,
     "citations": [cite(1, D0, BRIDGE[0], "opened in 1961"),
                   cite(2, D1, BRIDGE[1], "opened in 1962")],
     "conflicts": [{"topic": "t", "claims": [], "explanation": ""}], "latency_ms": 100},
    {"id": "r2", "question": "Who is mayor?", "documents": docs(MAYOR),
     "gold_answers": ["Maria Lopez"], "expect_conflict": False, "should_abstain": True,
     "answer": "Maria Lopez [1].", "abstained": False,
     "citations": [cite(1, D0, MAYOR, "Maria Lopez is mayor", shift=1)],  # does not verify
     "conflicts": [{"topic": "t", "claims": [], "explanation": ""}], "latency_ms": 200},
    {"id": "r3", "question": "When was the dam finished?", "documents": docs(*DAM),
     "gold_answers": ["1990"], "wrong_answers": ["1994"], "expect_conflict": True,
     "should_abstain": False, "reference_sources": [D0],
     "answer": "The dam was finished in 1994 [1].", "abstained": False,
     "citations": [cite(1, D1, DAM[1], "finished in 1994")],
     "conflicts": [], "latency_ms": 300},  # a missed conflict
    {"id": "r4", "question": "Who wrote Hamlet?", "documents": docs(MAYOR),
     "expect_conflict": False, "should_abstain": True,
     "answer": "The articles don't say.", "abstained": True, "citations": [], "conflicts": [],
     "latency_ms": 400},
    {"id": "r5", "question": "What is the capital?", "gold_answers": ["Paris"],
     "wrong_answers": ["Lyon"],
     "documents": [{"text": PARIS[0], "type": "correct", "answer": "Paris"},
                   {"text": PARIS[1], "type": "misinfo", "answer": "Lyon"}],
     "answer": "Paris [1].", "abstained": False,
     "citations": [cite(1, D0, PARIS[0], "Paris")],
     "conflicts": [{"topic": "t", "claims": [], "explanation": ""}], "latency_ms": 500},
]  # fmt: skip


def test_metrics_of_a_results_file_are_the_hand_computed_ones(tmp_path: Path):
    questions, results = tmp_path / "q.jsonl", tmp_path / "r.jsonl"
    write_lines(questions, [{k: v for k, v in r.items() if k != "answer"} for r in HAND_ROWS])
    write_lines(results, HAND_ROWS)
    # --resume with every question answered: nothing is asked, the file is scored
    done = eval_cli(tmp_path / "data", questions, "--out", results, "--resume", "--report",
                    tmp_path / "report")  # fmt: skip
    assert done.returncode == 0, done.stderr
    summary = json.loads((tmp_path / "report" / "summary.json").read_text())
    assert summary["metrics"] == {
        "answer_correctness": 0.75,  # r1, r2, r5 of r1, r2, r3, r5
        "answer_f1": 0.429,  # (1/4 + 4/5 + 0 + 2/3) / 4
        "wrong_answer_rate": 0.5,  # r3 of r3, r5
        "citation_validity": 0.8,  # 4 of 5: r2's offsets are one character off
        "citation_support": 1.0,  # every quote says what its clause says (r3's is wrong too)
        "context_recall": 0.5,  # r1 cites both expected sources, r3 neither
        "context_precision": 0.5,
        "conflict_precision": 0.667,  # flagged r1, r2, r5; r2 is not a conflict
        "conflict_recall": 0.667,  # conflicts r1, r3, r5 (r5 from its documents); r3 missed
        "conflict_f1": 0.667,
        "abstention_accuracy": 0.667,  # r2 answered where it should abstain
        "group_consistency": None,  # no row belongs to a group of wordings
        "latency_p50_ms": 300,
        "latency_p95_ms": 480,
    }
    assert summary["counts"]["citation_validity"] == 5
    assert summary["counts"]["conflict_recall"] == 3
    assert (summary["questions"], summary["answered"], summary["failing"]) == (5, 4, 2)
    assert "0.667" in done.stdout and "citation_validity" in done.stdout
    page = (tmp_path / "report" / "report.html").read_text()
    assert page.index("missed conflict") < page.index(">r1<")  # failures first
    assert "citation does not verify" in page and "<svg" in page
    assert lines(results) == HAND_ROWS  # scoring changes nothing in the results


@pytest.mark.slow
def test_eval_answers_each_row_from_its_documents_and_resumes(tmp_path: Path):
    out, data = tmp_path / "results.jsonl", tmp_path / "data"
    first = eval_cli(data, QUESTIONS, "--out", out)
    assert first.returncode == 0, first.stderr
    assert "line 4: not JSON" in first.stderr and 'line 5: no "question"' in first.stderr
    assert "Traceback" not in first.stderr
    results = lines(out)
    assert [r["id"] for r in results] == ["ramdocs-0", "ramdocs-8", "mayor"]
    for row in results:
        assert list(row)[:7] == ["id", "question", "answer", "abstained", "citations",
                                 "conflicts", "latency_ms"]  # fmt: skip
        texts = {f"docs/doc{i:02d}.txt": d["text"] for i, d in enumerate(row["documents"])}
        for c in row["citations"]:
            assert texts[c["source"]][c["start"] : c["end"]] == c["quote"]
    mayor = results[2]
    assert mayor["note"] == "carried through" and "Maria Lopez" in mayor["answer"]
    assert re.search(r"citation_validity\s+1\.0\s", first.stdout)

    # break one citation, cut the last line short as an interrupted run would
    results[0]["citations"][0]["start"] += 1
    write_lines(out, results)
    out.write_text(out.read_text().rsplit("\n", 2)[0] + '\n{"id": "mayor", "ques')
    resumed = eval_cli(data, QUESTIONS, "--out", out, "--resume", "--report", tmp_path / "rep")
    assert resumed.returncode == 0, resumed.stderr
    assert "2 answered already, 1 to go" in resumed.stderr
    again = lines(out)
    assert [r["id"] for r in again] == ["ramdocs-0", "ramdocs-8", "mayor"]
    assert again[:2] == results[:2]  # kept as they were, not asked again
    summary = json.loads((tmp_path / "rep" / "summary.json").read_text())
    total = summary["counts"]["citation_validity"]
    assert summary["metrics"]["citation_validity"] == round((total - 1) / total, 3)
    assert summary["counts"]["conflict_recall"] == 1  # ramdocs-8: 1900 vs 1905


def test_compare_shows_what_got_better_and_worse(tmp_path: Path):
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_lines(before, HAND_ROWS)
    fixed_r3 = {**HAND_ROWS[2], "conflicts": [{"topic": "t", "claims": [], "explanation": ""}]}
    broke_r4 = {**HAND_ROWS[3], "abstained": False, "answer": "Shakespeare."}
    write_lines(after, [HAND_ROWS[0], HAND_ROWS[1], fixed_r3, broke_r4, HAND_ROWS[4]])
    done = eval_cli(tmp_path / "data", "--compare", before, after, "--report", tmp_path / "cmp")
    assert done.returncode == 0, done.stderr
    diff = json.loads((tmp_path / "cmp" / "compare.json").read_text())
    assert [(q["id"], q["changes"]) for q in diff["better"]] == [("r3", ["fixed: missed conflict"])]
    assert [(q["id"], q["changes"]) for q in diff["worse"]] == [("r4", ["now: abstention"])]
    recall = next(m for m in diff["metrics"] if m["name"] == "conflict_recall")
    assert (recall["a"], recall["b"], recall["delta"]) == (0.667, 1.0, 0.333)
    assert "r4: now: abstention" in done.stdout
    assert (tmp_path / "cmp" / "compare.html").is_file()


def test_eval_needs_an_index_for_questions_without_documents(tmp_path: Path):
    questions = tmp_path / "q.jsonl"
    write_lines(questions, [{"question": "Where was the complaint filed?"}])
    done = eval_cli(tmp_path / "data", questions, "--out", tmp_path / "r.jsonl")
    assert done.returncode == 2
    assert "index is empty" in done.stderr and "Traceback" not in done.stderr
    missing = eval_cli(tmp_path / "data", tmp_path / "nope.jsonl", "--out", tmp_path / "r.jsonl")
    assert missing.returncode == 2 and "not found" in missing.stderr


def test_document_rows_leave_no_chroma_store_open(settings, embeddings, tokenizer):
    # Chroma keeps every client's system (SQLite, HNSW index) in a process-wide cache
    # until closed: without closing, a 100-row RAMDocs run grew to ~10 GB
    from chromadb.api.shared_system_client import SharedSystemClient

    from app.evaluation.runner import Evaluator

    evaluator = Evaluator(settings, embeddings, tokenizer, None, corpus_engine=lambda: None)
    before = set(SharedSystemClient._identifier_to_system)
    asked = [("When did the bridge open?", BRIDGE), ("When was the dam finished?", DAM)]
    for i, (question, texts) in enumerate(asked):
        row = {"id": f"r{i}", "question": question, "documents": docs(*texts)}
        assert evaluator.answer(row)["citations"]
    assert set(SharedSystemClient._identifier_to_system) == before

"""Per-question latency of the answer engine on the seed corpus and question set.

Usage: .venv/bin/python benchmarks/answer_latency.py [local|none|openai] [--out FILE]

Ingests corpus/ into a temporary data folder, warms the models with one question, then
asks every question of tests/data/seed_questions.jsonl and reports p50/p95 of the whole
answer, of the time to the first named step the reader sees ("Searching…") and of the
time to the first answer text (which is the checked answer: drafts are never shown).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.answer import Done, Stage, Token  # noqa: E402
from app.engine.wiring import make_engine  # noqa: E402
from ingest.cli import ingest  # noqa: E402
from ingest.settings import Settings  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("llm", nargs="?", default="local", choices=["local", "none", "openai"])
    parser.add_argument("--out", type=Path, help="write per-question rows as JSON lines")
    args = parser.parse_args()
    questions = [json.loads(line) for line in (ROOT / "tests/data/seed_questions.jsonl").open()]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), llm=args.llm)
        ingest(settings, [ROOT / "corpus"], progress=False)
        started = time.perf_counter()
        engine = make_engine(settings)
        engine.ask("Who is accusing Alibaba?")  # loads the models
        load_s = time.perf_counter() - started
        rows = []
        for q in questions:
            t0 = time.perf_counter()
            first = step = None
            for event in engine.stream(q["question"], q.get("history")):
                if isinstance(event, Stage) and step is None:
                    step = time.perf_counter() - t0
                if isinstance(event, Token) and first is None:
                    first = time.perf_counter() - t0
                if isinstance(event, Done):
                    total = time.perf_counter() - t0
                    answer = event.answer
            rows.append(
                {
                    "id": q["id"],
                    "total_ms": round(total * 1000),
                    "first_token_ms": round(first * 1000) if first is not None else None,
                    "first_step_ms": round(step * 1000) if step is not None else None,
                    "abstained": answer.abstained,
                }
            )
    totals = [r["total_ms"] for r in rows]
    firsts = [r["first_token_ms"] for r in rows if r["first_token_ms"] is not None]
    summary = {
        "llm": args.llm,
        "questions": len(rows),
        "model_load_and_first_answer_s": round(load_s, 1),
        "total_ms_p50": percentile(totals, 0.5),
        "total_ms_p95": percentile(totals, 0.95),
        "total_ms_mean": round(statistics.mean(totals)),
        "first_step_ms_p50": percentile([r["first_step_ms"] for r in rows], 0.5),
        "first_token_ms_p50": percentile(firsts, 0.5) if firsts else None,
        "first_token_ms_p95": percentile(firsts, 0.95) if firsts else None,
        "answered_with_text": len(firsts),
    }
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()

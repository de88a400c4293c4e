"""RAMDocs through the answer engine: conflict precision/recall and gold-answer recall.

Usage: .venv/bin/python benchmarks/ramdocs.py [--llm local] [--limit N] [--out rows.jsonl]

Each row's documents are written as files, ingested into a throwaway index, and the
question is asked against those documents only. A row is a conflict when its non-noise
documents give two or more distinct answers; the engine flags a conflict when its answer
has a `conflicts` entry. Gold-answer recall: rows whose answer text contains a gold answer.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.answering import engine_over  # noqa: E402
from app.llm import make_llm  # noqa: E402
from ingest.embedding import load_tokenizer, make_embeddings  # noqa: E402
from ingest.indexing import open_store  # noqa: E402
from ingest.manifest import Manifest  # noqa: E402
from ingest.pipeline import Ingestor  # noqa: E402
from ingest.settings import Settings  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ramdocs" / "ramdocs_dev.jsonl"


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def is_conflict(row: dict) -> bool:
    answers = {norm(d["answer"]) for d in row["documents"] if d.get("type") != "noise"}
    return len(answers) >= 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--llm", default="local", choices=["local", "none", "openai"])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")][: args.limit]
    base = Settings(llm=args.llm, model_dir=ROOT / ".dispute-qa/models", max_sources=8)
    embeddings, tokenizer, llm = make_embeddings(base), load_tokenizer(), make_llm(base)
    results, started = [], time.perf_counter()
    for i, row in enumerate(rows):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "docs"
            folder.mkdir()
            for j, doc in enumerate(row["documents"]):
                (folder / f"doc{j:02d}.txt").write_text(doc["text"], encoding="utf-8")
            settings = base.model_copy(update={"data_dir": Path(tmp) / "data"})
            manifest = Manifest(settings.manifest_path)
            store = open_store(settings, embeddings)
            Ingestor(settings, store, manifest, embeddings, tokenizer).run([folder])
            engine = engine_over(settings, store, manifest, embeddings, llm)
            answer = engine.ask(row["question"], qid=str(i))
            manifest.close()
        text = norm(answer.answer)
        results.append(
            {
                **answer.as_dict(),
                "gold_conflict": is_conflict(row),
                "flagged": bool(answer.conflicts),
                "gold_found": any(norm(g) in text for g in row["gold_answers"]),
                "wrong_found": any(norm(w) in text for w in row.get("wrong_answers", [])),
            }
        )
        print(
            f"{i + 1}/{len(rows)} conflict={results[-1]['gold_conflict']} "
            f"flagged={results[-1]['flagged']} gold={results[-1]['gold_found']} "
            f"{answer.latency_ms} ms",
            file=sys.stderr,
        )
    tp = sum(r["flagged"] and r["gold_conflict"] for r in results)
    fp = sum(r["flagged"] and not r["gold_conflict"] for r in results)
    fn = sum(not r["flagged"] and r["gold_conflict"] for r in results)
    summary = {
        "rows": len(results),
        "gold_conflicts": tp + fn,
        "flagged": tp + fp,
        "conflict_precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "conflict_recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "gold_answer_recall": round(sum(r["gold_found"] for r in results) / len(results), 3),
        "wrong_answer_rate": round(sum(r["wrong_found"] for r in results) / len(results), 3),
        "abstained": sum(r["abstained"] for r in results),
        "wall_time_s": round(time.perf_counter() - started),
    }
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results))
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()

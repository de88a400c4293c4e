"""Query latency with the whole BBC corpus indexed: retrieval + evidence, no LLM.

Usage: .venv/bin/python benchmarks/query_latency.py [--articles 2225] [--backend onnx]

Ingests the first N BBC articles into a temporary folder, then answers 50 questions with
DISPUTE_QA_LLM=none and no corpus scan (hybrid retrieval, sentence evidence, verified
extractive citations): the per-question work every backend does before any LLM call.
Questions: the 25 seed questions and 25 built from BBC headlines ("What happened: <title>?").
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc"


def questions_for(files: list[Path]) -> list[str]:
    """The 25 seed questions and 25 built from the titles of a fixed sample of `files`."""
    seed = ROOT / "tests" / "data" / "seed_questions.jsonl"
    questions = [json.loads(line)["question"] for line in seed.read_text().splitlines()]
    for path in random.Random(7).sample(files, 25):
        title = path.read_bytes().decode("utf-8", "replace").splitlines()[0].strip()
        questions.append(f"What happened: {title}?")
    return questions


def time_questions(settings, store, manifest, embeddings, questions: list[str]) -> dict:
    """First-question seconds (it builds the BM25 index) and p50/p95/max milliseconds of
    `questions`, through an engine with no LLM and no corpus scan."""
    from app.engine.answering import AnswerEngine
    from app.engine.evidence import EvidenceSelector
    from app.engine.retrieval import HybridRetriever

    engine = AnswerEngine(
        settings,
        HybridRetriever(store, embeddings),
        EvidenceSelector(embeddings),
        manifest,
        embeddings,
        None,
    )
    started = time.perf_counter()
    engine.ask("Who founded Anthropic?")  # builds the BM25 index over every chunk
    first_s = time.perf_counter() - started
    latencies = []
    for question in questions:
        started = time.perf_counter()
        engine.ask(question)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    return {
        "first_query_s": round(first_s, 2),
        "questions": len(latencies),
        "p50_ms": round(statistics.median(latencies)),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))]),
        "max_ms": round(latencies[-1]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2225)
    parser.add_argument("--backend", default="onnx", choices=["onnx", "torch"])
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from ingest.embedding import load_tokenizer, make_embeddings
    from ingest.indexing import open_store
    from ingest.manifest import Manifest
    from ingest.pipeline import Ingestor
    from ingest.settings import Settings

    files = sorted(BBC.glob("*/*.txt"))[: args.articles]
    questions = questions_for(files)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=Path(tmp) / "data",
            embedding_backend=args.backend,
            llm="none",
        )
        embeddings = make_embeddings(settings)
        manifest = Manifest(settings.manifest_path)
        store = open_store(settings, embeddings)
        folder = Path(tmp) / "bbc"
        folder.mkdir()
        for path in files:
            shutil.copy(path, folder / f"{path.parent.name}-{path.name}")
        started = time.perf_counter()
        report = Ingestor(settings, store, manifest, embeddings, load_tokenizer()).run([folder])
        ingest_s = time.perf_counter() - started
        timings = time_questions(settings, store, manifest, embeddings, questions)
        manifest.close()
    print(
        json.dumps(
            {
                "articles": len(files),
                "chunks": report.chunks,
                "backend": args.backend,
                "ingest_s": round(ingest_s, 1),
                **timings,
            }
        )
    )


if __name__ == "__main__":
    main()

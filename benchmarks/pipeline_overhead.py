"""Time per question spent outside the model: retrieval, evidence scoring, spaCy, the
side and conflict rules, citations.

Usage: .venv/bin/python benchmarks/pipeline_overhead.py

Ingests corpus/ into a temporary data folder and asks every question of
tests/data/seed_questions.jsonl through the full engine with a scripted chat model that
replies at once (the first run of capitalised words of each excerpt as the extracted
phrase), so every rule runs on real claims and the model costs nothing.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.wiring import engine_over  # noqa: E402
from ingest.cli import ingest  # noqa: E402
from ingest.embedding import make_embeddings  # noqa: E402
from ingest.indexing import open_store  # noqa: E402
from ingest.manifest import Manifest  # noqa: E402
from ingest.settings import Settings  # noqa: E402
from tests.fakes import ScriptedChatModel, excerpt_of  # noqa: E402

_NAME_RUN = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+")


def respond(system: str, human: str) -> str:
    """An instant reply: a name from the excerpt when extracting, a cited line otherwise."""
    if "shortest exact phrase" in system:
        found = _NAME_RUN.search(excerpt_of(human))
        return found.group(0) if found else "NONE"
    return "The articles say so [1]."


def main() -> None:
    questions = [json.loads(line) for line in (ROOT / "tests/data/seed_questions.jsonl").open()]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), llm="none")
        ingest(settings, [ROOT / "corpus"], progress=False)
        embeddings = make_embeddings(settings)
        llm = ScriptedChatModel(respond=respond, prompts=[])
        manifest = Manifest(settings.manifest_path)
        engine = engine_over(settings, open_store(settings, embeddings), manifest, embeddings, llm)
        engine.ask(questions[0]["question"])  # loads the models and spaCy
        times = []
        for q in questions:
            started = time.perf_counter()
            engine.ask(q["question"], q.get("history"))
            times.append(time.perf_counter() - started)
        manifest.close()
    summary = {
        "questions": len(times),
        "p50_s": round(statistics.median(times), 3),
        "mean_s": round(statistics.mean(times), 3),
        "max_s": round(max(times), 3),
        "model_calls": len(llm.prompts),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

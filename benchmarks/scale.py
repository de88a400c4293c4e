"""Scale: ingest and query as the corpus grows to 20,000 articles, embedded and on a server.

Usage: .venv/bin/python benchmarks/scale.py [--stages 2000 10000 20000] [--stores embedded server]

The corpus is the 2,225 BBC articles repeated: copy k of an article gets "(copy k)" after
its title, so its content hash differs and it is ingested as a new article. At each stage
the folder grows to N articles and `dispute-qa ingest` runs as its own process under
/usr/bin/time (only the new articles are embedded, int8 ONNX), then a second process opens
the index and times 50 questions with no LLM (retrieval + evidence + verified citations;
the first question builds the BM25 index). Reported: ingest rate, chunks, index size on
disk, query p50/p95, peak memory of each process (and of the `chroma run` server).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest_speed import BIN, ROOT, timed
from query_latency import BBC, questions_for, time_questions


def write_corpus(folder: Path, size: int) -> None:
    """Grow `folder` to `size` articles (copies of BBC with a marked title)."""
    originals = sorted(BBC.glob("*/*.txt"))
    for n in range(size):
        copy, path = divmod(n, len(originals))
        source = originals[path]
        target = folder / f"c{copy}-{source.parent.name}-{source.name}"
        if target.exists():
            continue
        text = source.read_bytes().decode("utf-8", "replace")
        if copy:
            title, _, rest = text.partition("\n")
            text = f"{title} (copy {copy})\n{rest}"
        target.write_text(text, encoding="utf-8")


def disk_mib(*paths: Path) -> float:
    total = sum(f.stat().st_size for p in paths for f in p.rglob("*") if f.is_file())
    return total / 2**20


def query_stage(size: int) -> None:
    """(In its own process) time the questions against the configured index; print JSON."""
    import resource

    from ingest.embedding import make_embeddings
    from ingest.indexing import open_store
    from ingest.manifest import Manifest
    from ingest.settings import Settings

    settings = Settings()
    embeddings = make_embeddings(settings)
    store = open_store(settings, embeddings)
    manifest = Manifest(settings.manifest_path)
    questions = questions_for(sorted(BBC.glob("*/*.txt")))
    timings = time_questions(settings, store, manifest, embeddings, questions)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({**timings, "chunks": store.count(), "query_peak_mib": round(peak)}))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_peak_mib(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0]) / 1024


def run_store(kind: str, stages: list[int], tmp: Path, env: dict[str, str]) -> list[dict]:
    folder, data = tmp / f"corpus-{kind}", tmp / f"data-{kind}"
    folder.mkdir()
    env = {**env, "DISPUTE_QA_DATA_DIR": str(data)}
    server = None
    if kind == "server":
        port = free_port()
        server = subprocess.Popen(
            [str(BIN / "chroma"), "run", "--path", str(tmp / "chroma-server"), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        env["DISPUTE_QA_CHROMA_URL"] = f"http://127.0.0.1:{port}"
        time.sleep(5)
    rows = []
    try:
        for size in stages:
            write_corpus(folder, size)
            wall, peak, out = timed([str(BIN / "dispute-qa"), "ingest", str(folder), "--json"], env)
            report = json.loads(out)
            done = subprocess.run(
                [str(BIN / "python"), __file__, "--query-stage", str(size)],
                env=env, capture_output=True, text=True, cwd=ROOT,
            )  # fmt: skip
            if done.returncode:
                raise SystemExit(f"query stage at {size} failed:\n{done.stderr[-3000:]}")
            row = {"store": kind, "articles": size, "ingest_s": round(wall, 1),
                   "new_articles": report["added"], "ingest_peak_mib": round(peak),
                   **json.loads(done.stdout.splitlines()[-1])}  # fmt: skip
            row["articles_per_s"] = round(report["added"] / wall, 1)
            paths = [data] + ([tmp / "chroma-server"] if server else [])
            row["disk_mib"] = round(disk_mib(*paths))
            if server:
                row["server_peak_mib"] = round(server_peak_mib(server.pid))
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stages", type=int, nargs="+", default=[2000, 10000, 20000])
    parser.add_argument("--stores", nargs="+", default=["embedded", "server"])
    parser.add_argument("--query-stage", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.query_stage:
        query_stage(args.query_stage)
        return
    models = ROOT / ".dispute-qa" / "models"
    env = {**os.environ, "DISPUTE_QA_MODEL_DIR": str(models), "HF_HUB_OFFLINE": "1",
           "ANONYMIZED_TELEMETRY": "False", "DISPUTE_QA_EMBEDDING_BACKEND": "onnx",
           "DISPUTE_QA_LLM": "none"}  # fmt: skip
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores:
            rows += run_store(kind, args.stages, Path(tmp), env)
    print("| store | articles | chunks | ingest s (new) | articles/s | ingest peak MiB | disk MiB "
          "| first query s | p50 ms | p95 ms | query peak MiB | server peak MiB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['store']} | {r['articles']:,} | {r['chunks']:,} | {r['ingest_s']} "
              f"({r['new_articles']:,}) | {r['articles_per_s']} | {r['ingest_peak_mib']} | "
              f"{r['disk_mib']} | {r['first_query_s']} | {r['p50_ms']} | {r['p95_ms']} | "
              f"{r['query_peak_mib']} | {r.get('server_peak_mib', '')} |")  # fmt: skip


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()

"""Latency of simultaneous /ask calls through the served app (queued, one at a time).

Usage: .venv/bin/python benchmarks/concurrency.py [--llm none|local] [--clients 8]

Ingests corpus/ into a temporary folder, starts `dispute-qa serve` on a free port, waits
for one warm-up answer (models loaded), then sends N different seed questions at once
from N gradio_client clients and reports each call's wall time as the client saw it.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
QUESTIONS = [
    json.loads(line)["question"]
    for line in (ROOT / "tests" / "data" / "seed_questions.jsonl").read_text().splitlines()
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--llm", default="none", choices=["none", "local"])
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    from gradio_client import Client

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DISPUTE_QA_DATA_DIR": f"{tmp}/data", "DISPUTE_QA_LLM": args.llm}
        env["DISPUTE_QA_MODEL_DIR"] = str(ROOT / ".dispute-qa" / "models")
        subprocess.run([BIN / "dispute-qa", "ingest", "corpus"], env=env, cwd=ROOT, check=True)
        port = free_port()
        server = subprocess.Popen(
            [BIN / "dispute-qa", "serve", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}/"
            for _ in range(600):
                try:
                    Client(url, verbose=False).predict("Who founded Anthropic?", api_name="/ask")
                    break
                except Exception:
                    time.sleep(1)

            def ask(question: str) -> float:
                started = time.perf_counter()
                Client(url, verbose=False).predict(question, api_name="/ask")
                return time.perf_counter() - started

            started = time.perf_counter()
            with ThreadPoolExecutor(args.clients) as pool:
                seconds = list(pool.map(ask, QUESTIONS[: args.clients]))
            total = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(
        json.dumps(
            {
                "llm": args.llm,
                "clients": args.clients,
                "all_succeeded": len(seconds) == args.clients,
                "p50_s": round(statistics.median(seconds), 2),
                "max_s": round(max(seconds), 2),
                "wall_s": round(total, 2),
            }
        )
    )


if __name__ == "__main__":
    main()

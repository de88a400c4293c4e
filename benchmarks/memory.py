"""Memory over hundreds of answers in one process: `serve` (through /ask) or `eval`.

Usage:
  .venv/bin/python benchmarks/memory.py serve --questions 300 [--out docs/memory-serve.csv]
  .venv/bin/python benchmarks/memory.py eval --questions 300 [--out docs/memory-eval.csv]

The seed corpus is ingested into a temporary data folder; the questions cycle through
evalsets/seed/questions.jsonl (316 wordings). Every 25 answers the resident memory (RSS,
from /proc) of the serving or eval process and of its local-model worker is recorded,
and their sum. With --plot, a PNG of the curve is written next to the CSV.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
QUESTIONS = ROOT / "evalsets" / "seed" / "questions.jsonl"
EVERY = 25


def rss_mib(pid: int) -> float:
    """Resident memory of a process in MiB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def measure(pid: int) -> tuple[float, float]:
    """(RSS of the process, RSS of its children: the model worker)."""
    return rss_mib(pid), sum(rss_mib(c) for c in children(pid))


def questions(n: int) -> list[dict]:
    rows = [json.loads(line) for line in QUESTIONS.open(encoding="utf-8")]
    return [{**row, "id": f"{row['id']}#{i}"} for i, row in enumerate(islice(cycle(rows), n))]


def run_serve(env: dict[str, str], rows: list[dict]) -> list[tuple[int, float, float]]:
    from gradio_client import Client

    sys.path.insert(0, str(ROOT))
    from tests.conftest import free_port, stop, wait_for_port

    port = free_port()
    proc = subprocess.Popen(
        [str(BIN / "dispute-qa"), "serve", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    points = []
    try:
        wait_for_port(port, 180, proc)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        for i, row in enumerate(rows, start=1):
            client.predict(row["question"], api_name="/ask")
            if i == 1 or i % EVERY == 0:
                points.append((i, *measure(proc.pid)))
                print(f"{i:4d} answers: {points[-1][1]:.0f} + {points[-1][2]:.0f} MiB", flush=True)
    finally:
        stop(proc)
    return points


def run_eval(env: dict[str, str], rows: list[dict], folder: Path) -> list[tuple[int, float, float]]:
    qfile, out = folder / "q.jsonl", folder / "out.jsonl"
    qfile.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = subprocess.Popen(
        [str(BIN / "dispute-qa"), "eval", str(qfile), "--out", str(out)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    points: list[tuple[int, float, float]] = []
    while proc.poll() is None:
        done = sum(1 for _ in out.open()) if out.exists() else 0
        if done and (not points or done // EVERY > points[-1][0] // EVERY):
            points.append((done, *measure(proc.pid)))
            print(f"{done:4d} answers: {points[-1][1]:.0f} + {points[-1][2]:.0f} MiB", flush=True)
        time.sleep(0.5)
    return points


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["serve", "eval"])
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--plot", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DISPUTE_QA_DATA_DIR": str(Path(tmp) / "data")}
        subprocess.run([str(BIN / "dispute-qa"), "ingest", str(ROOT / "corpus")], env=env,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        rows = questions(args.questions)
        points = run_serve(env, rows) if args.mode == "serve" else run_eval(env, rows, Path(tmp))
    if args.out:
        with args.out.open("w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["answers", "process_mib", "worker_mib", "total_mib"])
            writer.writerows([(n, round(a), round(b), round(a + b)) for n, a, b in points])
        if args.plot:
            plot(points, args.out.with_suffix(".png"), args.mode)


def plot(points: list[tuple[int, float, float]], path: Path, mode: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = [p[0] for p in points]
    fig, ax = plt.subplots(figsize=(6, 3.2))
    ax.plot(n, [p[1] for p in points], label=f"{mode} process")
    ax.plot(n, [p[2] for p in points], label="model worker")
    ax.plot(n, [p[1] + p[2] for p in points], label="total", linewidth=2)
    ax.set_xlabel("answers")
    ax.set_ylabel("RSS (MiB)")
    ax.set_ylim(bottom=0)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)


if __name__ == "__main__":
    main()

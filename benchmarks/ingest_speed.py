"""Ingest speed: this project against the LangChain pipeline a user would write instead.

Usage: .venv/bin/python benchmarks/ingest_speed.py [--sizes 300 2225] [--backends default torch]

For each size, the first N BBC articles (all five topics, in file order) are copied to a
temporary folder, then each contender runs as its own process under /usr/bin/time, model
loading included: wall time, peak resident memory, chunks, chunks/s.

The baseline is `benchmarks/langchain_baseline.py`: RecursiveCharacterTextSplitter
(1000/200) + HuggingFaceEmbeddings(all-MiniLM-L6-v2) + Chroma.from_documents.
`default` runs `dispute-qa ingest` with no setting changed (the int8 ONNX model, from the
machine's shared models folder); `torch` and `onnx` force a backend. The int8 model is
exported into the shared folder before timing (a one-time cost per machine, reported).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BBC = ROOT.parent / "shared" / "data" / "bbc"


def articles(limit: int) -> list[Path]:
    files = sorted(BBC.glob("*/*.txt"))
    return files[:limit]


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MiB, stdout) of one process."""
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-v", *command], env=env, capture_output=True, text=True, cwd=ROOT
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed:\n{done.stderr[-2000:]}")
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)[1])
    return wall, peak_kb / 1024, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 2225])
    parser.add_argument("--backends", nargs="+", default=["default", "torch"],
                        choices=["default", "torch", "onnx"])  # fmt: skip
    args = parser.parse_args()
    base_env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    started = time.perf_counter()
    from ingest.onnx_embedding import onnx_model_file
    from ingest.settings import Settings

    onnx_model_file(Settings().models_dir)  # already there after `make install`
    print(f"int8 model ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    rows = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "bbc"
            folder.mkdir()
            for path in articles(size):
                shutil.copy(path, folder / f"{path.parent.name}-{path.name}")
            wall, peak, out = timed(
                [str(BIN / "python"), "benchmarks/langchain_baseline.py", str(folder), tmp],
                base_env,
            )
            baseline = {"size": size, "contender": "langchain baseline", "wall_s": wall,
                        "peak_mib": peak, "chunks": json.loads(out)["chunks"]}  # fmt: skip
            rows.append(baseline)
            for backend in args.backends:
                env = {**base_env, "DISPUTE_QA_DATA_DIR": f"{tmp}/dq-{backend}"}
                if backend != "default":
                    env["DISPUTE_QA_EMBEDDING_BACKEND"] = backend
                wall, peak, out = timed(
                    [str(BIN / "dispute-qa"), "ingest", str(folder), "--json"], env
                )
                rows.append({"size": size, "contender": f"dispute-qa ({backend})",
                             "wall_s": wall, "peak_mib": peak,
                             "chunks": json.loads(out)["chunks"],
                             "speedup": baseline["wall_s"] / wall})  # fmt: skip
    print("| articles | contender | wall s | chunks | chunks/s | peak MiB | vs baseline |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        speedup = f"{r['speedup']:.2f}x" if "speedup" in r else "1.00x"
        print(
            f"| {r['size']} | {r['contender']} | {r['wall_s']:.1f} | {r['chunks']} | "
            f"{r['chunks'] / r['wall_s']:.1f} | {r['peak_mib']:.0f} | {speedup} |"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()

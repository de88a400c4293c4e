"""The corpus-wide disagreement scan as the corpus grows.

Usage: .venv/bin/python benchmarks/scan_scale.py [--sizes 500 1000 2225] [--vectors 20000]

For each size, the first N BBC articles are ingested (int8 ONNX) into a temporary folder,
then `dispute-qa conflicts --json` runs as its own process twice: cold (sentence vectors
and every same-story pair computed) and warm (nothing changed: the cached result). Then
one article is edited and the scan runs again (only that article's vectors and pairs are
redone). Separately, the one all-pairs step (same-story candidates from mean article
vectors, compared blockwise) is timed alone on `--vectors` random unit vectors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from ingest_speed import BIN, ROOT, timed
from query_latency import BBC


def same_story_step(n: int) -> float:
    """Seconds for the blockwise mean-vector comparison over n articles."""
    import numpy as np

    from app.engine.alignment import same_story

    rng = np.random.default_rng(0)
    vectors = [rng.standard_normal((3, 384)).astype(np.float32) for _ in range(n)]

    class Entry:  # what same_story reads of a manifest entry
        def __init__(self, i: int) -> None:
            self.doc_id, self.text = f"d{i}", ""

    started = time.perf_counter()
    same_story([Entry(i) for i in range(n)], vectors)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2225])
    parser.add_argument("--vectors", type=int, default=20000)
    args = parser.parse_args()
    env = {**os.environ, "DISPUTE_QA_MODEL_DIR": str(ROOT / ".dispute-qa" / "models"),
           "HF_HUB_OFFLINE": "1", "DISPUTE_QA_EMBEDDING_BACKEND": "onnx"}  # fmt: skip
    files = sorted(BBC.glob("*/*.txt"))
    print("| articles | same-story pairs | disagreements | cold s | warm s | one edited s |")
    print("|---|---|---|---|---|---|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "bbc"
            folder.mkdir()
            for path in files[:size]:
                (folder / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
            run_env = {**env, "DISPUTE_QA_DATA_DIR": f"{tmp}/data"}
            timed([str(BIN / "dispute-qa"), "ingest", str(folder), "--json"], run_env)
            scan = [str(BIN / "dispute-qa"), "conflicts", "--json"]
            cold, _, out = timed(scan, run_env)
            warm, _, _ = timed(scan, run_env)
            edited = next(folder.iterdir())
            edited.write_text(edited.read_text(errors="replace") + "\nAn added line.\n")
            timed([str(BIN / "dispute-qa"), "ingest", str(folder), "--json"], run_env)
            again, _, _ = timed(scan, run_env)
            pairs = len(list((Path(tmp) / "data" / "scan" / "pairs").glob("*.json")))
            found = len(json.loads(out)["conflicts"])
            print(f"| {size:,} | {pairs} | {found} | {cold:.1f} | {warm:.1f} | {again:.1f} |")
    seconds = same_story_step(args.vectors)
    print(f"\nsame-story step alone, {args.vectors:,} articles: {seconds:.1f} s")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()

"""Run a development set through `dispute-qa eval`, one half at a time.

    .venv/bin/python evalsets/run.py seed --split tune
    .venv/bin/python evalsets/run.py probe --split both
    .venv/bin/python evalsets/run.py kenteris --split check --llm local
    .venv/bin/python evalsets/run.py fiat --split both
    .venv/bin/python evalsets/run.py yukos --split both
    .venv/bin/python evalsets/run.py conte --split both
    .venv/bin/python evalsets/run.py open --split both
    .venv/bin/python evalsets/run.py ramdocs --split tune
    .venv/bin/python evalsets/run.py multidoc --split both
    .venv/bin/python evalsets/run.py multidoc2 --split both

Each set gets its own data folder under runs/ (ingest is incremental, so a second run
re-uses the index; a story set's articles, listed in its articles.txt, are copied
there); results go to runs/<set>-<split>.jsonl with a report folder beside it.
Rows are split into `tune` and `check` halves by a stable hash of their id (see
app.evaluation.runner.half_of): tune on `tune`, look at `check` only to report it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc"
SETS = {
    "seed": ROOT / "evalsets" / "seed" / "questions.jsonl",
    "probe": ROOT / "evalsets" / "seed-probe" / "questions.jsonl",
    "kenteris": ROOT / "evalsets" / "bbc-kenteris" / "questions.jsonl",
    "conte": ROOT / "evalsets" / "bbc-conte" / "questions.jsonl",
    "fiat": ROOT / "evalsets" / "bbc-fiat" / "questions.jsonl",
    "yukos": ROOT / "evalsets" / "bbc-yukos" / "questions.jsonl",
    "open": ROOT / "evalsets" / "bbc-open" / "questions.jsonl",
    "ramdocs": ROOT.parent / "shared" / "data" / "ramdocs" / "ramdocs_dev.jsonl",
    "multidoc": ROOT / "evalsets" / "bbc-multidoc" / "questions.jsonl",
    "multidoc2": ROOT / "evalsets" / "bbc-multidoc2" / "questions.jsonl",
}


def corpus_of(name: str, runs: Path) -> Path | None:
    """The folder to ingest for a set (None: rows bring their own documents)."""
    match name:
        case "seed" | "probe":
            return ROOT / "corpus"
        case "open":
            return BBC
    listing = SETS[name].parent / "articles.txt"  # a story's articles, copied as they are
    if listing.exists():
        folder = runs / f"corpus-{name}"
        for rel in listing.read_text().split():
            target = folder / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                shutil.copyfile(BBC / rel, target)
        return folder
    return None


def cli(*args: str, env: dict[str, str]) -> int:
    command = [str(ROOT / ".venv" / "bin" / "dispute-qa"), *args]
    return subprocess.run(command, env={**os.environ, **env}, cwd=ROOT).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--split", choices=["tune", "check", "both"], default="tune")
    parser.add_argument("--llm", default="local", choices=["local", "none", "openai"])
    parser.add_argument("--runs", type=Path, default=ROOT / "runs")
    parser.add_argument("--tag", default="", help="suffix for the results file names")
    parser.add_argument("--resume", action="store_true")
    args = parser.parse_args()
    runs = args.runs
    runs.mkdir(parents=True, exist_ok=True)
    env = {"DISPUTE_QA_DATA_DIR": str(runs / f"data-{args.set}"), "DISPUTE_QA_LLM": args.llm}
    corpus = corpus_of(args.set, runs)
    if corpus is not None and cli("ingest", str(corpus), "--json", env=env) != 0:
        return 1
    splits = ["tune", "check"] if args.split == "both" else [args.split]
    for split in splits:
        name = f"{args.set}-{split}{args.tag}"
        command = ["eval", str(SETS[args.set]), "--out", str(runs / f"{name}.jsonl")]
        command += ["--report", str(runs / name), "--split", split]
        code = cli(*command, *(["--resume"] if args.resume else []), env=env)
        if code not in (0, 5):
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main())

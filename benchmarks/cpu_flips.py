"""Do flags and abstentions flip between CPU kernels? The same question set answered with
two builds of llama.cpp on one machine.

Usage:
  .venv/bin/python benchmarks/cpu_flips.py --alt-site DIR [--questions FILE ...]

DIR holds another build of llama-cpp-python 0.3.36 (e.g. `pip install --target DIR` of a
wheel built with CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_AVX512=OFF ..."); it is
put first on the model worker's PYTHONPATH, so only the worker uses it. Each question set
is answered once per build (`dispute-qa eval`, local model, seed corpus), then every row
whose conflict flag or abstention differs between the builds is listed, with the count of
rows whose answer text differs at all (small numeric differences change greedy decodes).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
DEFAULT_SETS = [ROOT / "tests" / "data" / "seed_questions.jsonl",
                ROOT / "evalsets" / "seed" / "questions.jsonl"]  # fmt: skip


def answer(questions: Path, out: Path, env: dict[str, str]) -> dict[str, dict]:
    subprocess.run(
        [str(BIN / "dispute-qa"), "eval", str(questions), "--out", str(out)],
        env=env, check=False, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}


def system_info(env: dict[str, str]) -> str:
    code = "import llama_cpp; print(llama_cpp.llama_print_system_info().decode())"
    found = subprocess.run([str(BIN / "python"), "-c", code], env=env, capture_output=True,
                           text=True)  # fmt: skip
    return found.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alt-site", type=Path, required=True)
    parser.add_argument("--questions", type=Path, nargs="*", default=DEFAULT_SETS)
    parser.add_argument("--out", type=Path, help="write the comparison as JSON")
    args = parser.parse_args()
    report = {"native": system_info(dict(os.environ)), "alternative": None, "sets": []}
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DISPUTE_QA_DATA_DIR": str(Path(tmp) / "data"),
               "DISPUTE_QA_LLM": "local"}  # fmt: skip
        subprocess.run([str(BIN / "dispute-qa"), "ingest", str(ROOT / "corpus")], env=env,
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        alt = {**env, "PYTHONPATH": str(args.alt_site)}
        report["alternative"] = system_info(alt)
        for questions in args.questions:
            a = answer(questions, Path(tmp) / "a.jsonl", env)
            b = answer(questions, Path(tmp) / "b.jsonl", alt)
            flips = [
                {"id": qid, "question": a[qid]["question"],
                 "native": [bool(a[qid]["conflicts"]), a[qid]["abstained"]],
                 "alternative": [bool(b[qid]["conflicts"]), b[qid]["abstained"]]}
                for qid in a
                if qid in b and (bool(a[qid]["conflicts"]), a[qid]["abstained"])
                != (bool(b[qid]["conflicts"]), b[qid]["abstained"])
            ]  # fmt: skip
            texts = sum(a[q]["answer"] != b[q]["answer"] for q in a if q in b)
            report["sets"].append({"questions": str(questions), "rows": len(a),
                                   "answer_text_differs": texts, "flips": flips})  # fmt: skip
            print(f"{questions.name}: {len(a)} rows, {texts} answers differ in text, "
                  f"{len(flips)} flip a flag or an abstention")  # fmt: skip
            for flip in flips:
                print(f"  {flip['id']}: native {flip['native']} vs alt {flip['alternative']}"
                      f"  [conflict, abstained]  {flip['question']}")  # fmt: skip
    if args.out:
        args.out.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()

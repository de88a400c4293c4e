"""The `dispute-qa` command line: ingest, ask, conflicts, eval and serve."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ingest import cli as ingest_cli
from ingest.errors import DisputeQAError, InputPathError, ModelError
from ingest.settings import Settings, load_settings

from .engine.chronology import long_date

if TYPE_CHECKING:
    from .engine.answering import Answer


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from .web.ui import serve

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    serve(settings.model_copy(update=overrides))
    return 0


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from .engine.wiring import make_engine

    answer = make_engine(settings).ask(args.question)
    print(json.dumps(answer.as_dict(), ensure_ascii=False) if args.json else format_answer(answer))
    if answer.error:  # the model failed: the answer above quotes the articles instead
        print(f"dispute-qa: warning: {answer.error}", file=sys.stderr)
        return ModelError.exit_code
    return 0


def _doctor(args: argparse.Namespace, settings: Settings) -> int:
    from .model.doctor import as_json, diagnose, report

    checks = diagnose(settings)
    print(json.dumps(as_json(checks), ensure_ascii=False) if args.json else report(checks))
    return 0 if all(c.ok for c in checks) else ModelError.exit_code


def format_answer(answer: Answer) -> str:
    """An answer for the terminal: text, then numbered sources, then any disagreement."""
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "Sources:"]
        lines += [
            f"[{c.n}] {c.title} ({c.source}{f', {long_date(c.published)}' if c.published else ''})"
            f": “{c.quote}”"
            for c in answer.citations
        ]
    lines += [line for c in answer.conflicts for line in ["", *format_conflict(c)]]
    return "\n".join(lines)


def format_conflict(conflict: dict) -> list[str]:
    """One disagreement: its topic, then each side's value, source and quote."""
    lines = [f"The reports disagree on: {conflict['topic']}"]
    for claim in conflict["claims"]:
        published = f", {long_date(claim['published'])}" if claim.get("published") else ""
        lines.append(f"  - {claim['value']} ({claim['title']}, {claim['source']}{published})")
        lines.append(f"    “{claim['quote']}”")
    if conflict.get("over_time"):
        lines.append(f"  {conflict['explanation']}")
    return lines


def _conflicts(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.embedding import make_embeddings
    from ingest.manifest import Manifest

    from .engine.scan import CorpusScanner

    manifest = Manifest(settings.manifest_path)
    found = CorpusScanner(manifest, make_embeddings(settings), settings.scan_path).conflicts()
    if args.json:
        print(json.dumps({"conflicts": found}, ensure_ascii=False))
    elif not found:
        print("No disagreements found between the articles.")
    else:
        print(f"The articles disagree on {len(found)} point(s):")
        for conflict in found:
            print("\n" + "\n".join(format_conflict(conflict)))
    return 0


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from .evaluation.metrics import format_summary, score_row, summarise
    from .evaluation.report import compare, write_compare, write_report
    from .evaluation.runner import evaluate, read_results, text_lookup

    if args.compare:
        a, b = (read_results(p) for p in args.compare)
        for path, rows in zip(args.compare, (a, b), strict=True):
            if not rows:
                raise InputPathError(f"no results in {path}")
        text_of = text_lookup(settings)
        diff = compare(a, b, [score_row(r, text_of) for r in a], [score_row(r, text_of) for r in b])
        print(format_compare(diff))
        if args.report:
            names = [p.name for p in args.compare]
            print(f"report: {write_compare(args.report, *names, diff)}")
        return 0
    if args.questions is None or args.out is None:
        raise InputPathError("give QUESTIONS.jsonl and --out RESULTS.jsonl (or --compare A B)")
    rows = evaluate(settings, args.questions, args.out, args.resume, args.split)
    text_of = text_lookup(settings)
    scores = [score_row(r, text_of) for r in rows]
    if args.report:
        summary = write_report(args.report, args.out.name, rows, scores)
        print(format_summary(summary))
        print(f"report: {args.report / 'report.html'}")
    else:
        print(format_summary(summarise(scores)))
    degraded = sum(1 for r in rows if r.get("error") and r.get("answer"))
    if degraded:
        print(f"dispute-qa: warning: the model failed on {degraded} question(s); they were "
              "answered by quoting and are marked as errors (`--resume` asks them again)",
              file=sys.stderr)  # fmt: skip
        return ModelError.exit_code
    return 0


def format_compare(diff: dict) -> str:
    """Metric changes, then the questions that got worse and better."""
    lines = [
        f"  {m['name']:<22} {m['a']!s:>8} -> {m['b']!s:<8} {m['delta'] or ''}"
        for m in diff["metrics"]
    ]
    for key in ("worse", "better"):
        lines.append(f"{len(diff[key])} question(s) got {key}")
        lines += [f"  {q['id']}: {', '.join(q['changes'])}" for q in diff[key]]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(
        prog="dispute-qa",
        description="Answer questions about news reports of a dispute, with verified quotes "
        "and flags where the reports contradict each other.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log each step to stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser("ingest", help="add, update or remove articles in the index")
    ingest_cli.add_arguments(ingest)
    ingest.set_defaults(handler=ingest_cli.run)

    ask = commands.add_parser("ask", help="answer one question, with citations")
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the answer JSON")
    ask.set_defaults(handler=_ask)

    conflicts = commands.add_parser(
        "conflicts", help="list the disagreements between articles across the corpus"
    )
    conflicts.add_argument("--json", action="store_true", help='print {"conflicts": [...]}')
    conflicts.set_defaults(handler=_conflicts)

    evaluate = commands.add_parser(
        "eval", help="answer a question set, score it and write a report"
    )
    evaluate.add_argument("questions", nargs="?", type=Path, help="question set (JSONL)")
    evaluate.add_argument("--out", type=Path, help="results file: one answer JSON per line")
    evaluate.add_argument(
        "--report",
        type=Path,
        metavar="DIR",
        help="write summary.json and report.html (or compare.html) into DIR",
    )
    evaluate.add_argument(
        "--resume",
        action="store_true",
        help="keep the answers already in --out and ask only the rest",
    )
    evaluate.add_argument(
        "--split",
        choices=["tune", "check"],
        help="ask only this half of the set (rows split by a stable hash of their id)",
    )
    evaluate.add_argument(
        "--compare",
        nargs=2,
        type=Path,
        metavar=("A", "B"),
        help="compare two results files instead of running",
    )
    evaluate.set_defaults(handler=_eval)

    doctor = commands.add_parser(
        "doctor", help="check this machine can answer: CPU, llama.cpp build, model, a probe"
    )
    doctor.add_argument("--json", action="store_true", help="print the checks as JSON")
    doctor.set_defaults(handler=_doctor)

    serve = commands.add_parser("serve", help="serve the chat in the browser")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default 7860)")
    serve.set_defaults(handler=_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `dispute-qa` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    ingest_cli.configure_logging(args.verbose)
    try:
        return args.handler(args, load_settings())
    except DisputeQAError as exc:
        print(f"dispute-qa: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("dispute-qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0

"""The `ingest` command: shared by `dispute-qa ingest` and `python -m ingest`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .errors import DisputeQAError
from .pipeline import IngestReport
from .settings import Settings, load_settings

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ingest command."""
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders to ingest (default: the corpus folder, DISPUTE_QA_CORPUS_DIR)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object, no progress")


def ingest(settings: Settings, paths: list[Path], progress: bool) -> IngestReport:
    """Wire the model, store and manifest together and run one ingest."""
    from .embedding import load_tokenizer, make_embeddings
    from .indexing import open_store
    from .manifest import Manifest
    from .pipeline import Ingestor

    manifest = Manifest(settings.manifest_path)
    try:
        embeddings = make_embeddings(settings)
        store = open_store(settings, embeddings)
        ingestor = Ingestor(settings, store, manifest, embeddings, load_tokenizer())
        return ingestor.run(paths or [settings.corpus_dir], progress=progress)
    finally:
        manifest.close()


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the command; returns the exit code (0 also when some files were skipped)."""
    report = ingest(settings, args.paths, progress=not args.json and sys.stderr.isatty())
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        print(format_report(report))
    return 0


def format_report(report: IngestReport) -> str:
    """The report as a few readable lines."""
    lines = [
        f"{report.added} added, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped; "
        f"{report.chunks} chunks in the index ({report.embedded} embedded in this run)."
    ]
    lines += [f"warning: {w}" for w in report.warnings]
    lines += [f"skipped {s.path}: {s.reason}" for s in report.skipped]
    return "\n".join(lines)


def configure_logging(verbose: bool) -> None:
    """Log warnings (or everything from our packages with -v) to stderr, once, at start-up."""
    logging.basicConfig(
        level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    for name in ("ingest", "app"):
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)
    for noisy in ("bm25s", "httpx", "chromadb", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    """`python -m ingest [PATH ...] [--json]`."""
    parser = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    add_arguments(parser)
    parser.add_argument("-v", "--verbose", action="store_true", help="log each step")
    args = parser.parse_args(argv)
    configure_logging(args.verbose)
    try:
        return run(args, load_settings())
    except DisputeQAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted; run ingest again to complete the index", file=sys.stderr)
        return 130

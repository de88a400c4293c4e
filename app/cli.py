"""The `dispute-qa` command line: ingest, serve (and, as they land, ask and eval)."""

from __future__ import annotations

import argparse
import sys

from ingest import cli as ingest_cli
from ingest.errors import DisputeQAError
from ingest.settings import Settings, load_settings


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from .ui import serve

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    serve(settings.model_copy(update=overrides))
    return 0


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

"""The `dispute-qa ingest` command as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import SHARED, VENV_BIN, free_port, run_cli


def ingest_json(data_dir: Path, *paths: str | Path, **env: str) -> dict:
    result = run_cli(
        "ingest", *map(str, paths), "--json", env={"DISPUTE_QA_DATA_DIR": str(data_dir), **env}
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_ingest_corpus_twice_reports_unchanged(tmp_path: Path):
    first = ingest_json(tmp_path / "data")  # no path: the default corpus/
    assert (first["added"], first["updated"], first["unchanged"]) == (2, 0, 0)
    assert first["skipped"] == [] and first["chunks"] > 0
    second = ingest_json(tmp_path / "data", "corpus")
    assert (second["added"], second["updated"], second["unchanged"]) == (0, 0, 2)
    assert second["embedded"] == 0 and second["chunks"] == first["chunks"]


def test_human_output_and_python_dash_m(tmp_path: Path):
    result = subprocess.run(
        [str(VENV_BIN / "python"), "-m", "ingest", "corpus"],
        capture_output=True,
        text=True,
        env={**os.environ, "DISPUTE_QA_DATA_DIR": str(tmp_path / "data")},
        cwd=Path(__file__).resolve().parent.parent,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 added, 0 updated, 0 removed, 0 unchanged, 0 skipped;")


@pytest.mark.parametrize(
    "args, env, code, fragment",
    [
        (["ingest", "no/such/folder"], {}, 2, "no/such/folder: no such file or folder"),
        (["ingest"], {"DISPUTE_QA_DATA_DIR": "/proc/forbidden"}, 3, "DISPUTE_QA_DATA_DIR"),
        (["ingest"], {"DISPUTE_QA_LLM": "magic"}, 2, "invalid setting: DISPUTE_QA_LLM"),
    ],
)
def test_errors_are_one_line_without_traceback(tmp_path, args, env, code, fragment):
    result = run_cli(*args, env={"DISPUTE_QA_DATA_DIR": str(tmp_path / "d"), **env})
    assert result.returncode == code
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["ingest"], ["ask", "Where was the complaint filed?"]])
def test_unreachable_chroma_server_is_one_line(tmp_path, command):
    url = f"http://127.0.0.1:{free_port()}"
    env = {"DISPUTE_QA_DATA_DIR": str(tmp_path), "DISPUTE_QA_CHROMA_URL": url}
    result = run_cli(*command, env={**env, "DISPUTE_QA_LLM": "none"})
    assert result.returncode == 4
    assert f"cannot reach the Chroma server at {url}" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_ingest_and_ask_against_a_real_chroma_server(tmp_path, chroma_server):
    env = {"DISPUTE_QA_CHROMA_URL": chroma_server, "DISPUTE_QA_LLM": "none"}
    first = ingest_json(tmp_path / "data", "corpus", **env)
    assert first["added"] == 2
    assert not (tmp_path / "data" / "chroma").exists()  # nothing in the embedded store
    answer = run_cli(
        "ask", "Where was the complaint filed?", "--json",
        env={"DISPUTE_QA_DATA_DIR": str(tmp_path / "data"), **env},
    )  # fmt: skip
    assert answer.returncode == 0, answer.stderr
    data = json.loads(answer.stdout)
    assert not data["abstained"] and data["citations"] and data["conflicts"]


BBC_TECH = SHARED / "data" / "bbc" / "tech"


@pytest.fixture(scope="module")
def bbc_clean(tmp_path_factory) -> tuple[Path, dict, set[str]]:
    """120 BBC tech articles and a clean, uninterrupted ingest of them."""
    folder = tmp_path_factory.mktemp("bbc")
    articles = folder / "tech"
    articles.mkdir()
    for path in sorted(BBC_TECH.glob("*.txt"))[:120]:
        shutil.copy(path, articles / path.name)
    clean = ingest_json(folder / "clean", articles)
    return articles, clean, _chunk_ids(folder / "clean")


@pytest.mark.slow
@pytest.mark.skipif(not BBC_TECH.is_dir(), reason="../shared/data/bbc is not beside the repo")
@pytest.mark.parametrize(
    "when",
    ["first batch pending", "first batch done", "second batch pending"],
)
def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path: Path, bbc_clean, when):
    articles, clean, clean_ids = bbc_clean
    data = tmp_path / "killed"
    env = {**os.environ, "DISPUTE_QA_DATA_DIR": str(data)}
    proc = subprocess.Popen(
        [str(VENV_BIN / "dispute-qa"), "ingest", str(articles), "--json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manifest = data / "manifest.sqlite3"
    reached = {  # (done, pending) entries -> the moment to kill
        "first batch pending": lambda done, pending: pending > 0 and done == 0,
        "first batch done": lambda done, pending: done > 0,
        "second batch pending": lambda done, pending: done > 0 and pending > 0,
    }[when]
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if reached(*_entries(manifest)):
            break
        time.sleep(0.01)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _entries(manifest)[0] < clean["added"]

    again = ingest_json(data, articles)
    assert again["chunks"] == clean["chunks"]
    assert again["added"] + again["unchanged"] == clean["added"]
    assert again["skipped"] == clean["skipped"]
    assert _chunk_ids(data) == clean_ids  # no duplicates, no orphans, same ids
    assert _entries(manifest) == (clean["added"], 0)


def _chunk_ids(data_dir: Path) -> set[str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(
        path=str(data_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    ids = client.get_collection("articles").get(include=[])["ids"]
    assert len(ids) == len(set(ids))
    return set(ids)


def _entries(manifest: Path) -> tuple[int, int]:
    """(done, pending) entries in a manifest another process is writing."""
    import sqlite3

    if not manifest.exists():
        return 0, 0
    try:
        with sqlite3.connect(manifest, timeout=1) as db:
            rows = dict(db.execute("SELECT state, COUNT(*) FROM documents GROUP BY state"))
    except sqlite3.Error:
        return 0, 0
    return rows.get("done", 0), rows.get("pending", 0)


def test_a_terminal_answer_names_each_source_with_its_date_when_known():
    from app.cli import format_answer
    from app.engine.answer import Answer
    from app.engine.citations import Citation

    quote = "The ferry sailed at noon."
    dated = Citation(1, "a.txt", "Ferry", quote, 0, len(quote), published="2005-03-03")
    undated = Citation(2, "b.txt", "Port", quote, 0, len(quote))
    text = format_answer(Answer("When?", "At noon [1][2].", False, [dated, undated]))
    assert "[1] Ferry (a.txt, 3 March 2005): “The ferry sailed at noon.”" in text
    assert "[2] Port (b.txt): “The ferry sailed at noon.”" in text

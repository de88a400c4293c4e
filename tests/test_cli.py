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


def test_unreachable_chroma_server_is_one_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    result = run_cli(
        "ingest", env={"DISPUTE_QA_DATA_DIR": str(tmp_path), "DISPUTE_QA_CHROMA_URL": url}
    )
    assert result.returncode == 4
    assert f"cannot reach the Chroma server at {url}" in result.stderr
    assert "Traceback" not in result.stderr


BBC_TECH = SHARED / "data" / "bbc" / "tech"


@pytest.mark.slow
@pytest.mark.skipif(not BBC_TECH.is_dir(), reason="../shared/data/bbc is not beside the repo")
def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path: Path):
    articles = tmp_path / "tech"
    articles.mkdir()
    for path in sorted(BBC_TECH.glob("*.txt"))[:120]:
        shutil.copy(path, articles / path.name)
    clean = ingest_json(tmp_path / "clean", articles)

    data = tmp_path / "killed"
    env = {**os.environ, "DISPUTE_QA_DATA_DIR": str(data)}
    proc = subprocess.Popen(
        [str(VENV_BIN / "dispute-qa"), "ingest", str(articles), "--json"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manifest = data / "manifest.sqlite3"
    deadline = time.monotonic() + 300
    # kill once some, but not all, files have been written
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists() and _done_entries(manifest) >= 20:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < _done_entries(manifest) < clean["added"]

    again = ingest_json(data, articles)
    assert again["chunks"] == clean["chunks"]
    assert again["added"] + again["unchanged"] == clean["added"]
    assert again["skipped"] == clean["skipped"]


def _done_entries(manifest: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(manifest, timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM documents WHERE state='done'").fetchone()[0]
    except sqlite3.Error:
        return 0

"""Shared fixtures: real settings in tmp_path, the real embedding model, real Chroma."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.engine import language as lang
from app.engine.claims import Claim
from app.engine.evidence import Evidence
from ingest.embedding import load_tokenizer, make_embeddings
from ingest.indexing import open_store
from ingest.manifest import Manifest
from ingest.pipeline import Ingestor
from ingest.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
VENV_BIN = Path(sys.executable).parent


@pytest.fixture(scope="session")
def embeddings():
    """The real all-MiniLM-L6-v2 model, loaded once per test session."""
    return make_embeddings(Settings())


@pytest.fixture(scope="session")
def tokenizer():
    """The model's real tokenizer."""
    return load_tokenizer()


@pytest.fixture(scope="session")
def model_file() -> Path:
    """The local GGUF model in this machine's shared models folder (assembled once)."""
    from app.model.llm import local_model_path

    return local_model_path(Settings())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with the data directory in tmp_path."""
    return Settings(data_dir=tmp_path / "data", corpus_dir=CORPUS)


@pytest.fixture
def make_ingestor(embeddings, tokenizer):
    """Build Ingestors over real Chroma and a real manifest; closes them afterwards."""
    manifests: list[Manifest] = []

    def build(settings: Settings, embedder=None) -> Ingestor:
        manifest = Manifest(settings.manifest_path)
        manifests.append(manifest)
        emb = embedder or embeddings
        return Ingestor(settings, open_store(settings, emb), manifest, emb, tokenizer)

    yield build
    for manifest in manifests:
        manifest.close()


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the seed corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float, proc: subprocess.Popen | None = None) -> None:
    """Wait until something listens on 127.0.0.1:port."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited early with code {proc.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listening on port {port} after {timeout}s")


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    """A real `chroma run` server on loopback; yields its URL."""
    port = free_port()
    log = (tmp_path / "chroma-server.log").open("wb")
    proc = subprocess.Popen(
        [str(VENV_BIN / "chroma"), "run", "--path", str(tmp_path / "server"), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        wait_for_port(port, 60, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)
        log.close()


def stop(proc: subprocess.Popen, timeout: float = 15) -> None:
    """End a server process the tests started: politely, then by force."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None, **kw):
    """Run the installed `dispute-qa` console script as a user would."""
    return subprocess.run(
        [str(VENV_BIN / "dispute-qa"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd or ROOT,
        timeout=kw.pop("timeout", 600),
        **kw,
    )


@dataclass
class Served:
    """A running `dispute-qa serve`: its URL and its process."""

    url: str
    proc: subprocess.Popen


@contextmanager
def serving(folder: Path, env: dict[str, str]) -> Iterator[Served]:
    """Run `dispute-qa serve` for the `with` block. Its output goes to folder/server.log,
    which must hold no traceback."""
    port = free_port()
    log = (folder / "server.log").open("wb")
    proc = subprocess.Popen(
        [str(VENV_BIN / "dispute-qa"), "serve", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **env},
        cwd=ROOT,
    )
    try:
        wait_for_port(port, 120, proc)
        yield Served(f"http://127.0.0.1:{port}/", proc)
    finally:
        stop(proc)
        log.close()
        assert b"Traceback" not in (folder / "server.log").read_bytes()


def span_of(sentence: str, value: str) -> lang.Text:
    """The value as tokens of its parsed sentence."""
    at = sentence.index(value)
    return lang.span(sentence, at, at + len(value))


def claim_in(sentence: str, value: str, score: float = 0.6, doc: str = "d") -> Claim:
    """A claim of `value`, found in `sentence` of document `doc` scored `score`."""
    at = sentence.index(value)
    source, title = f"docs/{doc}.txt", doc.upper()
    support = Evidence(1, doc, source, title, sentence, 0, len(sentence), score)
    return Claim(doc, source, title, value, support, at, at + len(value))

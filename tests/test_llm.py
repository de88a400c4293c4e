"""Backend selection, model assembly checks, and the `openai` backend against a real
OpenAI-compatible server (llama.cpp's, on loopback, serving the packaged model)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.llm import GGUF_SHA256, _sha256, make_llm
from ingest.errors import ConfigError

from .conftest import free_port, run_cli, wait_for_port


def test_none_backend_has_no_model(settings):
    assert make_llm(settings.model_copy(update={"llm": "none"})) is None


def test_openai_backend_needs_url_and_model(settings):
    with pytest.raises(ConfigError, match="DISPUTE_QA_OPENAI_BASE_URL"):
        make_llm(settings.model_copy(update={"llm": "openai"}))


def test_local_model_is_assembled_and_hash_checked(model_file):
    assert model_file.stat().st_size == 1_117_320_768
    assert _sha256(model_file) == GGUF_SHA256
    assert model_file.with_name(model_file.name + ".verified").exists()


@pytest.mark.slow
def test_openai_backend_against_a_real_server(tmp_path, model_file):
    port = free_port()
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model_file),
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096",
         "--n_threads", "2", "--model_alias", "qwen-coder-1.5b"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_for_port(port, 120, server)
        env = {
            "DISPUTE_QA_DATA_DIR": str(tmp_path / "data"),
            "DISPUTE_QA_LLM": "openai",
            "DISPUTE_QA_OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
            "DISPUTE_QA_OPENAI_MODEL": "qwen-coder-1.5b",
        }
        assert run_cli("ingest", "--json", env=env).returncode == 0
        result = run_cli("ask", "Which watchdog is tightening scrutiny on AI firms?", env=env)
        assert result.returncode == 0, result.stderr
        assert "Ofcom" in result.stdout and "[1]" in result.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()

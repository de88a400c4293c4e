"""Backend selection, model assembly checks, and the `openai` backend against a real
OpenAI-compatible server (llama.cpp's, on loopback, serving the packaged model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.model.llm import GGUF_SHA256, _sha256, make_llm
from ingest.errors import ConfigError

from .conftest import free_port, run_cli, serving, wait_for_port


def test_none_backend_has_no_model(settings):
    assert make_llm(settings.model_copy(update={"llm": "none"})) is None


def test_openai_backend_needs_url_and_model(settings):
    with pytest.raises(ConfigError, match="DISPUTE_QA_OPENAI_BASE_URL"):
        make_llm(settings.model_copy(update={"llm": "openai"}))


def test_local_model_is_assembled_and_hash_checked(model_file):
    assert model_file.stat().st_size == 1_117_320_768
    assert _sha256(model_file) == GGUF_SHA256
    assert model_file.with_name(model_file.name + ".verified").exists()


def test_two_processes_assembling_at_once_leave_one_good_model(tmp_path):
    """First use by two processes at once (two data folders, one machine cache): each
    writes its own temporary file and renames it in place, so the model is whole."""
    script = (
        "import sys; from app.model.llm import local_model_path; "
        "from ingest.settings import Settings; "
        "print(local_model_path(Settings(models_dir=sys.argv[1])))"
    )
    folder = tmp_path / "models"
    runs = [subprocess.Popen([sys.executable, "-c", script, str(folder)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]  # fmt: skip
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err[-500:] for _, err in outputs]
    [model] = {out.strip() for out, _ in outputs}
    assert _sha256(Path(model)) == GGUF_SHA256
    assert not list(folder.glob("*.partial"))


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


@pytest.mark.slow
def test_a_model_server_that_is_down_is_one_line_and_answers_quote(tmp_path):
    from gradio_client import Client

    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    env = {
        "DISPUTE_QA_DATA_DIR": str(tmp_path / "data"),
        "DISPUTE_QA_LLM": "openai",
        "DISPUTE_QA_OPENAI_BASE_URL": url,
        "DISPUTE_QA_OPENAI_MODEL": "any",
    }
    assert run_cli("ingest", "--json", env=env).returncode == 0
    result = run_cli("ask", "Where was the complaint filed?", env=env)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 5 and len(lines) == 1, result.stderr
    assert url in lines[0] and "connection refused" in lines[0]
    assert "[1]" in result.stdout and "Sources:" in result.stdout

    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "a", "question": "Who is Dr. Eleanor Shaw?"}) + "\n")
    out = tmp_path / "out.jsonl"
    result = run_cli("eval", str(questions), "--out", str(out), env=env)
    assert result.returncode == 5 and "Traceback" not in result.stderr
    assert result.stderr.count(f"The model server at {url} did not answer") == 1
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["citations"] and url in row["error"]

    with serving(tmp_path, env) as served:  # the server log must hold no traceback
        client = Client(served.url, verbose=False)
        answer = client.predict("Who is Dr. Eleanor Shaw?", api_name="/ask")
        assert answer["citations"] and url in answer["error"]
        status = client.predict(api_name="/status")["model"]
        assert status["state"] == "failing" and url in status["message"]
    log = (tmp_path / "server.log").read_text()
    assert f"The model server at {url} did not answer (connection refused)" in log

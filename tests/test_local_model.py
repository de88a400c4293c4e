"""The local model in its own process: a crash in native code never takes the app down.

Real worker processes running the packaged model. Where a test needs the model to die the
way a faulty AMX build does, it either sends the real worker SIGILL, or puts
tests/data/fake_llama first on the worker's PYTHONPATH: a stand-in for llama_cpp that
loads, then dies with SIGILL on its first computation (the start-up probe).
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from app.model.local import LocalModel, death_cause

from .conftest import DATA, run_cli, serving

pytestmark = pytest.mark.slow

FAKE_LLAMA = {"PYTHONPATH": str(DATA / "fake_llama")}
STOPPED = "The local model stopped (illegal instruction). Answers quote the articles until it"


def children(pid: int) -> list[int]:
    """Child process ids of a process (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def kill_when_busy(pid: int, after_s: float = 0.3, timeout: float = 120) -> threading.Thread:
    """Send SIGILL to a process once it has computed for `after_s` seconds (mid-answer)."""

    def watch() -> None:
        base = cpu_seconds(pid)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if cpu_seconds(pid) - base >= after_s:
                os.kill(pid, signal.SIGILL)
                return
            time.sleep(0.05)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def model_state(client, timeout: float = 180) -> str:
    """The model's state once the start-up probe is over (the page serves before it is)."""
    deadline = time.monotonic() + timeout
    state = client.predict(api_name="/status")["model"]["state"]
    while state == "starting" and time.monotonic() < deadline:
        time.sleep(0.5)
        state = client.predict(api_name="/status")["model"]["state"]
    return state


def test_death_causes_are_named():
    assert death_cause(-signal.SIGILL) == "illegal instruction"
    assert death_cause(-signal.SIGKILL) == "killed, perhaps out of memory"
    assert death_cause(1) == "exit code 1"


def test_a_worker_killed_mid_answer_is_restarted_after_back_off(model_file):
    model = LocalModel(model_file, timeout_s=120)
    model.start()
    try:
        pid = model.pid
        assert pid is not None and model.status().state == "ready"
        kill_when_busy(pid)
        with pytest.raises(Exception, match="illegal instruction"):
            for _ in model.stream([{"role": "user", "content": "Tell a long story."}], 400):
                pass
        assert model.status().state == "restarting"
        assert model.status().message.startswith(STOPPED)
        time.sleep(2.5)  # the first back-off
        reply = "".join(model.stream([{"role": "user", "content": "Say hello."}], 8))
        assert reply.strip() and model.pid not in (None, pid)
        assert model.status().state == "ready"
    finally:
        model.close()


def test_serve_survives_a_worker_killed_during_an_answer(tmp_path, model_file):
    from gradio_client import Client

    env = {
        "DISPUTE_QA_DATA_DIR": str(tmp_path / "data"),
        "DISPUTE_QA_MODELS_DIR": str(model_file.parent),
        "DISPUTE_QA_LLM": "local",
    }
    assert run_cli("ingest", "corpus", env=env).returncode == 0
    with serving(tmp_path, env) as served:
        client = Client(served.url, verbose=False)
        assert model_state(client) == "ready"
        [worker] = children(served.proc.pid)
        killer = kill_when_busy(worker)
        answer = client.predict("How did Alibaba respond to the allegations?", api_name="/ask")
        killer.join()
        assert served.proc.poll() is None  # the serving process lives on
        assert answer["answer"].rstrip().endswith(STOPPED + " restarts.")
        assert answer["citations"] and answer["error"].startswith(STOPPED)
        status = client.predict(api_name="/status")["model"]
        assert status["state"] == "restarting" and "illegal instruction" in status["message"]
        time.sleep(2.5)
        again = client.predict(
            "Which watchdog is tightening scrutiny on AI firms?", api_name="/ask"
        )
        assert again["citations"] and "Ofcom" in again["answer"] and "error" not in again
        # the web process never loaded llama.cpp: only the worker maps its libraries
        maps = Path(f"/proc/{served.proc.pid}/maps").read_text()
        assert "libggml" not in maps and "libllama" not in maps
    log = (tmp_path / "server.log").read_text()
    assert "illegal instruction" in log


def test_a_failed_start_up_probe_is_one_line_and_answers_quote(tmp_path, model_file):
    env = {
        "DISPUTE_QA_DATA_DIR": str(tmp_path / "data"),
        "DISPUTE_QA_MODELS_DIR": str(model_file.parent),
        **FAKE_LLAMA,
    }
    assert run_cli("ingest", "corpus", env=env).returncode == 0
    result = run_cli("ask", "Where was the complaint filed?", "--json", env=env)
    assert result.returncode == 5
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "illegal instruction" in lines[0], result.stderr
    assert "start-up check" in lines[0] and "quote" in lines[0]
    answer = json.loads(result.stdout)
    assert answer["citations"] and not answer["abstained"] and answer["error"]

    questions = tmp_path / "q.jsonl"
    rows = [{"id": "a", "question": "Where was the complaint filed?"},
            {"id": "b", "question": "Which watchdog is scrutinising AI firms?"}]  # fmt: skip
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.jsonl"
    result = run_cli("eval", str(questions), "--out", str(out), env=env)
    assert result.returncode == 5 and "Traceback" not in result.stderr
    assert result.stderr.count("failed its start-up check (illegal instruction)") == 1
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in results] == ["a", "b"]
    assert all(r["error"] and r["citations"] for r in results)


def test_doctor_reports_the_machine_and_the_probe(tmp_path, model_file):
    env = {
        "DISPUTE_QA_DATA_DIR": str(tmp_path / "d"),
        "DISPUTE_QA_MODELS_DIR": str(model_file.parent),
    }
    result = run_cli("doctor", "--json", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["probe"]["ok"] and checks["model file"]["ok"]
    assert "verified" in checks["model file"]["detail"]
    assert "AVX" in checks["llama.cpp features"]["detail"]
    broken = run_cli("doctor", env={**env, **FAKE_LLAMA})
    assert broken.returncode == 5 and "illegal instruction" in broken.stdout

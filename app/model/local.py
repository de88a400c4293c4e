"""The local model, run in a child process that this process starts, probes, watches and
restarts (see worker.py). The serving process never loads llama.cpp itself.

When the worker dies (illegal instruction, out of memory, an assertion) or stops answering,
the request in progress raises ModelUnavailable with one line naming the cause, and the
worker is restarted after a back-off that doubles with each death in a row (2 s .. 5 min).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ingest.errors import ModelError, ModelUnavailable

log = logging.getLogger(__name__)

BACKOFF_FIRST_S = 2.0
BACKOFF_MAX_S = 300.0
KEEPS_DYING = 3  # deaths within DEATH_WINDOW_S: the UI says so at the top
DEATH_WINDOW_S = 600.0
PROBE = [{"role": "user", "content": "Reply with OK."}]


@dataclass(frozen=True)
class ModelStatus:
    """What the reader is told about the answer model."""

    state: str  # "off" | "starting" | "ready" | "restarting" | "failing"
    message: str = ""

    def as_dict(self) -> dict:
        return {"state": self.state, "message": self.message}


def death_cause(returncode: int | None) -> str:
    """A process's exit status in words: "illegal instruction", "killed", "exit code 1"."""
    if returncode is None:
        return "no answer"
    if returncode < 0:
        sig = -returncode
        words = {
            signal.SIGILL: "illegal instruction",
            signal.SIGKILL: "killed, perhaps out of memory",
            signal.SIGSEGV: "segmentation fault",
            signal.SIGABRT: "aborted",
            signal.SIGBUS: "bus error",
            signal.SIGTERM: "terminated",
        }
        return words.get(sig, signal.Signals(sig).name if sig in signal.valid_signals() else "")
    return f"exit code {returncode}"


class LocalModel:
    """The worker process and its health: start, probe, chat, restart with back-off."""

    def __init__(
        self,
        model_path: Path,
        threads: int = 2,
        ctx: int = 4096,
        cache_bytes: int = 0,
        timeout_s: float = 120.0,
        start_timeout_s: float = 180.0,
        log_path: Path | None = None,
    ) -> None:
        self.model_path = model_path
        self.args = [f"--threads={threads}", f"--ctx={ctx}", f"--cache-bytes={cache_bytes}"]
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self.log_path = log_path
        self.system_info = ""
        self._proc: subprocess.Popen | None = None
        self._lines: queue.Queue[dict | None] = queue.Queue()
        self._lock = threading.RLock()
        self._deaths: list[float] = []
        self._retry_at = 0.0
        self._cause = ""  # why the worker last stopped; "" while it answers
        self._starting = False
        self._refused = ""

    # -- lifecycle --------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker and probe it with a one-token answer; ModelError with the
        notice (cause included: signal name, missing package) when it does not come up."""
        with self._lock:
            try:
                self._launch()
            except ModelUnavailable as exc:
                raise ModelError(str(exc)) from exc
            log.info("local model ready (pid %s)", self.pid)

    def refuse(self, reason: str) -> None:
        """Never start: this build cannot run here (every answer falls back, saying why)."""
        self.close()
        self._refused = reason

    def close(self) -> None:
        """Stop the worker (closing its input ends it; then kill)."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin:
                proc.stdin.close()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def status(self) -> ModelStatus:
        """The state to show the reader, with the one-line notice when it is not ready."""
        if self._refused:
            return ModelStatus("failing", self.notice())
        if self.pid is not None and not self._cause:
            return ModelStatus("ready")
        if not self._cause:
            return ModelStatus("starting", "The local model is starting.")
        recent = [t for t in self._deaths if time.monotonic() - t < DEATH_WINDOW_S]
        return ModelStatus("failing" if len(recent) >= KEEPS_DYING else "restarting", self.notice())

    def notice(self) -> str:
        """One line for the reader: what happened to the model and what answers do now."""
        if self._refused:
            return f"The local model is off: {self._refused}. Answers quote the articles."
        recent = [t for t in self._deaths if time.monotonic() - t < DEATH_WINDOW_S]
        if len(recent) >= KEEPS_DYING:
            return (
                f"The local model keeps stopping ({self._cause}); answers quote the articles. "
                "See Troubleshooting in the README, or run `dispute-qa doctor`."
            )
        what = "failed its start-up check" if self._starting else "stopped"
        return (
            f"The local model {what} ({self._cause}). Answers quote the articles until it restarts."
        )

    # -- answering --------------------------------------------------------------------
    def stream(
        self, messages: list[dict], max_tokens: int, stop: list[str] | None = None
    ) -> Iterator[str]:
        """Answer text as the worker writes it; ModelUnavailable if the worker is down,
        dies during the answer, or stops answering."""
        with self._lock:
            self._ensure_running()
            self._write({"op": "chat", "messages": messages, "max_tokens": max_tokens,
                         "stop": stop or []})  # fmt: skip
            finished = False
            try:
                while True:
                    line = self._next(self.timeout_s)
                    if "token" in line:
                        yield line["token"]
                        continue
                    finished = True
                    if "error" in line:
                        raise ModelError(f"the local model refused the request: {line['error']}")
                    return
            except ModelUnavailable:
                finished = True
                raise
            finally:
                if not finished:  # the caller stopped reading: skip the rest of this answer
                    self._drain()

    def _drain(self) -> None:
        """Read and drop the rest of an abandoned answer, so the next request starts clean."""
        with contextlib.suppress(ModelUnavailable):
            while "token" in self._next(self.timeout_s):
                pass

    def _ensure_running(self) -> None:
        if self._refused:
            raise ModelUnavailable(self.notice(), self._refused)
        if self.pid is not None:
            return
        if self._proc is not None:  # died while idle
            self._record_death(self._proc.returncode, None)
        if self._retry_at > time.monotonic():
            raise ModelUnavailable(self.notice(), self._cause)
        log.info("starting the local model again after: %s", self._cause or "no start")
        self._launch()

    def _launch(self) -> None:
        """Spawn the worker, wait for it to load, probe it with a one-token answer."""
        self._starting = True
        self._spawn()
        ready = self._next(self.start_timeout_s)
        self.system_info = ready.get("system_info", "")
        self._write({"op": "chat", "messages": PROBE, "max_tokens": 1})
        while "token" in (line := self._next(self.timeout_s)):
            pass
        if "error" in line:
            raise self._failed(f"probe refused: {line['error']}")
        self._starting, self._cause = False, ""

    # -- the process ------------------------------------------------------------------
    def _spawn(self) -> None:
        if not self.model_path.is_file():
            raise ModelError(f"model file not found: {self.model_path}")
        logfile: IO[bytes] | int = subprocess.DEVNULL
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            logfile = self.log_path.open("ab")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "app.model.worker", f"--model={self.model_path}", *self.args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=logfile,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            cwd=Path(__file__).resolve().parents[2],
        )
        if not isinstance(logfile, int):
            logfile.close()  # the child holds its own copy
        self._lines = queue.Queue()
        threading.Thread(target=_pump, args=(self._proc.stdout, self._lines), daemon=True).start()

    def _write(self, request: dict) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write((json.dumps(request) + "\n").encode())
            self._proc.stdin.flush()
        except OSError:  # a broken pipe: it has died
            raise self._failed() from None

    def _next(self, timeout: float) -> dict:
        """The worker's next message; ModelUnavailable when it died or went silent."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise self._failed(f"no answer within {timeout:.0f} s") from None
        if line is None:
            raise self._failed()
        return line

    def _failed(self, cause: str | None = None) -> ModelUnavailable:
        """Stop and reap the worker, record why, and describe it for the reader."""
        proc, self._proc = self._proc, None
        if proc is not None:
            if cause is not None and proc.poll() is None:
                proc.kill()  # alive but useless: no second copy may hold the memory
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._record_death(proc.returncode if proc else None, cause)
        return ModelUnavailable(self.notice(), cause=self._cause)

    def _record_death(self, returncode: int | None, cause: str | None) -> None:
        now = time.monotonic()
        self._proc = None
        self._cause = cause or death_cause(returncode)
        self._deaths = [t for t in self._deaths if now - t < DEATH_WINDOW_S] + [now]
        backoff = min(BACKOFF_FIRST_S * 2 ** (len(self._deaths) - 1), BACKOFF_MAX_S)
        self._retry_at = now + backoff
        log.info("the local model stopped (%s); next start in %.0f s", self._cause, backoff)


def _pump(stream: IO[bytes], lines: queue.Queue[dict | None]) -> None:
    """Move the worker's reply lines into a queue; None marks its end (it exited)."""
    for raw in stream:
        try:
            lines.put(json.loads(raw))
        except json.JSONDecodeError:
            log.debug("worker wrote a non-protocol line: %r", raw[:200])
    lines.put(None)

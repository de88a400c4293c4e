"""`dispute-qa doctor`: can this machine answer? CPU, llama.cpp build, model file, a probe."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ingest.errors import DisputeQAError

from .cpu import build_record, check_build, check_features, cpu_flags, cpu_model, isa_flags

if TYPE_CHECKING:
    from ingest.settings import Settings

SHOWN_FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx_vnni", "amx_tile", "amx_int8")


@dataclass
class Check:
    """One line of the report."""

    name: str
    ok: bool
    detail: str


def diagnose(settings: Settings) -> list[Check]:
    """Every check in order; a failed step does not stop the ones after it."""
    flags = cpu_flags()
    shown = [f for f in SHOWN_FLAGS if f in flags]
    checks = [Check("cpu", True, f"{cpu_model()} ({', '.join(shown) or 'no AVX2'})")]
    if settings.llm == "local":
        checks += _local_checks(settings, flags)
    elif settings.llm == "openai":
        checks.append(_openai_check(settings))
    else:
        checks.append(Check("model", True, "none (DISPUTE_QA_LLM=none: answers quote)"))
    checks.append(_embedding_check(settings))
    return checks


def _local_checks(settings: Settings, flags: set[str]) -> list[Check]:
    from .llm import GGUF_SHA256, _sha256, local_model_path
    from .local import LocalModel

    record = build_record()
    build = check_build(record, flags)
    checks = [Check("llama.cpp build", build.ok, _build_detail(record, build.message))]
    try:
        path = local_model_path(settings)
        hashed = _sha256(path) == GGUF_SHA256
        detail = f"{path} (sha256 {'verified' if hashed else 'WRONG'})"
        checks.append(Check("model file", hashed, detail))
    except DisputeQAError as exc:
        return [*checks, Check("model file", False, str(exc))]
    if not build.ok:
        return [*checks, Check("probe", False, "not run: the build does not fit this CPU")]
    worker = LocalModel(path, threads=settings.llm_threads, timeout_s=settings.llm_timeout_s)
    started = time.perf_counter()
    try:
        worker.start()
        ms = round((time.perf_counter() - started) * 1000)
        features = check_features(worker.system_info, flags)
        checks.append(Check("llama.cpp features", features.ok, worker.system_info))
        checks.append(Check("probe", True, f"one-token answer from the worker ({ms} ms)"))
    except DisputeQAError as exc:
        checks.append(Check("probe", False, str(exc)))
    finally:
        worker.close()
    return checks


def _build_detail(record: dict | None, message: str) -> str:
    if record is None:
        return message
    built = sorted(isa_flags(set(record.get("cpu_flags", []))) & set(SHOWN_FLAGS))
    return f"{message}; built with {record.get('cflags', '')!r}, for {', '.join(built)}"


def _openai_check(settings: Settings) -> Check:
    from .llm import make_llm, model_status

    status = model_status(make_llm(settings), settings)
    if status.state == "ready":
        return Check("model server", True, f"{settings.openai_base_url} answered")
    return Check("model server", False, status.message)


def _embedding_check(settings: Settings) -> Check:
    from ingest.embedding import make_embeddings

    try:
        vector = make_embeddings(settings).embed_query("probe")
        return Check("embeddings", True, f"{settings.embedding_backend}, {len(vector)} dims")
    except DisputeQAError as exc:
        return Check("embeddings", False, str(exc))


def report(checks: list[Check]) -> str:
    """The checks as aligned lines: ok/FAIL, name, detail."""
    return "\n".join(f"{'ok  ' if c.ok else 'FAIL'}  {c.name:<18} {c.detail}" for c in checks)


def as_json(checks: list[Check]) -> dict:
    """The checks as JSON data."""
    return {"ok": all(c.ok for c in checks), "checks": [asdict(c) for c in checks]}

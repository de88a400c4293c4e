"""All run-time settings, read from `DISPUTE_QA_*` environment variables (one place, typed)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def user_cache_dir() -> Path:
    """This user's cache folder for dispute-qa (XDG_CACHE_HOME, else ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dispute-qa"


class Settings(BaseSettings):
    """Settings for ingest and the app; every field can be set as `DISPUTE_QA_<NAME>`."""

    model_config = SettingsConfigDict(env_prefix="DISPUTE_QA_", extra="ignore")

    data_dir: Path = Field(
        default=Path(".dispute-qa"),
        description="Folder for the index, the manifest and caches; created on first ingest.",
    )
    corpus_dir: Path = Field(
        default=Path("corpus"),
        description="Folder ingested when `dispute-qa ingest` is given no path.",
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (`chroma run`), e.g. http://127.0.0.1:8000; "
        "unset means the embedded on-disk store under data_dir.",
    )
    collection: str = Field(
        default="articles",
        min_length=3,
        max_length=63,
        description="Chroma collection holding the article chunks (3+ characters).",
    )
    embedding_backend: Literal["torch", "onnx"] = Field(
        default="onnx",
        description="How texts are embedded: `onnx` (default) runs all-MiniLM-L6-v2 as int8 "
        "ONNX, exported once per machine into the models folder (about 2x faster end to "
        "end, cosine to torch >= 0.98); `torch` runs it with sentence-transformers (the "
        "reference the int8 model is checked against).",
    )
    embedding_batch_size: int = Field(
        default=32, ge=1, le=512, description="Chunks embedded per forward pass."
    )
    chunk_max_tokens: int = Field(
        default=200,
        ge=16,
        le=254,
        description="Upper bound on a chunk's length in model tokens; the model reads 256 "
        "including its two special tokens, so longer chunks would be silently cut.",
    )
    max_file_mb: float = Field(
        default=5.0, gt=0, description="Files larger than this many MiB are skipped."
    )
    llm: Literal["local", "openai", "none"] = Field(
        default="local",
        description="Answer backend: `local` (packaged GGUF via llama-cpp), `openai` "
        "(any OpenAI-compatible server) or `none` (extractive, no model).",
    )
    models_dir: Path = Field(
        default_factory=lambda: user_cache_dir() / "models",
        description="Folder shared by every data folder on this machine, where the local GGUF "
        "model is assembled once from its packages and the int8 ONNX embedding model is "
        "exported once (default: <user cache dir>/dispute-qa/models).",
    )
    llm_threads: int = Field(default=2, ge=1, le=64, description="CPU threads for the local LLM.")
    llm_timeout_s: float = Field(
        default=120.0,
        gt=0,
        le=3600,
        description="Longest wait for the model's next words (local worker or OpenAI-compatible "
        "server); past it the answer falls back to quoting the articles.",
    )
    llm_cache_mb: int = Field(
        default=256,
        ge=0,
        le=8192,
        description="Memory the local model may keep for evaluated prompt prefixes (0: none).",
    )
    llm_max_tokens: int = Field(
        default=200, ge=16, le=2048, description="Longest answer the LLM may write, in tokens."
    )
    max_sources: int = Field(
        default=3,
        ge=1,
        le=20,
        description="How many articles are read for each answer (each costs one LLM call).",
    )
    write_value_answers: bool = Field(
        default=True,
        description="Have the LLM write a sentence around an answer that is one value (a "
        "name, date, number or place). Off: the value is stated as the articles give it, "
        "which saves one LLM call per such answer (about 1.5 s on 2 CPU cores) but drops "
        "the context the sentence adds (RAMDocs dev: 4 fewer gold answers in 100).",
    )
    min_relevance: float = Field(
        default=0.3,
        ge=-1,
        le=2,
        description="Abstain when the best evidence sentence scores below this "
        "(cosine similarity plus a lexical bonus).",
    )
    openai_base_url: str | None = Field(
        default=None, description="Base URL of the OpenAI-compatible server, e.g. http://host/v1."
    )
    openai_model: str | None = Field(
        default=None, description="Model name to request from the OpenAI-compatible server."
    )
    openai_api_key: str | None = Field(
        default=None, description="API key for the OpenAI-compatible server, if it needs one."
    )
    host: str = Field(default="127.0.0.1", description="Address the chat server listens on.")
    port: int = Field(default=7860, ge=1, le=65535, description="Port the chat server uses.")

    @field_validator("chroma_url")
    @classmethod
    def _url_has_scheme(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://, e.g. http://127.0.0.1:8000")
        return value or None

    @property
    def max_file_bytes(self) -> int:
        """The size limit in bytes."""
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def chroma_path(self) -> Path:
        """Folder of the embedded Chroma store."""
        return self.data_dir / "chroma"

    @property
    def models_path(self) -> Path:
        """Folder holding the assembled local model and the exported embedding model."""
        return self.models_dir

    @property
    def scan_path(self) -> Path:
        """Folder caching the corpus-wide disagreement scan."""
        return self.data_dir / "scan"

    @property
    def uploads_path(self) -> Path:
        """Folder keeping articles uploaded in the browser."""
        return self.data_dir / "uploads"

    @property
    def manifest_path(self) -> Path:
        """SQLite file recording what was ingested (hashes, texts, chunk counts)."""
        return self.data_dir / "manifest.sqlite3"


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment (plus overrides); invalid values become one ConfigError."""
    from pydantic import ValidationError

    from .errors import ConfigError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"DISPUTE_QA_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"invalid setting: {problems}") from exc

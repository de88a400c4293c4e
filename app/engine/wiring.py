"""Wiring: an AnswerEngine over the configured index, or over an open store and manifest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .answering import AnswerEngine

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

    from ingest.indexing import ChunkStore
    from ingest.manifest import Manifest
    from ingest.settings import Settings


def make_engine(settings: Settings) -> AnswerEngine:
    """Wire the model, store, manifest and LLM for answering from the configured index."""
    from ingest.embedding import make_embeddings
    from ingest.indexing import open_store
    from ingest.manifest import Manifest

    from ..model.llm import make_llm

    embeddings = make_embeddings(settings)
    store = open_store(settings, embeddings)
    return engine_over(
        settings, store, Manifest(settings.manifest_path), embeddings, make_llm(settings)
    )


def engine_over(
    settings: Settings,
    store: ChunkStore,
    manifest: Manifest,
    embeddings: Embeddings,
    llm: BaseChatModel | None,
) -> AnswerEngine:
    """An engine over an open store and manifest; without an LLM it also uses the
    corpus-wide disagreement scan to flag conflicts it quotes."""
    from .evidence import EvidenceSelector
    from .retrieval import HybridRetriever
    from .scan import CorpusScanner

    scanner = CorpusScanner(manifest, embeddings, settings.scan_path)
    return AnswerEngine(
        settings,
        HybridRetriever(store, embeddings),
        EvidenceSelector(embeddings),
        manifest,
        embeddings,
        llm,
        scanner,
    )

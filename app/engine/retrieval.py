"""Hybrid retrieval: BM25 over chunk text and vector search in Chroma, fused by reciprocal rank.

BM25 finds names and exact terms ("Qwen-Plus", "Ofcom"); vectors find paraphrases. The
BM25 index is built from the chunks in the store and rebuilt when the store changes.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from ingest.indexing import ChunkStore

log = logging.getLogger(__name__)

RRF_K = 60  # the usual reciprocal-rank-fusion constant (Cormack et al. 2009)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk: `text == article_text[start:end]` of document `doc_id`."""

    chunk_id: str
    doc_id: str
    source: str
    title: str
    text: str
    start: int
    end: int
    score: float = 0.0


class HybridRetriever:
    """BM25 + vector search over one ChunkStore, fused with reciprocal-rank fusion."""

    def __init__(self, store: ChunkStore, embeddings: Embeddings, candidates: int = 20) -> None:
        self.store = store
        self.embeddings = embeddings
        self.candidates = candidates
        self._lock = threading.Lock()
        self._bm25: Any = None
        self._chunks: list[Passage] = []
        self._indexed_count = -1

    def retrieve(self, query: str, k: int = 6) -> list[Passage]:
        """The k best chunks for a query, best first (empty when the index is empty)."""
        self._refresh()
        if not self._chunks:
            return []
        ranked: dict[str, float] = {}
        for ranking in (self._vector_ranking(query), self._bm25_ranking(query)):
            for rank, chunk_id in enumerate(ranking):
                ranked[chunk_id] = ranked.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
        by_id = {p.chunk_id: p for p in self._chunks}
        best = sorted(ranked.items(), key=lambda item: -item[1])[:k]
        return [_with_score(by_id[cid], score) for cid, score in best if cid in by_id]

    def _vector_ranking(self, query: str) -> list[str]:
        vector = self.embeddings.embed_query(query)
        n = min(self.candidates, len(self._chunks))
        found = self.store._call(
            self.store.collection.query, query_embeddings=[vector], n_results=n, include=[]
        )
        return found["ids"][0]

    def _bm25_ranking(self, query: str) -> list[str]:
        bm25s = _bm25s()

        tokens = bm25s.tokenize([query], stopwords="en", show_progress=False)
        if not tokens.vocab:
            return []
        n = min(self.candidates, len(self._chunks))
        docs, scores = self._bm25.retrieve(tokens, k=n, show_progress=False, n_threads=1)
        return [self._chunks[i].chunk_id for i, s in zip(docs[0], scores[0], strict=True) if s > 0]

    def _refresh(self) -> None:
        """(Re)build the BM25 index when the number of chunks in the store changed."""
        count = self.store.count()
        with self._lock:
            if count == self._indexed_count:
                return
            bm25s = _bm25s()

            got = self.store.everything(include=["documents", "metadatas"])
            self._chunks = [
                Passage(
                    chunk_id=cid,
                    doc_id=meta["doc_id"],
                    source=meta["source"],
                    title=meta["title"],
                    text=text,
                    start=int(meta["start"]),
                    end=int(meta["end"]),
                )
                for cid, text, meta in zip(
                    got["ids"], got["documents"], got["metadatas"], strict=True
                )
            ]
            if self._chunks:
                bm25 = bm25s.BM25()
                corpus = [p.text for p in self._chunks]
                bm25.index(
                    bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False
                )
                self._bm25 = bm25
            self._indexed_count = count
            log.info("BM25 index built over %d chunks", len(self._chunks))


def _bm25s() -> Any:
    """bm25s, imported on first use; it sets its own logger to DEBUG on import."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


def _with_score(passage: Passage, score: float) -> Passage:
    from dataclasses import replace

    return replace(passage, score=score)

"""Evidence: the sentences of the retrieved chunks that bear on the question.

Prompts stay short because the model sees a handful of sentences, not whole chunks. Each
sentence keeps its article offsets, so it can be quoted verbatim and checked later.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ingest.chunking import split_sentences

from .language import content_lemmas

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from .retrieval import Passage

MIN_WORDS = 6  # a shorter sentence is quoted together with the one before it
LEXICAL_WEIGHT = 0.3  # bonus for sharing the question's content words


@dataclass(frozen=True)
class Evidence:
    """One quotable sentence (or two), with where it comes from and how relevant it is."""

    n: int
    doc_id: str
    source: str
    title: str
    quote: str
    start: int
    end: int
    score: float


class EvidenceSelector:
    """Scores the sentences of retrieved passages against the question and keeps the best."""

    def __init__(
        self,
        embeddings: Embeddings,
        max_items: int = 10,
        per_source: int = 5,
        margin: float = 0.4,
        cache_size: int = 20_000,
    ) -> None:
        self.embeddings = embeddings
        self.max_items = max_items
        self.per_source = per_source
        self.margin = margin
        # float32 arrays: 1.5 KB a sentence (a list of Python floats takes 8 times that)
        self._cache: OrderedDict[tuple[str, int, int], np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def select(self, question: str, passages: list[Passage]) -> list[Evidence]:
        """The most relevant sentences, best first, numbered from 1."""
        return self.choose(self.score(question, passages))

    def score(self, question: str, passages: list[Passage]) -> list[Evidence]:
        """Every sentence of the passages with its relevance score, best first (unnumbered).

        Score: cosine similarity of sentence and question embeddings, plus a bonus for
        sharing the question's rarer words."""
        candidates = _sentences(passages)
        if not candidates:
            return []
        q_vec = np.asarray(self.embeddings.embed_query(question), dtype=np.float32)
        vectors = self._embed(candidates)
        overlaps = _weighted_overlap(content_lemmas(question), [c.quote for c in candidates])
        scored = []
        for cand, vec, overlap in zip(candidates, vectors, overlaps, strict=True):
            cosine = float(q_vec @ vec)
            scored.append(replace(cand, score=round(cosine + LEXICAL_WEIGHT * overlap, 4)))
        return sorted(scored, key=lambda e: -e.score)

    def choose(self, scored: list[Evidence]) -> list[Evidence]:
        """From scored sentences, the evidence to show: at least the best of each source
        that comes near the overall best (so both sides of a dispute show), numbered 1..n."""
        if not scored:
            return []
        chosen = sorted(self._choose(scored), key=lambda e: -e.score)
        return [replace(e, n=i) for i, e in enumerate(chosen, start=1)]

    def _choose(self, scored: list[Evidence]) -> list[Evidence]:
        """First each source's best sentence (if not far behind), then the best of the rest."""
        best = scored[0].score
        chosen: list[Evidence] = []
        per_source: dict[str, int] = {}

        def take(item: Evidence) -> None:
            per_source[item.doc_id] = per_source.get(item.doc_id, 0) + 1
            chosen.append(item)

        for item in scored:
            if item.score < best - 2 * self.margin or len(chosen) >= self.max_items // 2:
                break
            if item.doc_id not in per_source:
                take(item)
        for item in scored:
            if item.score < best - self.margin or len(chosen) >= self.max_items:
                break
            if per_source.get(item.doc_id, 0) >= self.per_source:
                continue
            if not any(_overlaps(item, other) for other in chosen):
                take(item)
        return chosen

    def _embed(self, items: list[Evidence]) -> list[np.ndarray]:
        """Sentence vectors, cached by position so repeated questions embed nothing new."""
        keys = [(e.doc_id, e.start, e.end) for e in items]
        missing = [i for i, key in enumerate(keys) if key not in self._cache]
        if missing:
            fresh = self.embeddings.embed_documents([items[i].quote for i in missing])
            for i, vec in zip(missing, fresh, strict=True):
                self._cache[keys[i]] = np.asarray(vec, dtype=np.float32)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return [self._cache[key] for key in keys]


def top_by_source(
    scored: list[Evidence], sources: int, per_source: int, floor: float
) -> list[list[Evidence]]:
    """For the best `sources` sources, their best sentences (at or above `floor`) in
    article order: a short, relevant excerpt of each source."""
    groups: dict[str, list[Evidence]] = {}
    for item in scored:
        if item.score < floor:
            break
        group = groups.setdefault(item.doc_id, [])
        if len(group) < per_source:
            group.append(item)
    return [sorted(g, key=lambda e: e.start) for g in list(groups.values())[:sources]]


def sentences_of(p: Passage) -> list[Evidence]:
    """Sentences of a passage as unnumbered Evidence, short ones joined to their predecessor."""
    spans = split_sentences(p.text)
    out = []
    for i, span in enumerate(spans):
        first = spans[i - 1] if i > 0 and len(span.text.split()) < MIN_WORDS else span
        quote = p.text[first.start : span.end]
        start, end = p.start + first.start, p.start + span.end
        out.append(Evidence(0, p.doc_id, p.source, p.title, quote, start, end, 0.0))
    return out


def _sentences(passages: list[Passage]) -> list[Evidence]:
    """Sentences of all passages, each once."""
    seen: dict[tuple[str, int], Evidence] = {}
    for p in passages:
        for item in sentences_of(p):
            seen.setdefault((item.doc_id, item.start), item)
    return list(seen.values())


def _weighted_overlap(terms: set[str], texts: list[str]) -> list[float]:
    """Share of the question's terms found in each text, each term weighted by its rarity
    among the texts (so a name found in every sentence counts for little)."""
    if not terms:
        return [0.0] * len(texts)
    per_text = [content_lemmas(t) & terms for t in texts]
    n = len(texts)
    idf = {t: math.log((n + 1) / (1 + sum(t in found for found in per_text))) + 0.1 for t in terms}
    total = sum(idf.values())
    return [sum(idf[t] for t in found) / total for found in per_text]


def _overlaps(a: Evidence, b: Evidence) -> bool:
    return a.doc_id == b.doc_id and a.start < b.end and b.start < a.end

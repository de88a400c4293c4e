"""Corpus-wide disagreements: aligned sentences from different articles that name
different things in the same slot ("filed with the UK Intellectual Property Office" /
"filed in London’s High Court"; "Qwen2 model" / "Qwen-Plus model").

No LLM: sentences are aligned by embedding similarity, candidate values are names and
numbers in the same slot (alignment.py), `conflicts.contradict` decides, and listing.py
ranks and words the items. The
result is cached in the data folder; sentence vectors are cached per article and each
same-story pair's result per pair of content hashes, so a changed article re-embeds only
itself and re-compares only its own pairs. Sentences are compared only within same-story
pairs; the article-level pass (mean vectors, blockwise) is the only all-pairs step.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import language as lang
from . import status
from .alignment import same_story, slot_pairs
from .chronology import dated
from .claims import Claim
from .conflicts import Conflict, contradict
from .evidence import Evidence, sentences_of
from .listing import key_of, mentions, named_together, question_about, rank, topic_for
from .retrieval import Passage
from .sides import is_specific
from .slots import Slot
from .subjects import in_context

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from ingest.manifest import Entry, Manifest

log = logging.getLogger(__name__)

ALIGN_ABOVE = 0.45  # sentences at least this similar talk about the same thing
NEIGHBOURS = 5  # aligned sentences kept per sentence
# the code that decides what is listed: a change to any of it invalidates cached results
_RULES = (
    "scan", "alignment", "listing", "slots", "conflicts", "sides", "subjects", "status",
    "participants", "values", "language", "quantities", "amounts", "roles", "questions", "topics",
    "chronology", "naming",
)  # fmt: skip


class CorpusScanner:
    """Finds disagreements across all articles; caches vectors and results on disk."""

    def __init__(self, manifest: Manifest, embeddings: Embeddings, cache_dir: Path) -> None:
        self.manifest = manifest
        self.embeddings = embeddings
        self.cache_dir = cache_dir
        self._memo_key: str | None = None
        self._memo: list[dict] = []
        self._lock = threading.Lock()

    def conflicts(self) -> list[dict]:
        """All disagreements (answer-JSON `conflicts` items), from memory or the disk cache
        when no article changed since the last scan."""
        with self._lock:  # one scan at a time (a background scan and a question)
            return self._conflicts()

    def known(self) -> list[dict] | None:
        """The disagreements if a scan of the current articles is at hand, without
        scanning (None when one would be needed): for pages that must not wait."""
        key = self._key()
        if key == self._memo_key:
            return self._memo
        data = self._cached()
        return data["conflicts"] if data.get("key") == key else None

    def _key(self) -> str:
        state = _rules_version() + "".join(
            f"{doc_id}:{digest};" for doc_id, digest in self.manifest.fingerprints()
        )
        return hashlib.sha256(state.encode()).hexdigest()

    def _cached(self) -> dict:
        cached = self.cache_dir / "conflicts.json"
        return json.loads(cached.read_text(encoding="utf-8")) if cached.exists() else {}

    def _conflicts(self) -> list[dict]:
        key = self._key()
        if key == self._memo_key:
            return self._memo
        cached = self.cache_dir / "conflicts.json"
        data = self._cached()
        if data.get("key") == key:
            found = data["conflicts"]
        else:
            found = self._scan(list(self.manifest.entries(state="done")))
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(".tmp")
            tmp.write_text(json.dumps({"key": key, "conflicts": found}), encoding="utf-8")
            tmp.replace(cached)
        self._memo_key, self._memo = key, found
        return found

    def _scan(self, entries: list[Entry]) -> list[dict]:
        """Compare the articles of each same-story pair; a pair's result is cached under
        both articles' content hashes, so a changed article re-compares only its pairs."""
        sentences: dict[str, list[Evidence]] = {}

        def sentences_of_entry(entry: Entry) -> list[Evidence]:
            if entry.doc_id not in sentences:
                sentences[entry.doc_id] = sentences_of(whole_article(entry))
            return sentences[entry.doc_id]

        vectors = {e.doc_id: self._vectors(e, lambda e=e: sentences_of_entry(e)) for e in entries}
        stories = same_story(entries, [vectors[e.doc_id] for e in entries])
        by_id = {e.doc_id: e for e in entries}
        found: dict[tuple, dict] = {}
        used: set[Path] = set()
        for a in entries:
            for other in sorted(o for o in stories[a.doc_id] if o > a.doc_id):
                b = by_id[other]
                path = self._pair_path(a, b)
                used.add(path)
                if path.exists():
                    pair = json.loads(path.read_text(encoding="utf-8"))
                else:
                    pair = [
                        c.as_dict()
                        for c in self._compare_articles(
                            sentences_of_entry(a), sentences_of_entry(b),
                            vectors[a.doc_id], vectors[b.doc_id], (a.text, b.text),
                            close=stories[a.doc_id][other],
                        )
                    ]  # fmt: skip
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(json.dumps(pair), encoding="utf-8")
                for conflict in pair:
                    found.setdefault(key_of(conflict), conflict)
        for stale in set((self.cache_dir / "pairs").glob("*.json")) - used:
            stale.unlink()
        texts = [e.text for e in entries]
        kept = rank([c for c in found.values() if not named_together(c, texts)])
        kept = dated(kept, {e.source: e.published for e in entries})
        log.info("scanned %d articles (%d pairs): %d disagreements", len(entries), len(used),
                 len(kept))  # fmt: skip
        return kept

    def _pair_path(self, a: Entry, b: Entry) -> Path:
        a_part, b_part = f"{a.doc_id}-{a.content_hash[:12]}", f"{b.doc_id}-{b.content_hash[:12]}"
        name = f"{_rules_version()[:8]}_{a_part}_{b_part}.json"
        return self.cache_dir / "pairs" / name

    def _compare_articles(
        self,
        sa: list[Evidence],
        sb: list[Evidence],
        va: np.ndarray,
        vb: np.ndarray,
        texts: tuple[str, str],
        close: bool,
    ) -> list[Conflict]:
        """Each sentence against its nearest sentences in the other article; a follow-up
        (not close) only on whether something has happened yet."""
        sims = va @ vb.T
        pairs = {(i, int(j)) for i in range(len(sa)) for j in np.argsort(-sims[i])[:NEIGHBOURS]}
        pairs |= {(int(i), j) for j in range(len(sb)) for i in np.argsort(-sims[:, j])[:NEIGHBOURS]}
        return [
            conflict
            for i, j in sorted(pairs)
            if sims[i, j] >= ALIGN_ABOVE
            for conflict in self._compare(sa[i], sb[j], texts, float(sims[i, j]), close)
        ]

    def _vectors(self, entry: Entry, sentences: Callable[[], list[Evidence]]) -> np.ndarray:
        """Sentence vectors of one article, cached by its content hash."""
        path = self.cache_dir / "sentences" / f"{entry.doc_id}-{entry.content_hash[:16]}.npy"
        if path.exists():
            return np.load(path)
        quotes = [s.quote for s in sentences()]
        vectors = np.asarray(self.embeddings.embed_documents(quotes), dtype=np.float32)
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{entry.doc_id}-*.npy"):
            stale.unlink()
        np.save(path, vectors)
        return vectors

    def _compare(
        self, a: Evidence, b: Evidence, texts: tuple[str, str], aligned: float, close: bool
    ) -> list[Conflict]:
        """Disagreements between two aligned sentences of different articles: values of
        the same shape in the same slot that cannot both be true (conflicts.contradict),
        and that no article of the pair mentions together (an article naming both "Athens
        Games" and "Athens Olympics", or "100m" and "200m", treats them as two names or
        two things, not as rival answers). Who said something is an attribution, never a
        disagreement. A follow-up (not close) is compared on status only."""
        # "could be suspended" / "were suspended" (an article saying both is left out by
        # named_together: it tells how the story went on)
        changed = status.disagree(a, b, aligned)
        out = [changed] if changed else []
        if not close:
            return out
        for (xs, xe), (ys, ye), slot in slot_pairs(a.quote, b.quote):
            ca, cb = _claim(a, xs, xe), _claim(b, ys, ye)
            if not (is_specific(ca.value) and is_specific(cb.value)):
                continue
            if slot.relation in ("nsubj", "prep:agent"):
                continue  # who did it: "X said" / "Y said", "WADA appeals" / "IAAF appeals"
            if slot.anchor in lang.REPORTING_VERBS:
                continue  # when or to whom it was said: two reports quote two sayings
            if slot.relation in ("dobj", "nsubjpass") and not lang.has_number(ca.value):
                continue  # to whom: "took over Atomstroieksport" / "taken over Yugansk"
                # are two takeovers; one can do the same thing to two people or things
            if (
                slot.relation in ("compound", "nummod", "amod")
                and lang.shape(in_context(ca)) == "date"
            ):
                continue  # "the 2003 vote" / "the 2005 vote": a year names which event
            if mentions(texts[0], cb.value) or mentions(texts[1], ca.value):
                continue
            if slot.moves and not lang.same_dates(a.quote, b.quote):
                continue  # "closed at $40.15 on Thursday" / "closed at $44.38": two days
            if slot.relation == "nummod" and _fate(a.quote, slot) != _fate(b.quote, slot):
                continue  # "23,000 people were killed" / "a million people lost their jobs"
            vec_a, vec_b = self.embeddings.embed_documents([ca.value, cb.value])
            if contradict(ca, cb, float(np.dot(vec_a, vec_b))):
                ask = question_about(a.quote, slot, ca) or question_about(b.quote, slot, cb)
                topic = topic_for(ask, slot, a.quote, ca)
                said = f"“{a.title}” says {ca.value}; “{b.title}” says {cb.value}."
                explanation = f"The reports differ: {said}"
                conflict = Conflict(topic, [[ca], [cb]], explanation, anchor=slot.anchor, ask=ask,
                                    confidence=round(aligned, 2))  # fmt: skip
                out.append(conflict)
        return out


def _fate(sentence: str, slot: Slot) -> str | None:
    """What the sentence says happened to the things it counts: a verb describing them
    ("six executives indicted", "one of five executives who took part" -> indict, take),
    else the lemma of the word the counted noun is an argument of ("23,000 people were
    killed" -> kill, "a loss of 800,000 jobs" -> loss); a count is of the things that met
    one fate."""
    for token in lang.parse(sentence):
        if token.lemma_.lower() == slot.anchor and token.pos_ == "NOUN":
            head = token.head
            while head.pos_ == "ADP" and head.head.i != head.i:  # tokens compare by index
                head = head.head
            group = [token, head] if head.pos_ == "NUM" else [token]  # "one of six ..."
            described = [c for t in group for c in t.children if c.dep_ in ("relcl", "acl")]
            if described:
                return described[0].lemma_.lower()
            return None if head.i == token.i or head.pos_ == "ADP" else head.lemma_.lower()
    return None


def whole_article(entry: Entry) -> Passage:
    """An article as one passage (so its sentences keep their article offsets)."""
    return Passage(
        entry.doc_id, entry.doc_id, entry.source, entry.title, entry.text, 0, len(entry.text)
    )


def _claim(sentence: Evidence, start: int, end: int) -> Claim:
    """The value at [start, end) of an evidence sentence as a claim."""
    value = sentence.quote[start:end]
    return Claim(sentence.doc_id, sentence.source, sentence.title, value, sentence,
                 sentence.start + start, sentence.start + end, via="slot")  # fmt: skip


@functools.cache
def _rules_version() -> str:
    """A hash of the code that decides disagreements: part of every cache key, so results
    of older rules are never reused."""
    here = Path(__file__).parent
    code = b"".join((here / f"{name}.py").read_bytes() for name in _RULES)
    return hashlib.sha256(code).hexdigest()[:16]

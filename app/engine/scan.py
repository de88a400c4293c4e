"""Corpus-wide disagreements: aligned sentences from different articles that name
different things in the same slot ("filed with the UK Intellectual Property Office" /
"filed in London’s High Court"; "Qwen2 model" / "Qwen-Plus model").

No LLM: sentences are aligned by embedding similarity, candidate values are names and
numbers anchored by the same neighbouring word, and `conflicts.disagree` decides. The
result is cached in the data folder; sentence vectors are cached per article and each
same-story pair's result per pair of content hashes, so a changed article re-embeds only
itself and re-compares only its own pairs. Sentences are compared only within same-story
pairs; the article-level pass (mean vectors, blockwise) is the only all-pairs step.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .claims import Claim
from .conflicts import Conflict, contradict
from .evidence import Evidence, sentences_of
from .language import stop_words
from .retrieval import Passage
from .sides import is_specific

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from ingest.manifest import Entry, Manifest

log = logging.getLogger(__name__)

ALIGN_ABOVE = 0.45  # sentences at least this similar talk about the same thing
SAME_STORY_ABOVE = 0.82  # only articles this similar (mean sentence vectors) are compared
SHARED_NAMES = 2  # ... and that name at least this many of the same people, places or things
NEIGHBOURS = 5  # aligned sentences kept per sentence
STORY_BLOCK = 1024  # articles per block of the all-pairs mean-vector comparison
_WORD = re.compile(r"\w[\w\-’']*")


@dataclass(frozen=True)
class Slot:
    """A name or number in a sentence, with the content words just before and after it."""

    value: str
    start: int  # offsets within the sentence
    end: int
    before: str
    after: str


def name_slots(sentence: str) -> list[Slot]:
    """Runs of capitalised words or numbers; a lone capitalised first word is not a name."""
    words = list(_WORD.finditer(sentence))
    slots, i = [], 0
    while i < len(words):
        if not _is_name(words[i].group()):
            i += 1
            continue
        j = i
        while j + 1 < len(words) and _is_name(words[j + 1].group()):
            j += 1
        if i > 0 or j > 0 or words[0].group()[:1].isdigit():
            slots.append(
                Slot(
                    sentence[words[i].start() : words[j].end()],
                    words[i].start(),
                    words[j].end(),
                    _content_word(words[:i][::-1]),
                    _content_word(words[j + 1 :]),
                )
            )
        i = j + 1
    return slots


_AMOUNT = re.compile(r"[£$€]?\d[\d.,]*\s*(%|bn|m|k|million|billion|trillion)?", re.I)


def _is_number(value: str) -> bool:
    """An amount, percentage or year, rather than a name that contains a digit ("Qwen2")."""
    return bool(_AMOUNT.fullmatch(value.strip()))


def _tokens(value: str) -> set[str]:
    """Lower-cased words of a name, possessives dropped (for indexing, not comparing)."""
    words = (w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(value))
    return {w for w in words if w and w not in stop_words()}


def _is_name(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _content_word(words: list[re.Match[str]]) -> str:
    for word in words:
        text = word.group().lower()
        if text not in stop_words() and not _is_name(word.group()):
            return text
    return ""


def _trim_shared(a: Slot, b: Slot) -> tuple[str, str]:
    """Drop words both values share at their ends: "Alibaba's Qwen2" vs "Alibaba’s Qwen-Plus"."""
    wa, wb = a.value.split(), b.value.split()
    norm = lambda w: w.lower().replace("’", "'")  # noqa: E731
    while len(wa) > 1 and len(wb) > 1 and norm(wa[0]) == norm(wb[0]):
        wa, wb = wa[1:], wb[1:]
    while len(wa) > 1 and len(wb) > 1 and norm(wa[-1]) == norm(wb[-1]):
        wa, wb = wa[:-1], wb[:-1]
    return " ".join(wa), " ".join(wb)


def slot_pairs(a: str, b: str) -> list[tuple[Slot, Slot]]:
    """Names in two aligned sentences that fill the same slot: the same content word right
    before or right after them, and different words."""
    pairs = []
    for x in name_slots(a):
        for y in name_slots(b):
            anchored = (x.before and x.before == y.before) or (x.after and x.after == y.after)
            same_kind = _is_number(x.value) == _is_number(y.value)
            if anchored and same_kind and _tokens(x.value) != _tokens(y.value):
                pairs.append((x, y))
    return pairs


class CorpusScanner:
    """Finds disagreements across all articles; caches vectors and results on disk."""

    def __init__(self, manifest: Manifest, embeddings: Embeddings, cache_dir: Path) -> None:
        self.manifest = manifest
        self.embeddings = embeddings
        self.cache_dir = cache_dir
        self._memo_key: str | None = None
        self._memo: list[dict] = []

    def conflicts(self) -> list[dict]:
        """All disagreements (answer-JSON `conflicts` items), from memory or the disk cache
        when no article changed since the last scan."""
        state = "".join(f"{doc_id}:{digest};" for doc_id, digest in self.manifest.fingerprints())
        key = hashlib.sha256(state.encode()).hexdigest()
        if key == self._memo_key:
            return self._memo
        cached = self.cache_dir / "conflicts.json"
        data = json.loads(cached.read_text(encoding="utf-8")) if cached.exists() else {}
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
        stories = _same_story(entries, [vectors[e.doc_id] for e in entries])
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
                            vectors[a.doc_id], vectors[b.doc_id],
                        )
                    ]  # fmt: skip
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(json.dumps(pair), encoding="utf-8")
                for conflict in pair:
                    found.setdefault(_key(conflict), conflict)
        for stale in set((self.cache_dir / "pairs").glob("*.json")) - used:
            stale.unlink()
        log.info("scanned %d articles (%d pairs): %d disagreements", len(entries), len(used),
                 len(found))  # fmt: skip
        return list(found.values())

    def _pair_path(self, a: Entry, b: Entry) -> Path:
        name = f"{a.doc_id}-{a.content_hash[:12]}_{b.doc_id}-{b.content_hash[:12]}.json"
        return self.cache_dir / "pairs" / name

    def _compare_articles(
        self, sa: list[Evidence], sb: list[Evidence], va: np.ndarray, vb: np.ndarray
    ) -> list[Conflict]:
        """Each sentence against its nearest sentences in the other article."""
        sims = va @ vb.T
        pairs = {(i, int(j)) for i in range(len(sa)) for j in np.argsort(-sims[i])[:NEIGHBOURS]}
        pairs |= {(int(i), j) for j in range(len(sb)) for i in np.argsort(-sims[:, j])[:NEIGHBOURS]}
        return [
            conflict
            for i, j in sorted(pairs)
            if sims[i, j] >= ALIGN_ABOVE
            for conflict in self._compare(sa[i], sb[j])
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

    def _compare(self, a: Evidence, b: Evidence) -> list[Conflict]:
        """Disagreements between two aligned sentences of different articles."""
        out = []
        for x, y in slot_pairs(a.quote, b.quote):
            va, vb = _trim_shared(x, y)
            ca, cb = _claim(a, x, va), _claim(b, y, vb)
            if not (is_specific(va) and is_specific(vb)):
                continue
            vec_a, vec_b = self.embeddings.embed_documents([va, vb])
            if contradict(ca, cb, float(np.dot(vec_a, vec_b))):
                topic = _topic(a.quote, x)
                said = f"“{a.title}” says {va}; “{b.title}” says {vb}."
                out.append(Conflict(topic, [[ca], [cb]], f"The reports differ: {said}"))
        return out


def _same_story(entries: list[Entry], per_doc: list[np.ndarray]) -> dict[str, set[str]]:
    """For each article, the other articles about the same story: close in meaning, and
    naming some of the same people, places or things (not just the same kind of news)."""
    means = np.vstack([v.mean(axis=0) for v in per_doc]).astype(np.float32)
    means /= np.linalg.norm(means, axis=1, keepdims=True)
    names: dict[int, set[str]] = {}

    def names_of(i: int) -> set[str]:
        if i not in names:
            names[i] = _names(entries[i].text)
        return names[i]

    stories: dict[str, set[str]] = {e.doc_id: set() for e in entries}
    for lo in range(0, len(entries), STORY_BLOCK):  # blocks keep memory flat at 20k articles
        sims = means[lo : lo + STORY_BLOCK] @ means.T
        for row, j in zip(*np.nonzero(sims >= SAME_STORY_ABOVE), strict=True):
            i = lo + int(row)
            if i < j and len(names_of(i) & names_of(int(j))) >= SHARED_NAMES:
                stories[entries[i].doc_id].add(entries[j].doc_id)
                stories[entries[j].doc_id].add(entries[i].doc_id)
    return stories


def _names(text: str) -> set[str]:
    """Lower-cased words of the names in a text (numbers left out)."""
    return {
        word
        for line in text.splitlines()
        for slot in name_slots(line)
        if not _is_number(slot.value)
        for word in _tokens(slot.value)
    }


def whole_article(entry: Entry) -> Passage:
    """An article as one passage (so its sentences keep their article offsets)."""
    return Passage(
        entry.doc_id, entry.doc_id, entry.source, entry.title, entry.text, 0, len(entry.text)
    )


def _claim(sentence: Evidence, slot: Slot, value: str) -> Claim:
    at = sentence.quote.index(value, slot.start)
    start = sentence.start + at
    return Claim(
        sentence.doc_id, sentence.source, sentence.title, value, sentence, start, start + len(value)
    )


def _topic(sentence: str, slot: Slot, width: int = 6) -> str:
    """The words around the slot, the slot itself left out: "complaint filed with the …"."""
    before = sentence[: slot.start].split()[-width:]
    after = sentence[slot.end :].split()[:3]
    return " ".join([*before, "…", *after]).strip(" ,;")


def _key(conflict: dict) -> tuple:
    return tuple(
        sorted((c["source"], " ".join(sorted(_tokens(c["value"])))) for c in conflict["claims"])
    )

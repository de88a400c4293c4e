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

import functools
import hashlib
import itertools
import json
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from . import language as lang
from .claims import Claim
from .conflicts import Conflict, contradict
from .evidence import Evidence, sentences_of
from .language import stop_words
from .questions import topic_of
from .retrieval import Passage
from .sides import in_context, is_specific
from .slots import Slot, fillers, slot_of

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


def _capitalised_runs(line: str) -> list[str]:
    """Runs of capitalised words or numbers (a lone capitalised first word is left out):
    cheap name spotting for grouping articles into stories."""
    words = _WORD.findall(line)
    runs, i = [], 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(words) and words[j + 1][:1].isupper():
            j += 1
        if i > 0 or j > 0:
            runs.append(" ".join(words[i : j + 1]))
        i = j + 1
    return runs


def _tokens(value: str) -> set[str]:
    """Lower-cased words of a name, possessives dropped (for indexing, not comparing)."""
    words = (w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(value))
    return {w for w in words if w and w not in stop_words()}


def value_spans(sentence: str) -> list[tuple[int, int]]:
    """Names and numbers in a sentence, as character spans: entities, and noun phrases
    headed by a proper noun or a number ("London’s High Court")."""
    doc = lang.parse(sentence)
    spans = [e for e in doc.ents if e.label_ != "ORDINAL" and e.root.dep_ != "poss"]
    for chunk in doc.noun_chunks:
        start = chunk.start + (1 if chunk[0].pos_ == "DET" else 0)
        if start < chunk.end and (lang.is_proper(chunk.root) or chunk.root.like_num):
            spans.append(doc[start : chunk.end])
    return sorted({(s.start_char, s.end_char) for s in spans})


def slot_pairs(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int], Slot]]:
    """Values of two aligned sentences that fill the same slot of statements about the
    same named things: (span in a, span in b, slot). Read both ways: a value of either
    sentence may anchor the slot."""
    pairs = {(x, y, slot) for x, y, slot in _fills(a, b)}
    pairs |= {(x, y, slot) for y, x, slot in _fills(b, a)}
    return sorted(pairs)


def _fills(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int], Slot]]:
    pairs: list[tuple[tuple[int, int], tuple[int, int], Slot]] = []
    found_b: set[tuple[int, int]] = set()
    for start, end in sorted(value_spans(a), key=lambda s: s[0] - s[1]):  # longest first
        found = slot_of(a, start, end)
        if found is None:
            continue
        slot, names = found
        for fs, fe, other_names in fillers(b, slot):
            if names and other_names and not names & other_names:
                continue  # e.g. Alibaba's model vs Anthropic's model: two things
            if (fs, fe) in found_b or b[fs:fe].lower() == a[start:end].lower():
                continue
            if _shape(a, start, end) == _shape(b, fs, fe):
                pairs.append(((start, end), (fs, fe), slot))
                found_b.add((fs, fe))
    return pairs


def _shape(sentence: str, start: int, end: int) -> str:
    """The value's shape (language.shape): only values of one shape fill one slot
    comparably."""
    return lang.shape(lang.span(sentence, start, end))


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
                            vectors[a.doc_id], vectors[b.doc_id], (a.text, b.text),
                        )
                    ]  # fmt: skip
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(json.dumps(pair), encoding="utf-8")
                for conflict in pair:
                    found.setdefault(_key(conflict), conflict)
        for stale in set((self.cache_dir / "pairs").glob("*.json")) - used:
            stale.unlink()
        texts = [e.text for e in entries]
        kept = rank([c for c in found.values() if not _named_together(c, texts)])
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
    ) -> list[Conflict]:
        """Each sentence against its nearest sentences in the other article."""
        sims = va @ vb.T
        pairs = {(i, int(j)) for i in range(len(sa)) for j in np.argsort(-sims[i])[:NEIGHBOURS]}
        pairs |= {(int(i), j) for j in range(len(sb)) for i in np.argsort(-sims[:, j])[:NEIGHBOURS]}
        return [
            conflict
            for i, j in sorted(pairs)
            if sims[i, j] >= ALIGN_ABOVE
            for conflict in self._compare(sa[i], sb[j], texts, float(sims[i, j]))
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
        self, a: Evidence, b: Evidence, texts: tuple[str, str], aligned: float
    ) -> list[Conflict]:
        """Disagreements between two aligned sentences of different articles: values of
        the same shape in the same slot that cannot both be true (conflicts.contradict),
        and that no article of the pair mentions together (an article naming both "Athens
        Games" and "Athens Olympics", or "100m" and "200m", treats them as two names or
        two things, not as rival answers). Who said something is an attribution, never a
        disagreement."""
        out = []
        for (xs, xe), (ys, ye), slot in slot_pairs(a.quote, b.quote):
            ca, cb = _claim(a, xs, xe), _claim(b, ys, ye)
            if not (is_specific(ca.value) and is_specific(cb.value)):
                continue
            if slot.relation in ("nsubj", "prep:agent"):
                continue  # who did it: "X said" / "Y said", "WADA appeals" / "IAAF appeals"
            if (
                slot.relation in ("compound", "nummod", "amod")
                and lang.shape(in_context(ca)) == "date"
            ):
                continue  # "the 2003 vote" / "the 2005 vote": a year names which event
            if _mentions(texts[0], cb.value) or _mentions(texts[1], ca.value):
                continue
            vec_a, vec_b = self.embeddings.embed_documents([ca.value, cb.value])
            if contradict(ca, cb, float(np.dot(vec_a, vec_b))):
                ask = _question(a.quote, slot, ca) or _question(b.quote, slot, cb)
                topic = _topic_for(ask, slot)
                said = f"“{a.title}” says {ca.value}; “{b.title}” says {cb.value}."
                explanation = f"The reports differ: {said}"
                conflict = Conflict(topic, [[ca], [cb]], explanation, anchor=slot.anchor, ask=ask,
                                    confidence=round(aligned, 2))  # fmt: skip
                out.append(conflict)
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
        for run in _capitalised_runs(line)
        if not run[:1].isdigit()
        for word in _tokens(run)
    }


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
    code = b"".join((here / f"{name}.py").read_bytes()
                    for name in ("scan", "slots", "conflicts", "sides", "language"))  # fmt: skip
    return hashlib.sha256(code).hexdigest()[:16]


def rank(conflicts: list[dict]) -> list[dict]:
    """One item per disagreement, best backed first, then most confident (how closely the
    two statements align). Items about the same statement that share a value are one
    disagreement with more sides: "IPO / High Court", "IPO / Patent Office" and "High
    Court / Patent Office" are three reports naming three venues. Each side lists every
    article that gives its value."""
    merged = []
    for group in _same_disagreement(conflicts):
        best = max(group, key=lambda c: c.get("confidence") or 0.0)
        item = {**best, "claims": []}
        seen: set[tuple[str, str]] = set()
        for conflict in group:
            for claim in conflict["claims"]:
                key = (claim["source"], _norm(claim["value"]))
                if key not in seen:
                    seen.add(key)
                    item["claims"].append(claim)
        item["claims"].sort(key=lambda c: _norm(c["value"]))
        item["articles"] = len({c["source"] for c in item["claims"]})
        merged.append(item)
    return sorted(merged, key=lambda c: (-c["articles"], -(c.get("confidence") or 0.0)))


def _same_disagreement(conflicts: list[dict]) -> list[list[dict]]:
    """The items grouped: same statement (slot word) and linked by shared values."""
    parent: dict[tuple, tuple] = {}

    def root(key: tuple) -> tuple:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    def values(conflict: dict) -> list[tuple]:
        return [(conflict.get("anchor"), _norm(c["value"])) for c in conflict["claims"]]

    for conflict in conflicts:
        first, *rest = values(conflict)
        for key in rest:
            parent[root(key)] = root(first)
    groups: dict[tuple, list[dict]] = {}
    for conflict in conflicts:
        groups.setdefault(root(values(conflict)[0]), []).append(conflict)
    return list(groups.values())


def _norm(value: str) -> str:
    numbers = lang.numbers(value)
    return (
        " ".join(str(n) for n in sorted(numbers)) if numbers else " ".join(sorted(_tokens(value)))
    )


def _mentions(text: str, value: str) -> bool:
    """The article names the value somewhere: whole words, case aside, a leading "the"
    dropped; a number also with a unit glued on ("100" in "100m")."""
    core = value.strip()
    for prefix in ("the ", "The "):
        core = core.removeprefix(prefix)
    if not core:
        return False
    after = r"(?!\d)" if core[-1:].isdigit() else r"(?!\w)"
    return re.search(r"(?<!\w)" + re.escape(core) + after, text, re.I) is not None


def _named_together(conflict: dict, texts: list[str]) -> bool:
    """Some article of the corpus names two of the disagreement's values: the corpus
    treats them as two names or two things ("Athens Games" and "Athens Olympics"; "100m"
    and "200m"), not as rival answers for one slot."""
    values = [c["value"] for c in conflict["claims"]]
    return any(
        _mentions(text, a) and _mentions(text, b)
        for a, b in itertools.combinations(values, 2)
        for text in texts
    )


def _question(sentence: str, slot: Slot, value: Claim) -> str | None:
    """A question a reader would ask about the disputed slot, from the statement's own
    words: "Where was the accusation filed?", "Which Alibaba model is it?", "How much was
    the fine?" (None when the statement has no such form)."""
    doc = lang.parse(sentence)
    tokens = lang.tokens_of(in_context(value))
    for token in doc:
        if token.lemma_.lower() != slot.anchor:
            continue
        if slot.relation == "appos" and lang.is_proper(token) and all(t.like_num for t in tokens):
            return f"How old is {token.text}?"  # "Thanou, 29," is how news gives an age
        if slot.relation in ("compound", "amod", "nummod") and token.pos_ in ("NOUN", "PROPN"):
            owners = [c.text for c in token.children if c.dep_ == "poss" and lang.is_proper(c)]
            noun = " ".join([*owners, token.lemma_.lower()]).replace("’s", "").replace("'s", "")
            if lang.is_duration(tokens):
                return f"How long is the {noun}?"  # "a two-year suspension"
            return None if lang.has_number(tokens) else f"Which {noun} do the reports name?"
        if token.pos_ == "VERB" and token.tag_ == "VBD":  # active: "the board banned him"
            return _active_question(token, tokens)
        if token.pos_ != "VERB" or token.tag_ != "VBN":
            return None
        head = token.head if token.dep_ in ("acl", "relcl") else None
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        thing = head if head is not None and head.i != token.i else (subjects or [None])[0]
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            return None
        name = thing.text if lang.is_proper(thing) else f"the {thing.lower_}"
        word = _wh_word(tokens)
        return f"{word} was {name} {token.text}?" if word else None
    return None


def _active_question(verb, value) -> str | None:
    """ "How long did the harbour board ban the captain?" from "The harbour board banned
    the captain for two years"."""
    word = _wh_word(value)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if word is None or subject is None:
        return None
    said = " ".join(t.text for t in subject.subtree)
    target = " " + " ".join(t.text for t in obj.subtree) if obj is not None else ""
    said = said[:1].lower() + said[1:] if not lang.is_proper(subject) else said
    return f"{word} did {said} {verb.lemma_}{target}?"


def _topic_for(ask: str | None, slot: Slot) -> str:
    """What is disputed, as a phrase: "where the accusation was filed", "which model"."""
    suffix = " do the reports name?"
    if ask and ask.endswith(suffix):
        phrase = ask.removesuffix(suffix)
        return phrase[:1].lower() + phrase[1:]
    if ask:
        topic = topic_of(ask)
        if not topic.endswith("?"):
            return topic
    return f"what the reports say about “{slot.anchor}”"


def _wh_word(value) -> str | None:
    """The question word a value answers: where, when, how much / how many, who."""
    labels = lang.labels(value)
    if labels & {"GPE", "LOC", "FAC", "ORG"} and not lang.has_number(value):
        return "Where"
    if lang.is_date(value) and not lang.is_duration(value):
        return "When"
    if lang.is_duration(value):
        return "How long"
    if "MONEY" in labels:
        return "How much"
    if "PERSON" in labels:
        return "By whom"
    return None


def _key(conflict: dict) -> tuple:
    return tuple(
        sorted((c["source"], " ".join(sorted(_tokens(c["value"])))) for c in conflict["claims"])
    )

"""The answer engine: question (+ history) -> evidence -> per-source claims -> cited answer.

Streams events so a UI can show the sources before the answer and the answer as it is
written. Every citation in the final answer is a verified verbatim span of its article.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ..model.llm import model_failure
from .citations import (
    Citation,
    cite,
    claims_answer,
    conflict_answer,
    conflicts_among,
    extractive_answer,
    renumber,
    unique,
)
from .claims import Claim, ClaimExtractor
from .conflicts import find_conflicts
from .evidence import Evidence, content_terms
from .prompts import ANSWER, CONDENSE, NOT_FOUND, format_evidence, format_history

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

    from ingest.indexing import ChunkStore
    from ingest.manifest import Manifest
    from ingest.settings import Settings

    from ..model.local import ModelStatus
    from .evidence import EvidenceSelector
    from .retrieval import HybridRetriever, Passage
    from .scan import CorpusScanner

log = logging.getLogger(__name__)

ABSTAIN_TEXT = "The articles don't say."
_REFERRING = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|she|his|her|there|then)\b", re.I
)


class DocumentTexts(Protocol):
    """The stored articles (the ingest manifest): for verifying and showing quotes."""

    def text_of(self, doc_id: str) -> str | None: ...

    def text_of_source(self, source: str) -> str | None: ...


@dataclass
class Answer:
    """The answer JSON of the interface contract."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)  # Conflict.as_dict() items
    latency_ms: int = 0
    id: str | None = None
    standalone_question: str | None = None
    error: str | None = None  # why the model could not answer (the answer quotes instead)

    def as_dict(self) -> dict:
        """Plain data in the contract's field order."""
        return {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.__dict__ for c in self.citations],
            "conflicts": self.conflicts,
            "latency_ms": self.latency_ms,
            **({"error": self.error} if self.error else {}),
        }


@dataclass
class Sources:
    """Event: the evidence the answer will be written from (sent before any answer text)."""

    evidence: list[Evidence]


@dataclass
class Token:
    """Event: a piece of the answer text as it is generated (markers not yet checked)."""

    text: str


@dataclass
class Done:
    """Event: the final, verified answer."""

    answer: Answer


Event = Sources | Token | Done


class AnswerEngine:
    """Answers questions from the index; pass `llm=None` for extractive answers."""

    def __init__(
        self,
        settings: Settings,
        retriever: HybridRetriever,
        selector: EvidenceSelector,
        texts: DocumentTexts,
        embeddings: Embeddings,
        llm: BaseChatModel | None,
        scanner: CorpusScanner | None = None,
    ) -> None:
        from langchain_core.output_parsers import StrOutputParser

        self.settings = settings
        self.retriever = retriever
        self.selector = selector
        self.texts = texts
        self.embeddings = embeddings
        self.llm = llm
        self.scanner = scanner
        self.extractor = ClaimExtractor(llm) if llm is not None else None
        self._failure = ""  # the last model failure, until the model answers again
        self.answer_chain = ANSWER | llm | StrOutputParser() if llm is not None else None
        self.condense_chain = CONDENSE | llm | StrOutputParser() if llm is not None else None

    def ask(
        self, question: str, history: list[dict] | None = None, qid: str | None = None
    ) -> Answer:
        """The final answer (the stream, consumed)."""
        for event in self.stream(question, history, qid):
            if isinstance(event, Done):
                return event.answer
        raise RuntimeError("answer stream ended without an answer")  # pragma: no cover

    def stream(
        self, question: str, history: list[dict] | None = None, qid: str | None = None
    ) -> Iterator[Event]:
        """Sources first, then answer text as it is written, then the verified Answer.

        When the model fails (stopped, unreachable, too slow) the answer is made again by
        quoting, and ends with one line saying why; `error` records it for scripts."""
        started = time.perf_counter()
        try:
            yield from self._stream(question, history or [], qid, started, self.llm is not None)
            self._failure = ""
        except Exception as exc:
            failure = model_failure(exc, self.settings) if self.llm is not None else None
            if failure is None:
                raise
            log.info("answering by quoting: %s", failure)
            self._failure = str(failure)
            for event in self._stream(question, history or [], qid, started, use_llm=False):
                if isinstance(event, Done):
                    event.answer.answer += f"\n\n{failure}"
                    event.answer.error = str(failure)
                yield event

    def _stream(
        self, question: str, history: list[dict], qid: str | None, started: float, use_llm: bool
    ) -> Iterator[Event]:
        standalone = self.condense(question, history, use_llm)
        scored = self._evidence(standalone)
        answer = Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, id=qid)
        answer.standalone_question = standalone
        if scored:
            evidence = self.selector.choose(scored)
            yield Sources(evidence)
            yield from self._answer(standalone, scored, evidence, answer, use_llm)
        answer.latency_ms = round((time.perf_counter() - started) * 1000)
        yield Done(answer)

    def model_status(self) -> ModelStatus:
        """The answer model's state for the reader (the local worker reports its own)."""
        from ..model.chat import WorkerChatModel
        from ..model.local import ModelStatus

        if self.llm is None:
            return ModelStatus("off", "No answer model is set up: answers quote the articles.")
        if isinstance(self.llm, WorkerChatModel):
            return self.llm.worker.status()
        return ModelStatus("failing", self._failure) if self._failure else ModelStatus("ready")

    def condense(self, question: str, history: list[dict], use_llm: bool = True) -> str:
        """Rewrite a follow-up into a standalone question using the conversation."""
        previous = [t.get("content", "") for t in history if t.get("role") == "user"]
        if not previous or not _is_follow_up(question):
            return question
        if use_llm and self.condense_chain is not None:
            rewritten = self.condense_chain.invoke(
                {"history": format_history(history), "question": question}
            ).strip()
            line = rewritten.splitlines()[0].strip().strip('"') if rewritten else ""
            if 3 <= len(line) <= 300 and line.endswith("?"):
                log.info("follow-up %r rewritten as %r", question, line)
                return line
        return f"{previous[-1].strip()} {question}"

    def _evidence(self, question: str) -> list[Evidence]:
        """Scored sentences of the retrieved passages, all verified against the stored
        articles, best first; nothing when even the best is not relevant enough."""
        k = max(6, 2 * self.settings.max_sources)
        passages = [p for p in self.retriever.retrieve(question, k) if self._verifies(p)]
        scored = self.selector.score(question, passages)
        if not scored or scored[0].score < self.settings.min_relevance:
            return []
        return scored

    def _verifies(self, item: Passage) -> bool:
        """The passage is, character for character, where it says it is in its article."""
        text = self.texts.text_of(item.doc_id)
        return text is not None and text[item.start : item.end] == item.text

    def _answer(
        self,
        question: str,
        scored: list[Evidence],
        evidence: list[Evidence],
        answer: Answer,
        use_llm: bool,
    ) -> Iterator[Event]:
        """Fill `answer`, yielding text as it comes."""
        if self.extractor is None or not use_llm:
            text, cited = extractive_answer(evidence)
            yield Token(text)
            _finish(answer, *cite(text, cited))
            if self.scanner is not None:
                answer.conflicts = conflicts_among(self.scanner.conflicts(), answer.citations)
            return
        claims = self.extractor.extract(
            question, scored, self.settings.min_relevance, self.settings.max_sources
        )
        if not claims:
            return  # no source answers: stay abstained
        found = find_conflicts(question, claims, self.embeddings)
        answer.conflicts = [c.as_dict() for c in found]
        if found:
            text, cited = conflict_answer(found[0])
            yield Token(text)
            _finish(answer, *cite(text, cited))
            return
        supports = unique([c.support for c in claims])
        numbered = [renumber(e, i) for i, e in enumerate(supports, start=1)]
        pieces: list[str] = []
        for piece in self.answer_chain.stream(
            {"evidence": format_evidence(numbered), "question": question}
        ):
            pieces.append(piece)
            yield Token(piece)
        text = "".join(pieces).strip()
        if not _acceptable(text, claims):
            log.info("LLM answer %r rejected; using the verified claims", text)
            text, numbered = claims_answer(claims)
            yield Token("\n" + text)
        _finish(answer, *cite(text, numbered))


def _is_follow_up(question: str) -> bool:
    """A question that leans on the conversation: it refers back, or is very short."""
    return bool(_REFERRING.search(question)) or len(content_terms(question)) < 2


def _acceptable(text: str, claims: list[Claim]) -> bool:
    """An LLM answer is kept only if it answers and names a verified value (markers that
    point nowhere are dropped later)."""
    if not text or NOT_FOUND.lower() in text.lower():
        return False
    lowered = text.lower()
    return any(
        c.value.lower() in lowered or content_terms(c.value) <= content_terms(text) for c in claims
    )


def _finish(answer: Answer, text: str, citations: list[Citation]) -> None:
    answer.answer, answer.citations, answer.abstained = text, citations, False


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

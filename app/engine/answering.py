"""The answer engine: question (+ history) -> evidence -> per-source claims -> cited answer.

Streams events so a UI can show the sources before the answer and the answer as it is
written. Every citation in the final answer is a verified verbatim span of its article.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..model.llm import model_failure
from .acronyms import acronyms_in, spell_out
from .alternatives import choose
from .answer import Answer, DocumentTexts, Done, Event, Sources, Stage, Token, abstain_text
from .candidates import in_asked_currency, typed_claims
from .chronology import dated, earliest_first, in_order_reported
from .citations import Citation, cite, conflicts_among
from .claims import ClaimExtractor
from .composing import (
    claims_text,
    conflict_text,
    quoted_text,
)
from .conflicts import conflicts_between, sides_of, standing
from .evidence import Evidence
from .known import known_conflict
from .language import content_lemmas
from .prompts import ANSWER, CONDENSE, format_history
from .questions import YESNO, analyse
from .sides import fitting_the_clause
from .slots import slot_claims
from .whether import changed
from .writing import Writer, finish

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel

    from ingest.settings import Settings

    from ..model.local import ModelStatus
    from .evidence import EvidenceSelector
    from .retrieval import HybridRetriever, Passage
    from .scan import CorpusScanner

log = logging.getLogger(__name__)

_REFERRING = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|she|his|her|there|then)\b", re.I
)


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
        answer_chain = ANSWER | llm | StrOutputParser() if llm is not None else None
        self.writer = Writer(answer_chain, settings.min_relevance)
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
        yield Stage("searching")
        standalone, passages = self._spelled_out(self.condense(question, history, use_llm))
        scored = self._evidence(standalone, passages)
        answer = Answer(question=question, answer=abstain_text(question), abstained=True, id=qid)
        answer.standalone_question = standalone
        if scored:
            evidence = self.selector.choose(scored)
            yield Sources(evidence)
            yield Stage("comparing")
            yield from self._answer(standalone, scored, evidence, answer, use_llm)
            self._date(answer)
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

    def _spelled_out(self, question: str) -> tuple[str, list[Passage] | None]:
        """The question with acronyms the retrieved articles never write spelled out as
        the articles write them (acronyms.spell_out), and the passages retrieved for it
        when it is unchanged (None when nothing was retrieved or the question changed)."""
        if not acronyms_in(question):
            return question, None
        passages = self._retrieve(question)
        spelled = spell_out(question, "\n".join(p.text for p in passages))
        if spelled == question:
            return question, passages
        log.info("question %r read as %r", question, spelled)
        return spelled, None

    def _retrieve(self, question: str) -> list[Passage]:
        """The question's best chunks (twice the sources asked for, at least six)."""
        return self.retriever.retrieve(question, max(6, 2 * self.settings.max_sources))

    def _evidence(self, question: str, passages: list[Passage] | None = None) -> list[Evidence]:
        """Scored sentences of the retrieved passages (retrieved here unless given), all
        verified against the stored articles, best first; nothing when even the best is
        not relevant enough."""
        if passages is None:
            passages = self._retrieve(question)
        passages = [p for p in passages if self._verifies(p)]
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
        asked = analyse(question)
        conflict, chosen = (None, [])
        if asked.type == YESNO:  # "Is it A or B?": the alternative each source states
            conflict, chosen = choose(
                question, scored, self.embeddings, self.settings.min_relevance
            )
            if not chosen:  # "Have they been charged?": done in one report, open in another
                known = self.scanner.conflicts if self.scanner is not None else None
                conflict = changed(question, scored, self.settings.min_relevance, known)
                chosen = conflict.claims if conflict else []
        if chosen:  # the model is not needed: the question names every answer
            conflict = earliest_first(conflict, self.texts.published_of) if conflict else None
            answer.conflicts = [conflict.as_dict()] if conflict else []
            yield from _given(
                answer, *(conflict_text(conflict) if conflict else claims_text(chosen))
            )
            return
        if self.extractor is None or not use_llm:
            text, cited = quoted_text(evidence)
            finish(answer, *cite(text, cited))
            answer.conflicts = self._known_conflicts(question, answer.citations)
            if any(c.get("over_time") for c in answer.conflicts):  # [1]: the earliest report
                text, cited = quoted_text(in_order_reported(evidence, answer.conflicts))
                finish(answer, *cite(text, cited))
            yield Token(answer.answer)
            return
        if asked.type == YESNO:
            yield from self.writer.position(asked, scored, answer)
            return
        claims = self.extractor.extract(
            question, scored, self.settings.min_relevance, self.settings.max_sources
        )
        claims = [in_asked_currency(asked, c) for c in claims]  # "$2bn (£1.05bn)" in pounds
        # relevance is judged against the best answering sentence, not the best sentence
        # overall (which may only share the question's words)
        best = max((c.support.score for c in claims), default=scored[0].score)
        kept = standing(question, claims, best)
        if not kept:  # the model found nothing: an entity of the asked type may answer
            kept = typed_claims(asked, scored, set(), best)[:1]
        claims = kept + slot_claims(asked, kept, scored)
        # the claims that may be sides are also all the answer may state (a page never
        # naming what is asked about is about something else, and states nothing here)
        sides = sides_of(question, claims, best, self.texts.text_of)
        sides = fitting_the_clause(question, sides, self.embeddings)
        found = conflicts_between(question, sides, self.embeddings)
        if not found and self.scanner is not None:  # the corpus-wide scan may know it
            known = known_conflict(question, self.scanner.conflicts(), scored, best, sides)
            found = [known] if known is not None else []
        if found:  # never state one side of a disagreement as fact
            found = [earliest_first(c, self.texts.published_of) for c in found]
            answer.conflicts = [c.as_dict() for c in found]
            yield from _given(answer, *conflict_text(found[0]))
            return
        if sides and asked.single_slot and not self.settings.write_value_answers:
            yield from _given(answer, *claims_text(sides))  # the value is the answer
        elif sides:
            yield from self.writer.write(question, sides, answer)
        elif not asked.single_slot:  # a description: the model reads the best evidence
            yield from self.writer.describe(question, scored, answer)  # else: stay abstained

    def _date(self, answer: Answer) -> None:
        """Each cited article's and each side's publication date, where the article says
        it; sides of reports of different days are explained in the order reported."""
        sources = {c.source for c in answer.citations}
        sources |= {claim["source"] for c in answer.conflicts for claim in c["claims"]}
        published = {source: self.texts.published_of(source) for source in sources}
        for citation in answer.citations:
            citation.published = published[citation.source]
        answer.conflicts = dated(answer.conflicts, published)

    def _known_conflicts(self, question: str, citations: list[Citation]) -> list[dict]:
        """Corpus-wide disagreements whose every side this quoting answer cites, about a
        statement the question names (the scan's slot word is one of its lemmas)."""
        if self.scanner is None:
            return []
        asked = analyse(question)
        known = [
            c
            for c in self.scanner.conflicts()
            if c.get("anchor") in asked.lemmas | {asked.kind} or not c.get("anchor")
        ]
        return conflicts_among(known, citations)


def _given(answer: Answer, text: str, cited: list[Evidence]) -> Iterator[Event]:
    """A text made without the model, streamed whole and then verified into `answer`."""
    yield Token(text)
    finish(answer, *cite(text, cited))


def _is_follow_up(question: str) -> bool:
    """A question that leans on the conversation: it refers back, or is very short."""
    return bool(_REFERRING.search(question)) or len(content_lemmas(question)) < 2

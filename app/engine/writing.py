"""The model's part of an answer: writing it from verified claims, describing from the
best evidence, or reporting who asserts what for a yes/no question about the dispute.
Whatever the model writes is kept only where its citations back it; otherwise the
verified claims or quotes are given instead, or the answer abstains.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .answer import Answer, Event, Stage, Token
from .citations import Citation, cite, renumber, unique
from .composing import attribute, claims_text, keep_backed, position_text, quoted_text
from .evidence import Evidence, top_by_source
from .language import content_lemmas, is_numeral, parse
from .positions import leads_with_a_stance, outcome, positions
from .prompts import NOT_FOUND, format_evidence

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

    from .claims import Claim
    from .questions import Asked

log = logging.getLogger(__name__)

DESCRIBE_MARGIN = 0.2  # sentences this far below the best are not given to the writer
MIN_NEW_WORDS = 2  # a described answer must add this many words to the question's
QUOTE_ABOVE = 0.7  # evidence this relevant is quoted when the model fails to use it


class Writer:
    """Writes answers with the model's answer chain, checking what it writes."""

    def __init__(self, chain: Runnable | None, min_relevance: float) -> None:
        self.chain = chain
        self.min_relevance = min_relevance

    def write(self, question: str, claims: list[Claim], answer: Answer) -> Iterator[Event]:
        """The model's answer from the claims' sentences, kept if it states a claim's
        value and its citations back it; else the claims in a template."""
        supports = unique([c.support for c in claims])
        numbered = [renumber(e, i) for i, e in enumerate(supports, start=1)]
        yield Stage("writing")
        text = "".join(
            self.chain.invoke({"evidence": format_evidence(numbered), "question": question})
        ).strip()
        text = keep_backed(attribute(text, numbered, question), numbered, question)
        if not _acceptable(text, claims):
            log.info("LLM answer rejected; using the verified claims")
            text, numbered = claims_text(claims)
        yield Token(text)
        finish(answer, *cite(text, numbered))

    def describe(self, question: str, scored: list[Evidence], answer: Answer) -> Iterator[Event]:
        """The model's answer from the best sentences of the best sources, kept only where
        its citations back it and it says more than the question; else abstain."""
        floor = max(self.min_relevance, scored[0].score - DESCRIBE_MARGIN)
        best = [e for group in top_by_source(scored, 3, 2, floor) for e in group]
        numbered = [renumber(e, i) for i, e in enumerate(best, start=1)]
        yield Stage("writing")
        text = self.chain.invoke(
            {"evidence": format_evidence(numbered), "question": question}
        ).strip()
        if text and NOT_FOUND.lower() not in text.lower():
            text = keep_backed(attribute(text, numbered, question), numbered, question)
        else:
            text = ""
        if len(content_lemmas(text) - content_lemmas(question)) < MIN_NEW_WORDS:
            log.info("described answer %r says too little beyond the question", text)
            if best[0].score < QUOTE_ABOVE or not _mentions_what_is_asked(question, best[0]):
                return  # nothing clearly answers: abstain
            text, numbered = quoted_text(best[:1])  # the model missed a plain answer: quote it
        yield Token(text)
        finish(answer, *cite(text, numbered))

    def position(self, asked: Asked, scored: list[Evidence], answer: Answer) -> Iterator[Event]:
        """Who asserts what, for a verdict question or a yes/no question whose best evidence
        is a party's stance; never a verdict. Other yes/no questions ("Could the case set
        a precedent?", "Has the tribunal ruled?") are read like descriptions."""
        # stance sentences rarely share the question's words ("Is the claim justified?"
        # / "Alibaba has denied the allegations"): every retrieved sentence may hold one
        disputed = asked.verdict or leads_with_a_stance(scored)
        found = positions(scored, asked.names) if disputed else []
        if not found:
            yield from self.describe(asked.text, scored, answer)
            return
        floor = max(self.min_relevance, scored[0].score - DESCRIBE_MARGIN)
        text, cited = position_text(found, outcome(scored, floor))
        yield Token(text)
        finish(answer, *cite(text, cited))


def _mentions_what_is_asked(question: str, item: Evidence) -> bool:
    """The sentence names what the question asks about when the question names it by a
    common noun: the subject of its main verb, with the nouns compounded with it ("How
    did GM's share price react?" -> price, share). A sentence naming the same people but
    not the share price ("GM will pay Fiat $2bn") says nothing about it. Always true when
    the subject is a name, a pronoun or the question word ("How did Alibaba respond?")."""
    doc = parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root else []
    if not subjects or subjects[0].pos_ != "NOUN":
        return True
    head = subjects[0]
    nouns = [head, *(c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN")]
    return bool({t.lemma_.lower() for t in nouns} & content_lemmas(item.quote))


def _acceptable(text: str, claims: list[Claim]) -> bool:
    """An LLM answer is kept only if it answers and states every verified value (values
    from several sources are all given: descriptions add up, and a reader must see each)."""
    if not text or NOT_FOUND.lower() in text.lower():
        return False
    return all(_states_value(text, c.value) for c in claims)


def _states_value(text: str, value: str) -> bool:
    """The text gives the value: verbatim, or most of its content lemmas and every number
    as the article writes it ("two-year" is not restated as "2 years", nor "$9.3bn" as
    "$9 billion": a reader, or a check, looks for the article's words)."""
    if value.lower() in text.lower():
        return True
    written = {t.lower_ for t in parse(text)}
    if any(is_numeral(t) and t.lower_ not in written for t in parse(value)):
        return False
    wanted = content_lemmas(value)
    return bool(wanted) and len(wanted & content_lemmas(text)) >= 0.5 * len(wanted)


def finish(answer: Answer, text: str, citations: list[Citation]) -> None:
    """Fill the answer with its text and verified citations."""
    answer.answer, answer.citations, answer.abstained = text, citations, False

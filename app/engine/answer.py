"""What the engine produces: the answer JSON of the interface contract, and the events
of its stream (sources first, then checked text, then the answer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .citations import Citation
from .evidence import Evidence

ABSTAIN_TEXT = "The articles don't say."


def abstain_text(question: str) -> str:
    """ "The articles don't say how much Anthropic is seeking." (or just "The articles
    don't say." when the question has no topic form)."""
    from .topics import topic_of

    topic = topic_of(question)
    if topic.endswith("?") or topic == question.strip().rstrip("?."):
        return ABSTAIN_TEXT
    return f"The articles don't say {topic}."


class DocumentTexts(Protocol):
    """The stored articles (the ingest manifest): for verifying and showing quotes."""

    def text_of(self, doc_id: str) -> str | None: ...

    def text_of_source(self, source: str) -> str | None: ...

    def published_of(self, source: str) -> str: ...


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
            "citations": [_citation_dict(c) for c in self.citations],
            "conflicts": self.conflicts,
            "latency_ms": self.latency_ms,
            **({"error": self.error} if self.error else {}),
        }


@dataclass
class Stage:
    """Event: a step of the answer has started: "searching", "comparing" or "writing"."""

    name: str


@dataclass
class Sources:
    """Event: the evidence the answer will be written from (sent before any answer text)."""

    evidence: list[Evidence]


@dataclass
class Token:
    """Event: answer text, sent once it has been checked (it is never withdrawn)."""

    text: str


@dataclass
class Done:
    """Event: the final, verified answer."""

    answer: Answer


Event = Stage | Sources | Token | Done


def _citation_dict(citation: Citation) -> dict:
    """A citation as the contract has it, with `published` only when it is known."""
    return {k: v for k, v in citation.__dict__.items() if k != "published" or v}

"""Conflict flags: do the sources give different answers to the same question?

Per-source claims (verbatim phrases) are compared deterministically: normalised equality,
word containment, numbers, then embedding similarity of the values. No LLM decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .evidence import STOPWORDS

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from .claims import Claim

_TOKEN = re.compile(r"[\w][\w\-.]*\w|\w")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SAME_ABOVE = 0.75  # value embeddings at least this similar: the same answer in other words
DIFFERENT_BELOW = 0.6  # below this: different answers; in between: not flagged (precision first)


@dataclass
class Conflict:
    """Sources that answer one question differently: each side with its verbatim quote."""

    topic: str
    claims: list[Claim]
    explanation: str
    sides: list[list[Claim]] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The `conflicts[]` item of the answer JSON."""
        return {
            "topic": self.topic,
            "claims": [
                {
                    "source": c.source,
                    "title": c.title,
                    "quote": c.support.quote,
                    "start": c.support.start,
                    "end": c.support.end,
                    "value": c.value,
                }
                for c in self.claims
            ],
            "explanation": self.explanation,
        }


def value_tokens(value: str) -> set[str]:
    """Content words of a value; possessives dropped, hyphenated names kept whole."""
    words = (w.removesuffix("'s").removesuffix("’s") for w in _TOKEN.findall(value.lower()))
    return {w for w in words if w and w not in STOPWORDS}


def same_value(a: str, b: str, similarity: float | None = None) -> bool | None:
    """True if two values agree, False if they differ, None if undecided."""
    ta, tb = value_tokens(a), value_tokens(b)
    if ta == tb or (ta and tb and (ta <= tb or tb <= ta)):
        return True
    na, nb = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if na and nb and na != nb:
        return False
    if similarity is None:
        return None
    if similarity >= SAME_ABOVE:
        return True
    if similarity < DIFFERENT_BELOW:
        return False
    return None


def find_conflicts(question: str, claims: list[Claim], embeddings: Embeddings) -> list[Conflict]:
    """Group claims by agreeing value; two or more groups from different sources conflict."""
    if len({c.doc_id for c in claims}) < 2:
        return []
    vectors = embeddings.embed_documents([c.value for c in claims])
    groups: list[list[int]] = []
    for i in range(len(claims)):
        for group in groups:
            j = group[0]
            sim = sum(x * y for x, y in zip(vectors[i], vectors[j], strict=True))
            if same_value(claims[i].value, claims[j].value, sim) is not False:
                group.append(i)
                break
        else:
            groups.append([i])
    if len(groups) < 2:
        return []
    sides = [[claims[i] for i in group] for group in groups]
    topic = question.strip().rstrip("?").strip()
    explanation = "; ".join(f"{side[0].title} says “{side[0].value}”" for side in sides)
    return [
        Conflict(
            topic=topic,
            claims=[c for side in sides for c in side],
            explanation=f"The reports give different answers: {explanation}.",
            sides=sides,
        )
    ]

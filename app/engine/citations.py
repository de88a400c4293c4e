"""Composing cited answers: templates, marker checks and numbered citations.

An answer's `[n]` markers are rewritten here so each one points at a citation whose quote
is a verified verbatim span of its article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .evidence import Evidence

MARKER = re.compile(r"\[(\d+)\]")


@dataclass
class Citation:
    """A numbered source under an answer: a verbatim quote with its article offsets."""

    n: int
    source: str
    title: str
    quote: str
    start: int
    end: int
    published: str = ""  # YYYY-MM-DD when the article says when it was published


def conflicts_among(conflicts: list[dict], citations: list[Citation]) -> list[dict]:
    """Corpus-wide disagreements whose every side is a sentence this answer cites: how an
    answer without an LLM still shows both sides when it quotes both."""
    cited = {(c.source, c.start, c.end) for c in citations}

    def quoted(claim: dict) -> bool:
        return any(
            source == claim["source"] and start <= claim["start"] and claim["end"] <= end
            for source, start, end in cited
        )

    shown = [c for c in conflicts if all(quoted(claim) for claim in c["claims"])]
    internal = ("anchor", "ask", "confidence", "articles")
    return [{k: v for k, v in c.items() if k not in internal} for c in shown]


def renumber(item: Evidence, n: int) -> Evidence:
    """The same evidence under another number."""
    return replace(item, n=n)


def unique(items: list[Evidence]) -> list[Evidence]:
    seen: dict[tuple[str, int], Evidence] = {}
    for item in items:
        seen.setdefault((item.doc_id, item.start), item)
    return list(seen.values())


def cite(text: str, numbered: list[Evidence]) -> tuple[str, list[Citation]]:
    """Keep only markers that point at given evidence, renumber them 1..k in order of first
    use, and build their citations; an answer without markers cites all it was written from."""
    by_n = {e.n: e for e in numbered}
    order: dict[int, int] = {}
    for m in MARKER.findall(text):
        if int(m) in by_n:
            order.setdefault(int(m), len(order) + 1)
    if not order and numbered:
        text = f"{text} " + "".join(f"[{e.n}]" for e in numbered)
        order = {e.n: i for i, e in enumerate(numbered, start=1)}

    def rewrite(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"[{order[n]}]" if n in order else ""

    text = re.sub(r" +([.,;])", r"\1", MARKER.sub(rewrite, text)).strip()
    citations = [
        Citation(new, e.source, e.title, e.quote, e.start, e.end)
        for old, new in sorted(order.items(), key=lambda item: item[1])
        for e in [by_n[old]]
    ]
    return text, citations

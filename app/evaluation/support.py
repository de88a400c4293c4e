"""Citation support: does each cited quote back the words its marker closes?

A quote can be verbatim and still not say what the answer claims ("The model accused is
Qwen2 [2]" citing a sentence that names another model). Per citation, the clause the
marker closes (the text since the previous marker or the start of its sentence) is
compared with the quote:
  - where the clause states an expected answer (a reference of the row), every reference
    it states must be in the quote;
  - otherwise at least half of the clause's own content words (not the question's, not
    words that talk about the reports) must be in the quote, by lemma-free normalised form
    (lower case, punctuation dropped, a final -s ignored).
"""

from __future__ import annotations

import re

from .matching import contains, normalise

_MARKER = re.compile(r"\[(\d+)\]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# words that describe the reports rather than state a fact
_META = frozenset(
    """a an the and or but of to in on at by for with from as is are was were be been it its
    this that these those which who whom what when where how why not no one other another
    both each article articles report reports source sources say says said state states
    stated according disagree disagrees disagreement they their there than also while""".split()
)
MIN_SHARED = 0.5


def clauses(answer: str) -> list[tuple[int, str]]:
    """(marker number, the clause it closes) for every [n] in the answer, in order."""
    found = []
    for sentence in _SENTENCE_END.split(answer):
        last = 0
        for match in _MARKER.finditer(sentence):
            clause = _MARKER.sub(" ", sentence[last : match.start()]).strip(" ,;:")
            if not clause and found:  # "[1][2]": the second marker backs the same words
                clause = found[-1][1]
            found.append((int(match.group(1)), clause))
            last = match.end()
    return found


def _words(text: str) -> set[str]:
    return {w.removesuffix("s") for w in normalise(text).split() if w not in _META}


def supports(clause: str, quote: str, question: str, refs: list[str]) -> bool:
    """Whether a quote backs the clause its marker closes (see module doc)."""
    stated = [r for r in refs if contains(clause, r)]
    if stated:
        return all(contains(quote, r) for r in stated)
    claim = _words(clause) - _words(question)
    if not claim:
        return True  # the clause only restates the question
    return len(claim & _words(quote)) >= MIN_SHARED * len(claim)


def citation_support(row: dict, refs: list[str]) -> tuple[int, int]:
    """(citations that back their clause, citations judged) for one answer."""
    quotes = {c.get("n"): str(c.get("quote", "")) for c in row.get("citations") or []}
    question = str(row.get("question") or "")
    judged = backed = 0
    for n, clause in clauses(str(row.get("answer") or "")):
        if n in quotes:
            judged += 1
            backed += supports(clause, quotes[n], question, refs)
    return backed, judged

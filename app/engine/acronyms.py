"""Acronyms and the words they abbreviate: a question may write "WADA" where its articles
write "World Anti-Doping Agency", or the reverse. Written by hand: the initial letters of
capitalised words, matched in order.
"""

from __future__ import annotations

import re

ACRONYM_MIN = 3  # letters of the shortest acronym matched to its words (two match anything)
_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "&"})
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*[A-Z][\w'’-]*)+")


def is_acronym(word: str) -> bool:
    """An all-capitals word of at least ACRONYM_MIN letters ("YHSS", "WADA")."""
    return len(word) >= ACRONYM_MIN and word.isalpha() and word.isupper()


def spelled_out(acronym: str, text: str) -> str | None:
    """The capitalised words of `text` that `acronym` abbreviates ("Yangchenphug Higher
    Secondary School" for "YHSS"); "of", "and", "the", "for" are skipped, as acronyms
    skip them. None when the text has no such words."""
    if not is_acronym(acronym):
        return None
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        letters = [  # one letter per word, and per capitalised part of a hyphenated one
            (k, part[0].upper())
            for k, w in enumerate(words)
            if w.lower() not in _ACRONYM_SKIPS
            for n, part in enumerate(w.split("-"))
            if part and (n == 0 or part[0].isupper())
        ]
        for first in range(len(letters) - len(acronym) + 1):
            window = letters[first : first + len(acronym)]
            if "".join(ch for _, ch in window) == acronym:
                return " ".join(words[window[0][0] : window[-1][0] + 1])
    return None


def spell_out(question: str, text: str) -> str:
    """The question with each acronym the text never writes replaced by the words it
    abbreviates there ("Where is YHSS?" -> "Where is Yangchenphug Higher Secondary
    School?"), so retrieval and reading find the articles' own words."""
    for word in acronyms_in(question):
        if not re.search(rf"\b{word}\b", text):
            full = spelled_out(word, text)
            if full:
                question = re.sub(rf"\b{word}\b", full, question)
    return question


def acronyms_in(question: str) -> set[str]:
    """The acronyms a question uses ("YHSS", "WADA")."""
    return {w for w in re.findall(r"\b[A-Z]+\b", question) if is_acronym(w)}

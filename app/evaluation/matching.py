"""SQuAD-style answer matching: normalised text, whole-word containment, token F1."""

from __future__ import annotations

import re
import string
from collections import Counter

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}‘’“”–—]")


def normalise(text: str) -> str:
    """Lower case, no punctuation or articles, single spaces (SQuAD's answer normalisation)."""
    return " ".join(_ARTICLES.sub(" ", _PUNCTUATION.sub(" ", text.lower())).split())


def contains(answer: str, reference: str) -> bool:
    """Whether the normalised reference appears in the answer as whole words."""
    ref = normalise(reference)
    return bool(ref) and f" {ref} " in f" {normalise(answer)} "


def token_f1(answer: str, reference: str) -> float:
    """SQuAD token F1 between an answer and one reference."""
    got, want = normalise(answer).split(), normalise(reference).split()
    common = sum((Counter(got) & Counter(want)).values())
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)

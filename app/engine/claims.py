"""Per-source answers: what each article says in answer to the question, as a verbatim phrase.

The LLM is asked, one source at a time, for the shortest exact phrase that answers the
question. Its reply is trusted only after checks: the phrase must occur verbatim in that
source's evidence (case, accents, quote style and spacing aside: small models write
"Genclerbirligi" for "Gençlerbirliği"), and must say more than the question itself. The
claim's value is always the article's own text.
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .evidence import Evidence, top_by_source
from .language import content_lemmas, kind_near
from .prompts import EXTRACT
from .quantities import numbers
from .questions import analyse

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

log = logging.getLogger(__name__)

_NONE_REPLY = re.compile(r"^\W*(none|n/?a|not (stated|mentioned|found|given)|no answer)\b", re.I)
_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "–": "-", "—": "-", "−": "-"}
)
_PIECE = re.compile(r"\w+|[^\w\s]")
SENTENCES_PER_SOURCE = 6  # the excerpt of each source the model reads


@dataclass(frozen=True)
class Claim:
    """What one source says in answer to the question."""

    doc_id: str
    source: str
    title: str
    value: str  # verbatim phrase from the source
    support: Evidence  # the evidence sentence that contains it
    start: int  # article offsets of `value`
    end: int
    via: str = "reader"  # "reader": the model read it; "slot": found in the slot of another

    @property
    def in_support(self) -> tuple[int, int]:
        """The value's offsets in its supporting sentence."""
        return self.start - self.support.start, self.end - self.support.start


def normalise(text: str) -> str:
    """Lower case, accents dropped, typographic quotes and dashes made plain; keeps the
    length of the text, so offsets found in it are offsets in the original."""
    return "".join(_fold(ch) for ch in text.translate(_QUOTES))


@cache
def _fold(ch: str) -> str:
    """One character folded to one character ("Ç" -> "c", "ı" -> "i"), or left as it is."""
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.lower().replace("ı", "i")
    if len(base) == 1:
        return base
    return low if len(low := ch.lower()) == 1 else ch


def find_verbatim(phrase: str, text: str) -> tuple[int, int] | None:
    """Offsets of `phrase` in `text`, ignoring case, accents, quote style and spacing
    ("Gençlerbirliği" / "Genclerbirligi", "Township, Michigan" / "Township , Michigan")."""
    needle = normalise(phrase.strip().strip("\"'«»").rstrip(".").strip())
    pieces = list(_PIECE.finditer(needle))
    if not pieces:
        return None
    pattern = re.escape(pieces[0].group())
    for before, piece in itertools.pairwise(pieces):
        words = before.group()[-1].isalnum() and piece.group()[0].isalnum()
        spaced = piece.start() > before.end()
        pattern += (r"\s+" if spaced else "") if words else r"\s*"
        pattern += re.escape(piece.group())
    found = re.search(pattern, normalise(text))
    return found.span() if found else None


class ClaimExtractor:
    """Asks the LLM, per source, for the phrase that answers the question, then checks it."""

    def __init__(self, llm: BaseChatModel) -> None:
        from langchain_core.output_parsers import StrOutputParser

        self.chain = EXTRACT | llm | StrOutputParser()

    def extract(
        self, question: str, scored: list[Evidence], floor: float, sources: int
    ) -> list[Claim]:
        """One verified claim per source that answers; sources that do not are left out.

        Each of the best `sources` sources is read through an excerpt of its most relevant
        sentences."""
        claims = []
        for items in top_by_source(scored, sources, SENTENCES_PER_SOURCE, floor):
            excerpt = " ".join(e.quote for e in items)
            reply = self.chain.invoke({"text": excerpt, "question": question}).strip()
            claim = check_reply(question, reply, items)
            log.info("%s: %r -> %s", items[0].source, reply, claim.value if claim else "no claim")
            if claim:
                claims.append(claim)
        return claims


def check_reply(question: str, reply: str, items: list[Evidence]) -> Claim | None:
    """The claim a model reply supports, read in the sentence where it answers (see
    `_where_it_answers`); None when the reply is NONE, not verbatim in the evidence, or
    only repeats words of the question."""
    reply = reply.strip().splitlines()[0].strip() if reply.strip() else ""
    if not reply or _NONE_REPLY.match(reply):
        return None
    asked, asked_numbers = content_lemmas(question), numbers(question)
    kind = analyse(question).kind
    for phrase in _candidate_phrases(reply):
        if not (content_lemmas(phrase) - asked or numbers(phrase) - asked_numbers):
            continue  # says nothing the question did not
        for item, span in _where_it_answers(phrase, items, kind):
            lo, hi = _whole_words(item.quote, *span)
            start, end, value = item.start + lo, item.start + hi, item.quote[lo:hi]
            return Claim(item.doc_id, item.source, item.title, value, item, start, end)
    return None


def _where_it_answers(
    phrase: str, items: list[Evidence], kind: str | None
) -> list[tuple[Evidence, tuple[int, int]]]:
    """The sentences that hold a phrase, where it answers first: beside the kind word
    asked for ("the Qwen2 model" for "which model"), then the most relevant to the
    question ("Neither the UK IPO nor ... has commented" for "who has not commented", not
    the earlier "filed with the UK IPO")."""
    found = [(item, span) for item in items if (span := find_verbatim(phrase, item.quote))]
    return sorted(
        found, key=lambda f: (not (kind and kind_near(f[0].quote, *f[1], kind)), -f[0].score)
    )


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span so it does not cut a word: "Qwen" inside "Qwen-Plus" becomes "Qwen-Plus"."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and (
        text[end].isalnum()
        or (text[end] in "-_." and end + 1 < len(text) and text[end + 1].isalnum())
    ):
        end += 1
    return start, end


def _candidate_phrases(reply: str, max_words: int = 40) -> list[str]:
    """The reply itself, then its word runs from longest to shortest (two words at least),
    so a reply that paraphrases around a verbatim core still yields that core."""
    words = reply.split()[:max_words]
    runs = [
        " ".join(words[i : i + size])
        for size in range(len(words) - 1, 1, -1)
        for i in range(len(words) - size + 1)
    ]
    return [reply, *runs]

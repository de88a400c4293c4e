"""Answer texts in plain prose, each statement followed by its [n] citations, and the
check that every citation backs the words it follows.

Templates are used when there is no model, when the model's text fails its checks, and
for disagreements (which must show every side whatever the model writes).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import language as lang
from . import quantities as qty
from .citations import MARKER, renumber

if TYPE_CHECKING:
    from .claims import Claim
    from .conflicts import Conflict
    from .evidence import Evidence
    from .positions import Position

_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
MIN_BACKED = 0.5  # share of a clause's own words its citation's quote must contain
_COUNTS = ["one article", "two articles", "three articles", "four articles", "five articles"]
# words that talk about the reports rather than state what they report
_META = frozenset(
    "article report source say state accord disagree note add quote mention describe "
    "call write".split()
)


_NEXT = ("another", "a third", "a fourth", "another")


def _articles(n: int) -> str:
    return _COUNTS[n - 1] if n <= len(_COUNTS) else f"{n} articles"


def _refs(first: int, count: int) -> str:
    return "".join(f"[{n}]" for n in range(first, first + count))


def conflict_text(conflict: Conflict) -> tuple[str, list[Evidence]]:
    """ "The reports disagree on where the complaint was filed: one article says the UK
    Intellectual Property Office [1], the other says London’s High Court [2]."""
    supports: list[Evidence] = []
    parts = []
    for k, side in enumerate(conflict.sides):
        first = len(supports) + 1
        supports += [renumber(c.support, len(supports) + i + 1) for i, c in enumerate(side)]
        who = _articles(len(side))
        if len(side) == 1 and k > 0:  # "one article says X, another says Y, a third Z"
            who = "the other" if len(conflict.sides) == 2 else _NEXT[min(k, len(_NEXT)) - 1]
        verb = "says" if len(side) == 1 else "say"
        parts.append(f"{who} {verb} {_clean(side[0].value)} {_refs(first, len(side))}")
    said = ", ".join(parts)
    if conflict.topic.endswith("?"):  # a question with no topic form
        return f"The reports give different answers to this: {said}.", supports
    topic = conflict.topic[:1].lower() + conflict.topic[1:]
    return f"The reports disagree on {topic}: {said}.", supports


def claims_text(claims: list[Claim]) -> tuple[str, list[Evidence]]:
    """What each source says, agreeing values together ("London’s High Court, according
    to two articles [1][2].") or each in turn ("One article says X [1]; another says Y
    [2].")."""
    groups: list[list[Claim]] = []
    for claim in claims:
        for group in groups:
            if _one_value(group[0].value, claim.value):
                group.append(claim)
                break
        else:
            groups.append([claim])
    supports: list[Evidence] = []
    parts = []
    for group in groups:
        first = len(supports) + 1
        supports += [renumber(c.support, len(supports) + i + 1) for i, c in enumerate(group)]
        parts.append((group[0].value, _refs(first, len(group)), len(group)))
    if len(parts) == 1:  # the answer first: "Last week, according to two articles [1][2]."
        value, refs, n = parts[0]
        return f"{_sentence_start(_clean(value))}, according to {_articles(n)} {refs}.", supports
    said = [
        f"{'one article' if n == 1 else _articles(n)} {'says' if n == 1 else 'say'} "
        f"{_clean(value)} {refs}"
        if i == 0
        else f"{'another' if n == 1 else _articles(n)} {'says' if n == 1 else 'say'} "
        f"{_clean(value)} {refs}"
        for i, (value, refs, n) in enumerate(parts)
    ]
    text = "; ".join(said) + "."
    return text[:1].upper() + text[1:], supports


def _one_value(a: str, b: str) -> bool:
    """Values one citation list may share: the same content words, or figures stating one
    quantity ("$19.5m" and "£788,439" have no content words, and are two figures)."""
    if qty.numbers(a) and qty.numbers(b):
        return qty.same_quantity(a, b)
    words = lang.content_lemmas(a)
    return bool(words) and words == lang.content_lemmas(b)


def quoted_text(evidence: list[Evidence], per_answer: int = 3) -> tuple[str, list[Evidence]]:
    """No model: the best sentence of each source (up to three), quoted and cited."""
    best: dict[str, Evidence] = {}
    for item in evidence:
        best.setdefault(item.doc_id, item)
    chosen = [renumber(e, i) for i, e in enumerate(list(best.values())[:per_answer], start=1)]
    lead = ["One article reports", "Another reports", "A third reports"]
    lines = [f"{lead[i]}: “{e.quote.strip()}” [{e.n}]" for i, e in enumerate(chosen)]
    return "\n".join(lines), chosen


def position_text(found: list[Position], ruling: Evidence | None) -> tuple[str, list[Evidence]]:
    """Who asserts what, each quoted and cited; then the ruling, or that none is reported."""
    supports = [renumber(p.evidence, i) for i, p in enumerate(found, start=1)]
    parts = [f"{p.who}: “{s.quote.strip()}” [{s.n}]" for p, s in zip(found, supports, strict=True)]
    text = "The articles report each side's position, not a verdict. " + " ".join(parts)
    if ruling is not None:
        supports.append(renumber(ruling, len(supports) + 1))
        text += f" A decision is reported: “{ruling.quote.strip()}” [{len(supports)}]"
    else:
        text += " The articles report no ruling."
    return text, supports


def attribute(text: str, numbered: list[Evidence], question: str) -> str:
    """Give each sentence of a model's answer that carries no [n] the citation of the
    evidence that backs it best (if one does): small models often leave markers out."""
    out = []
    for sentence in _SENTENCES.split(text.strip()):
        if sentence and not MARKER.search(sentence):
            backing = [e for e in numbered if backs(sentence, e.quote, question)]
            if backing:
                best = max(backing, key=lambda e: _shared(sentence, e.quote))
                stripped = sentence.rstrip()
                end = stripped[-1] if stripped[-1:] in ".!?" else ""
                sentence = f"{stripped[: len(stripped) - len(end)]} [{best.n}]{end}"
        out.append(sentence)
    return " ".join(out)


def _shared(a: str, b: str) -> int:
    return len(lang.content_lemmas(a) & lang.content_lemmas(b))


def keep_backed(text: str, numbered: list[Evidence], question: str) -> str:
    """The text with every citation that does not back its clause removed, and every
    sentence left without a citation dropped (see `backs`)."""
    quotes = {e.n: e.quote for e in numbered}
    kept = []
    for sentence in _SENTENCES.split(text.strip()):
        last, out, cited, clause = 0, [], False, ""
        for match in MARKER.finditer(sentence):
            words = MARKER.sub(" ", sentence[last : match.start()])
            clause = words if words.strip(" ,;:") else clause  # "[1][2]": the same words
            n = int(match.group(1))
            if n in quotes and backs(clause, quotes[n], question):
                out.append(sentence[last : match.end()])
                cited = True
            else:
                out.append(sentence[last : match.start()])
            last = match.end()
        out.append(sentence[last:])
        if cited:
            kept.append(re.sub(r"\s+([.,;:])", r"\1", "".join(out)).strip())
    return " ".join(kept)


def backs(clause: str, quote: str, question: str) -> bool:
    """A quote backs a clause when it holds every name and number the clause adds to the
    question, and at least half of its other content lemmas (words about the reports
    aside)."""
    own = set(lang.content_lemmas(clause)) - lang.content_lemmas(question) - _META
    numbers = qty.numbers(clause)
    if numbers and not numbers <= qty.numbers(quote):
        return False
    names = {t.lower_ for t in lang.parse(clause) if t.pos_ == "PROPN"} - {
        t.lower_ for t in lang.parse(question)
    }
    if not names <= {t.lower_ for t in lang.parse(quote)}:
        return False  # a name the quote does not hold: the model made it up
    if not own:
        return True
    return len(own & lang.content_lemmas(quote)) >= MIN_BACKED * len(own)


def _clean(value: str) -> str:
    return value.strip().rstrip(".,;:").strip()


def _sentence_start(value: str) -> str:
    """The value as the start of a sentence: a first word in lower case gets a capital
    ("last week" -> "Last week"); a name written with inner capitals keeps its spelling
    ("iPhone", "eBay")."""
    first = value.split(maxsplit=1)[0].rstrip(",;:") if value.split() else ""
    word = first.replace("-", "")  # "two-year" is a word of letters
    return value[:1].upper() + value[1:] if first.islower() and word.isalpha() else value

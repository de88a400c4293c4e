"""Typed candidates: for a question that asks for a date, a number, a place, a person or a
named thing of some kind, the value each source gives, read from spaCy's entities and
noun chunks rather than from the model.

Used for the sources the model read without finding a phrase, so that whether a source
answers does not hinge on one greedy decode (small models miss "filed in London’s High
Court" for "where was it lodged", and their misses differ between CPU kernels). A
candidate must be of the type asked for, of the kind asked for when the question names
one ("which university" -> a value with "university" in or next to it, or a place entity
for "which city"), not a word of the question, and in a sentence about the question.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import amounts
from . import language as lang
from . import quantities as qty
from .claims import Claim
from .fitting import fits
from .questions import DATE, DURATION, NAME, PERSON, PLACE, QUANTITY, Asked
from .sides import WIDE_MARGIN, mentions_subject, stands
from .subjects import in_context

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .evidence import Evidence

log = logging.getLogger(__name__)

TYPED = (DATE, DURATION, QUANTITY, PLACE, PERSON)
TOPIC_SHARE = 0.25
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# kinds a place entity answers by itself ("which city" -> "Leeds"); a nationality
# ("Chinese") answers only for a country
PLACE_KINDS = frozenset("place city town state county region area village capital".split())
COUNTRY_KINDS = frozenset("country nation".split())


def typed_claims(asked: Asked, scored: list[Evidence], have: set[str], reference: float
                 ) -> list[Claim]:  # fmt: skip
    """One typed value for each source not in `have`, from its most relevant sentence
    that holds one (see module doc)."""
    if not (asked.type in TYPED or (asked.type == NAME and asked.kind)):
        return []
    found: list[Claim] = []
    taken = set(have)
    common = _topic_words(scored)
    for item in scored:
        if item.doc_id in taken or reference - item.score > WIDE_MARGIN:
            continue
        claim = _best_candidate(asked, item, reference, common)
        if claim is not None:
            log.info("%s: %r is a %s in its sentence", item.source, claim.value, asked.type)
            found.append(claim)
            taken.add(item.doc_id)
    return found


def _topic_words(scored: list[Evidence]) -> frozenset[str]:
    """Lemmas found in more than a quarter of the evidence sentences: the story's own
    words ("AI" in a story about AI), never an answer by themselves."""
    counts: dict[str, int] = {}
    for item in scored:
        for lemma in lang.content_lemmas(item.quote):
            counts[lemma] = counts.get(lemma, 0) + 1
    return frozenset(w for w, n in counts.items() if n > TOPIC_SHARE * len(scored))


def _best_candidate(
    asked: Asked, item: Evidence, reference: float, common: frozenset[str]
) -> Claim | None:
    """The candidate of the asked type nearest the question's words in a sentence."""
    doc = lang.parse(item.quote)
    anchors = [t.i for t in doc if t.lemma_.lower() in asked.lemmas]
    ranked = []
    for span in _spans(doc, entities_only=asked.type in TYPED):
        if not fits(asked, span) or lang.content_lemmas(span.text) <= asked.lemmas | common:
            continue
        if asked.kind and not _of_kind(asked, span):
            continue
        nationality = span.label_ == "NORP" and asked.kind in COUNTRY_KINDS
        if asked.type == PLACE and span.label_ not in PLACE_LABELS and not nationality:
            continue  # an organisation is a place only when the model or a slot says so
        start, end = item.start + span.start_char, item.start + span.end_char
        claim = Claim(item.doc_id, item.source, item.title, span.text, item, start, end, "type")
        named_kind = asked.kind is not None and asked.kind in lang.content_lemmas(span.text)
        if stands(asked, claim, reference) is not None or not (
            named_kind or mentions_subject(asked, claim)
        ):
            continue
        distance = min((abs(a - span.start) for a in anchors), default=len(doc))
        ranked.append((distance, span.start, claim))
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _spans(doc, entities_only: bool) -> list[Span]:
    """Entities, then (unless only entities are wanted) noun chunks headed by a word of
    no entity ("Chinese e-commerce giant" is a description though "Chinese" is an entity),
    and the words before a name that head their own chunk ("Greek sprinter Kenteris")."""
    spans = list(doc.ents)
    if entities_only:
        return spans
    entity_start = {i: e.start for e in doc.ents for i in range(e.start, e.end)}
    for chunk in doc.noun_chunks:
        start = chunk.start + (1 if chunk[0].pos_ == "DET" else 0)
        end = chunk.end
        if chunk.root.i in entity_start:  # a name: what comes before it may describe it
            end = entity_start[chunk.root.i]
            if end <= start or doc[end - 1].pos_ != "NOUN":
                continue
        if start < end:
            spans.append(doc[start:end])
    return spans


def _of_kind(asked: Asked, span: Span) -> bool:
    """The value is one of the kind asked for: a place entity for a kind of place, or the
    kind's noun in the value or bound to it ("Cambridge University", "the Qwen2 model",
    "Tom Ashby, the coach"), not merely nearby ("protect their secret sauce" near "AI
    companies" is no company)."""
    if asked.kind in PLACE_KINDS and span.label_ in ("GPE", "LOC"):
        return True
    if asked.kind in COUNTRY_KINDS and span.label_ in ("GPE", "NORP"):
        return True
    bound = [*span, span.root.head, *span.root.children, *(c for c in span.root.head.children
                                                            if c.dep_ == "appos")]  # fmt: skip
    if asked.kind in {t.lemma_.lower() for t in bound}:
        return True
    # "What kind of company is Alibaba?": a description bound to the name asked about
    # ("Chinese e-commerce giant Alibaba") says what kind it is
    names = {n.lower() for n in asked.names}
    return span.root.pos_ == "NOUN" and bool(names & {t.lower_ for t in bound if t not in span})


def in_asked_currency(asked: Asked, claim: Claim) -> Claim:
    """The claim's amount as its sentence restates it in the currency the question asks
    for ("$2bn (1.53bn euros; £1.05bn)": "£1.05bn" for "how much in pounds"); the claim
    as it is otherwise (an amount in another currency then stands for nothing)."""
    currency = qty.currency_asked(asked.text)
    value = in_context(claim)
    if currency is None or isinstance(value, str) or qty.currency_beside(value) in (None, currency):
        return claim
    restated = amounts.restated_in(value, currency)
    if restated is None:
        return claim
    start, end, at = restated.start_char, restated.end_char, claim.support.start
    return Claim(claim.doc_id, claim.source, claim.title, claim.support.quote[start:end],
                 claim.support, at + start, at + end, claim.via)  # fmt: skip

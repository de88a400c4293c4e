"""Slots: what a value is to its sentence, read from the dependency parse, so the same slot
can be looked up in other sources.

In "a complaint filed with the UK Intellectual Property Office" the value fills the slot
(file, prep): it is the object of a preposition on the verb "file". In "The accusation,
filed in London’s High Court" the same slot holds "London’s High Court". In "Alibaba's
Qwen2 model" the value fills (model, compound). Two sources that put different values in
the same slot of statements about the same thing are the candidates for a disagreement
(the comparison itself is conflicts.py's).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import amounts
from . import language as lang
from . import quantities as qty
from .claims import Claim
from .roles import about, same_things
from .sides import WIDE_MARGIN, stands
from .subjects import in_context

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .evidence import Evidence
    from .questions import Asked

log = logging.getLogger(__name__)

# dependency labels on the way from a value up to the word it is an argument of
_THROUGH = frozenset({"pobj", "prep", "agent", "pcomp"})
_NOUN_SLOTS = frozenset({"compound", "poss", "appos", "nmod", "amod", "nummod"})
# Prepositions by the part they give their object: circumstance (where or when), the
# agent, the source, the goal, the topic, the opponent.
_PREP_SENSES = {
    **dict.fromkeys("in at with before on inside within near during after since until".split(),
                    "circumstance"),
    **dict.fromkeys("to into onto towards toward".split(), "goal"),
    **dict.fromkeys("of about over concerning regarding".split(), "topic"),
    "by": "agent", "from": "source", "against": "opponent", "for": "for",
}  # fmt: skip
_VERB_SLOTS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "prep", "agent", "npadvmod", "dative"}
)


# verbs that report the level of a quantity that moves (a price, a rate, an index, sales)
# or its change over a period: two reports' figures are of one moment only when they name
# the same date ("closed at $40.15 on Thursday" / "closed at $44.38" are two days' prices)
MOVING_VERBS = frozenset(
    "rise fall grow drop climb jump slip gain lose close stand trade increase decrease decline "
    "rebound surge slump dip edge soar plunge tumble sink ease weaken strengthen".split()
)


# nouns for the level a moving quantity has reached ("a ten-year low", "fresh four-month
# highs"): like the verbs above, of one moment
LEVEL_NOUNS = frozenset("high low peak trough".split())


@dataclass(frozen=True)
class Slot:
    """The word a value is an argument of (its lemma) and how it is attached."""

    anchor: str  # lemma of the governing verb or noun ("file", "model")
    relation: str  # "prep", "nsubj", "dobj", "compound", ...

    @property
    def moves(self) -> bool:
        """A level or change of a moving quantity ("stands at", "rose 5%", "a 40-year low")."""
        return self.anchor in MOVING_VERBS | LEVEL_NOUNS

    @property
    def is_attribution(self) -> bool:
        """Who said it ("said Kathy Rittweger" / "said Suranga Chandratillake")."""
        return self.anchor in lang.REPORTING_VERBS and self.relation in ("nsubj", "prep:agent")


def slot_of(sentence: str, start: int, end: int) -> tuple[Slot, frozenset[str]] | None:
    """The slot the value at [start, end) of a sentence fills, and whom the statement is
    about (see `about`), if the parse says."""
    value = lang.span(sentence, start, end)
    token, relation = value.root, None
    while token.head.i != token.i:
        dep = token.dep_
        token = token.head
        if value.start <= token.i < value.end or amounts.is_unit(token):
            continue  # "£12m": the unit word is part of the amount
        if token.pos_ in ("VERB", "AUX") and (dep in _VERB_SLOTS or dep in _THROUGH):
            return Slot(token.lemma_.lower(), relation or dep), about(token, value)
        if token.pos_ in ("NOUN", "PROPN") and dep in _NOUN_SLOTS - {"poss"}:
            if _names_a_class(token, value):
                return None
            return Slot(token.lemma_.lower(), dep), about(token, value)
        if dep not in _THROUGH:
            return None
        if token.dep_ in ("prep", "agent"):  # the preposition: its sense is part of the slot
            relation = prep_relation(token.lower_)
    return None


def prep_relation(preposition: str) -> str:
    """A preposition's slot: "filed with" and "filed in" fill one (where); "submitted by"
    (who) and "submitted to" (to whom) do not."""
    return "prep:" + _PREP_SENSES.get(preposition, preposition)


def fillers(sentence: str, slot: Slot) -> list[tuple[int, int, frozenset[str]]]:
    """Values that fill `slot` in a sentence (noun phrases or names attached the same way
    to a word with the same lemma): character span, and the names of who or what the
    statement is about (see `about`)."""
    doc = lang.parse(sentence)
    converted = amounts.converted(doc)  # "$27bn (£14bn)": the bracket restates the figure
    found = []
    for anchor in doc:
        if anchor.lemma_.lower() != slot.anchor:
            continue
        for child in anchor.children:
            for filler in _through(child, slot.relation):
                if filler.i in converted:
                    continue
                phrase = _phrase(filler, converted)
                if not _names_a_class(anchor, phrase):
                    found.append((phrase.start_char, phrase.end_char, about(anchor, phrase)))
    return found


def _names_a_class(noun: Token, modifier: Span) -> bool:
    """A plural noun ("AI models are hard to protect", "Alibaba’s Qwen models") speaks of
    a class or several things: a name or word modifying it names no single one ("Qwen2
    model"). A number still measures each of them: "two-year suspensions on the duo".
    A name's last word has no slot either: "Baikal Finance Group" is one name, not a
    group called "Baikal"."""
    if lang.is_proper(noun) and modifier.root.head.i == noun.i:
        return modifier.root.dep_ in ("compound", "nmod", "amod")
    plural = noun.pos_ == "NOUN" and noun.tag_ == "NNS"
    return plural and not lang.has_number(modifier)


def _through(child: Token, relation: str) -> list[Token]:
    """The value tokens below `child` for a slot relation (through prepositions)."""
    if relation.startswith("prep:"):
        if child.dep_ in ("prep", "agent") and prep_relation(child.lower_) == relation:
            return [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        return []
    return [child] if child.dep_ == relation else []


def _phrase(token: Token, converted: set[int]) -> Span:
    """The name or noun phrase a token heads: compounds, numbers and modifiers (however
    deep: "the Marine Safety Agency"), a name's "of" part ("Court of Session") and a place
    that owns it ("London’s High Court"); an owner that is not a place ("Alibaba’s"),
    determiners, clauses, punctuation and a conversion in brackets ("$9.3bn (£5bn)", its
    tokens in `converted`) left out."""
    doc = token.doc
    kept = {"compound", "nummod", "amod", "nmod", "punct", "case", "quantmod"}
    parts = [token]
    for t in token.subtree:
        chain = [t, *t.ancestors]
        steps = chain[: next(k for k, a in enumerate(chain) if a.i == token.i)]
        if steps and all(a.dep_ in kept for a in steps):
            parts.append(t)
        elif t.dep_ == "poss" and t.head.i == token.i and t.ent_type_ in ("GPE", "LOC"):
            parts += [t, *(c for c in t.children if c.dep_ == "case")]
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        names = [g for g in of.children if g.dep_ == "pobj" and lang.is_proper(g)]
        if names and lang.is_proper(token):  # one name: "Court of Session", "Bank of England"
            parts += [of, *names[0].subtree]
    start = min(t.i for t in parts)
    end = max(t.i for t in parts) + 1
    end = amounts.end_before(token.i, end, converted)
    while start < end and (doc[start].pos_ in ("DET", "PUNCT") or doc[start].is_space):
        start += 1
    while end > start and doc[end - 1].pos_ == "PUNCT":
        end -= 1
    return doc[start:end]


def slot_claims(asked: Asked, claims: list[Claim], scored: list[Evidence]) -> list[Claim]:
    """For sources with no claim, the value they put in a slot that an answering claim
    fills: the same statement about the same thing, read from the parse ("filed with the
    UK IPO" -> "filed in London’s High Court"). Each must stand as an answer of the same
    shape (a name for a name, a number of the same unit, a date for a date)."""
    if not asked.single_slot or not claims:
        return []
    anchors = _anchors(claims, scored)
    reference = max(c.support.score for c in claims)  # the slot match speaks for relevance
    have = {c.doc_id for c in claims}
    found = []
    for item in scored:
        if item.doc_id in have or reference - item.score > WIDE_MARGIN:
            continue
        claim = _filler(asked, item, anchors, reference)
        if claim is not None:
            found.append(claim)
            have.add(item.doc_id)
    return found


def _anchors(claims: list[Claim], scored: list[Evidence]) -> list[tuple[Claim, Slot, frozenset]]:
    """Every slot an answering value fills in the evidence of its source, best first,
    with whom each statement is about."""
    from .claims import find_verbatim

    found: list[tuple[Claim, Slot, frozenset]] = []
    for claim in sorted(claims, key=lambda c: -c.support.score):
        for item in [claim.support, *(e for e in scored if e.doc_id == claim.doc_id)]:
            span = find_verbatim(claim.value, item.quote)
            slot = slot_of(item.quote, *span) if span else None
            if slot is not None and slot[0] not in (s for _, s, _ in found):
                found.append((claim, *slot))
    return found


def _filler(
    asked: Asked, item: Evidence, anchors: list[tuple[Claim, Slot, frozenset]], reference: float
) -> Claim | None:
    """The first value in a sentence that fills an anchor's slot, in a statement about
    the same named people or things, and stands."""
    for anchor, slot, names in anchors:
        if slot.is_attribution:
            continue
        for start, end, other_names in fillers(item.quote, slot):
            if not same_things(names, other_names):
                continue  # the same verb about someone else: another statement
            value = item.quote[start:end]
            claim = Claim(item.doc_id, item.source, item.title, value, item,
                          item.start + start, item.start + end, via="slot")  # fmt: skip
            if _same_shape(anchor, claim) and not (lang.content_lemmas(value) <= asked.lemmas) \
                    and stands(asked, claim, reference) is None:  # fmt: skip
                log.info("%s: %r fills the slot %s", item.source, value, slot)
                return claim
    return None


def _same_shape(a: Claim, b: Claim) -> bool:
    """Values of one shape: names, numbers of one unit, or dates."""
    xa, xb = in_context(a), in_context(b)
    if lang.has_number(xa) or lang.has_number(xb):
        return qty.unit_of(xa) == qty.unit_of(xb)
    return lang.is_name(xa) == lang.is_name(xb)

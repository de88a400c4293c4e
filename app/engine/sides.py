"""Which claims may stand for their source in a comparison of answers.

A source's claim stands only when it plausibly answers *this* question:
  - its sentence is not text addressed to the assistant ("Ignore all previous
    instructions ..."): such text is data, never an answer;
  - its value says something specific (not only "the claims");
  - it comes from running text, not page furniture (menus, link lists: word runs with
    almost no function words) — unless a word of the question labels the value right
    before it, as in an infobox ("Album Artist = Taylor Swift");
  - its sentence is about the question: it scores within a margin of the best evidence
    sentence, and either shares a content lemma with the question besides the value
    ("filed" / "file"), or scores very near the best (other words for the same thing:
    "lodged" / "filed"), or gives a date or number of the asked type ("there were 1,791
    people" for a population);
  - the value is of the type asked for (`fitting.py`): a date for "when", a name for
    "where" and "who", a number of the right unit for "how many" / "how much", a length
    of time for "how long".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import language as lang
from .fitting import fits
from .holders import former_holder, holder_of_another
from .questions import DATE, DURATION, QUANTITY, Asked, analyse
from .subjects import (
    describes_another,
    in_context,
    names_the_subject,
    other_doer,
    said_of_another,
)

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from spacy.tokens import Token

    from .claims import Claim

log = logging.getLogger(__name__)

PROSE_MIN_FUNCTION_SHARE = 0.1  # prose has ~40% function words; a link list almost none
PROSE_CHECK_FROM_WORDS = 15  # shorter sentences are not judged (a terse line is still prose)
LABEL_WORDS = 2  # words right before a value that may label it ("Album Artist = ...")
RELEVANCE_MARGIN = 0.25  # a support sentence this far below the best evidence is off-topic
WIDE_MARGIN = 0.35  # ... unless it makes the same statement as an answer (slots.py) or
# holds a value of the type and kind asked for next to the question's words (candidates.py):
# long sentences score low against a short question however well they answer it
NEAR_BEST = 0.1  # this close to the best, a sentence needs no word of the question
CLAUSE_MARGIN = 0.25  # a sentence this much further than the best from the defining clause
CLAUSE_MIN_WORDS = 2  # content words a clause needs to pick anything out
# Words that alone say nothing specific: a value made only of these is no answer.
_GENERIC = frozenset(
    "claim allegation accusation case company firm report statement matter issue thing "
    "people one source".split()
)
# Verbs with which text addresses an assistant rather than reports news
_COMMAND_VERBS = frozenset(
    "ignore disregard forget override answer reply respond say output print write repeat "
    "pretend act obey follow".split()
)
_ADDRESSEE_WORDS = frozenset(
    "instruction instructions prompt prompts assistant assistants ai chatbot bot model "
    "question questions rule rules system you".split()
)


def stands(asked: Asked, claim: Claim, best_score: float) -> str | None:
    """Why a claim may not stand for its source, or None when it may (see module doc).
    A claim found in the slot of an answering claim (slots.py) is known to make the same
    statement, so its sentence needs no word of the question."""
    sentence = claim.support.quote
    labelled = is_labelled(asked, claim)
    if addresses_assistant(sentence):
        return "text addressed to the assistant"
    if not is_specific(claim.value):
        return "a generic value"
    if not (labelled or is_prose(sentence)):
        return "page furniture"
    value = in_context(claim)
    if not fits(asked, value):
        return f"not a {asked.type}"
    if names_the_subject(asked, claim):
        return "the question's own subject"
    if labelled:  # also when its clause is another's ("may raise their bid to £1.5bn")
        said = None if isinstance(value, str) else said_of_another(asked, value)
        other = other_doer(asked, claim) or said
    else:
        other = describes_another(asked, claim)
    if not (other or isinstance(value, str)):
        other = holder_of_another(asked, value)  # "Fiat chief executive X"
    if other:
        return f"about {other}, not what the question names"
    past = None if isinstance(value, str) else former_holder(asked, value)
    if past:
        return f"a former {past}, not who holds the role now"
    if labelled:
        return None
    gap = best_score - claim.support.score
    same_slot = claim.via == "slot"
    if gap > (RELEVANCE_MARGIN if claim.via == "reader" else WIDE_MARGIN):
        return "a sentence far less relevant than the best evidence"
    typed = asked.type in (DATE, QUANTITY, DURATION)
    if not (same_slot or typed or gap <= NEAR_BEST or mentions_subject(asked, claim)):
        return "a sentence about something else"
    return None


def takes_a_side(question: str, claim: Claim, best_score: float | None = None) -> bool:
    """Whether a claim may stand for its source; logs why not."""
    best = claim.support.score if best_score is None else best_score
    reason = stands(analyse(question), claim, best)
    if reason:
        log.info("%s: %r takes no side (%s)", claim.source, claim.value, reason)
    return reason is None


def defining_clause(question: str) -> str | None:
    """The clause that picks out the thing asked about, when the question has one: "the
    captain *who argued that the captain should not be a full-back*", "which player
    *ruled out with a knee injury*". A clause of too few words picks out nothing."""
    doc = lang.parse(question)
    for token in doc:
        if token.dep_ in ("relcl", "acl") and _is_asked_about(token.head):
            clause = doc[token.left_edge.i : token.right_edge.i + 1]
            if len(lang.content_lemmas(clause.text)) >= CLAUSE_MIN_WORDS:
                return clause.text
    return None


def _is_asked_about(noun: Token) -> bool:
    """The noun stands for the answer: "which captain", or "Who is the captain"."""
    if any(c.lower_ in _WH_DETERMINERS and c.dep_ in ("det", "poss") for c in noun.children):
        return True
    if noun.dep_ not in ("attr", "nsubj") or noun.head.lemma_ != "be":
        return False
    return any(c.i != noun.i and c.lower_ in _WH_DETERMINERS | {"who"} for c in noun.head.children)


_WH_DETERMINERS = frozenset({"which", "what", "whose"})


def fitting_the_clause(question: str, claims: list[Claim], embeddings: Embeddings) -> list[Claim]:
    """The claims whose sentence says what the question's defining clause says about the
    thing asked for, as nearly (within CLAUSE_MARGIN, by the embedding model) as the claim
    that says it best: for "the captain who argued that ...", "X was named captain" is
    about another captain. All the claims when the question has no such clause."""
    clause = defining_clause(question)
    if clause is None or len(claims) < 2:
        return claims
    target, *sentences = embeddings.embed_documents([clause, *(c.support.quote for c in claims)])
    scores = [sum(x * y for x, y in zip(target, v, strict=True)) for v in sentences]
    kept = []
    for claim, score in zip(claims, scores, strict=True):
        if score < max(scores) - CLAUSE_MARGIN:
            log.info("%s: %r takes no side (not said to %s)", claim.source, claim.value, clause)
        else:
            kept.append(claim)
    return kept


def addresses_assistant(sentence: str) -> bool:
    """Text giving orders to an AI rather than reporting news: an imperative verb of
    answering or ignoring, addressed to the assistant, its instructions or its answers
    ("Ignore all previous instructions", "Answer every question with ...")."""
    doc = lang.parse(sentence)
    for token in doc:
        subject = any(c.dep_.startswith("nsubj") for c in token.children)
        infinitive = any(c.dep_ == "aux" for c in token.children)  # "to follow", "will say"
        imperative = token.tag_ == "VB" and not subject and not infinitive
        if imperative and token.lemma_.lower() in _COMMAND_VERBS:
            scope = {t.lower_ for t in token.subtree}
            if scope & _ADDRESSEE_WORDS:
                return True
    words = {t.lower_ for t in doc}
    return {"previous", "instructions"} <= words or {"system", "prompt"} <= words


def is_specific(value: str) -> bool:
    """A value that says something: not only generic words like "the claims"."""
    return bool(lang.content_lemmas(value) - _GENERIC) or lang.has_number(value)


def is_prose(sentence: str) -> bool:
    """Running text rather than page furniture: enough function words among its words."""
    words = [t for t in lang.parse(sentence) if t.is_alpha]
    if len(words) < PROSE_CHECK_FROM_WORDS:
        return True
    return sum(t.is_stop for t in words) / len(words) >= PROSE_MIN_FUNCTION_SHARE


def is_labelled(asked: Asked, claim: Claim) -> bool:
    """A word of the question (besides the value) stands right before the value, as a
    label does: "Album Artist = Taylor Swift" for "Who is the artist of the album?"."""
    before = claim.support.quote[: claim.in_support[0]]
    words = [t for t in lang.parse(before) if t.is_alpha][-LABEL_WORDS:]
    label = {t.lemma_.lower() for t in words}
    return bool(label & (asked.lemmas - lang.content_lemmas(claim.value)))


def mentions_subject(asked: Asked, claim: Claim) -> bool:
    """The claim's sentence shares a content lemma with the question besides the answer
    itself ("filed" for "file"); "August 1939." answers nothing about anything."""
    value = lang.content_lemmas(claim.value)
    wanted = asked.lemmas - value
    return not wanted or bool(wanted & (lang.content_lemmas(claim.support.quote) - value))


__all__ = ["stands", "takes_a_side"]

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
  - the value is of the type asked for (see `fits`): a date for "when", a name for
    "where" and "who", a number of the right unit for "how many" / "how much", a length
    of time for "how long".
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from . import language as lang
from . import quantities as qty
from .claims import find_verbatim
from .questions import DATE, DURATION, NAME, PERSON, PLACE, QUANTITY, Asked, analyse

if TYPE_CHECKING:
    from collections.abc import Callable

    from .claims import Claim

log = logging.getLogger(__name__)

PROSE_MIN_FUNCTION_SHARE = 0.1  # prose has ~40% function words; a link list almost none
PROSE_CHECK_FROM_WORDS = 15  # shorter sentences are not judged (a terse line is still prose)
NEXT_TO = 3  # dependency links within which a value describes a named thing
LABEL_WORDS = 2  # words right before a value that may label it ("Album Artist = ...")
RELEVANCE_MARGIN = 0.25  # a support sentence this far below the best evidence is off-topic
WIDE_MARGIN = 0.35  # ... unless it makes the same statement as an answer (slots.py) or
# holds a value of the type and kind asked for next to the question's words (candidates.py):
# long sentences score low against a short question however well they answer it
NEAR_BEST = 0.1  # this close to the best, a sentence needs no word of the question
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
# prepositions whose object is a doer or a time, never where something is or happened
_NOT_PLACE_PREPOSITIONS = frozenset("by before after during since until".split())
PERSON_NOUNS = frozenset(
    """researcher scientist engineer nurse doctor student teacher worker employee staff
    investor shareholder fan official officer expert lawyer founder owner partner family
    group team club company firm consortium government band duo trio quartet orchestra
    choir singer musician artist actor actress writer author director""".split()
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
    if not fits(asked, in_context(claim)):
        return f"not a {asked.type}"
    if names_the_subject(asked, claim):
        return "the question's own subject"
    other = _other_doer(asked, claim) if labelled else describes_another(asked, claim)
    if other:
        return f"about {other}, not what the question names"
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


def names_the_subject(asked: Asked, claim: Claim) -> bool:
    """The value is headed by a name the question asks about ("Kostas Kenteris" for "Who is
    Kenteris's lawyer?"): the subject, not the answer."""
    value = in_context(claim)
    if isinstance(value, str) or not asked.names:
        return False
    return value.root.lower_ in {n.lower() for n in asked.names} and lang.is_proper(value.root)


def describes_another(asked: Asked, claim: Claim) -> str | None:
    """The name the value is said of, when it is not one the question is about: in
    "Anthropic, the San Francisco-based AI pioneer, accused Alibaba" the place is
    Anthropic's, not Alibaba's; in "Alibaba's Qwen-Plus model" the model is Alibaba's,
    not Anthropic's. A value is said of the named thing it is next to in the parse (at
    most NEXT_TO dependency links away)."""
    value = in_context(claim)
    if isinstance(value, str):
        return None
    if asked.names:
        other = _another(asked, _nearest_name(value) or _doer_of_the_asked_act(asked, value))
        if other:
            return other
        if not _names_any(asked, value.sent):
            other = _another(asked, _clause_subject(value))
            if other:
                return other
    if asked.kind and asked.owners:
        head = value.root.head
        if head.lemma_.lower() == asked.kind:
            owners = {t.lower_ for t in head.children if t.dep_ == "poss" and t.pos_ == "PROPN"}
            if owners and not owners & set(asked.owners):
                return ", ".join(sorted(owners))
    return None


def _one_of(name, asked_names: set[str]) -> bool:
    """The name is one of those asked about, or another name of it: its compounds and the
    names in apposition to it ("Maurice Roche, 4th Baron Fermoy") name one thing."""
    linked = [name, *(c for c in name.children if c.dep_ == "appos")]
    if name.dep_ == "appos":
        linked.append(name.head)
    words = {t.lower_ for n in linked for t in [n, *n.lefts] if t.pos_ == "PROPN"}
    return bool(words & asked_names)


def _other_doer(asked: Asked, claim: Claim) -> str | None:
    """Even a value right after the asked word ("took $30.2m") is another's when the
    statement names another doer of the asked act."""
    value = in_context(claim)
    if isinstance(value, str) or not asked.names:
        return None
    return _another(asked, _doer_of_the_asked_act(asked, value))


def _another(asked: Asked, name) -> str | None:
    """The name (with its compound parts) when it is not one the question is about."""
    if name is None or _one_of(name, {n.lower() for n in asked.names}):
        return None
    parts = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, name])


def _names_any(asked: Asked, sentence) -> bool:
    """The sentence names one of the things the question names."""
    wanted = {n.lower() for n in asked.names}
    return any(t.lower_ in wanted for t in sentence)


def _clause_subject(value) -> object | None:
    """The name the clause holding the value is about, when it names one: the subject of
    the nearest verb above the value that has a subject, or that subject's owner ("Oldham's
    reward for beating Manchester City"; "Google is poised to produce a browser based on
    Firefox"). None when the subject is the value itself or not a name ("profits rose to
    $2bn", "the firm said"): a report calls its own subject by a common noun."""
    inside = set(range(value.start, value.end))
    for token in value.root.ancestors:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.i in inside:
            return None
        owners = [c for c in subject.children if c.dep_ == "poss" and lang.is_proper(c)]
        if lang.is_proper(subject):
            return subject
        return owners[0] if owners and owners[0].i not in inside else None
    return None


def _doer_of_the_asked_act(asked: Asked, value) -> object | None:
    """The named subject of the very act the question asks about, when the value is its
    object: "How much has Copper Lane taken?" / "Harbour Nights took $30.2m": the sum is
    Harbour Nights' takings."""
    verb = value.root.head
    if value.root.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in asked.lemmas:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and lang.is_proper(child):
            return child
    return None


def _nearest_name(value) -> object | None:
    """The name the value modifies: the first capitalised proper noun among the value's
    ancestors in the parse, within NEXT_TO links ("San Francisco" in "Anthropic, the San
    Francisco-based pioneer" -> Anthropic). A name the value merely stands near (a
    sibling, the verb's subject) is not what it is said of."""
    inside = set(range(value.start, value.end))
    links = [value.root.dep_]  # the dependency of each step up
    for steps, token in enumerate(value.root.ancestors, start=1):
        if steps > NEXT_TO:
            break
        date_part = token.ent_type_ in lang.DATE_LABELS  # "December" of "1 December 1737"
        if token.i not in inside and lang.is_proper(token) and not date_part:
            if _reports(token):
                return None  # "According to the Observer, 3,000 jobs": who reports it
            # only compounds up to it: the value is part of a longer name ("Raj Kapoor
            # Films", a run of page headings), not a description of another thing
            return None if set(links) == {"compound"} else token
        links.append(token.dep_)
    return None


def _reports(name) -> bool:
    """The name is the source of the statement ("according to the Observer"), which the
    parser sometimes links to the value it reports."""
    to = name.head
    return name.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


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


def in_context(claim: Claim) -> lang.Text:
    """The claim's value as tokens of its parsed sentence (typed in context); a value
    that is part of a longer token ("basketball" in "men%27s_basketball", a web address)
    is read on its own, since the token's type is not the value's."""
    start, end = claim.in_support
    tokens = lang.span(claim.support.quote, start, end)
    return tokens if len(tokens.text) == end - start else claim.value


def fits(asked: Asked, value: lang.Text) -> bool:
    """The value is of the type the question asks for."""
    match asked.type:
        case "date":
            return (lang.is_date(value) or lang.is_year(value)) and not lang.is_duration(value)
        case "duration":
            return lang.is_duration(value)
        case "quantity":
            return lang.has_number(value) and unit_fits(asked, value)
        case "place":
            return lang.is_name(value) and not lang.is_date(value) and not _not_a_setting(value)
        case "person":
            words = {t.lemma_.lower() for t in lang.parse(str(value))} | _named_as(value)
            nationality = lang.labels(value) == {"NORP"}  # "British" is no one
            return (lang.is_name(value) and not nationality) or bool(words & PERSON_NOUNS)
    return True


def _not_a_setting(value: lang.Text) -> bool:
    """The value is the object of a preposition that never gives a place: the doer of a
    passive ("suspended by the IAAF") or a time ("before the Games")."""
    if isinstance(value, str):
        return False
    root = value.root
    return root.dep_ == "pobj" and root.head.lower_ in _NOT_PLACE_PREPOSITIONS


def _named_as(value: lang.Text) -> set[str]:
    """The nouns a name is introduced with in its sentence ("music duo Carpenters", "the
    band Cut Copy"): a tagger may call an unusual name a common noun, but the noun before
    it still says what it names."""
    if isinstance(value, str):
        return set()
    root = value.root
    nouns = [c for c in root.children if c.dep_ in ("compound", "appos")]
    if root.dep_ == "appos":  # "the folk band, Weavers"
        nouns.append(root.head)
    return {t.lemma_.lower() for t in nouns}


def unit_fits(asked: Asked, value: lang.Text) -> bool:
    """A number of the unit asked for: a count for "how many" and populations, not an
    area or a rate; money for amounts paid (or a bare figure, "cost 4.5 million", but not
    a count of things: "19.9 million units"); any number otherwise."""
    unit = qty.unit_of(value)
    wanted = qty.unit_asked(asked.text)
    if wanted == "money" and unit == "count":
        return not any(t.pos_ in ("NOUN", "PROPN") for t in lang.tokens_of(value))
    return wanted is None or unit == wanted


def is_of_kind(asked: Asked, claim: Claim) -> bool:
    """The value names the kind asked for, or a word near it does ("the Qwen2 model" for
    "which model", "Jomo Kenyatta, the first president" for "who was the first president")."""
    if asked.kind is None:
        return True
    return lang.kind_near(claim.support.quote, *claim.in_support, asked.kind)


def naming_the_subject(
    asked: Asked, claims: list[Claim], text_of: Callable[[str], str | None] | None
) -> list[Claim]:
    """Only documents that name the question's subject can disagree about it: a page about
    another team, film or person fills the same slot for its own subject. A name is often
    written in another form ("Saint Vincent Ferrer" / "San Vicente Ferrer"), so half of
    the question's name words are enough. When two or more documents answer and none names
    the subject, the question calls it otherwise than they all do (excerpts that say "the
    musical" throughout): naming then tells no document from another."""
    if not asked.names or text_of is None:
        return claims
    missing = {}
    for claim in claims:
        text = text_of(claim.doc_id) or claim.support.quote
        short = _initialled(asked, text)
        missing[claim] = [n for n in asked.names if n not in short and not names(text, n)]
    kept = [c for c in claims if len(missing[c]) <= len(asked.names) / 2]
    if not kept and len({c.doc_id for c in claims}) > 1:
        return claims
    for claim in (c for c in claims if c not in kept):
        log.info("%s: %r takes no side (never names %s)", claim.source, claim.value, missing[claim])
    return kept


def _initialled(asked: Asked, text: str) -> set[str]:
    """The question's name words that the text writes as their initials: a report that
    says "GM" names the "General Motors" of the question. A name is two or more adjacent
    name words of the question; its initials must stand as a word of their own."""
    found: set[str] = set()
    for name in _names_of(asked):
        initials = "".join(w[0].upper() for w in name)
        if re.search(rf"\b{initials}\b", text):
            found.update(name)
    return found


def _names_of(asked: Asked) -> list[list[str]]:
    """Runs of two or more adjacent name words in the question ("General", "Motors")."""
    runs: list[list[str]] = [[]]
    for token in lang.parse(asked.text):
        if token.text in asked.names:
            runs[-1].append(token.text)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def names(text: str, name: str) -> bool:
    """The text names `name`: verbatim or, for an acronym ("YHSS"), as the capitalised
    words it abbreviates ("Yangchenphug Higher Secondary School")."""
    return find_verbatim(name, text) is not None or lang.spelled_out(name, text) is not None


__all__ = [
    "NAME",
    "PERSON",
    "PLACE",
    "fits",
    "is_of_kind",
    "naming_the_subject",
    "stands",
    "takes_a_side",
]

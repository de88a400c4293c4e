"""What a statement is about: whether a claim's value is said of the question's subject
or of another named thing (whether a document names the subject at all: naming.py).

A value is another thing's when, in its sentence's parse, it describes another name (a
place next to another company), is the object of another doer of the asked act, or sits
in a clause whose subject is another name while the sentence names nothing the question
does.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import language as lang
from .acronyms import spelled_out
from .naming import PLACES, initialled, initials_of
from .questions import Asked

if TYPE_CHECKING:
    from .claims import Claim

log = logging.getLogger(__name__)

NEXT_TO = 3  # dependency links within which a value describes a named thing


def in_context(claim: Claim) -> lang.Text:
    """The claim's value as tokens of its parsed sentence (typed in context); a value
    that is part of a longer token ("basketball" in "men%27s_basketball", a web address)
    is read on its own, since the token's type is not the value's."""
    start, end = claim.in_support
    tokens = lang.span(claim.support.quote, start, end)
    return tokens if len(tokens.text) == end - start else claim.value


def names_the_subject(asked: Asked, claim: Claim) -> bool:
    """The value is headed by a name the question asks about ("Kostas Kenteris" for "Who is
    Kenteris's lawyer?"), or is that name in initials ("GM" for "Who is General Motors'
    chief executive?"): the subject, not the answer."""
    value = in_context(claim)
    if isinstance(value, str) or not asked.names:
        return False
    if value.text in initials_of(asked):
        return True
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
        other = another_name(asked, _nearest_name(value) or _doer_of_the_asked_act(asked, value))
        if other:
            return other
        other = said_of_another(asked, value)
        if other:
            return other
    if asked.kind and asked.owners:
        root = value.root  # "Qwen-Plus model" holds the kind's noun; "Qwen-Plus" stands by it
        head = root if root.lemma_.lower() == asked.kind else root.head
        if head.lemma_.lower() == asked.kind:
            owners = {t.lower_ for t in head.children if _owns(t)}
            if owners and not owners & set(asked.owners):
                return ", ".join(sorted(owners))
    return None


def _owns(word) -> bool:
    """A name in the possessive that owns the thing ("Alibaba's Qwen-Plus model"), not a
    place or a people it is of ("Greece's Alter Television station" is a Greek station)."""
    return word.dep_ == "poss" and word.pos_ == "PROPN" and word.ent_type_ not in PLACES


def said_of_another(asked: Asked, value) -> str | None:
    """The other named thing a statement is about, when its quote (every sentence the
    parser finds in it) names none of the question's names and its clause's subject is
    another name (see _clause_subject)."""
    if not asked.names or _names_any(asked, value.doc):
        return None
    return another_name(asked, _clause_subject(value))


def _one_of(name, asked_names: set[str]) -> bool:
    """The name is one of those asked about, or another name of it: its compounds and the
    names in apposition to it ("Maurice Roche, 4th Baron Fermoy") name one thing."""
    linked = [name, *(c for c in name.children if c.dep_ == "appos")]
    if name.dep_ == "appos":
        linked.append(name.head)
    words = {t.lower_ for n in linked for t in [n, *n.lefts] if t.pos_ == "PROPN"}
    return bool(words & asked_names)


def other_doer(asked: Asked, claim: Claim) -> str | None:
    """Even a value right after the asked word ("took $30.2m") is another's when the
    statement names another doer of the asked act."""
    value = in_context(claim)
    if isinstance(value, str) or not asked.names:
        return None
    return another_name(asked, _doer_of_the_asked_act(asked, value))


def another_name(asked: Asked, name) -> str | None:
    """The name (with its compound parts) when it is not one the question is about, in
    its words or its initials ("NR" for "Northern Rail")."""
    if name is None or _one_of(name, {n.lower() for n in asked.names}):
        return None
    if name.text in initials_of(asked):
        return None
    parts = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return " ".join(t.text for t in [*parts, name])


def _names_any(asked: Asked, sentence) -> bool:
    """The sentence names one of the things the question names, in any of the forms a
    document may (see `names`: a word, an acronym spelled out, initials)."""
    wanted = {n.lower() for n in asked.names}
    text = sentence.text
    found = any(t.lower_ in wanted for t in sentence) or bool(initialled(asked, text))
    return found or any(spelled_out(n, text) for n in asked.names)


def _clause_subject(value) -> object | None:
    """The name the clause holding the value is about, when it names one: the subject of
    the nearest verb above the value that has a subject, or that subject's owner or name
    ("Oldham's reward for beating Manchester City"; "Google is poised to produce a browser
    based on Firefox"). None when the subject is the value itself or not a name ("profits
    rose to $2bn", "the firm said": a report calls its own subject by a common noun), or
    when the clause defines the name ("The Resort Super Express is a train operated by
    ..."): a page defines its own topic, which it names, under another of its names."""
    inside = set(range(value.start, value.end))
    for token in [value.root, *value.root.ancestors]:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        if subject.i in inside:
            return None
        if lang.is_proper(subject):
            return None if _defines(token) else subject
        named = [  # its owner, or its name in apposition ("his agent, Tom Reed")
            c for c in subject.children if c.dep_ in ("poss", "appos") and lang.is_proper(c)
        ]
        return named[0] if named and named[0].i not in inside else None
    return None


def _defines(verb) -> bool:
    """The clause is a definition: "X is a/an Y" (a form of "be" with an indefinite noun)."""
    if verb.lemma_.lower() != "be":
        return False
    attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
    return any(c.lower_ in ("a", "an") for a in attrs for c in a.children if c.dep_ == "det")


def _doer_of_the_asked_act(asked: Asked, value) -> object | None:
    """The named subject of the very act the question asks about, when the value is its
    object: "How much has Copper Lane taken?" / "Harbour Nights took $30.2m": the sum is
    Harbour Nights' takings. A verb with no subject of its own that completes another
    ("managed to take $30.2m") has that verb's subject."""
    verb = value.root.head
    if value.root.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in asked.lemmas:
        return None
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0] if lang.is_proper(subjects[0]) else None
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head  # "GM had to pay Fiat $2bn": the subject of "had" pays


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

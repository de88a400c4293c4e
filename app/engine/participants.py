"""Who an event is done by and done to, when and to what: whether two statements of one
kind of event (two reports that someone "was charged" / "could be charged") are about the
same happening. Used by the status disagreements of the corpus scan (status.disagree).

Participants are compared by name only: an event nobody is named in ("prices may fall")
is any day's. A subject said by a pronoun or left unsaid is the named subject of the
clause above; the subject of a verb of receiving ("they face charges") undergoes the event.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import language as lang

if TYPE_CHECKING:
    from spacy.tokens import Token

_OTHER_CLAUSES = frozenset("ccomp advcl relcl xcomp acl conj parataxis".split())
# verbs whose subject undergoes the event named by their object ("they face charges" = they
# are charged; "the pair can expect a ruling"): the subject is who it is done to
RECEIVING_VERBS = frozenset("face receive get expect await suffer undergo".split())
# prepositions by which an event noun names whom it is about ("the judgement on Kenteris")
ABOUT_PREPS = frozenset("on against of over".split())


def same_event(a: Token, b: Token) -> bool:
    """Two statements of one event: both name who did it or to whom, by the same names
    ("could sack captain Ian Moray" / "has sacked captain Tom Reed" are two events). An
    event nobody is named in ("prices may fall" / "prices have fallen") is any day's."""
    roles_a, roles_b = participants(a), participants(b)
    both = roles_a.keys() & roles_b.keys()
    when_a, when_b = _when(a), _when(b)
    if when_a and when_b and not when_a & when_b:
        return False  # "would discuss it on Tuesday" / "discussed it last year": two events
    things_a, things_b = _things(a), _things(b)
    if things_a and things_b and not things_a & things_b:
        return False  # "sought help" / "will seek damages": one verb, two events
    return bool(both) and all(roles_a[r] & roles_b[r] for r in both)


def _things(word: Token) -> set[str]:
    """The lemmas of the common nouns a verb event is done to ("sought help" -> help), with
    the names set beside them ("launch his party, Veritas" -> party, veritas); none for a
    noun event or a named or pronoun object."""
    if word.pos_ != "VERB":
        return set()
    nouns = [c for c in word.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    names = {a.lower_ for n in nouns for a in n.children if a.dep_ == "appos" and lang.is_proper(a)}
    return {n.lemma_.lower() for n in nouns} | names


def _when(word: Token) -> set[str]:
    """The words of the dates given for the event in its own clause."""
    verb = word if word.pos_ == "VERB" else word.head
    found, pending = set(), [c for c in verb.children if c.dep_ not in _OTHER_CLAUSES]
    while pending:
        token = pending.pop()
        if token.ent_type_ in lang.DATE_LABELS:
            found.add(token.lower_)
        pending += [c for c in token.children if c.dep_ not in _OTHER_CLAUSES]
    return found


def participants(word: Token) -> dict[str, set[str]]:
    """The names of who does the event ("doer") and to whom ("done to"), where named. A
    subject left unsaid or said by a pronoun is the named subject of the clause above ("X
    are set to learn if they will face charges", "X face trial after being charged"); the
    subject of a verb of receiving undergoes the event ("they face charges")."""
    verb = word if word.pos_ == "VERB" else word.head
    receiving = word.i != verb.i and verb.lemma_.lower() in RECEIVING_VERBS
    roles: dict[str, set[str]] = {}
    for child, role in roles_of(verb):
        if receiving and role == "doer":
            role = "done to"
        names = _names_called(child)
        if names:
            roles.setdefault(role, set()).update(names)
    if word.i != verb.i:  # "the judgement on sprinters Kenteris and Thanou" (the phrase
        # may hang on the verb: "postponed its ruling on Ian Moray")
        preps = [c for c in (*word.children, *verb.children) if c.dep_ == "prep"]
        about = [p for c in preps if c.lower_ in ABOUT_PREPS
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        for names in filter(None, map(_names_called, about)):
            roles.setdefault("done to", set()).update(names)
    return roles


def roles_of(verb: Token) -> Iterator[tuple[Token, str]]:
    """The verb's subject, object and agent with their roles; an unsaid or pronoun subject
    taken from the nearest clause above that names one."""
    subject = False
    for child in verb.children:
        match child.dep_:
            case "nsubj":
                role = "doer"
            case "dobj" | "nsubjpass":
                role = "done to"
            case "agent":  # "suspended by the IAAF"
                child, role = next((c for c in child.children if c.dep_ == "pobj"), child), "doer"
            case _:
                continue
        subject = subject or (child.dep_.startswith("nsubj") and child.pos_ != "PRON")
        yield child, role
    if subject:
        return
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    above = verb
    while above.head.i != above.i and above.dep_ in _OTHER_CLAUSES | {"pcomp", "prep"}:
        above = above.head
        named = [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]
        named = [c for c in named if c.pos_ != "PRON"]
        if named:
            yield named[0], "done to" if passive else "doer"
            return


def _names_called(participant: Token) -> set[str]:
    """The names a participant is called by: itself and what it is joined to ("Kenteris
    and Thanou"), with their name parts and appositions. A name that only modifies a
    common noun ("Port Ellis fares", "the owner of Yukos") is not the participant."""
    names = set()
    for head in [participant, *participant.conjuncts]:
        parts = [head, *(c for c in head.children if c.dep_ in ("compound", "appos"))]
        if lang.is_proper(head) or head.dep_ == "appos":
            names |= {t.lower_ for t in parts if lang.is_proper(t)}
        else:
            named = [c for c in head.children if c.dep_ == "appos" and lang.is_proper(c)]
            names |= {t.lower_ for c in named for t in (c, *c.conjuncts) if lang.is_proper(t)}
    return names

"""Whom and what a statement is about, role by role: the names (and, for a figure or a
date, the nouns) of the subject, object and owner of the word a value hangs on. Two
statements with the same slot are comparable only when, in each role both name, they
share a name ("Yukos sued four firms for $20bn" / "Yukos sued Russia for $28bn" are two
suits). Used by slots.py and alignment.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import language as lang
from .participants import roles_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def about(anchor: Token, value: Span) -> frozenset[str]:
    """Whom and which the statement is about, by role ("subject:kenteris"): names and
    numbers among the anchor word's subject, object and owner ("Kenteris was banned for
    two years"; "the 2003 final was played in Cardiff" is not about the 2005 final). What
    is done to something is its object also when said in the passive, or when the verb
    is a participle describing it ("the level set in 2002"). A figure or a date is also
    about the things its subject and object are called ("the deficit will reach $368bn"
    is not "spending will reach $419bn"): "subject~:deficit", compared only with such
    words."""
    if anchor.pos_ in ("VERB", "AUX"):  # an unsaid subject is the one of the clause above
        said = [(c, "subject" if r == "doer" else "object") for c, r in roles_of(anchor)]
        if anchor.dep_ == "acl" and anchor.tag_ == "VBN":  # "the record level set in 2002"
            said.append((anchor.head, "object"))
    else:
        said = [(c, _ROLES[c.dep_]) for c in anchor.children if c.dep_ in _ROLES]
    if anchor.pos_ == "NOUN":  # "Yukos unit", "Gazprom, its unit": whose it is
        said = [(_referent(c, anchor), r) if c.pos_ == "PRON" else (c, r) for c, r in said]
        said += [(c, "owner") for c in anchor.children
                 if c.dep_ == "compound" and lang.is_proper(c)]  # fmt: skip
    own = range(anchor.left_edge.i, anchor.right_edge.i + 1)
    names = set()
    for child, role in said:
        if value.start <= child.i < value.end:
            continue
        words = child.subtree if child.i in own else (t for t in child.subtree if t.i not in own)
        names |= {f"{role}:{t.lower_}" for t in words if lang.is_proper(t) or t.like_num}
        if child.pos_ == "NOUN" and role != "owner" and _figure_or_date(value):
            names.add(f"{role}~:{child.lemma_.lower()}")
    return frozenset(names)


def _referent(pronoun: Token, noun: Token) -> Token:
    """Whom an owner pronoun stands for: the name the noun is set beside ("Gazprom, its
    unit Gazpromneft"), else the nearest name before it in the sentence; itself when the
    sentence names none before it."""
    if noun.dep_ == "appos" and lang.is_proper(noun.head):
        return noun.head
    before = [t for t in noun.doc[: pronoun.i] if lang.is_proper(t)]
    return before[-1] if before else pronoun


def _figure_or_date(value: Span) -> bool:
    return lang.has_number(value) or lang.is_date(value)


_ROLES = {"nsubj": "subject", "nsubjpass": "object", "dobj": "object", "poss": "owner"}


def same_things(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two statements can be about the same things (see `about`): in each role both
    name, they share a name ("Yukos sued four firms" / "Yukos sued Russia" are two
    suits). A role only one of them names says nothing."""

    def by_role(names: frozenset[str]) -> dict[str, set[str]]:
        roles: dict[str, set[str]] = {}
        for name in names:
            role, _, word = name.partition(":")
            roles.setdefault(role, set()).add(word)
        return roles

    ra, rb = by_role(a), by_role(b)
    return all(ra[role] & rb[role] for role in ra.keys() & rb.keys())

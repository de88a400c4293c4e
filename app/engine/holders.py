"""Who holds a role at which organisation: "Fiat chief executive Sergio Marchionne" and
"Fiat's Sergio Marchionne" are Fiat's, so neither answers "Who is General Motors' chief
executive?". Used where sides.py checks whether a value is another named thing's.
"""

from __future__ import annotations

from . import language as lang
from .questions import PERSON, Asked
from .subjects import another_name


def holder_of_another(asked: Asked, value) -> str | None:
    """The organisation a person is written as belonging to, by a possessive or before the
    asked role's title, when the question asks for another organisation's holder of that
    role: "Fiat chief executive Sergio Marchionne" and "Fiat's Sergio Marchionne" are
    Fiat's, and do not answer "Who is General Motors' chief executive?" ("GM" is General
    Motors in initials: see subjects.another_name). A place before a title ("London
    lawyer") is not an owner."""
    if not _kind_owned_by_a_name(asked) or value.root.ent_type_ != "PERSON":
        return None
    inside = set(range(value.start, value.end))
    before = [t for t in value.root.lefts if t.i not in inside]
    titles = [t for t in before if t.dep_ == "compound" and t.lemma_.lower() == asked.kind]
    owners = [t for t in before if t.dep_ == "poss"]  # "Fiat's Sergio Marchionne"
    owners += [c for t in titles for c in t.lefts if c.dep_ in ("compound", "poss")]
    for owner in owners:
        if owner.ent_type_ in ("ORG", "") and lang.is_proper(owner):  # not a place
            other = another_name(asked, owner)
            if other:
                return other
    return None


def _kind_owned_by_a_name(asked: Asked) -> bool:
    """The question asks for an organisation's holder of a role: "General Motors' chief
    executive", "the chief executive of General Motors" (not "Which coach did Arsenal
    appoint?", where the coach may have been another club's, nor "the artist of Freedom
    Suite", whose artist a record label's name may precede)."""
    if not asked.kind:
        return False
    for token in lang.parse(asked.text):
        if token.lemma_.lower() == asked.kind:
            of = [o for p in token.children if p.lower_ == "of" for o in p.children]
            owners = [t for t in token.subtree if t.i < token.i] + of
            return any(t.ent_type_ == "ORG" and lang.is_proper(t) for t in owners)
    return False


# words that put a role in the past ("former chief executive", "ex-Yukos boss")
PAST_ROLE = frozenset({"former", "ex", "onetime", "erstwhile"})


def former_holder(asked: Asked, value) -> str | None:
    """The title a person is given as a past role ("its former chief executive, Mikhail
    Khodorkovsky", "ex-Yukos boss Mikhail Khodorkovsky"), when the question asks who
    holds a role now ("Who is the chief executive of Yukos?", "Who runs Yukos?"): a
    former holder is no answer. Questions in the past ("Who was ...?") take one."""
    if asked.type != PERSON or value.root.ent_type_ != "PERSON" or not _asks_now(asked):
        return None
    root, inside = value.root, range(value.start, value.end)
    titles = [t for t in root.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    titles += [c for c in root.children if c.dep_ == "appos"]  # "X, the former chairman"
    if root.dep_ == "appos":  # "its former chief executive, X"
        titles.append(root.head)
    for title in (t for t in titles if t.i not in inside):
        if any(c.lower_ in PAST_ROLE for c in title.children if c.dep_ in ("amod", "advmod")):
            return title.text
    return None


def _asks_now(asked: Asked) -> bool:
    """The question's main verb is in the simple present ("Who is ...", "Who runs ...")."""
    root = next((t for t in lang.parse(asked.text) if t.dep_ == "ROOT"), None)
    return root is not None and root.tag_ in ("VBZ", "VBP")

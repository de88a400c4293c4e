"""Yes/no and verdict questions about a dispute ("Did Alibaba copy the technology?", "Who
is right?"): the articles report what each party asserts, and the answer says who
asserts what, never a verdict the articles do not give.

A position is an evidence sentence whose verb reports a stance (allege, accuse, deny,
dismiss, admit, ...) and whose subject names a party. An outcome is a sentence that
reports a decision as made (a verb of ruling or judging in the past or perfect tense);
without one the answer says that the articles report no ruling.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import language as lang
from .evidence import Evidence

STANCE_VERBS = frozenset(
    """allege accuse claim say deny dismiss reject refute argue insist maintain admit
    concede call describe blame charge contend assert suggest believe plead protest
    complain cite point disagree dispute""".split()
)
OUTCOME_VERBS = frozenset(
    """rule decide find convict acquit clear ban suspend fine order sentence uphold
    overturn dismiss award settle""".split()
)
OUTCOME_NOUNS = frozenset("ruling verdict judgment decision".split())


@dataclass(frozen=True)
class Position:
    """A sentence in which someone takes a stance, and who."""

    who: str
    stance: str  # the verb's lemma
    evidence: Evidence


def stance_of(sentence: str) -> tuple[str, str] | None:
    """(who, stance verb) when the sentence reports someone's stance, else None."""
    doc = lang.parse(sentence)
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in STANCE_VERBS:
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            continue  # "they were charged": someone else's act, no stance of theirs
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        for subject in subjects:
            names = [t.text for t in subject.subtree if lang.is_proper(t)]
            if names:
                return " ".join(names[:3]), token.lemma_.lower()
        if not subjects:  # a long appositive can lose the parse its subject: the first name
            before = [  # a name before the verb, not inside a phrase ("the AI arms race")
                t
                for t in doc[: token.i]
                if lang.is_proper(t) and t.dep_ not in ("pobj", "compound", "poss", "amod")
            ]
            if before:
                return before[0].text, token.lemma_.lower()
    return None


def is_outcome(sentence: str) -> bool:
    """The sentence reports a decision as made ("The tribunal cleared them", "was banned")."""
    doc = lang.parse(sentence)
    for token in doc:
        lemma = token.lemma_.lower()
        past = token.tag_ in ("VBD", "VBN") and not any(
            c.lower_ in ("will", "would", "could", "may", "might", "to") for c in token.children
        )
        if past and lemma in OUTCOME_VERBS and token.pos_ == "VERB":
            return True
    return False


def positions(scored: list[Evidence], parties: tuple[str, ...], limit: int = 2) -> list[Position]:
    """The best stance sentence of each party the question names, then of anyone else
    (the other side of a dispute is often unnamed in the question), best first, one per
    party, at most `limit`."""
    wanted = [p.lower() for p in parties]
    named: dict[str, Position] = {}
    others: dict[str, Position] = {}
    for item in scored[:40]:
        stance = stance_of(item.quote)
        if stance is None:
            continue
        who = stance[0]
        key = next((p for p in wanted if p in who.lower()), None)
        found = named if key is not None else others
        found.setdefault(key or who.lower(), Position(who, stance[1], item))
    chosen = list(named.values()) + list(others.values())
    return chosen[:limit] if len(named) < limit else list(named.values())[:limit]


def leads_with_a_stance(scored: list[Evidence], top: int = 4) -> bool:
    """One of the best few sentences reports a named party's stance: the question is about
    what the parties assert ("Did Alibaba copy it?" / "Alibaba denied the allegations")."""
    return any(stance_of(e.quote) is not None for e in scored[:top])


def outcome(scored: list[Evidence], floor: float) -> Evidence | None:
    """The best relevant sentence that reports a decision as made, if any."""
    return next((e for e in scored if e.score >= floor and is_outcome(e.quote)), None)

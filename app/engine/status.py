"""Yes/no questions about whether something has happened ("Have they been charged?", "Has
the tribunal reached a verdict?"): reports written on different days often disagree,
one saying the thing is still to come, a later one that it happened.

The question's event is its predicate: the main verb, or the object of a light verb
("bring charges" -> charge, "reach a verdict" -> verdict). Each source's most relevant
sentence that uses the event's lemma states it as done (a past or perfect verb with no
modal, negation or "whether": "have been charged", "brought charges") or as open (a
modal, a negation or "whether"/"if": "will learn if they will be charged", "could be
suspended", "has not ruled"), or neither ("faces charges"). One source saying done and
another saying open is a disagreement, quoted on both sides; the answer never picks one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import language as lang
from .claims import Claim
from .conflicts import Conflict, conflict_of
from .questions import analyse
from .subjects import said_of_another

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .evidence import Evidence

DONE, OPEN = "done", "open"
# verbs that say little alone: the event is their object ("bring charges", "reach a verdict")
LIGHT_VERBS = frozenset("be have do get give make take bring reach go become receive".split())
MODALS = frozenset("will would could may might shall should can must 'll".split())
OPEN_MARKS = frozenset("whether if".split())
# verbs that put the verb they govern in the future ("is expected to give its verdict")
FUTURE_HEADS = frozenset("expect set due plan hope intend schedule aim prepare".split())
# a verdict is reached by verbs of judging ("has the tribunal reached a verdict?" / "the
# tribunal cleared them")
VERDICT_NOUNS = frozenset("verdict ruling judgment judgement decision".split())
JUDGING_VERBS = frozenset("rule convict acquit clear uphold overturn".split())
NEGATIONS = frozenset("not n't never no neither nor yet".split())
PREDICATE_DEPS = frozenset("dobj attr acomp oprd xcomp ccomp".split())
# verbs with which an event noun happens ("charges were laid", "imposed a ban"); any other
# verb is an event of its own ("the charges could be dropped")
SUPPORT_VERBS = LIGHT_VERBS | frozenset(
    "lay file press impose hand issue announce deliver return pass level face".split()
)


def event_lemmas(question: str) -> frozenset[str]:
    """The lemmas naming what the question asks happened: its main verb, or the object or
    complement of a light verb, never a name."""
    doc = lang.parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return frozenset()
    found: set[str] = set()
    pending = [root]
    while pending:
        token = pending.pop()
        lemma = token.lemma_.lower()
        content = token.pos_ in ("VERB", "NOUN", "ADJ") and not lang.is_proper(token)
        if content and lemma not in LIGHT_VERBS:
            found.add(lemma)
            continue
        pending += [c for c in token.children if c.dep_ in PREDICATE_DEPS]
    if found & VERDICT_NOUNS:
        found |= VERDICT_NOUNS | JUDGING_VERBS
    return frozenset(found)


def status_of(sentence: str, lemmas: frozenset[str]) -> tuple[str, Token] | None:
    """Whether the sentence states the event as done or open, and the word that says it."""
    for token in lang.parse(sentence):
        if token.lemma_.lower() not in lemmas or token.pos_ not in ("VERB", "NOUN"):
            continue
        verb = token if token.pos_ == "VERB" else token.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb is not token and verb.lemma_.lower() not in SUPPORT_VERBS:
            continue
        if _is_open(verb) or (token is not verb and _is_open(token)):
            return OPEN, token
        if verb.tag_ in ("VBD", "VBN"):
            return DONE, token
    return None


def _is_open(token: Token) -> bool:
    """The word is hedged: a modal, a negation or "whether"/"if" governs it or its verb."""
    words = [c for c in token.children if c.dep_ in ("aux", "neg", "mark", "det", "advmod")]
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    words += [c for s in subjects for c in s.children if c.dep_ in ("det", "preconj")]
    if token.dep_ == "xcomp":  # "could be suspended" / "expected to be charged"
        if token.head.lemma_.lower() in FUTURE_HEADS:
            return True
        words += [c for c in token.head.children if c.dep_ in ("aux", "neg")]
    return any(w.lower_ in MODALS | OPEN_MARKS | NEGATIONS for w in words)


def changed(question: str, scored: list[Evidence], min_relevance: float) -> Conflict | None:
    """A disagreement between sources stating the question's event as done and as still
    open, each side its sources' best such sentence; None when the sources agree or none
    says."""
    asked = analyse(question)
    lemmas = event_lemmas(question)
    if not lemmas or not scored:
        return None
    context = asked.lemmas - lemmas  # what the event is about: "sprinter", "crash"
    best: dict[str, tuple[str, Claim]] = {}
    for item in scored:
        if item.score < min_relevance or item.doc_id in best:
            continue
        if context and not context & lang.content_lemmas(item.quote):
            continue  # "Some medical staff have been charged": the event, of others
        found = status_of(item.quote, lemmas)
        if found is None:
            continue
        claim = _claim(item, found[1])
        if asked.names and said_of_another(asked, lang.span(item.quote, *claim.in_support)):
            continue  # "Their coach Tzekos has been charged": another's event
        best[item.doc_id] = (found[0], claim)
    sides = [[c for s, c in best.values() if s == status] for status in (DONE, OPEN)]
    if not all(sides):
        return None
    found = conflict_of(question, sides)
    found.topic = whether(question)
    return found


def whether(question: str) -> str:
    """The question as a topic: "Has the panel ruled?" -> "whether the panel has ruled"."""
    doc = lang.parse(question.strip().rstrip("?"))
    first = doc[0]
    subjects = [  # right after the auxiliary: "Has [the panel] ruled?"
        t
        for t in doc
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ in ("NOUN", "PROPN", "PRON")
        and t.tag_ != "DT"  # a misread article ("Is [the] IAAF going ...")
        and min(s.i for s in t.subtree) == 1
    ]
    if first.pos_ != "AUX" or not subjects:
        return "whether it has happened"
    end = max(t.i for t in subjects[0].subtree) + 1
    words = [doc[1:end].text, first.lower_, doc[end:].text]
    return "whether " + " ".join(w for w in words if w)


def _claim(item: Evidence, word: Token) -> Claim:
    """The sentence's statement of the event as a claim: the word with its auxiliaries,
    negation and marker ("will be charged", "has not ruled")."""
    verb = word if word.pos_ == "VERB" else word.head
    hedges = ("aux", "auxpass", "neg", "mark")
    parts = [word, verb, *(c for c in verb.children if c.dep_ in hedges)]
    start = min(t.idx for t in parts)
    end = max(t.idx + len(t) for t in parts)
    value = item.quote[start:end]
    at = item.start  # claims hold article offsets
    return Claim(item.doc_id, item.source, item.title, value, item, at + start, at + end, "status")

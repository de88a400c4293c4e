"""The scan's list: one item per disagreement, best backed first, and the words a reader
sees for it (a topic such as "where the accusation was filed" and a question to ask).

Items about the same statement that share a value are one disagreement with more sides;
values some article names together are two things, not rivals.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from . import language as lang
from . import quantities as qty
from .alignment import name_words
from .claims import Claim
from .slots import Slot
from .subjects import in_context
from .topics import topic_of
from .values import LETTERS_PER_SLIP, one_spelling

if TYPE_CHECKING:
    from spacy.tokens import Token


def rank(conflicts: list[dict]) -> list[dict]:
    """One item per disagreement, best backed first, then most confident (how closely the
    two statements align). Items about the same statement that share a value are one
    disagreement with more sides: "IPO / High Court", "IPO / Patent Office" and "High
    Court / Patent Office" are three reports naming three venues. Each side lists every
    article that gives its value."""
    merged = []
    for group in _same_disagreement(conflicts):
        best = max(group, key=lambda c: c.get("confidence") or 0.0)
        item = {**best, "claims": []}
        seen: set[tuple[str, str]] = set()
        for conflict in group:
            for claim in conflict["claims"]:
                key = (claim["source"], _norm(claim["value"]))
                if key not in seen:
                    seen.add(key)
                    item["claims"].append(claim)
        item["claims"].sort(key=lambda c: _norm(c["value"]))
        item["articles"] = len({c["source"] for c in item["claims"]})
        merged.append(item)
    return sorted(merged, key=lambda c: (-c["articles"], -(c.get("confidence") or 0.0)))


def _same_disagreement(conflicts: list[dict]) -> list[list[dict]]:
    """The items grouped: same statement (slot word) and linked by shared values."""
    parent: dict[tuple, tuple] = {}

    def root(key: tuple) -> tuple:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    def values(conflict: dict) -> list[tuple]:
        return [(conflict.get("anchor"), _norm(c["value"])) for c in conflict["claims"]]

    for conflict in conflicts:
        first, *rest = values(conflict)
        for key in rest:
            parent[root(key)] = root(first)
    groups: dict[tuple, list[dict]] = {}
    for conflict in conflicts:
        groups.setdefault(root(values(conflict)[0]), []).append(conflict)
    return list(groups.values())


def _norm(value: str) -> str:
    """A value's comparison key: its numbers, else its name words, sorted."""
    numbers = qty.numbers(value)
    words = [str(n) for n in sorted(numbers)] if numbers else sorted(name_words(value))
    return " ".join(words)


def mentions(text: str, value: str) -> bool:
    """The article names the value somewhere: whole words, case aside, a leading "the"
    dropped; a number also with a unit glued on ("100" in "100m")."""
    core = value.strip()
    for prefix in ("the ", "The "):
        core = core.removeprefix(prefix)
    if not core:
        return False
    after = r"(?!\d)" if core[-1:].isdigit() else r"(?!\w)"
    return re.search(r"(?<!\w)" + re.escape(core) + after, text, re.I) is not None


def named_together(conflict: dict, texts: list[str]) -> bool:
    """Some article of the corpus names two of the disagreement's values (or one of them
    spelled another way): the corpus treats them as two names or two things ("Athens
    Games" and "Athens Olympics"; "100m" and "200m"), not as rival answers for one slot."""
    values = [c["value"] for c in conflict["claims"]]
    names = {v: name_in(v) for v in values}
    return any(
        _names(text, a, names[a]) and _names(text, b, names[b])
        for a, b in itertools.combinations(values, 2)
        for text in texts
    )


def _names(text: str, value: str, name: str | None) -> bool:
    """The text names the value, the name it ends in, or the value spelled another way."""
    return (
        mentions(text, value)
        or (name is not None and mentions(text, name))
        or _spelled_in(text, value)
    )


def _spelled_in(text: str, value: str) -> bool:
    """The text names a one-word value spelled another way ("Yuganskneftgas" in a text
    saying "Yuganskneftegaz")."""
    word = value.strip()
    if not word.isalpha() or len(word) < LETTERS_PER_SLIP:
        return False
    return any(one_spelling(word, w) for w in set(_CAPITALISED.findall(text)))


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def name_in(value: str) -> str | None:
    """The name a value ends in, without the words describing it ("little-known Baikal"
    -> "Baikal", "state-run oil group Rosneft" -> "Rosneft"): its last capitalised words
    (a fragment is too short for the tagger to tell names). None if it ends in none, is
    all name or is a date."""
    if any(t.ent_type_ in lang.DATE_LABELS for t in lang.parse(value)):
        return None  # "10 November": a month is no name
    words = value.rstrip(" .,;:)").split()
    run = 0
    while run < len(words) and words[len(words) - 1 - run][:1].isupper():
        run += 1
    if run == 0 or run == len(words):
        return None
    return " ".join(words[-run:])


def question_about(sentence: str, slot: Slot, value: Claim) -> str | None:
    """A question a reader would ask about the disputed slot, from the statement's own
    words: "Where was the accusation filed?", "Which Alibaba model is it?", "How much was
    the fine?" (None when the statement has no such form)."""
    doc = lang.parse(sentence)
    tokens = lang.tokens_of(in_context(value))
    for token in doc:
        if token.lemma_.lower() != slot.anchor:
            continue
        if slot.relation == "appos" and lang.is_proper(token) and all(t.like_num for t in tokens):
            return f"How old is {token.text}?"  # "Thanou, 29," is how news gives an age
        if slot.relation in ("compound", "amod", "nummod") and token.pos_ in ("NOUN", "PROPN"):
            owners = [c.text for c in token.children if c.dep_ == "poss" and lang.is_proper(c)]
            noun = " ".join([*owners, token.lemma_.lower()]).replace("’s", "").replace("'s", "")
            if lang.is_duration(tokens):
                return f"How long is the {noun}?"  # "a two-year suspension"
            return None if lang.has_number(tokens) else f"Which {noun} do the reports name?"
        if token.pos_ == "VERB" and token.tag_ == "VBD":  # active: "the board banned him"
            return _active_question(token, tokens)
        if token.pos_ != "VERB" or token.tag_ != "VBN":
            return None
        head = token.head if token.dep_ in ("acl", "relcl") else None
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        thing = head if head is not None and head.i != token.i else (subjects or [None])[0]
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            return None
        name = thing.text if lang.is_proper(thing) else f"the {thing.lower_}"
        word = _wh_word(tokens)
        return f"{word} was {name} {token.text}?" if word else None
    return None


def _active_question(verb, value) -> str | None:
    """ "How long did the harbour board ban the captain?" from "The harbour board banned
    the captain for two years"."""
    parts = _active_parts(verb, value)
    if parts is None:
        return None
    word, said, target = parts
    return f"{word} did {said} {base_form(verb)}{target}?"


def _words(head) -> str:
    """A phrase as the sentence writes it ("State-owned Rosneft", not "State - owned")."""
    return head.doc[head.left_edge.i : head.right_edge.i + 1].text


def statement_topic(sentence: str, slot: Slot, value: Claim) -> str | None:
    """The disputed slot as a topic in the statement's own words, its verb as written:
    "how much the council fined the bus company" (None when the statement is not an
    active one with a subject)."""
    tokens = lang.tokens_of(in_context(value))
    for verb in lang.parse(sentence):
        if verb.lemma_.lower() == slot.anchor and verb.pos_ == "VERB" and verb.tag_ == "VBD":
            parts = _active_parts(verb, tokens)
            if parts is not None:
                word, said, target = parts
                return f"{word.lower()} {said} {verb.text}{target}"
    return None


def _active_parts(verb, value) -> tuple[str, str, str] | None:
    """The question word the value answers, the subject and the object of an active verb."""
    word = _wh_word(value)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if word is None or subject is None:
        return None
    said = _words(subject)
    target = " " + _words(obj) if obj is not None else ""
    said = said[:1].lower() + said[1:] if not lang.is_proper(subject) else said
    return word, said, target


def topic_for(ask: str | None, slot: Slot, sentence: str = "", value: Claim | None = None) -> str:
    """What is disputed, as a phrase: "where the accusation was filed", "which model",
    "how much the council fined the bus company"; else the slot's word in its base form
    ("what the reports say about “fine”")."""
    suffix = " do the reports name?"
    if ask and ask.endswith(suffix):
        phrase = ask.removesuffix(suffix)
        return phrase[:1].lower() + phrase[1:]
    if ask:
        topic = topic_of(ask)
        if not topic.endswith("?"):
            return topic
    said = statement_topic(sentence, slot, value) if value is not None else None
    if said:
        return said
    anchors = [t for t in lang.parse(sentence) if t.lemma_.lower() == slot.anchor]
    return f"what the reports say about “{base_form(anchors[0]) if anchors else slot.anchor}”"


def base_form(word: Token) -> str:
    """A verb's base form, for questions and topics ("fined" -> "fine"). The lemmatizer
    may rank "fin" first for "fined"; English doubles the last consonant of a short
    consonant-vowel-consonant verb before -ed and -ing ("fin" -> "finned", "win" ->
    "winning"), so such a form cannot be the base of a word that shows no doubling. The
    rule is written by hand; the candidates are spaCy's."""
    if word.pos_ != "VERB":
        return word.lemma_.lower()
    lemmatizer = lang.nlp().get_pipe("lemmatizer")
    candidates = [c.lower() for c in lemmatizer.rule_lemmatize(word)] or [word.lemma_.lower()]
    text = word.lower_
    for form in candidates:
        undoubled = text.endswith(("ed", "ing")) and not text.startswith(form + form[-1:])
        if not (_SHORT_CVC.fullmatch(form) and undoubled and text != form):
            return form
    return candidates[0]


_SHORT_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def _wh_word(value) -> str | None:
    """The question word a value answers: where, when, how much / how many, who."""
    labels = lang.labels(value)
    if labels & {"GPE", "LOC", "FAC", "ORG"} and not lang.has_number(value):
        return "Where"
    if lang.is_date(value) and not lang.is_duration(value):
        return "When"
    if lang.is_duration(value):
        return "How long"
    if "MONEY" in labels:
        return "How much"
    if "PERSON" in labels:
        return "By whom"
    return None


def key_of(conflict: dict) -> tuple:
    return tuple(
        sorted((c["source"], " ".join(sorted(name_words(c["value"])))) for c in conflict["claims"])
    )

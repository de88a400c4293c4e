"""Whether a value is of the type a question asks for: a date for "when", a name for
"where" and "who" (or a noun for people: "two former nurses"), a number of the unit
asked for, a length of time for "how long", a thing of the kind asked for; for "who
said ...", whoever speaks in the sentence ("said a source close to the inquiry"). Some
values never fit: a named party or place as evidence, a bare person or place as a manner
or a reason ("How are they reacting?" -> "UK"), a class of things as a name ("Name the
researchers" -> "former OpenAI researchers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import language as lang
from . import quantities as qty

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .claims import Claim
    from .questions import Asked

# kinds of thing that back a claim: a finding or a record, never a party or a place
_INFORMATION_KINDS = frozenset("evidence proof clue indication".split())
_PARTIES_AND_PLACES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_PEOPLE_AND_PLACES = frozenset({"PERSON", "NORP", "GPE", "LOC"})
_PLACES_AND_PEOPLES = frozenset({"NORP", "GPE", "LOC"})  # "US", "British": not a name of a thing
# prepositions whose object is a doer or a time, never where something is or happened
_NOT_PLACE_PREPOSITIONS = frozenset("by before after during since until".split())
PERSON_NOUNS = frozenset(
    """researcher scientist engineer nurse doctor student teacher worker employee staff
    investor shareholder fan official officer expert lawyer founder owner partner family
    group team club company firm consortium government band duo trio quartet orchestra
    choir singer musician artist actor actress writer author director""".split()
)


def fits(asked: Asked, value: lang.Text) -> bool:
    """The value is of the type the question asks for."""
    if _asks_for_a_name(asked) and (_a_class_of_things(value) or _the_kind_again(asked, value)):
        return False  # "Name the researchers ...": "former OpenAI researchers" names no one
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
            named = (lang.is_name(value) and not nationality) or bool(words & PERSON_NOUNS)
            return named or _the_speaker_asked(asked, value)
        case "name" if asked.kind in _INFORMATION_KINDS:
            return not _names_a_party_or_place(value)
        case "description" if asked.wh in ("how", "why"):
            return not _only_a_person_or_place(value)  # a manner or a reason is no "UK"
    return True


def _the_speaker_asked(asked: Asked, value: lang.Text) -> bool:
    """The question asks who said something ("Who said ...?", "Who told the court ...?")
    and the value is the subject of a reporting verb in its sentence: whoever speaks is
    the answer, whatever the noun ("said a source close to the inquiry", "a spokesman
    told reporters")."""
    if isinstance(value, str):
        return False
    if not any(_asks_who_speaks(t) for t in lang.parse(asked.text)):
        return False
    root = value.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in lang.REPORTING_VERBS


def _asks_who_speaks(verb: Token) -> bool:
    """A reporting verb whose subject is the question's wh-phrase ("Who said", "Which
    spokesman told"), not an imperative ("Tell me who set up ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.lemma_.lower() in lang.REPORTING_VERBS and any(
        t.tag_ in ("WP", "WDT") for s in subjects for t in s.subtree
    )


def _only_a_person_or_place(value: lang.Text) -> bool:
    """The whole value is one name of a person, a people or a place ("UK", "Alderby")."""
    tokens = lang.tokens_of(value)
    words = [t for t in tokens if not (t.is_punct or t.lower_ == "the")]
    one_entity = not any(t.ent_iob_ == "B" for t in words[1:])
    return bool(words) and one_entity and all(t.ent_type_ in _PEOPLE_AND_PLACES for t in words)


def _names_a_party_or_place(value: lang.Text) -> bool:
    """The value is the name of a person, an organisation or a place ("London’s High
    Court": its head is a proper noun or such an entity), which is no evidence of
    anything; "similarities with Anthropic's model" names one inside it but is a finding."""
    root = lang.tokens_of(value).root
    return root.ent_type_ in _PARTIES_AND_PLACES or lang.is_proper(root)


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
    a count of things: "19.9 million units"); any number otherwise. An amount in another
    currency than the one asked for answers another question ("$2bn" for "how much in
    pounds")."""
    unit = qty.unit_of(value)
    wanted = qty.unit_asked(asked.text)
    if wanted == "money" and unit == "count":
        return not any(t.pos_ in ("NOUN", "PROPN") for t in lang.tokens_of(value))
    if unit == "money" and (currency := qty.currency_asked(asked.text)):
        return qty.currency_beside(value) in (None, currency)
    return wanted is None or unit == wanted


def is_of_kind(asked: Asked, claim: Claim) -> bool:
    """The value names the kind asked for, or a word near it does ("the Qwen2 model" for
    "which model", "Jomo Kenyatta, the first president" for "who was the first president")."""
    if asked.kind is None:
        return True
    return lang.kind_near(claim.support.quote, *claim.in_support, asked.kind)


def _asks_for_a_name(asked: Asked) -> bool:
    """The question asks for a name: "What is the name of ...", "Name the ..."."""
    words = [t for t in lang.parse(asked.text) if not t.is_punct]
    starts_with_name = bool(words) and words[0].lower_ == "name"
    return starts_with_name or any(t.lemma_.lower() == "name" and t.pos_ == "NOUN" for t in words)


def _the_kind_again(asked: Asked, value: lang.Text) -> bool:
    """The value is the kind the question names, only described ("a US television
    programme" for "the name of the programme"): its head is the kind's own common noun,
    and no word of it is a name other than a place or a people ("US", "British")."""
    tokens = lang.tokens_of(value)
    root = tokens.root
    if asked.kind is None or root.lemma_.lower() != asked.kind or not root.text[:1].islower():
        return False
    return not any(lang.is_proper(t) and t.ent_type_ not in _PLACES_AND_PEOPLES for t in tokens)


def _a_class_of_things(value: lang.Text) -> bool:
    """The value is a plural common noun ("large language models", "former researchers"):
    a class of things, not the name of one. A capitalised plural ("Weavers") may be one."""
    root = lang.tokens_of(value).root
    return root.tag_ == "NNS" and root.text[:1].islower()

"""Whether a document names what a question asks about: a document can only disagree
about a subject it names, in its own words (half of a long name's words, with its head),
in initials ("GM" for General Motors) or spelled out from the question's acronym; a name
with another place in it names another thing of its kind ("US Anti-Doping Agency").
"""

from __future__ import annotations

import logging
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from . import language as lang
from .acronyms import is_acronym, spelled_out
from .claims import normalise
from .questions import Asked

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from .claims import Claim

log = logging.getLogger(__name__)

SPELLED_ALIKE = 0.7  # letters shared by two spellings of one word (San / Saint: 0.75)
PLACES = frozenset({"GPE", "NORP", "LOC"})  # entity types of places and peoples


def naming_the_subject(
    asked: Asked, claims: list[Claim], text_of: Callable[[str], str | None] | None
) -> list[Claim]:
    """Only documents that name the question's subject can disagree about it: a page about
    another team, film or person fills the same slot for its own subject. A name is often
    written in another form ("Saint Vincent Ferrer" / "San Vicente Ferrer"), so half of
    the question's name words are enough, if the head of each name of several words is
    among them (`_name_heads`). When two or more documents answer and none names
    the subject, the question calls it otherwise than they all do (excerpts that say "the
    musical" throughout): naming then tells no document from another."""
    if not asked.names or text_of is None:
        return claims
    missing = {}
    heads = _name_heads(asked)  # "AI Safety Summit" is a summit
    things = _things_named(asked)
    for claim in claims:
        text = text_of(claim.doc_id) or claim.support.quote
        short = initialled(asked, text)
        missing[claim] = [n for n in asked.names if n not in short and not names(text, n)]
        for head, run in heads.items():
            unnamed = head in missing[claim]  # the scan below only where the head is written
            if unnamed or (head in things and _another_of_its_kind(run, head, text)):
                missing[claim] += [w for w in run if w not in missing[claim]]
    kept = [c for c in claims if len(missing[c]) <= len(asked.names) / 2]
    if not kept and len({c.doc_id for c in claims}) > 1:
        return claims
    for claim in (c for c in claims if c not in kept):
        log.info("%s: %r takes no side (never names %s)", claim.source, claim.value, missing[claim])
    return kept


def _another_of_its_kind(run: list[str], head: str, text: str) -> bool:
    """Wherever the text writes the name's head, a word of the name is missing and a
    place or a people stands in its place, spelled unlike it: the "US Anti-Doping Agency"
    is another agency than the "World Anti-Doping Agency" and the "Athens Olympics"
    other Games than the "Sydney Olympics". Other words may name the same thing ("Greek
    Track and Field Federation" / "Greek Athletics Federation"), as may another spelling
    ("San Vicente Ferrer" / "Saint Vincent Ferrer"), an owner or a place added to the whole
    name ("Britain's Football Association"). Only for names of organisations, places and
    things (`_things_named`): "Kenyan Brook" is "Ann Brook"."""
    own = {w.lower() for w in run if w.strip("-")}
    word = r"[A-Z][\w'’.-]*"
    seen = False
    for found in re.finditer(rf"((?:{word}\s+)*){re.escape(head)}\b((?:\s+{word})*)", text):
        seen = True
        mention = re.sub(r"['’]s\b", "", found.group())  # "Britain's": an owner
        written = {p.lower(): p for w in mention.split() for p in w.split("-") if _a_name_word(p)}
        missing = own - set(written)
        strangers = [
            p for p in set(written) - own
            if _a_place(written[p]) and not any(_spelled_alike(p, m) for m in missing)
        ]  # fmt: skip
        if not (missing and strangers):
            return False  # this mention names the asked thing
    return seen


def _a_name_word(word: str) -> bool:
    """A word that can be part of a name: not a capitalised stop word ("The"), though an
    acronym that spells one is ("US")."""
    return bool(word) and (word.isupper() or word.lower() not in lang.stop_words())


def _a_place(word: str) -> bool:
    """The word, read alone, names a place or a people ("US", "Athens", "Scottish")."""
    return any(t.ent_type_ in PLACES for t in lang.parse(word))


def _spelled_alike(word: str, other: str) -> bool:
    """Two spellings of one word ("Vicente" / "Vincent", "San" / "Saint"), not two words."""
    return SequenceMatcher(None, word, other).ratio() >= SPELLED_ALIKE


def initialled(asked: Asked, text: str) -> set[str]:
    """The question's name words that the text writes as their initials: a report that
    says "GM" names the "General Motors" of the question. A name is two or more adjacent
    name words of the question; its initials must stand as a word of their own."""
    found: set[str] = set()
    for name in _names_of(asked):
        if re.search(rf"\b{_initials(name)}\b", text):
            found.update(name)
    return found


def initials_of(asked: Asked) -> set[str]:
    """The question's names of two or more words in initials ("GM" for General Motors)."""
    return {_initials(run) for run in _names_of(asked)}


def _initials(name: list[str]) -> str:
    """A name's words by their first letters, capitalised: ["General", "Motors"] -> "GM"."""
    return "".join(w[0].upper() for w in name)


def _names_of(asked: Asked) -> list[list[str]]:
    """Runs of two or more adjacent name words in the question ("General", "Motors")."""
    return [[t.text for t in run] for run in _name_runs(asked)]


def _name_runs(asked: Asked) -> list[list[Token]]:
    """The question's runs of two or more adjacent name words, as tokens of its parse."""
    runs: list[list[Token]] = [[]]
    wanted = {name.lower() for name in asked.names}  # some question forms keep them lowered
    for token in lang.parse(asked.text):
        if token.lower_ in wanted:
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _name_heads(asked: Asked) -> dict[str, list[str]]:
    """Each name of several words by its head, the word the others modify ("Summit" of
    "AI Safety Summit", "Lights" of "Harbour Lights", "Ferrer" of "Saint Vincent Ferrer").
    A document that never writes the head does not name the thing: the other words also
    name other things ("AI", "safety") or change form ("Vincent" / "Vicente")."""
    heads = {}
    for run in _name_runs(asked):
        inside = {t.i for t in run}
        outer = [t for t in run if t.head.i not in inside or t.head.i == t.i]
        head = (outer or run)[-1].text
        if not is_acronym(head):  # "the Alibaba LLM": an acronym may stand for common nouns
            heads[head] = [t.text for t in run]
    return heads


def _things_named(asked: Asked) -> set[str]:
    """Heads of the question's names of several words that the entity recogniser calls
    an organisation, place, law or other thing, not a person ("Agency", not "Blair")."""
    heads = set(_name_heads(asked))
    doc = lang.parse(asked.text)
    return {t.text for t in doc if t.text in heads and t.ent_type_ not in ("", "PERSON")}


def names(text: str, name: str) -> bool:
    """The text names `name`: at the start of a word (accents, case and quote style aside:
    "UPRA" in "UPRAG", "Doping Review Board" in "our doping review board") or, for an
    acronym ("YHSS"), as the capitalised words it abbreviates ("Yangchenphug Higher
    Secondary School"). The inside of a word names nothing: "said" does not name "AI"."""
    pattern = rf"(?<!\w){re.escape(normalise(name.strip()))}"
    return bool(re.search(pattern, normalise(text))) or spelled_out(name, text) is not None

"""Is it the same value in other words? Names, acronyms, name families and numbers.

"High Court" / "London’s High Court" (contained words), "IPO" / "Intellectual Property
Office" (an acronym), "Qwen" / "Qwen2" (a family and its member), "Kostas Panagopoulos" /
"Konstantinos Panagopoulos" (one person), "Westfalen" / "Westfallen" (one name spelled
two ways), "28.9%" / "29%" (one quantity, rounded). Used
by the per-answer conflict check and the corpus-wide scan alike.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz.distance import Levenshtein

from . import language as lang
from . import quantities as qty

SAME_FIRST_NAME = 0.6  # first names this alike (with one surname) are one person's
# one name spelled two ways ("Westfalen" / "Westfallen", "Yuganskneftgas" /
# "Yuganskneftegaz": a typing slip or two transliterations) differs in about one letter
# in seven; shorter names a letter apart are often two names ("Iran" / "Iraq")
LETTERS_PER_SLIP = 7


def words_of(value: str) -> set[str]:
    """Content lemmas of a value, possessives dropped ("Alibaba’s" -> "alibaba")."""
    return set(lang.content_lemmas(value)) | {
        t.lower_ for t in lang.parse(value) if t.like_num or t.pos_ == "PROPN"
    }


def same_value(a: str, b: str) -> bool:
    """Equal or contained words ("High Court" / "London’s High Court"), or one the
    acronym of the other ("IPO" / "Intellectual Property Office"); numbers are the same
    when they state one quantity ("two-year" / "2 years", "28.9%" / "29%")."""
    if qty.numbers(a) and qty.numbers(b):
        return qty.same_quantity(a, b)
    wa, wb = words_of(a), words_of(b)
    if wa == wb or (wa and wb and (wa <= wb or wb <= wa)):
        return True
    return (
        _acronym(a, b)
        or _acronym(b, a)
        or _family(wa, wb)
        or _same_person(a, b)
        or _one_spelling(wa, wb)
    )


def _one_spelling(wa: set[str], wb: set[str]) -> bool:
    """The same words but one, and that one a name spelled two ways: at most one letter
    added, dropped or changed in seven ("Westfalen stadium" / "Westfallen stadium",
    not "Austrian" / "Australian"). Numbers are never spellings."""
    xa, xb = wa - wb, wb - wa
    if len(xa) != 1 or len(xb) != 1:
        return False
    (x,), (y,) = xa, xb
    return one_spelling(x, y)


def one_spelling(x: str, y: str) -> bool:
    """Two words that are one name spelled two ways (see `_one_spelling`)."""
    x, y = x.lower(), y.lower()
    if not (x.isalpha() and y.isalpha()):
        return False
    slips = min(len(x), len(y)) // LETTERS_PER_SLIP
    return Levenshtein.distance(x, y, score_cutoff=slips) <= slips if slips else False


def _same_person(a: str, b: str) -> bool:
    """Two forms of one person's name: the same surname, and both read as people
    ("Kostas Panagopoulos" / "Konstantinos Panagopoulos"), or the surname alone
    ("Ioannidis" / "Gregory Ioannidis"). Places sharing a last word are not one:
    "Cloutierville, Louisiana" / "New Orleans, Louisiana"."""
    la, lb = a.replace(",", " ").split(), b.replace(",", " ").split()
    if not la or not lb or la[-1].lower() != lb[-1].lower() or not la[-1][:1].isupper():
        return False
    if "," in a or "," in b:
        return False  # "town, state": the last word is the bigger place
    people = "PERSON" in lang.labels(a) and "PERSON" in lang.labels(b)
    short = min(len(la), len(lb)) == 1  # the surname alone
    first = SequenceMatcher(None, la[0].lower(), lb[0].lower()).ratio()
    return people or short or first >= SAME_FIRST_NAME  # Kostas / Costas / Konstantinos


def _family(wa: set[str], wb: set[str]) -> bool:
    """One name is the other with a version or variant glued on ("Qwen" / "Qwen2"): the
    family and one of its members, which do not contradict each other."""
    if len(wa) != 1 or len(wb) != 1:
        return False
    (x,), (y,) = wa, wb
    short, long = sorted((x, y), key=len)
    return len(short) >= 3 and long.startswith(short) and long[len(short)].isdigit()


def _acronym(short: str, long: str) -> bool:
    initials = "".join(w[0] for w in long.split() if w[:1].isupper())
    return len(short) >= 2 and short.isupper() and short in initials


def one_modifier_swapped(a: str, b: str) -> bool:
    """The same phrase with one modifier exchanged for another: "red lantern banksia" /
    "yellow lantern banksia", "High Court" / "Supreme Court", "Bank of England" / "Bank of
    Japan". Such values name two different things however close their words or
    embeddings are. English noun phrases end in their head, so the exchanged word must not
    be the last one unless it follows "of"; numbers are compared as numbers instead."""
    wa, wb = _WORDS.findall(a.lower()), _WORDS.findall(b.lower())
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    swapped = [k for k, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(swapped) != 1:
        return False
    k = swapped[0]
    if any(ch.isdigit() for ch in wa[k] + wb[k]):
        return False
    return k < len(wa) - 1 or (k > 0 and wa[k - 1] == "of")


_WORDS = re.compile(r"[\w’'-]+")

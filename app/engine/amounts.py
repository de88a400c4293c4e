"""Amounts in a parsed sentence: the unit word a number counts ("£12m" -> "m", "30bn
baht" -> "baht") and figures in brackets that restate the one before them in other
units ("$27bn (£14bn)"). Used where values are read from the parse (slots.py,
alignment.py); the tables of currencies and units are quantities.py's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import quantities as qty
from .language import is_numeral

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# currencies named in news beside those quantities.py names (amounts in them are often
# converted in brackets)
OTHER_CURRENCIES = frozenset(
    "baht rupee peso franc krona krone rand won lira real dinar shekel ringgit zloty".split()
)
_UNIT_WORDS = qty.MEASURES.union(qty.CURRENCY_NAMES, qty.MAGNITUDES, OTHER_CURRENCIES, {"cent"})
_NAMED_UNITS = qty.MEASURES.union(qty.CURRENCY_NAMES)


def converted(doc: Doc) -> set[int]:
    """Token indices of amounts that restate the amount before them in other units, in
    brackets ("30bn baht (£398m; $768m)", "$27bn (£14bn)"): a conversion is the same
    figure again, not a figure of its own, and a rate of exchange differs between reports."""
    found: set[int] = set()
    for open_ in (t for t in doc if t.text == "(" and t.i > 0):
        close = next((t.i for t in doc[open_.i + 1 :] if t.text == ")"), len(doc))
        inside = doc[open_.i + 1 : close]
        before = doc[open_.i - 1]  # a figure, or a unit a figure counts ("30bn baht")
        counted = any(is_numeral(c) for c in before.children)
        if (
            (_is_amount(before) or counted)
            and any(_has_unit(t) for t in inside)  # "(2004)" is a year, no conversion
            and all(_is_amount(t) or t.is_punct for t in inside)
        ):
            found |= {t.i for t in inside}
    return found


def restated_in(value: Span, currency: str) -> Span | None:
    """The same amount as the value, written in `currency` in the same sentence: the
    figure before a bracket of conversions or one of the conversions ("1.55bn euros ($2bn;
    £1.1bn)": "£1.1bn" for "$2bn" in pounds). None when the sentence gives no such one."""
    for group in _restatements(value.doc):
        if any(value.start <= t.i < value.end for piece in group for t in piece):
            return next((p for p in group if qty.currency_beside(p) == currency), None)
    return None


def _restatements(doc: Doc) -> list[list[Span]]:
    """Each figure followed by a bracket of conversions, with the conversions: one list
    of amounts (spans) per bracket."""
    inside = converted(doc)
    groups = []
    for open_ in (t for t in doc if t.text == "(" and t.i + 1 in inside):
        start = open_.i - 1
        while start > 0 and _is_amount(doc[start - 1]):
            start -= 1
        group, piece = [doc[start : open_.i]], []
        for t in doc[open_.i + 1 :]:
            if t.i not in inside or t.text in (";", ","):
                if piece:
                    group.append(doc[piece[0] : piece[-1] + 1])
                piece = []
                if t.i not in inside:
                    break
            else:
                piece.append(t.i)
        groups.append(group)
    return groups


def end_before(start: int, end: int, converted: set[int]) -> int:
    """Where a value running over tokens [start, end) stops: before a bracket whose
    amounts restate it ("$9.3bn (£5bn)" -> "$9.3bn")."""
    return next((i for i in range(start, end) if i + 1 in converted), end)


def is_unit(token: Token) -> bool:
    """A unit or magnitude word a number counts ("£12m" -> "m", "30bn baht" -> "baht",
    "five miles"): part of the amount, not what the amount is said of."""
    return token.lemma_.lower() in _UNIT_WORDS and any(is_numeral(c) for c in token.children)


def _has_unit(token: Token) -> bool:
    """A currency or a unit of measure, by sign, name, entity label or glued on ("48km")."""
    return (
        token.ent_type_ in ("MONEY", "QUANTITY")
        or token.text in qty.SYMBOLS
        or token.lemma_.lower() in _NAMED_UNITS
        or re.fullmatch(r"[\d.,]+[a-z]+", token.lower_) is not None
    )


def _is_amount(token: Token) -> bool:
    """A token of a sum or figure: a number (also with a magnitude glued on: "14bn"), a
    currency sign or name, or a magnitude."""
    return (
        is_numeral(token)
        or token.ent_type_ in ("MONEY", "QUANTITY", "PERCENT")
        or token.lower_ in qty.SYMBOLS
        or token.lemma_.lower() in qty.CURRENCY_NAMES
        or token.lower_ in qty.MAGNITUDES
    )

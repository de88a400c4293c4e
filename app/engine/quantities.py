"""Numbers, units, sums and dates in values: what a figure measures, whether two figures
state one quantity (news rounds: "£1.35bn" / "£1.3bn"), and when a figure held.

Built on language.py's spaCy signals (entity labels, lemmas); the magnitudes, currencies
and month names here are hand-written tables.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .language import (
    DATE_LABELS,
    TIME_UNITS,
    has_number,
    is_date,
    is_duration,
    is_numeral,
    labels,
    parse,
    places_of,
    tokens_of,
)

if TYPE_CHECKING:
    from .language import Text

SYMBOLS = {"£": "pound", "$": "dollar", "€": "euro", "¥": "yen"}
CURRENCY_NAMES = {"pound": "pound", "pence": "pound", "penny": "pound", "dollar": "dollar",
                   "euro": "euro", "yen": "yen", "yuan": "yuan", "rouble": "rouble",
                   "ruble": "rouble"}  # fmt: skip
_CURRENCY = frozenset(SYMBOLS) | frozenset(CURRENCY_NAMES) | {"cent"}  # "cent": whose?
MEASURES = frozenset(
    """km kilometre kilometer mile metre meter foot feet inch acre hectare sq square kg
    kilogram gram tonne ton barrel litre liter gallon mph""".split()
)
_MONEY_WORDS = frozenset(
    """money cost pay paid price fine fee worth value salary damage damages spend sell buy
    raise earn profit loss revenue bid offer deal tax debt fund funding budget valuation
    wage bonus compensation settlement award""".split()
)
_COUNT_WORDS = frozenset("many number population count".split())
_PERCENT_WORDS = frozenset("percentage percent share proportion".split())
MAGNITUDES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
              "trillion": 1e12, "tn": 1e12}  # fmt: skip
_SPELLED = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}  # fmt: skip
_SPELLED.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                 "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12})  # fmt: skip


def unit_of(value: Text) -> str | None:
    """What a number measures: percent, money, rate, measure, duration, date or count."""
    doc = tokens_of(value)
    counted = _counted_noun(doc)
    text = doc.text + (f" {counted.text}" if counted is not None else "")
    words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
    if counted is not None:
        words |= {counted.lower_, counted.lemma_.lower()}
    found = labels(value)
    if not has_number(value):
        return None
    if "PERCENT" in found or "%" in text or "percent" in words or "per cent" in text.lower():
        return "percent"
    if "MONEY" in found or words & _CURRENCY or any(s in text for s in SYMBOLS):
        return "money"
    if "per" in words or words & {"density", "rate"}:
        return "rate"
    if is_duration(value):
        return "duration"
    if "QUANTITY" in found or words & MEASURES:
        return "measure"
    if found & DATE_LABELS or (is_date(value) and not any(t.like_num and t.shape_ != "dddd"
                                                           for t in doc)):  # fmt: skip
        return "date"  # "22 December", "2004"
    return "count"


def _counted_noun(tokens) -> object | None:
    """The noun a bare number counts, outside the value ("1.55bn" in "1.55bn euros"): its
    unit. None when the value holds its own noun or stands alone."""
    root = tokens.root
    bare = all(is_numeral(t) or t.is_punct for t in tokens)
    attached = root.dep_ in ("nummod", "quantmod", "compound")
    if (
        bare
        and attached
        and root.head.pos_ == "NOUN"
        and not tokens.start <= root.head.i < tokens.end
    ):
        return root.head
    return None


# verbs of change: how much something rose may be a percentage or an amount
_CHANGE_VERBS = frozenset("rise fall increase decrease grow drop climb jump slip slide gain "
                          "soar plunge dip decline".split())  # fmt: skip


def whole_of(value: Text) -> str | None:
    """The number of the whole a count is part of ("eight of their last 13 Tests" -> 13),
    when the sentence says: counts out of different wholes are different quantities."""
    if isinstance(value, str):
        return None
    for prep in (c for c in value.root.children if c.lower_ == "of" and c.dep_ == "prep"):
        for whole in (c for c in prep.children if c.dep_ == "pobj"):
            numbers = [t.text for t in whole.children if t.dep_ == "nummod"]
            if numbers:
                return numbers[0]
    return None


def unit_asked(question: str) -> str | None:
    """The unit a question's number should have, when it says: "how many" -> count,
    "how much ... pay" -> money, "what share" -> percent."""
    doc = parse(question)
    lemmas = {t.lemma_.lower() for t in doc}
    lowered = question.lower()
    many = [t for t in doc if t.lower_ == "many" and t.i > 0 and doc[t.i - 1].lower_ == "how"]
    if many:  # "how many months": the noun counted says ("at the start of the year" does not)
        counted = many[0].head
        return "duration" if counted.lemma_.lower() in TIME_UNITS else "count"
    if lemmas & _PERCENT_WORDS or "per cent" in lowered:
        return "percent"
    if lemmas & _CHANGE_VERBS:
        return None  # "by how much did prices rise": a change, in percent or in money
    if lemmas & _COUNT_WORDS - {"many"}:
        return "count"
    if lemmas & _MONEY_WORDS:
        return "money"
    return None


_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "night": 1.0,
         "week": 7.0, "fortnight": 14.0, "month": 365.25 / 12, "year": 365.25,
         "decade": 3652.5, "century": 36525.0}  # fmt: skip
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(bn|tn|m|k|billion|million|thousand|trillion)?\b")
_WORD_NUMBER = re.compile(r"\b([a-z]+)(?:[\s-](billion|million|thousand|trillion|bn|m))?\b")


def quantities(value: str) -> list[tuple[float, float]]:
    """The numbers a value states, each with the step it is given to, magnitudes applied:
    "28.9%" -> (28.9, 0.1), "29,000" -> (29000, 1000), "five million" -> (5e6, 1e6).
    Numbers under 1,000 and years are exact ("30", "2000" -> step 1)."""
    found = []
    text = value.lower().replace(",", "")
    for match in _NUMBER.finditer(text):
        digits, scale = match.group(1), MAGNITUDES.get(match.group(2) or "", 1.0)
        whole, _, decimals = digits.partition(".")
        if decimals:
            step = 10.0 ** -len(decimals)
        elif len(whole) < 4 or whole[:2] in ("19", "20") and len(whole) == 4:
            step = 1.0  # "30" (an age, a score) is exact, and so is a year
        else:
            step = 10.0 ** (len(whole) - len(whole.rstrip("0")))  # "25,000": to the thousand
        found.append((float(digits) * scale, step * scale))
    for match in _WORD_NUMBER.finditer(text):
        for part in match.group(1).split("-"):
            if part in _SPELLED:
                scale = MAGNITUDES.get(match.group(2) or "", 1.0)
                found.append((_SPELLED[part] * scale, scale))
    return found


def numbers(value: str) -> set[float]:
    """The numbers a value states, magnitudes applied ("£1.2bn" -> 1.2e9, "six" -> 6)."""
    return {number for number, _ in quantities(value)}


def _days(value: str) -> float | None:
    """How many days the value's time unit lasts ("two weeks" -> 7), if it names one."""
    for word in re.findall(r"[a-z]+", value.lower()):
        unit = word.removesuffix("s")
        if unit in _DAYS:
            return _DAYS[unit]
    return None


def currency_of(value: Text) -> str | None:
    """The currency a money value is given in ("$19.5m" -> dollar, "530 pence" -> pound),
    if it names one."""
    text = tokens_of(value).text
    for symbol, name in SYMBOLS.items():
        if symbol in text:
            return name
    for t in tokens_of(value):
        if t.lemma_.lower() in CURRENCY_NAMES:
            return CURRENCY_NAMES[t.lemma_.lower()]
    return None


def currency_beside(value: Text) -> str | None:
    """The currency of an amount, also when the value leaves it out of its words: the
    currency named right after it ("1.55bn euros") or the sign right before it ("$" of
    "$2bn" when the value is "2bn")."""
    found = currency_of(value)
    if found is not None or isinstance(value, str) or not len(value):
        return found
    doc = value.doc
    after = doc[value.end] if value.end < len(doc) else None
    if after is not None and (word := after.lemma_.lower()) in CURRENCY_NAMES:
        return CURRENCY_NAMES[word]
    before = doc[value.start - 1].text if value.start > 0 else ""
    return SYMBOLS.get(before)


def currency_asked(question: str) -> str | None:
    """The currency a question asks its amount in, when it says so: "worth in pounds",
    "in sterling terms", "how many euros". None when it names none, or two (an exchange
    rate: "how far did the euro rise against the dollar")."""
    asked, named = None, set()
    for t in parse(question):
        word = next((w for w in (t.lemma_.lower(), t.lower_.removesuffix("s"))
                     if w in CURRENCY_NAMES or w == "sterling"), None)  # fmt: skip
        if word is None:
            continue
        currency = CURRENCY_NAMES.get(word, "pound")  # "sterling" is the pound
        named.add(currency)
        in_it = t.head.lower_ == "in" or t.head.lemma_.lower() == "term"  # "in pounds"
        counted = any(c.lower_ in ("many", "much") for c in t.children)  # "how many euros"
        if in_it or counted:
            asked = currency
    return asked if len(named) == 1 else None


def is_per_unit(value: Text) -> bool:
    """A figure for each one of something ("530 pence per share", "£2 each"): a price or
    a rate, not a total."""
    return any(t.lower_ in ("per", "each") for t in tokens_of(value))


def part_and_whole(a: str, at_a: tuple[int, int], b: str, at_b: tuple[int, int]) -> bool:
    """The figure at `at_a` of sentence `a` is given for several places together and the
    one at `at_b` of `b` for some of them (a whole and its part): "the average price in
    England and Wales" / "in England". Other differing places are not judged: one place
    has many names ("UK" / "Britain")."""
    pa, pb = places_of(a, *at_a), places_of(b, *at_b)
    return bool(pa and pb) and (pa < pb or pb < pa)


def same_quantity(a: str, b: str) -> bool:
    """Two values that state one quantity: the same number once units of time are
    converted ("14 days" / "two weeks"), or one the other rounded ("28.9%" / "29%",
    "£1.35bn" / "£1.3bn", "more than 5.2 million" / "five million"): news rounds, and a
    rounded figure does not contradict the exact one."""
    qa, qb = quantities(a), quantities(b)
    if not qa or not qb:
        return False
    ma, mb = _months(a), _months(b)
    if ma and mb and ma != mb:
        return False  # "22 May 1900" / "22 October 1900"
    da, db = _days(a), _days(b)
    if da and db and da != db:
        qa, qb = [(x * da, 0.0) for x, _ in qa], [(y * db, 0.0) for y, _ in qb]

    def one(x: float, sx: float, y: float, sy: float) -> bool:
        if sx == sy == 0.0:  # converted units: 2% either way
            return abs(x - y) <= 0.02 * max(x, y)
        return abs(x - y) <= max(sx, sy) / 2 * (1 + 1e-9)

    # every figure of the shorter value is in the longer ("1885" / "15 May 1885"), so
    # "22 October 1900" and "22 October 1885" differ
    short, long = sorted((qa, qb), key=len)
    return all(any(one(x, sx, y, sy) for y, sy in long) for x, sx in short)


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


def _months(value: str) -> set[str]:
    """Month names in a value, by their first three letters ("Sept" = "September")."""
    return {w.lower()[:3] for w in re.findall(r"[A-Za-z]+", value) if w.lower() in _MONTH_NAMES}


def calendar_dates(sentence: str, start: int, end: int) -> list[str]:
    """The dates a sentence gives outside [start, end) that name a month or a year ("in
    January", "the 2003 season"): when what it states holds. Days of the week and
    relative dates ("on Monday", "last year") say when it was reported, not when it held."""
    return [
        e.text
        for e in parse(sentence).ents
        if e.label_ == "DATE"
        and (e.end_char <= start or e.start_char >= end)
        and (_months(e.text) or re.search(r"\b(1[89]|20)\d\d\b", e.text))
    ]


def same_date(a: str, b: str) -> bool:
    """Two dates that can be one time: every month and year of the shorter is in the
    longer ("2004" / "August 2004"; not "January" / "February")."""
    ya, yb = set(re.findall(r"\b\d{4}\b", a)), set(re.findall(r"\b\d{4}\b", b))
    ma, mb = _months(a), _months(b)
    years = not ya or not yb or ya <= yb or yb <= ya
    months = not ma or not mb or ma <= mb or mb <= ma
    return years and months

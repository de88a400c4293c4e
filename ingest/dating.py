"""When an article was published, when the file says so: a web page's metadata, or a
dateline among the first lines of the text ("Published: 3 March 2005", "2005/03/03").

Dates are kept only when unambiguous: a four-digit year with a month name, or year first
("2005-03-03", "2005/03/03"). "03/04/2005" is April in London and March in New York, so
it is not read. A file's modification time is not used: copying a corpus changes it.
"""

from __future__ import annotations

import re
from datetime import date

DATELINE_LINES = 4  # non-empty lines at the top of an article that may carry its date
DATELINE_MAX_CHARS = 60  # a dateline is short; a longer line is a sentence of the story
_LABEL = re.compile(
    r"^\s*(?:first\s+)?(?:published|updated|last\s+updated|posted|date|dated)\s*(?:on)?\s*[:\-–]?\s*",
    re.I,
)
_YEAR_FIRST = re.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_ONLY_TIME_WORDS = re.compile(
    r"(?:[\s,.\-–|]|\d{1,2}:\d\d(?::\d\d)?|[ap]\.?m\.?|gmt|utc|bst|cet|est|edt|pst|z|t|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)*",
    re.I,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+((?:19|20)\d\d)\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
# the unambiguous forms, tried in this order, with the groups holding year, month and day
_FORMS = ((_YEAR_FIRST, (1, 2, 3)), (_DAY_MONTH_YEAR, (3, 2, 1)), (_MONTH_DAY_YEAR, (3, 1, 2)))


def split_dateline(text: str) -> tuple[str, str]:
    """The date of a dateline among the article's first lines (YYYY-MM-DD, "" if none),
    and the text without that line: it tells when the report was published, so it is
    kept as the article's date, not compared with other reports as a statement. A
    dateline is a short line that is a date, alone or after a label ("Updated:")."""
    lines = text.splitlines(keepends=True)
    seen = 0
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_LINES:
            break
        found = _dateline(line.strip())
        if found:
            return found, "".join(lines[:k] + lines[k + 1 :])
    return "", text


def _dateline(line: str) -> str:
    """The date of a line that is nothing but a date (after a label, with a weekday or a
    time of day at most): "Friday, 4 March 2005, 16:32 GMT". A sentence that mentions a
    date ("The deal closes on 1 March 2005.") is story text, not a dateline."""
    if len(line) > DATELINE_MAX_CHARS:
        return ""
    rest = _LABEL.sub("", line)
    for pattern, order in _FORMS:
        if match := pattern.search(rest):
            others = rest[: match.start()] + " " + rest[match.end() :]
            return _iso_of(match, order) if _ONLY_TIME_WORDS.fullmatch(others) else ""
    return ""


def read_date(text: str) -> str:
    """A date written unambiguously in `text`, as YYYY-MM-DD ("" if none)."""
    for pattern, order in _FORMS:
        if match := pattern.search(text):
            return _iso_of(match, order)
    return ""


def _iso_of(match: re.Match[str], order: tuple[int, int, int]) -> str:
    """The date a match of one of _FORMS writes (its groups for year, month and day)."""
    year, month, day = (match[k] for k in order)
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower(), 0)
    return _iso(int(year), number, int(day))


def _iso(year: int, month: int, day: int) -> str:
    """The date as YYYY-MM-DD, or "" when it is no date (month 13, 31 June)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""

"""Amounts in a parse: conversions in brackets (examples written for these tests)."""

from __future__ import annotations

import pytest

from app.engine import amounts
from app.engine import language as lang


@pytest.mark.parametrize(
    ("sentence", "converted"),
    [
        ("It cost 300m kroner (£24m; $45m).", ["£", "24", "m", ";", "$", "45", "m"]),
        ("The route is 30 miles (48km) long.", ["48", "km"]),
        ("Fares rose to £5 (up 20%).", []),  # a change, not the sum again
        ("The board met 3 times (2004).", []),  # a year, not a conversion
        ("The Court of Session (Edinburgh) ruled.", []),
    ],
)  # fmt: skip
def test_a_bracket_after_an_amount_that_restates_it_is_a_conversion(sentence, converted):
    doc = lang.parse(sentence)
    assert [t.text for t in doc if t.i in amounts.converted(doc)] == converted


def test_an_amount_is_found_again_in_the_currency_asked_for():
    sentence = "The council will pay Kestrel 40m euros ($52m; £34m) for the ferries."

    def value(text: str):
        return lang.span(sentence, sentence.index(text), sentence.index(text) + len(text))

    assert amounts.restated_in(value("$52m"), "pound").text == "£34m"
    assert amounts.restated_in(value("40m"), "dollar").text == "$52m"
    assert amounts.restated_in(value("£34m"), "euro").text == "40m euros"
    alone = "The council will pay Kestrel $52m for the ferries."
    assert amounts.restated_in(lang.span(alone, 29, 33), "pound") is None

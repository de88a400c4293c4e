"""Numbers as news writes them: steps, rounding and units of time (app/engine/quantities.py).
Examples written for these tests."""

import pytest

from app.engine import language as lang
from app.engine import quantities as qty


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("£4.35bn", [(4.35e9, 0.01e9)]),
        ("48,000 seats", [(48000.0, 1000.0)]),
        ("41 seats", [(41.0, 1.0)]),
        ("in 1990", [(1990.0, 1.0)]),
        ("seven million", [(7e6, 1e6)]),
    ],
)
def test_quantities_carry_the_step_they_are_written_to(value, expected):
    [(number, step)] = qty.quantities(value)
    [(want, want_step)] = expected
    assert number == pytest.approx(want) and step == pytest.approx(want_step)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("61.4%", "61%"),  # one rounded to the whole percent
        ("£4.35bn", "£4.4bn"),
        ("nearly 7.3 million", "seven million"),
        ("21 days", "three weeks"),
        ("24 months", "two years"),
        ("48,000", "48,200"),
    ],
)
def test_a_rounded_or_converted_figure_states_the_same_quantity(a, b):
    assert qty.same_quantity(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("61.4%", "62.4%"),
        ("£4.3bn", "£4.4bn"),
        ("aged 41", "aged 42"),  # small whole numbers are exact
        ("1990", "1994"),  # so are years
        ("a one-year ban", "an 18-month ban"),
        ("three weeks", "three months"),
    ],
)
def test_different_figures_are_different_quantities(a, b):
    assert not qty.same_quantity(a, b)


def test_dates_agree_only_when_every_figure_and_month_of_the_shorter_is_in_the_longer():
    assert qty.same_quantity("1961", "3 March 1961")  # the year of the full date
    assert not qty.same_quantity("3 March 1961", "3 March 1916")
    assert not qty.same_quantity("3 March 1961", "3 April 1961")
    assert qty.same_quantity("Sept 1961", "September 1961")


def test_a_bare_number_is_measured_by_the_noun_it_counts():
    # the tagger gives "2.5bn" no label here; the noun after it says it is money
    sentence = "The council is to pay Harlow 2.5bn euros to end the contract."
    at = sentence.index("2.5bn")
    value = lang.span(sentence, at, at + len("2.5bn"))
    assert lang.has_number(value)
    assert qty.unit_of(value) == "money"
    jobs = "Some 900 jobs at the depot may be cut."
    at = jobs.index("900")
    assert qty.unit_of(lang.span(jobs, at, at + 3)) == "count"


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        ("How much was the ferry sold for in pounds?", "pound"),
        ("In sterling terms, how big was the fine?", "pound"),
        ("How many euros did the council pay?", "euro"),
        ("How much did the council pay?", None),  # names no currency
        ("How much did the dollar fall?", None),  # the currency is what is asked about
        ("How far did the euro rise against the dollar?", None),  # an exchange rate
    ],
)
def test_the_currency_a_question_asks_its_amount_in(question, currency):
    assert qty.currency_asked(question) == currency


def test_an_amount_keeps_the_currency_written_beside_it():
    sentence = "The council will pay Kestrel 40m euros ($52m; £34m) for the ferries."

    def value(text: str):
        return lang.span(sentence, sentence.index(text), sentence.index(text) + len(text))

    assert qty.currency_beside(value("40m")) == "euro"  # the currency after it
    assert qty.currency_beside(value("52m")) == "dollar"  # the sign before it
    assert qty.currency_beside(value("£34m")) == "pound"

"""Typed candidates read from the parse: the value each source gives, without the model."""

from __future__ import annotations

from app.engine.candidates import in_asked_currency, typed_claims
from app.engine.evidence import Evidence
from app.engine.questions import analyse

from .conftest import claim_in

OTHER = (
    "The port handled more cargo than last year.",
    "Dock workers voted on a new pay offer.",
    "A second terminal opens in the spring.",
    "The harbour master welcomed the figures.",
)


def _evidence(*sentences: str) -> list[Evidence]:
    """Evidence as retrieval gives it: the sentences asked about among others of the story
    (words in many of them are the story's own and never an answer)."""
    sentences = (*sentences, *OTHER)
    return [
        Evidence(0, f"d{i}", f"news/{i}.txt", f"Report {i}", s, 0, len(s), 0.6)
        for i, s in enumerate(sentences)
    ]


def test_a_description_bound_to_the_name_says_what_kind_it_is():
    # "Dutch" is an entity, but the phrase it starts is headed by a plain noun
    scored = _evidence(
        "Regulators fined Dutch shipping group Vandermeer for late filings.",
        "Vandermeer said it would appeal.",
    )
    found = typed_claims(analyse("What kind of company is Vandermeer?"), scored, set(), 0.6)
    assert [c.value for c in found] == ["Dutch shipping group"]


def test_a_phrase_that_is_itself_a_name_is_no_description():
    scored = _evidence("The Vandermeer Shipping Group was fined by the port authority.")
    found = typed_claims(analyse("What kind of company is Vandermeer?"), scored, set(), 0.6)
    assert all("port authority" not in c.value for c in found)


def test_an_appositive_describes_the_name_it_follows():
    scored = _evidence("Harlow Mills, a family-owned Welsh textile maker, cut 40 jobs.")
    found = typed_claims(analyse("What kind of firm is Harlow Mills?"), scored, set(), 0.6)
    assert [c.value for c in found] == ["family-owned Welsh textile maker"]


def test_an_amount_is_read_in_the_currency_the_question_asks_for():
    sentence = "Norvik agreed a $2bn (1.5bn euros; £1.1bn) settlement with Kestrel."
    claim = claim_in(sentence, "$2bn")
    pounds = in_asked_currency(analyse("How much is the settlement worth in pounds?"), claim)
    assert pounds.value == "£1.1bn" and sentence[pounds.start : pounds.end] == "£1.1bn"
    asked = analyse("How much is the settlement worth?")
    assert in_asked_currency(asked, claim) is claim  # no currency asked for
    dollars = analyse("How much is the settlement worth in dollars?")
    assert in_asked_currency(dollars, claim) is claim  # already in it

"""The model's part of an answer, checked (app/engine/writing.py). A stand-in chain plays
the model (prompt and parsing logic only); examples written for these tests."""

from __future__ import annotations

from app.engine.answer import Answer, Token
from app.engine.evidence import Evidence
from app.engine.writing import Writer


class Unhelpful:
    """A model that finds nothing to say."""

    def invoke(self, inputs: dict) -> str:
        return "NOT IN ARTICLES"


def _described(question: str, sentence: str, score: float = 0.8) -> Answer:
    answer = Answer(question, "", abstained=True)
    item = Evidence(0, "a", "a.txt", "A", sentence, 0, len(sentence), score)
    events = list(Writer(Unhelpful(), 0.3).describe(question, [item], answer))
    assert answer.abstained == (not any(isinstance(e, Token) for e in events))
    return answer


def test_a_plain_answer_the_model_missed_is_quoted_when_it_names_what_is_asked():
    question = "How did Kestrel's share price react to the deal?"
    answer = _described(question, "Kestrel's share price fell 4% after the deal was announced.")
    assert not answer.abstained and "fell 4%" in answer.answer


def test_a_sentence_about_the_same_firms_but_not_what_is_asked_is_not_quoted():
    question = "How did Kestrel's share price react to the deal?"
    assert _described(question, "Kestrel will pay Norvik $2bn as part of the deal.").abstained
    # a question about a named party needs no noun of its own
    named = _described("How did Kestrel respond to the deal?", "Kestrel called the deal fair.")
    assert not named.abstained


class Says:
    """A model that writes a set answer."""

    def __init__(self, text: str) -> None:
        self.text = text

    def invoke(self, inputs: dict) -> str:
        return self.text


def _written(question: str, sentence: str, value: str, reply: str) -> str:
    from app.engine.claims import Claim

    item = Evidence(0, "a", "a.txt", "A", sentence, 0, len(sentence), 0.8)
    at = sentence.index(value)
    claim = Claim("a", "a.txt", "A", value, item, at, at + len(value))
    answer = Answer(question, "", abstained=True)
    list(Writer(Says(reply), 0.3).write(question, [claim], answer))
    return answer.answer


def test_a_written_answer_keeps_the_articles_numbers():
    question = "How long is Ann Brook's ban?"
    sentence = "Ann Brook was given a two-year ban by the federation."
    kept = _written(question, sentence, "two-year", "Ann Brook was given a two-year ban. [1]")
    assert kept == "Ann Brook was given a two-year ban. [1]"
    # a number restated in other figures is not the article's: the verified value is given
    changed = _written(question, sentence, "two-year", "Ann Brook's ban is 2 years. [1]")
    assert changed == "Two-year, according to one article [1]."
    # a value without a number may be given in its own words' lemmas
    who = _written(
        "Who gave Ann Brook the ban?",
        sentence,
        "the federation",
        "The ban was given by her federation. [1]",
    )
    assert who == "The ban was given by her federation. [1]"

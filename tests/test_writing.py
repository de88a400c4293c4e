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

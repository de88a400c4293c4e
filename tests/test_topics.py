"""A question as the topic of a disagreement (app/engine/topics.py). Examples written for
these tests."""

from __future__ import annotations

import pytest

from app.engine.topics import topic_of, whether


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Has the panel ruled on the case?", "whether the panel has ruled on the case"),
        ("Are the two players suspended?", "whether the two players are suspended"),
        ("Did police charge him?", "whether police did charge him"),
        ("So was it?", None),  # no subject after the auxiliary
    ],
)
def test_a_yes_no_question_becomes_a_whether_topic(question, topic):
    assert whether(question) == topic


def test_a_yes_no_question_is_a_whether_topic_of_its_disagreement():
    assert topic_of("Is the case based on patents or on trade secrets?") == (
        "whether the case is based on patents or on trade secrets"
    )
    assert topic_of("Where was the complaint filed?") == "where the complaint was filed"

"""Who an event is done by and to, and whether two statements are one event
(app/engine/participants.py). Examples written for the test."""

from __future__ import annotations

import pytest

from app.engine import language as lang
from app.engine.participants import participants, same_event


def word(sentence: str, text: str):
    return next(t for t in lang.parse(sentence) if t.text == text)


@pytest.mark.parametrize(
    ("sentence", "event", "roles"),
    [
        # a pronoun subject is the named subject of the clause above; facing charges is
        # being charged
        ("Ian Moray and Tom Reed are set to learn if they will face charges.", "charges",
         {"done to": {"ian", "moray", "tom", "reed"}}),
        # an unsaid subject of a passive: the one charged
        ("Tom Reed faces a hearing after being charged with negligence.", "charged",
         {"done to": {"tom", "reed"}}),
        # whom a ruling is on, though the phrase hangs on the verb
        ("The board has postponed its ruling on Ian Moray.", "ruling",
         {"done to": {"ian", "moray"}}),
        ("Kestrel Ferries sacked Tom Reed.", "sacked",
         {"doer": {"kestrel", "ferries"}, "done to": {"tom", "reed"}}),
    ],
)  # fmt: skip
def test_who_an_event_is_done_by_and_to(sentence, event, roles):
    assert participants(word(sentence, event)) == roles


def test_one_verb_done_to_different_things_is_two_events():
    a = "Kestrel Ferries sought help from the council."
    b = "Kestrel Ferries will seek damages from the council."
    assert not same_event(word(a, "sought"), word(b, "seek"))
    c = "Kestrel Ferries will seek help from the council."
    assert same_event(word(a, "sought"), word(c, "seek"))

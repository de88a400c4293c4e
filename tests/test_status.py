"""Whether a report states an event as done or still open, and which words name one event
(app/engine/status.py). Examples written for the test."""

from __future__ import annotations

import pytest

from app.engine.status import DONE, OPEN, event_lemmas, events, status_of


@pytest.mark.parametrize(
    ("question", "lemma"),
    [
        ("Did the council bring charges against the landlord?", "charge"),  # light verb
        ("Has the mayor resigned?", "resign"),
        ("Is the union going to strike in May?", "strike"),
        ("Have the Rovers players been suspended?", "suspend"),
    ],
)
def test_the_event_is_the_predicate_not_a_light_verb(question, lemma):
    lemmas = event_lemmas(question)
    assert lemma in lemmas
    assert not lemmas & {"bring", "go", "be", "have", "rovers"}


@pytest.mark.parametrize(
    ("question", "lemma"),
    [
        ("Did the IAAF ban Ann Brook?", "ban"),  # "ban" read as a noun
        ("Did the court jail Tom Hale?", "jail"),
        ("Were the sprinters charged?", "charge"),  # "charged" read as a modifier
        ("Has the league banned Ann Brook?", "ban"),
    ],
)
def test_the_event_of_an_inverted_question_the_parser_misreads(question, lemma):
    assert event_lemmas(question) == {lemma}


def test_a_judgement_of_an_event_does_not_ask_whether_it_happened():
    # the parser reads "right" as a noun here; "clear" is not the asked event
    assert event_lemmas("Was the Dutch panel right to clear the riders?") == frozenset()
    assert event_lemmas("Were the Italian judges right to acquit the coach?") == frozenset()


def test_a_verdict_is_reached_by_verbs_of_judging():
    lemmas = event_lemmas("Has the panel reached a verdict on the landlord?")
    assert lemmas == {"verdict"}
    assert status_of("The panel cleared the landlord on Friday.", lemmas)[0] == DONE
    assert status_of("Its ruling will be issued in May.", lemmas)[0] == OPEN
    # waiting for a ruling, or putting it off, leaves it still to come
    assert status_of("The landlord expects a ruling within a month.", lemmas)[0] == OPEN
    assert status_of("The panel has postponed its judgement on him.", lemmas)[0] == OPEN


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The landlord has been charged with fraud.", DONE),
        ("Police brought charges against the landlord in June.", DONE),
        ("Three charges were laid against him.", DONE),
        ("The landlord will learn this week whether he will be charged.", OPEN),
        ("He could be charged as early as Monday.", OPEN),
        ("No charges have been brought so far.", OPEN),
        ("The landlord has not been charged.", OPEN),
        ("Neither the police nor the council has charged him.", OPEN),
        ("Prosecutors are expected to charge him next week.", OPEN),
        ("The landlord faces charges of fraud.", None),  # present: says neither
        ("Lawyers hope the charges will be dropped.", None),  # dropping is another event
        ("He could have been charged last year.", None),  # what might have happened
        ("Prosecutors are to charge him next week.", OPEN),  # "be to": planned
        ("A day after charging him, police searched his home.", DONE),  # "after doing"
        # a possibility weighed: neither reported as done nor as still to come
        ("It is now less likely that the police will charge him.", None),
        ("One scenario is that the police will charge him.", None),
        ("There is a chance that he will be charged.", None),
    ],
)
def test_a_sentence_states_the_event_done_or_open(sentence, status):
    found = status_of(sentence, frozenset({"charge"}))
    assert (found[0] if found else None) == status


def test_a_noun_is_an_event_only_as_what_its_verb_brings_about():
    keys = {key for key, _, _ in events("The landlord will face new charges this week.")}
    assert "charge" in keys
    assert "week" not in keys  # when, not what


def test_to_be_to_blame_is_being_at_fault_not_a_plan():
    assert status_of("The captain is to blame for the delay.", frozenset({"blame"})) is None
    assert status_of("The board is to review the delay.", frozenset({"review"}))[0] == OPEN


def test_one_legal_claim_is_brought_in_many_words():
    """ "will take legal action" and "has filed a lawsuit" are one claim, still to come in
    one report and brought in the other; plain "action" is no lawsuit."""
    lemmas = event_lemmas("Has Ms Hale sued Norvik?")
    assert lemmas == {"lawsuit"}
    assert status_of("Ms Hale says she will take legal action against Norvik.", lemmas)[0] == OPEN
    assert status_of("Ms Hale has filed a lawsuit against Norvik.", lemmas)[0] == DONE
    assert status_of("Ms Hale issued legal proceedings against Norvik.", lemmas)[0] == DONE
    assert status_of("Ms Hale says she will take action against Norvik.", lemmas) is None


def test_a_time_is_fixed_in_several_words():
    """ "set a date", "a date has been fixed": one event, done or still open; "is set to"
    only puts what follows in the future, and is no fixing of a time."""
    lemmas = event_lemmas("Has a date been fixed for the Hale inquiry?")
    assert lemmas == {"schedule"}
    assert status_of("The chairman has set a June date for the inquiry.", lemmas)[0] == DONE
    assert status_of("No date has been set for the inquiry yet.", lemmas)[0] == OPEN
    assert status_of("The inquiry is set to open in June.", lemmas) is None
    assert "set" not in {key for key, _, _ in events("Norvik is set to cut 200 jobs.")}

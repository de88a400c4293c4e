"""Answer typing from the question's parse (examples written for these tests)."""

from __future__ import annotations

import pytest

from app.engine.questions import (
    DATE,
    DESCRIPTION,
    DURATION,
    NAME,
    PERSON,
    PLACE,
    QUANTITY,
    YESNO,
    analyse,
)


@pytest.mark.parametrize(
    ("question", "type_", "kind"),
    [
        ("Where did the union lodge its appeal?", PLACE, None),
        ("In which town was the new depot opened?", PLACE, "town"),
        ("When did the ferry company announce the closure?", DATE, None),
        ("What year was the bridge built?", DATE, "year"),
        ("On which day will the strike begin?", DATE, "day"),
        ("How long will the inquiry take?", DURATION, None),
        ("How many jobs will be lost?", QUANTITY, None),
        ("How much did the council pay for the land?", QUANTITY, None),
        ("What was the price of the tickets?", QUANTITY, "price"),
        ("What did the refit cost the club?", QUANTITY, None),
        ("To what level did the reservoir fall?", QUANTITY, "level"),  # a measure, not a name
        ("What rise in fares did the operator announce?", QUANTITY, "rise"),
        ("Who chairs the harbour board?", PERSON, None),
        ("What is the name of the chief executive?", PERSON, "executive"),
        ("Which engine does the new car use?", NAME, "engine"),
        ("Which of the two bids was accepted?", NAME, "bid"),
        ("Name the ship that ran aground.", NAME, "ship"),
        ("Tell me which airline bought the route.", NAME, "airline"),
        ("What crop did the farmers plant?", NAME, "crop"),
        ("Who is Maria Okafor?", DESCRIPTION, None),  # asks what she is, not who
        ("What does the new law require?", DESCRIPTION, None),
        ("How did the mayor react to the vote?", DESCRIPTION, None),
        ("Why was the match postponed?", DESCRIPTION, None),
        ("What is the harbour levy?", DESCRIPTION, None),  # a definition
        ("Did the company break the rules?", YESNO, None),
        ("Did the IAAF ban Ann Brook?", YESNO, None),  # the tagger calls "Did" a verb
        ("Is the ban fair?", YESNO, None),
        ("And has the regulator ruled?", YESNO, None),
        ("Who is right, the union or the owners?", YESNO, None),  # asks for a verdict
    ],
)
def test_answer_type_and_kind(question, type_, kind):
    asked = analyse(question)
    assert (asked.type, asked.kind) == (type_, kind)


def test_one_right_answer_or_several():
    assert analyse("Which engine does the new car use?").single_slot
    assert not analyse("Which engines does the firm make?").single_slot  # plural: several
    assert not analyse("What does the new law require?").single_slot  # descriptions add up
    assert not analyse("Did the company break the rules?").single_slot
    # several of what the answer is said of: several answers; an act done to something
    # is one act, however many do it
    assert not analyse("Where were the ferry inspections held?").single_slot
    assert not analyse("Where did Ruth and Ada live?").single_slot
    assert analyse("When did the Tolley brothers open their first bakery?").single_slot
    assert analyse("When did the new opera begin its performances?").single_slot
    assert analyse("When was 'Free Tom and Ann Day' first held?").single_slot  # one title


def test_lemmas_make_word_forms_meet():
    assert "file" in analyse("Where was the appeal filed?").lemmas
    assert "Kestrel" in analyse("Did Kestrel Foods win the contract?").names


def test_contents_of_what_was_said_are_descriptions():
    assert analyse("What claim did the spokesman make?").type == DESCRIPTION
    assert analyse("What reason did the club give for the delay?").type == DESCRIPTION
    assert analyse("What evidence did the inquiry find?").type == NAME  # a thing found
    assert analyse("Which theory of the crash do the investigators favour?").type == DESCRIPTION
    assert analyse("On what basis was the bid turned down?").type == DESCRIPTION


def test_counting_time_units_asks_for_a_length_of_time():
    from app.engine.quantities import unit_asked

    assert unit_asked("For how many months will the inquiry run?") == "duration"
    assert unit_asked("How many people live there?") == "count"
    # shares counted are no share of anything
    assert unit_asked("How many shares did the dairy sell on Friday?") == "count"
    assert unit_asked("What share of the vote did the mayor win?") == "percent"
    # the noun counted says, not a time word elsewhere in the question
    assert unit_asked("How many staff did the mill employ at the end of the year?") == "count"


def test_a_change_may_be_a_percentage_or_an_amount():
    from app.engine.quantities import unit_asked

    assert unit_asked("By how much did bus fares rise in May?") is None
    assert unit_asked("How much did the price of wool fall?") is None
    assert unit_asked("How much did the council pay for the land?") == "money"


def test_winning_the_dispute_asks_for_a_verdict_winning_a_prize_asks_a_fact():
    assert analyse("Who won the case between the two brewers?").type == YESNO
    assert analyse("So who won?").type == YESNO
    assert analyse("Who won the regional poetry prize in 2003?").type == PERSON
    assert analyse("Who won the match at Ravensby on Saturday?").type == PERSON
    assert not analyse("Did Corran win the village hall contract?").verdict


def test_a_capitalised_word_the_tagger_reads_as_a_common_word_still_names_an_owner():
    # taggers read some names before a noun as adjectives or nouns
    asked = analyse("Which Anthropic engine does the review compare it with?")
    assert asked.kind == "engine" and asked.owners == ("anthropic",)
    assert analyse("Which Calvane product does the lawsuit name?").owners == ("calvane",)
    assert analyse("Which Chinese company is accused?").owners == ()  # a nationality


def test_the_name_of_a_named_thing_asks_for_any_name_not_a_kind():
    for question in ("What is the common name of Nymphaea cinerea?",
                     "What is the usual name for Grey Heron Lily?"):  # fmt: skip
        asked = analyse(question)
        assert (asked.type, asked.kind, asked.single_slot) == (NAME, None, True)
    assert analyse("What is the name of the ferry's owner?").kind == "owner"


def test_an_area_of_something_that_is_no_place_is_a_field():
    for question in (
        "Which area of tax law does the case turn on?",
        "In what area of medicine did she train?",
    ):
        assert analyse(question).type == DESCRIPTION
    for question in (  # an area of a place, an area, and a place word whoever's it is
        "Which area of Leeds was flooded?",
        "Which area was flooded?",
        "Which stadium of the league is the biggest?",
    ):
        assert analyse(question).type == PLACE

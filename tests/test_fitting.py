"""Whether a value is of the type a question asks for (examples written for these tests)."""

from __future__ import annotations

import pytest

from app.engine.fitting import fits
from app.engine.questions import analyse

from .conftest import span_of


@pytest.mark.parametrize(
    ("question", "value", "ok"),
    [
        ("When did the museum reopen?", "in March 1998", True),
        ("When did the museum reopen?", "14 June", True),
        ("When did the museum reopen?", "after six months", False),  # a length, not a date
        ("When did the museum reopen?", "by the city trust", False),
        ("How long did the repairs take?", "six months", True),
        ("How long did the repairs take?", "in March 1998", False),
        ("Where did the trawler sink?", "off Cape Wrath", True),
        ("Where did the trawler sink?", "in 1998", False),
        ("How many people live in Alderby?", "4,120 residents", True),
        ("How many people live in Alderby?", "a few hundred", True),
        ("How many people live in Alderby?", "12.5 square miles", False),  # an area
        ("How many people live in Alderby?", "most of them", False),
        ("How much did the club pay for the striker?", "£4.5m", True),
        ("How much did the club pay for the striker?", "4.5 million", True),  # a bare figure
        ("How much did the club pay for the striker?", "12,000 replica shirts", False),
        ("Who designed the new terminal?", "Harlow Partners", True),
        ("Who designed the new terminal?", "two former engineers", True),
        ("Who designed the new terminal?", "quickly and cheaply", False),
        ("What does the levy pay for?", "road repairs", True),  # descriptions: anything
    ],
)
def test_the_value_is_of_the_type_asked_for(question, value, ok):
    assert fits(analyse(question), value) is ok


def test_a_nationality_is_no_person():
    who = analyse("Who chairs the Marlow board?")
    assert not fits(who, "British")
    assert fits(who, "Ann Brook")


def test_a_group_is_named_by_the_noun_it_is_introduced_with():
    # the tagger reads some band names as plural common nouns ("Weavers"); the noun that
    # introduces them says they name someone
    who = analyse("Who recorded the album Long Shore?")
    appos = "Their third record was made by the folk band Weavers."
    assert fits(who, span_of(appos, "Weavers"))
    compound = "The song was recorded by the harmony duo Tailors in 1974."
    assert fits(who, span_of(compound, "Tailors"))
    assert not fits(who, span_of("The songs were sung in hushed tones.", "tones"))


def test_a_bare_year_answers_when():
    # an infobox year outside a sentence may carry no entity label at all
    when = analyse("When was the abbey church built?")
    assert fits(when, span_of("Built: 1415 Architect: John Hale Style: Gothic", "1415"))
    assert not fits(when, span_of("The church seats 950 people.", "950"))
    count = analyse("How many people live in Alderby?")
    assert fits(count, span_of("Population: 1850  Area: 12 km2", "1850"))


def test_an_amount_in_another_currency_than_asked_answers_another_question():
    paid = "The council will pay Kestrel 40m euros ($52m; £34m) for the ferries."
    pounds = analyse("How much is the council paying Kestrel in pounds?")
    assert fits(pounds, span_of(paid, "£34m"))
    assert not fits(pounds, span_of(paid, "52m"))  # dollars, by the sign before it
    assert not fits(pounds, span_of(paid, "40m"))  # euros, by the word after it
    assert fits(analyse("How much is the council paying Kestrel?"), span_of(paid, "$52m"))


def test_a_doer_or_a_time_is_no_place():
    where = analyse("Where were the riders tested?")
    passive = "The riders were tested by the Cycling Union in May."
    assert not fits(where, span_of(passive, "Cycling Union"))
    before = "The riders were tested in Lyon before the Tour de France."
    assert not fits(where, span_of(before, "Tour de France"))
    assert fits(where, span_of(before, "Lyon"))
    filed = "The complaint was filed with the Patent Office in Leeds."
    assert fits(analyse("Where was the complaint filed?"), span_of(filed, "Patent Office"))


def test_a_party_or_a_place_is_no_evidence():
    asked = analyse("What evidence did the inspectors find?")
    sentence = "The Harwick Institute said inspectors found traces of lead in Dunmore."
    assert not fits(asked, span_of(sentence, "Harwick Institute"))
    assert not fits(asked, span_of(sentence, "Dunmore"))
    assert fits(asked, span_of(sentence, "traces of lead"))
    # a finding that names a party inside it is still a finding
    found = "Inspectors found invoices signed by Norvik Ltd, the council said."
    assert fits(asked, span_of(found, "invoices signed by Norvik Ltd"))
    assert fits(
        analyse("Which institute did the inspectors visit?"), span_of(sentence, "Harwick Institute")
    )


def test_a_class_of_things_is_no_name():
    engineers = "The bridge was designed by two former engineers, Ann Brook and Tom Hale."
    name = analyse("Name the engineers who designed the bridge.")
    assert not fits(name, span_of(engineers, "two former engineers"))
    assert fits(name, span_of(engineers, "Ann Brook and Tom Hale"))
    phone = "Norvik's new phone, the Tern-3, will compete with other smartphones."
    named = analyse("What is the name of Norvik's new phone?")
    assert not fits(named, span_of(phone, "other smartphones"))
    assert fits(named, span_of(phone, "Tern-3"))
    band = analyse("What is the name of the folk band?")
    assert fits(band, span_of("Their third record was made by the folk band Weavers.", "Weavers"))
    # without the word "name", people may be given by what they are
    assert fits(analyse("Who designed the bridge?"), span_of(engineers, "two former engineers"))


def test_a_person_or_a_place_is_no_manner_or_reason():
    sentence = "In Alderby, traders reacted angrily, said Ann Brook."
    how = analyse("How did the traders react?")
    assert fits(how, span_of(sentence, "angrily"))
    assert not fits(how, span_of(sentence, "Alderby"))
    assert not fits(how, span_of(sentence, "Ann Brook"))
    why = analyse("Why did the Kestrel plant close?")
    closed = "The plant closed because orders from France collapsed."
    assert not fits(why, span_of(closed, "France"))
    assert fits(why, span_of(closed, "orders from France collapsed"))
    # other descriptions may be names: what someone bought or owns
    assert fits(analyse("What did the Glazer family buy?"), span_of(sentence, "Alderby"))


def test_whoever_speaks_answers_who_said_it():
    """ "Who said ...?" is answered by the subject of a reporting verb, whatever its noun;
    other who-questions still need a name or a noun for people."""
    quote = '"The plant will close in May," said a source close to the talks.'
    told = "A company spokesman told reporters the plant would close in May."
    assert fits(
        analyse("Who said the plant would close?"), span_of(quote, "a source close to the talks")
    )
    assert fits(
        analyse("Who told reporters about the plant?"), span_of(told, "A company spokesman")
    )
    assert not fits(analyse("Who runs the plant?"), span_of(quote, "a source close to the talks"))
    imperative = analyse("Tell me who runs the plant.")  # asks who runs it, not who tells
    assert not fits(imperative, span_of(quote, "a source close to the talks"))
    # a noun that is no speaker in its sentence answers no "who said"
    pride = "The plant, said to be closing, is a source of local pride."
    assert not fits(
        analyse("Who said the plant would close?"), span_of(pride, "a source of local pride")
    )


def test_the_asked_kind_described_is_no_name():
    """ "What is the name of the programme?" is not answered by "a British radio programme":
    the kind again, described by place and medium; a named one is a name."""
    named = analyse("What was the name of the radio programme Ann Brook presented?")
    plain = "Ann Brook presented a British radio programme on gardens, Green Fingers."
    assert not fits(named, span_of(plain, "British radio programme"))
    assert fits(named, span_of(plain, "Green Fingers"))
    placed = "Ann Brook now presents a US radio programme."
    assert not fits(named, span_of(placed, "US radio programme"))  # a place is no name of it
    show = "Ann Brook presented the Morning Brew programme for years."
    assert fits(named, span_of(show, "Morning Brew programme"))  # a name of it
    # without the word "name", the programme may be given by what it is
    which = analyse("Which programme did Ann Brook present?")
    assert fits(which, span_of(plain, "British radio programme"))

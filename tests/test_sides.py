"""Which claims may stand for their source: answer types, labels, the question's subject."""

from __future__ import annotations

import pytest

from app.engine.claims import Claim
from app.engine.evidence import Evidence
from app.engine.sides import fits_question, is_labelled, mentions_subject, takes_a_side


def claim_in(sentence: str, value: str) -> Claim:
    at = sentence.index(value)
    support = Evidence(1, "d", "docs/d.txt", "D", sentence, 0, len(sentence), 0.5)
    return Claim("d", "docs/d.txt", "D", value, support, at, at + len(value))


@pytest.mark.parametrize(
    ("question", "value", "fits"),
    [
        ("When was the school established?", "1962", True),
        ("When was Horace Rumbold born?", "2 July", True),
        ("When was the school established?", "by the Sisters of St. Joseph", False),
        ("What is the birth date of Maurice Roche?", "in Chelsea, London", False),
        ("Where is Interstate 235 located?", "Iowa", True),
        ("Where is Interstate 235 located?", "end sign by 2005", False),
        ("In which city did Conry practice law?", "Boston", True),
        ("What is the population of Kensett?", "1,791 people", True),
        ("What is the population of Kensett?", "a few hundred", True),
        ("What is the population of the township?", "35.74 sq mi", False),
        ("How many staff does the firm employ?", "most of them", False),
        ("Who founded Anthropic?", "former OpenAI researchers", True),  # other kinds: any
    ],
)
def test_answer_type_fits_the_question(question, value, fits):
    assert fits_question(question, value) is fits


def test_a_value_labelled_by_a_word_of_the_question_stands_in_an_infobox():
    question = "Who is the artist associated with the album Out of the Box?"
    infobox = (
        "= Album Artist = Taylor Swift Released = October 17, 2007 ( mini album ) Recorded "
        "= 2007 Genre = Pop/dance/rock/classical Length = Label = Universal Records"
    )
    assert is_labelled(question, claim_in(infobox, "Taylor Swift"))
    assert takes_a_side(question, claim_in(infobox, "Taylor Swift"))
    assert not is_labelled(question, claim_in(infobox, "Universal Records"))
    assert not takes_a_side(question, claim_in(infobox, "Universal Records"))  # furniture


def test_a_menu_stays_furniture():
    question = "What sport is Bobby Carpenter associated with?"
    menu = (
        "Bobby Carpenter Stats , Height , Weight , Position , Draft , College | Sports "
        "Reference Baseball Football ( college ) Basketball Hockey Soccer Golf Tennis Racing"
    )
    assert not takes_a_side(question, claim_in(menu, "Basketball"))


def test_words_sharing_their_first_letters_mention_the_subject():
    question = "What is the common name for Yellow Lantern?"
    sentence = "Banksia lemanniana, commonly known as the yellow lantern banksia, is a shrub."
    assert mentions_subject(question, claim_in(sentence, "yellow lantern banksia"))
    other = "The shrub flowers in spring and is pollinated by birds."
    assert not mentions_subject(question, claim_in(other, "birds"))


def test_a_date_or_count_of_the_asked_type_needs_no_subject_word():
    population = "What is the population of Kensett?"
    census = "As of the census of 2000, there were 1,791 people, 699 households in the city."
    assert not mentions_subject(population, claim_in(census, "1,791 people"))
    assert takes_a_side(population, claim_in(census, "1,791 people"))
    # a name in a sentence about something else still takes no side
    winner = "Who won the 5th Soccer Bowl?"
    other_game = "The club lost a game to Vancouver Whitecaps 1–2."
    assert not takes_a_side(winner, claim_in(other_game, "Vancouver Whitecaps"))

"""Conflict flags: answers that cannot both be true are flagged; the same answer in other
words, complementary descriptions and sentences about something else are not. Examples
are written for these tests (a fictional ferry dispute), except where the seed articles
are used as real text."""

from __future__ import annotations

import pytest

from app.engine.claims import Claim
from app.engine.conflicts import find_conflicts, standing
from app.engine.evidence import Evidence
from app.engine.topics import topic_of

from .conftest import CORPUS

IPO_ARTICLE = CORPUS / "Anthropic-accuses-Alibaba-of-stealing-its-AI-technology.txt"
COURT_ARTICLE = CORPUS / "Alibaba-accused-of-cloning-Anthropic-constitutional-AI.txt"


def said(doc: str, sentence: str, value: str, score: float = 0.6) -> Claim:
    """A claim of document `doc`: `value` inside `sentence`."""
    at = sentence.index(value)
    support = Evidence(1, doc, f"docs/{doc}.txt", doc.title(), sentence, 0, len(sentence), score)
    return Claim(doc, support.source, support.title, value, support, at, at + len(value))


def in_article(path, part: str, value: str) -> Claim:
    """A claim from a real article: `value` in the line of `path` that contains `part`."""
    text = path.read_text(encoding="utf-8")
    at = text.index(part)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    end = text.find(". ", at) + 1 or len(text)
    sentence = text[start:end]
    support = Evidence(1, path.stem, f"corpus/{path.name}", path.stem, sentence, start, end, 0.6)
    offset = start + sentence.index(value)
    return Claim(path.stem, support.source, path.stem, value, support, offset, offset + len(value))


def flagged(embeddings, question: str, *claims: Claim) -> list:
    return find_conflicts(question, list(claims), embeddings)


def test_two_venues_for_one_filing_conflict_in_the_seed_articles(embeddings):
    a = in_article(IPO_ARTICLE, "formal complaint filed", "UK Intellectual Property Office")
    b = in_article(COURT_ARTICLE, "filed in London", "London’s High Court")
    for question in ("Where was the complaint filed?", "Where did Anthropic lodge its case?"):
        [conflict] = flagged(embeddings, question, a, b)
        assert {c.value for c in conflict.claims} == {a.value, b.value}


def test_two_names_of_one_kind_conflict(embeddings):
    a = said("a", "The route is served by the Sea Lark ferry, the operator said.", "Sea Lark")
    b = said("b", "The operator put the Northern Star ferry on the route.", "Northern Star")
    assert len(flagged(embeddings, "Which ferry serves the route?", a, b)) == 1


def test_two_amounts_for_one_payment_conflict_but_not_across_units(embeddings):
    q = "How much did the council pay for the ferry?"
    a = said("a", "The council paid £4.5m for the ferry in 2003.", "£4.5m")
    b = said("b", "The ferry cost the council £6m, records show.", "£6m")
    c = said("c", "The ferry carries 300 passengers, and the council paid for it.", "300")
    assert len(flagged(embeddings, q, a, b)) == 1
    assert flagged(embeddings, q, a, c) == []  # a count is no amount of money


def test_two_lengths_of_one_ban_conflict(embeddings):
    q = "How long is the captain's ban?"
    a = said("a", "The captain was given a two-year ban by the panel.", "two-year")
    b = said("b", "The panel banned the captain for one year.", "one year")
    same = said("c", "The captain's ban lasts 2 years, the panel said.", "2 years")
    assert len(flagged(embeddings, q, a, b)) == 1
    assert flagged(embeddings, q, a, same) == []  # "two-year" and "2 years" agree


def test_complementary_descriptions_never_conflict(embeddings):
    q = "What does the new harbour levy pay for?"
    a = said(
        "a", "The levy pays for dredging the channel, the council said.", "dredging the channel"
    )
    b = said("b", "Money from the levy funds new lighting on the quay.", "new lighting on the quay")
    assert flagged(embeddings, q, a, b) == []
    q2 = "How did the union respond to the offer?"
    c = said("c", "The union called the offer an insult.", "called the offer an insult")
    d = said("d", "Union leaders rejected the offer and set a strike date.", "rejected the offer")
    assert flagged(embeddings, q2, c, d) == []


def test_several_things_asked_for_do_not_conflict(embeddings):
    q = "Which routes does the operator run?"
    a = said("a", "The operator runs the Oban route.", "Oban")
    b = said("b", "The operator also runs the Mull route.", "Mull")
    assert flagged(embeddings, q, a, b) == []


def test_yes_no_questions_are_never_flagged(embeddings):
    a = said("a", "The owners accused the union of breaking the deal.", "accused the union")
    b = said("b", "The union denied breaking the deal.", "denied breaking the deal")
    assert flagged(embeddings, "Did the union break the deal?", a, b) == []


def test_a_sentence_stating_both_values_is_no_disagreement(embeddings):
    q = "Which ferry serves the route?"
    a = said("a", "The Sea Lark and the Northern Star ferries share the route.", "Sea Lark")
    b = said("b", "The operator put the Northern Star ferry on the route.", "Northern Star")
    assert flagged(embeddings, q, a, b) == []


def test_a_source_about_something_else_takes_no_side(embeddings):
    q = "Where will the ferry summit be held?"
    a = said("a", "The ferry summit will be held in Oban in May.", "Oban", score=0.7)
    b = said("b", "The operator's head office moved to Glasgow last year.", "Glasgow", 0.25)
    assert flagged(embeddings, q, a, b) == []


def test_the_same_source_twice_is_no_disagreement(embeddings):
    a = said("a", "The route is served by the Sea Lark ferry.", "Sea Lark")
    b = said("a", "The Northern Star ferry is in dry dock.", "Northern Star")
    assert flagged(embeddings, "Which ferry serves the route?", a, b) == []


def test_a_conflict_groups_agreeing_sources_on_one_side(embeddings):
    q = "Which ferry serves the route?"
    a = said("a", "The route is served by the Sea Lark ferry.", "Sea Lark")
    b = said("b", "Passengers on the route board the Sea Lark ferry.", "Sea Lark ferry")
    c = said("c", "The operator put the Northern Star ferry on the route.", "Northern Star")
    [conflict] = flagged(embeddings, q, a, b, c)
    assert sorted(len(side) for side in conflict.sides) == [1, 2]


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Where was the complaint filed?", "where the complaint was filed"),
        ("Which ferry is serving the route?", "which ferry is serving the route"),
        ("How long is the captain's ban?", "how long the captain's ban is"),
        ("Who is the club's full-back?", "who the club's full-back is"),  # words as written
        ("Which co-founder spoke at the launch?", "which co-founder spoke at the launch"),
        ("When does the Elm Ferry sail?", "When does the Elm Ferry sail?"),  # no topic form
    ],
)
def test_a_question_becomes_a_topic(question, topic):
    assert topic_of(question) == topic


def test_only_things_of_the_kind_asked_for_can_disagree(embeddings):
    q = "What sport does Sam Oduya play?"
    a = said("a", "Sam Oduya plays cricket for the county.", "cricket")
    b = said("b", "Sam Oduya plays rugby at the weekend.", "rugby")
    c = said("c", "Sam Oduya signed a new contract with the county.", "a new contract")
    assert len(flagged(embeddings, q, a, b)) == 1  # two sports: a disagreement
    assert flagged(embeddings, q, a, c) == []  # a contract is no sport


def test_a_question_about_several_things_has_several_answers(embeddings):
    q = "Where were the ferry's safety drills held?"
    a = said("a", "The safety drills were held in Oban.", "Oban")
    b = said("b", "The ferry's safety drills were held in Mallaig.", "Mallaig")
    assert flagged(embeddings, q, a, b) == []


def test_when_the_kind_is_never_named_labels_compare_with_labels_only(embeddings):
    q = "What is the medium of 'Harbour Lights'?"
    a = said("a", "Harbour Lights is a novel by Ann Brook.", "novel")
    b = said("b", "Harbour Lights is a 1998 film shot in Oban.", "film")
    assert len(flagged(embeddings, q, a, b)) == 1  # two media: a disagreement
    role = "What role did Sam Oduya play at the opening?"
    c = said("c", "Sam Oduya was due to light the flame at the opening.", "light the flame")
    d = said("d", "Sam Oduya won 200m gold in Sydney.", "200m gold")
    assert flagged(embeddings, role, c, d) == []  # a deed and a medal: not one slot


def test_a_document_that_never_names_the_subject_takes_no_side(embeddings):
    """Web-search-style sets hold pages about other films: they fill the slot for their own
    subject, not the asked one."""
    texts = {
        "a": "Lantern Bay was directed by Mira Olsen. It opened in March.",
        "b": "The coastal drama was directed by Tomas Reyes, critics said.",
        "c": "Lantern Bay, the coastal drama, was directed by Tomas Reyes, one review says.",
    }
    a = said("a", texts["a"].split(". ")[0] + ".", "Mira Olsen")
    b = said("b", texts["b"], "Tomas Reyes")
    c = said("c", texts["c"], "Tomas Reyes")
    question = "Who directed Lantern Bay?"
    assert flagged(embeddings, question, a, b), "without the texts the pages disagree"
    assert not find_conflicts(question, [a, b], embeddings, text_of=texts.get)
    [conflict] = find_conflicts(question, [a, c], embeddings, text_of=texts.get)
    assert {c.value for c in conflict.claims} == {"Mira Olsen", "Tomas Reyes"}


def test_a_name_in_another_form_still_names_the_subject(embeddings):
    texts = {
        "a": "The Saint Anne Bridge was designed by Ruth Calder in 1931.",
        "b": "The St Anne Bridge was designed by Piotr Lange, the guide says.",
        "c": "The harbour footbridge was designed by Piotr Lange, the guide says.",
    }
    a, b, c = (said(k, v, v.split("designed by ")[1].split(" in ")[0].split(",")[0])
               for k, v in texts.items())  # fmt: skip
    question = "Who designed the Saint Anne Bridge?"
    [conflict] = find_conflicts(question, [a, b], embeddings, text_of=texts.get)
    assert {x.value for x in conflict.claims} == {"Ruth Calder", "Piotr Lange"}
    assert not find_conflicts(question, [a, c], embeddings, text_of=texts.get)


def test_a_typed_question_naming_its_type_keeps_every_value_of_that_type():
    # "birth date" names the type; a date need not stand next to the word "date"
    a = said("a", "Date of birth: 4 June 1902.", "4 June 1902")
    b = said("b", "Arthur Penhale (9 May 1899 – 1970) was a landowner.", "9 May 1899")
    kept = standing("What is the birth date of Arthur Penhale?", [a, b], 0.6)
    assert {c.value for c in kept} == {"4 June 1902", "9 May 1899"}


def test_an_acronym_names_the_words_it_abbreviates(embeddings):
    texts = {
        "a": "Harrow Vale Technical College is a public college in Leeds, England.",
        "b": "Harrow Vale Technical College is a public college in York, England.",
        "c": "Harrow Vale Sailing Club is a private club in York, England.",
    }
    a, b, c = (said(k, v, v.split(" in ")[1].split(",")[0]) for k, v in texts.items())
    question = "Where is HVTC located?"
    [conflict] = find_conflicts(question, [a, b], embeddings, text_of=texts.get)
    assert {x.value for x in conflict.claims} == {"Leeds", "York"}
    assert not find_conflicts(question, [a, c], embeddings, text_of=texts.get)  # HVTC


def test_a_value_inside_a_longer_token_is_typed_on_its_own(embeddings):
    """A web address is one token ("kestrel.org/club/2019_hockey/"): the value "hockey"
    in it is a label, like "cricket" in prose, not the address's phrase."""
    a = said("a", "The Kestrel Club plays cricket on the common.", "cricket")
    b = said("b", "Results: kestrel.org/club/2019_hockey/ for the Kestrel Club.", "hockey")
    [conflict] = flagged(embeddings, "What sport is the Kestrel Club known for?", a, b)
    assert {x.value for x in conflict.claims} == {"cricket", "hockey"}


def test_figures_for_different_months_or_years_are_two_quantities(embeddings):
    question = "How many visitors did the Harbour Museum have?"
    jan = said("a", "The Harbour Museum had 12,400 visitors in January.", "12,400 visitors")
    feb = said("b", "The Harbour Museum had 15,100 visitors in February.", "15,100 visitors")
    assert flagged(embeddings, question, jan, feb) == []
    y1 = said("a", "The Harbour Museum had 80,000 visitors in 2003.", "80,000 visitors")
    y2 = said("b", "In March 2004 the Harbour Museum had 95,000 visitors.", "95,000 visitors")
    assert flagged(embeddings, question, y1, y2) == []
    # the same month, or days that say when it was reported: rival figures
    jan2 = said("b", "In January 2005 the Harbour Museum had 15,100 visitors.", "15,100 visitors")
    assert len(flagged(embeddings, question, jan, jan2)) == 1
    mon = said("a", "The Harbour Museum had 12,400 visitors, it said on Monday.", "12,400 visitors")
    tue = said("b", "On Tuesday the Harbour Museum said it had 15,100 visitors.", "15,100 visitors")
    assert len(flagged(embeddings, question, mon, tue)) == 1


def test_two_dates_given_for_one_event_are_rivals_whatever_else_the_sentences_date(embeddings):
    question = "On what date did the Kelso ferry strike begin?"
    a = said("a", "The strike began on 3 March, the union said in its 2006 report.", "3 March")
    b = said("b", "Crews walked out on 10 March, ahead of the May 2005 vote.", "10 March")
    assert len(flagged(embeddings, question, a, b)) == 1


def test_sums_in_two_currencies_or_a_price_per_unit_against_a_total_are_no_rivals(embeddings):
    question = "How much did the film Glass Orchard take at the box office?"
    dollars = said("a", "Glass Orchard took $19.5m at the box office.", "$19.5m")
    pounds = said("b", "Glass Orchard took £788,439 at the box office.", "£788,439")
    assert flagged(embeddings, question, dollars, pounds) == []
    more = said("b", "Glass Orchard took $23.1m at the box office.", "$23.1m")
    assert len(flagged(embeddings, question, dollars, more)) == 1
    bid = "How much did Harwell Exchange offer for the Fenmoor market?"
    total = said("a", "Harwell Exchange offered £1.3bn for the Fenmoor market.", "£1.3bn")
    each = said("b", "Harwell Exchange offered 530 pence per share for the Fenmoor market.",
                "530 pence per share")  # fmt: skip
    assert flagged(embeddings, bid, total, each) == []


def test_one_modifier_exchanged_is_a_rival_answer_however_close_the_embeddings(embeddings):
    question = "What is the common name of Nymphaea cinerea?"
    a = said("a", "Nymphaea cinerea, commonly known as the grey heron lily, grows in ponds.",
             "grey heron lily")  # fmt: skip
    b = said("b", "Nymphaea cinerea, commonly known as the white heron lily, grows in ponds.",
             "white heron lily")  # fmt: skip
    c = said("c", "Nymphaea cinerea, commonly called the heron lily, grows in ponds.", "heron lily")
    [conflict] = flagged(embeddings, question, a, b)
    assert {x.value for x in conflict.claims} == {"grey heron lily", "white heron lily"}
    assert flagged(embeddings, question, a, c) == []  # a shorter form of the same name


def test_counts_out_of_different_wholes_are_no_rivals(embeddings):
    question = "How many of their matches since the cup final have Rovers lost?"
    before = said("a", "Rovers have lost six of their last 11 matches since the final.", "six")
    after = said("b", "Rovers have now lost seven of their last 12 matches.", "seven")
    assert flagged(embeddings, question, before, after) == []
    same_span = said("b", "Rovers have now lost seven of their last 11 matches.", "seven")
    assert len(flagged(embeddings, question, before, same_span)) == 1


def test_figures_for_several_places_and_for_one_of_them_are_two_quantities(embeddings):
    question = "How much was the average monthly rent?"
    both = said("a", "The average rent in Scotland and Wales was £700 in June.", "£700")
    one = said("b", "The survey put the average rent at £650 in Scotland in June.", "£650")
    assert flagged(embeddings, question, both, one) == []
    listed = said("b", "Rents were £650 in Scotland; £610 in Wales; £900 in England.", "£650")
    assert flagged(embeddings, question, both, listed) == []
    # the same places, or a place named on one side only: rival figures
    again = said("b", "The average rent in Scotland and Wales was £650 in June.", "£650")
    assert len(flagged(embeddings, question, both, again)) == 1
    nowhere = said("b", "The average rent was £650 in June, the survey found.", "£650")
    assert len(flagged(embeddings, question, both, nowhere)) == 1
    # a place named with its region is one place; and dates are of events, not places
    town = said("a", "The average rent in Alnwick, Northumberland was £700.", "£700")
    same_town = said("b", "The average rent in Alnwick was £650.", "£650")
    assert len(flagged(embeddings, question, town, same_town)) == 1
    when = "When did the Harbour Museum open?"
    early = said("a", "The Harbour Museum opened in Leeds and Manchester in 1902.", "1902")
    late = said("b", "The Harbour Museum opened in Leeds in 1885.", "1885")
    assert len(flagged(embeddings, when, early, late)) == 1

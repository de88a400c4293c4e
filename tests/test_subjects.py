"""What a statement is about: another named thing or the question's subject (examples
written for these tests)."""

from __future__ import annotations

import pytest

from app.engine import language as lang
from app.engine.questions import analyse
from app.engine.sides import stands

from .conftest import claim_in


def test_a_value_next_to_another_named_thing_describes_that_thing():
    question = analyse("Which city is Marlow Dairies based in?")
    sentence = (
        "Kestrel Foods, the Leeds-based baker, has accused Marlow Dairies of copying its recipe."
    )
    assert "Kestrel" in stands(question, claim_in(sentence, "Leeds"), 0.6)
    own = "Marlow Dairies, a Bristol firm, denied the claim."
    assert stands(question, claim_in(own, "Bristol"), 0.6) is None


def test_the_named_doer_of_the_asked_act_says_whose_figure_it_is():
    question = analyse("How much has Copper Lane taken at the box office?")
    other = "Harbour Nights took $30.2m in its debut weekend, ahead of the rest."
    assert "Harbour" in stands(question, claim_in(other, "$30.2m"), 0.6)
    completed = "Harbour Nights managed to take $30.2m, twice as much as Copper Lane."
    assert "Harbour" in stands(question, claim_in(completed, "$30.2m"), 0.6)
    own = "Copper Lane took $12.5m in its debut weekend, ahead of the rest."
    assert stands(question, claim_in(own, "$12.5m"), 0.6) is None
    unnamed = "The sequel took $12.5m in its debut weekend, ahead of the rest."
    assert stands(question, claim_in(unnamed, "$12.5m"), 0.6) is None
    # the asked word right before a value still labels it, far from the best evidence too
    directed = analyse("Who directed Copper Lane?")
    credit = "Copper Lane was directed by Ruth Calder in a wet spring."
    assert stands(directed, claim_in(credit, "Ruth Calder", score=0.2), 0.7) is None


CLUB = "Which club will Kestrel Town meet in the quarter-final?"


@pytest.mark.parametrize(
    ("question", "sentence", "value", "other"),
    [
        # a sentence naming none of the question's names, whose clause is about another
        # named thing (its owner, its subject), fills the slot for that thing
        (CLUB, "Marlow's prize for knocking out Riverside United is a trip to Dunmore.",
         "Riverside United", "Marlow"),
        (CLUB, "Rumours say Dunmore Rovers is ready to sign a striker from Riverside United.",
         "Riverside United", "Dunmore"),
        # the asked word right before the value labels it, but not as the subject's
        ("How much is Orchard Foods ready to bid for the dairy?",
         "Talk is growing that the Danes may raise their bid for the dairy to £90m soon.",
         "£90m", "Danes"),
        # the subject's own report, however it calls it, still answers
        (CLUB, "The club's reward for beating Dunmore is a tie against Riverside United.",
         "Riverside United", None),
        ("How much profit did Orchard Foods make last year?",
         "Chief executive Ann Lowe said profits rose to $2.8bn last year.", "$2.8bn", None),
        # the quote names the subject in another of its sentences: "its" style is the chapel's
        ("What is the style of the Harbour Chapel?",
         "Ann Lowe said the Harbour Chapel opened in 1887. Marlow Council lists its style as "
         "Gothic.", "Gothic", None),
        # a question naming nothing cannot be told from another named thing
        ("Which company runs the night ferry?",
         "Rumours say Dunmore Rovers is ready to sell the ferry company Marlow Rail.",
         "Marlow Rail", None),
        # a definition gives the page's own topic under another of its names
        ("Which company runs the Kestrel 8000 series?",
         "The Harbour Flyer is an electric train operated by Marlow Rail since 1991.",
         "Marlow Rail", None),
        # a name inside the subject's phrase is not what the clause is about
        ("Who directed Copper Lane?", "The film starring Ed Marsh was directed by Ruth Calder.",
         "Ruth Calder", None),
    ],
)  # fmt: skip
def test_a_sentence_about_another_named_thing_answers_nothing_about_the_subject(
    question, sentence, value, other
):
    reason = stands(analyse(question), claim_in(sentence, value), 0.6)
    assert reason is None if other is None else other in reason


def test_the_owner_of_the_kind_asked_for_must_match():
    question = analyse("Which Marlow model is accused of copying?")
    theirs = "Kestrel's Falcon model was launched last year, and Marlow's Osprey model too."
    assert stands(question, claim_in(theirs, "Falcon"), 0.6) is not None
    assert stands(question, claim_in(theirs, "Osprey"), 0.6) is None
    # the value may hold the kind's own noun, its owner outside the value or inside it
    assert stands(question, claim_in(theirs, "Falcon model"), 0.6) is not None
    assert stands(question, claim_in(theirs, "Kestrel's Falcon model"), 0.6) is not None
    assert stands(question, claim_in(theirs, "Osprey model"), 0.6) is None
    # a place in the possessive is where the thing is from, not whose it is
    station = analyse("On which TV station did Ann Brook speak?")
    spoke = "Ann Brook spoke on Greece's Alpha Television station last night."
    assert stands(station, claim_in(spoke, "Alpha Television station"), 0.6) is None
    assert stands(station, claim_in(spoke, "Alpha Television"), 0.6) is None


def test_the_questions_own_subject_is_no_answer():
    question = analyse("Who is Maria Okafor's lawyer?")
    sentence = "Maria Okafor, represented by lawyer Tom Ashby, denies the charge."
    assert stands(question, claim_in(sentence, "Maria Okafor"), 0.6) == (
        "the question's own subject"
    )
    assert stands(question, claim_in(sentence, "Tom Ashby"), 0.6) is None


def test_the_questions_subject_in_initials_is_no_answer():
    question = analyse("Who is Northern Rail's new chairman?")
    sentence = "NR named Alan Pryce as chairman after the board met in York."
    assert stands(question, claim_in(sentence, "NR"), 0.6) == "the question's own subject"
    assert stands(question, claim_in(sentence, "Alan Pryce"), 0.6) is None


def test_a_value_inside_a_run_of_names_is_said_of_nothing_else():
    # page headings run names together; only a described link (apposition, "-based",
    # a possessive) says that a value belongs to another named thing
    question = analyse("Who wrote Winter Harbour?")
    headings = "Winter Harbour Novel Author Margaret Vale Publisher Vale Books Ltd"
    assert stands(question, claim_in(headings, "Margaret Vale"), 0.6) is None
    labelled = analyse("Who is the publisher of Winter Harbour?")
    assert stands(labelled, claim_in(headings, "Vale Books Ltd"), 0.6) is None


def test_a_title_in_apposition_is_another_name_of_the_subject():
    question = analyse("When was Arthur Penhale born?")
    sentence = "Arthur Penhale, 3rd Baron Tregony (4 June 1902 – 1 May 1970) was a landowner."
    assert stands(question, claim_in(sentence, "4 June 1902"), 0.6) is None
    other = "Arthur Penhale worked for Lord Tregony (2 March 1890 – 5 May 1950)."
    assert stands(question, claim_in(other, "2 March 1890"), 0.6) is not None


def test_the_month_of_a_date_is_no_other_named_thing():
    question = analyse("When did Edwin Marsh die?")
    sentence = "Edwin Marsh died at his home in Keswick on 3 March 1801."
    assert stands(question, claim_in(sentence, "1801"), 0.6) is None
    assert stands(question, claim_in(sentence, "3 March 1801"), 0.6) is None


def test_the_source_of_a_report_is_not_what_its_figure_is_about():
    # the parser sometimes hangs the reported figure on the source's name; this is the
    # parse it gave for such a sentence, built token by token
    from spacy.tokens import Doc

    from app.engine.subjects import _nearest_name

    words = "According to the Courier , 900 jobs could go".split()
    heads = [8, 0, 3, 1, 3, 6, 3, 8, 8]
    deps = ["prep", "prep", "det", "pobj", "punct", "nummod", "appos", "aux", "ROOT"]
    pos = ["VERB", "ADP", "DET", "PROPN", "PUNCT", "NUM", "NOUN", "AUX", "VERB"]
    doc = Doc(lang.nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _nearest_name(doc[5:6]) is None
    words[0] = "Beside"  # a name the figure is said of is still found
    other = Doc(lang.nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _nearest_name(other[5:6]).text == "Courier"

"""Whether a document names what a question asks about (app/engine/naming.py). Examples
written for these tests."""

from __future__ import annotations

from app.engine.naming import naming_the_subject
from app.engine.questions import analyse

from .conftest import claim_in


def test_only_documents_naming_the_subject_take_a_side():
    question = analyse("When did the Harbour Lights musical open?")
    texts = {
        "a": "Harbour Lights is a musical. The musical opened on 4 May 2011 in Leeds.",
        "b": "Copper Lane is a musical. The musical opened on 9 June 2012 in York.",
        "c": "The musical opened on 4 May 2012 in Leeds, with a cast of twelve.",
        "d": "The musical opened on 4 May 2011 in Leeds to warm reviews.",
    }
    a = claim_in("The musical opened on 4 May 2011 in Leeds.", "4 May 2011", doc="a")
    b = claim_in("The musical opened on 9 June 2012 in York.", "9 June 2012", doc="b")
    c = claim_in(texts["c"], "4 May 2012", doc="c")
    d = claim_in(texts["d"], "4 May 2011", doc="d")
    assert naming_the_subject(question, [a, b], texts.get) == [a]
    assert naming_the_subject(question, [b], texts.get) == []
    # excerpts that all call it "the musical" cannot be told apart by the name
    assert naming_the_subject(question, [c, d], texts.get) == [c, d]


def test_a_name_of_several_words_is_named_only_with_its_head():
    question = analyse("When will the Copper Harbour Festival take place?")
    texts = {
        "a": "The Copper Harbour Festival takes place in June, organisers said.",
        "b": "Copper prices at the harbour rose in May, traders said.",  # no festival
        "c": "This year the copper harbour festival takes place in July.",  # case aside
    }
    claims = [claim_in(texts[d], texts[d].split(" in ")[1].split(",")[0][:4], doc=d) for d in "abc"]
    assert naming_the_subject(question, claims, texts.get) == [claims[0], claims[2]]
    # a name whose head is an acronym may be written out in common nouns: not required
    question = analyse("Which Norvik LLM was cited in the filing?")
    text = "Norvik said its large language model Tern-3 was cited in the filing."
    tern = claim_in(text, "Tern-3", doc="d")
    assert naming_the_subject(question, [tern], {"d": text}.get) == [tern]


def test_a_name_inside_another_word_is_not_named():
    question = analyse("When did the Oda musical open?")
    texts = {
        "a": "Oda is a musical. The musical opened on 4 May 2011 in Leeds.",
        "b": "Coda is a musical. The musical opened on 9 June 2012 in York.",
        "c": "Odalys is a musical. The musical opened on 2 July 2013 in Hull.",  # a longer form
    }
    a = claim_in("The musical opened on 4 May 2011 in Leeds.", "4 May 2011", doc="a")
    b = claim_in("The musical opened on 9 June 2012 in York.", "9 June 2012", doc="b")
    c = claim_in("The musical opened on 2 July 2013 in Hull.", "2 July 2013", doc="c")
    assert naming_the_subject(question, [a, b, c], texts.get) == [a, c]


def test_a_report_may_name_the_subject_by_its_initials():
    question = analyse("How much did Harbour Light Foods pay for the dairy?")
    texts = {
        "a": "HLF paid £4m for the dairy, the firm said.",
        "b": "Copper Lane paid £5m for the dairy, the firm said.",
        "c": "The HL brand paid £6m for the dairy.",
    }
    claims = [claim_in(texts[d], texts[d].split(" paid ")[1][:3], doc=d) for d in "abc"]
    assert naming_the_subject(question, claims, texts.get) == claims[:1]


def test_a_name_with_another_place_in_it_names_another_thing_of_its_kind():
    question = analyse("What did the World Rowing Federation decide about the ban?")
    texts = {
        "a": "The Irish Rowing Federation decided to lift the ban on Monday.",  # another body
        "b": "The World Rowing Federation decided to lift the ban, its chief said.",
        "c": "The Geneva-based World Rowing Federation decided to keep the ban.",
        "d": "The Rowing Federation decided to keep the ban in place.",  # a short form
    }
    claims = [claim_in(texts[d], "ban", doc=d) for d in "abcd"]
    assert naming_the_subject(question, claims, texts.get) == claims[1:]
    # another form of the place's name names the same body; and a person's name with a
    # people's name in place of the first name is the same person
    question = analyse("What did the Tunisia Cycling Union decide?")
    text = "The Tunisian Cycling Union decided to appeal."
    spelled = claim_in(text, "appeal", doc="e")
    assert naming_the_subject(question, [spelled], {"e": text}.get) == [spelled]
    question = analyse("What did Ann Brook decide about the ban?")
    text = "Kenyan Brook decided to appeal against the ban, her lawyer said."
    titled = claim_in(text, "appeal", doc="f")
    assert naming_the_subject(question, [titled], {"f": text}.get) == [titled]

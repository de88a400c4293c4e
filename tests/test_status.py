"""Whether a report states the asked event as done or still open, and disagreements
between reports that differ on it (app/engine/status.py). Examples written for the test."""

from __future__ import annotations

import pytest

from app.engine.evidence import Evidence
from app.engine.status import DONE, OPEN, changed, event_lemmas, events, status_of


def evidence(doc: str, sentence: str, score: float = 0.7) -> Evidence:
    return Evidence(1, doc, f"news/{doc}.txt", doc.upper(), sentence, 0, len(sentence), score)


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


def test_reports_of_done_and_open_disagree():
    question = "Has the landlord been charged?"
    done = evidence("a", "The landlord has been charged with fraud, police said.")
    pending = evidence("b", "The landlord will learn on Friday whether he will be charged.")
    conflict = changed(question, [done, pending], 0.3)
    assert conflict is not None
    values = [[c.value for c in side] for side in conflict.sides]
    assert values == [["has been charged"], ["whether he will be charged"]]
    assert conflict.topic == "whether the landlord has been charged"
    claim = conflict.sides[1][0]  # a claim quotes its own words of the sentence
    assert pending.quote[slice(*claim.in_support)] == claim.value
    # reports that agree, or say nothing of it, are no disagreement
    also = evidence("c", "Police have charged the landlord, his lawyer said.")
    assert changed(question, [done, also], 0.3) is None
    assert changed(question, [pending], 0.3) is None


def test_only_statements_of_the_asked_event_count():
    question = "Has Dale Hunt been charged over the fire?"
    done = evidence("a", "Dale Hunt has been charged over the fire.")
    other_person = evidence("b", "His agent Tom Reed has not been charged over the fire.")
    assert changed(question, [done, other_person], 0.3) is None
    unrelated = evidence("c", "Two guards will be charged with theft, police said.")
    assert changed(question, [done, unrelated], 0.3) is None  # nothing of "fire" or "Hunt"
    weak = evidence("d", "Dale Hunt will be charged over the fire.", score=0.1)
    assert changed(question, [done, weak], 0.3) is None  # below the relevance floor


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


def test_a_question_in_other_words_of_suing_asks_about_the_same_lawsuit():
    """ "taken legal action" is keyed as the sentences' "filed a lawsuit" is, and the
    words naming the event need not recur in a report that says it otherwise."""
    question = "Has Ms Hale taken legal action against Norvik?"
    assert event_lemmas(question) == {"lawsuit"}
    done = evidence("a", "Ms Hale has filed a lawsuit against Norvik, her lawyer said.")
    pending = evidence("b", "Ms Hale says she will sue Norvik over the leaked files.")
    conflict = changed(question, [done, pending], 0.3)
    assert conflict is not None
    assert [[c.value for c in side] for side in conflict.sides] == [
        ["has filed a lawsuit"],
        ["will sue"],
    ]


def scan_item(anchor: str, *sides: tuple[str, str, str]) -> dict:
    """A corpus-scan disagreement as `Scanner.conflicts()` returns it."""
    claims = [
        {"source": f"news/{doc}.txt", "title": doc.upper(), "quote": quote, "start": 40,
         "end": 40 + len(quote), "value": value}
        for doc, quote, value in sides
    ]  # fmt: skip
    return {"topic": "whether ...", "claims": claims, "anchor": anchor}


def test_a_report_retrieval_missed_counts_when_the_scan_found_it_differs():
    question = "Has Ms Hale sued Norvik?"
    done = evidence("a", "Ms Hale has filed a lawsuit against Norvik, her lawyer said.")
    promise = "Ms Hale, who denies the claims, says she will take legal action against Norvik."
    known = [scan_item("lawsuit", ("a", done.quote, "has filed a lawsuit"),
                       ("b", promise, "will take legal action"))]  # fmt: skip
    assert changed(question, [done], 0.3) is None  # retrieval found one report only
    conflict = changed(question, [done], 0.3, known)
    assert conflict is not None
    sides = [[(c.source, c.value) for c in side] for side in conflict.sides]
    assert sides == [[("news/a.txt", "has filed a lawsuit")],
                     [("news/b.txt", "will take legal action")]]  # fmt: skip
    claim = conflict.sides[1][0]  # quoted at its place in its own article
    assert (claim.start, claim.end) == (40 + promise.index("will"), 40 + promise.index(" against"))
    # the scan's disagreement on another event, or about someone else, adds nothing
    assert changed(question, [done], 0.3, [{**known[0], "anchor": "verdict"}]) is None
    other = "Her agent Tom Reed will take legal action over the leaked files."
    assert changed(question, [done], 0.3, [scan_item("lawsuit", ("b", other, "will"))]) is None
    # nor does it answer when no retrieved report states the event
    unrelated = evidence("c", "Norvik shares fell 4% on Monday.")
    assert changed(question, [unrelated], 0.3, known) is None


def test_a_time_is_fixed_in_several_words():
    """ "set a date", "a date has been fixed": one event, done or still open; "is set to"
    only puts what follows in the future, and is no fixing of a time."""
    lemmas = event_lemmas("Has a date been fixed for the Hale inquiry?")
    assert lemmas == {"schedule"}
    assert status_of("The chairman has set a June date for the inquiry.", lemmas)[0] == DONE
    assert status_of("No date has been set for the inquiry yet.", lemmas)[0] == OPEN
    assert status_of("The inquiry is set to open in June.", lemmas) is None
    assert "set" not in {key for key, _, _ in events("Norvik is set to cut 200 jobs.")}
    question = "Has a date been set for the Hale inquiry?"
    done = evidence("a", "The chairman has set a June date for the Hale inquiry.")
    pending = evidence("b", "No date has been set for the Hale inquiry, its chairman said.")
    conflict = changed(question, [done, pending], 0.3)
    # the negation on the subject is part of what the report says
    assert [[c.value for c in side] for side in conflict.sides] == [
        ["has set"],
        ["No date has been set"],
    ]


def test_a_scan_disagreement_on_a_figure_is_no_report_of_whether_it_happened():
    """The scan's "banned for two years" / "banned for four years" (about whoever) says
    nothing of whether the asked ban happened: only disagreements stating it done and
    still open are read."""
    question = "Has Ann Brook been banned by the IAAF?"
    pending = evidence("a", "Ann Brook will learn on Friday whether the IAAF will ban her.")
    known = [
        scan_item(
            "ban",
            ("b", "Her coach Tom Reed was also banned for two years by the IAAF.", "two years"),
            ("c", "Tom Reed, her coach, was banned by the IAAF for four years.", "four years"),
        )
    ]
    assert changed(question, [pending], 0.3, known) is None

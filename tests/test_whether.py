"""Yes/no questions about whether something happened, answered from what each report
states and from the scan's known disagreements (app/engine/whether.py). Examples written
for the test."""

from __future__ import annotations

from app.engine.evidence import Evidence
from app.engine.status import event_lemmas
from app.engine.whether import changed


def evidence(doc: str, sentence: str, score: float = 0.7) -> Evidence:
    return Evidence(1, doc, f"news/{doc}.txt", doc.upper(), sentence, 0, len(sentence), score)


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


def test_an_inverted_question_the_parser_misreads_still_asks_about_its_event():
    question = "Did the IAAF ban Ann Brook?"
    done = evidence("a", "The IAAF banned Ann Brook for two years on Monday.")
    pending = evidence("b", "The IAAF could ban Ann Brook when its panel meets in May.")
    conflict = changed(question, [done, pending], 0.3)
    assert conflict is not None
    assert [[c.value for c in side] for side in conflict.sides] == [["banned"], ["could ban"]]


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
    conflict = changed(question, [done], 0.3, lambda: known)
    assert conflict is not None
    sides = [[(c.source, c.value) for c in side] for side in conflict.sides]
    assert sides == [[("news/a.txt", "has filed a lawsuit")],
                     [("news/b.txt", "will take legal action")]]  # fmt: skip
    claim = conflict.sides[1][0]  # quoted at its place in its own article
    assert (claim.start, claim.end) == (40 + promise.index("will"), 40 + promise.index(" against"))
    # the scan's disagreement on another event, or about someone else, adds nothing
    assert changed(question, [done], 0.3, lambda: [{**known[0], "anchor": "verdict"}]) is None
    other = "Her agent Tom Reed will take legal action over the leaked files."
    assert (
        changed(question, [done], 0.3, lambda: [scan_item("lawsuit", ("b", other, "will"))]) is None
    )
    # nor does it answer when no retrieved report states the event
    unrelated = evidence("c", "Norvik shares fell 4% on Monday.")
    assert changed(question, [unrelated], 0.3, lambda: known) is None
    # and then the scan is not even asked (a first scan of a large corpus takes minutes)
    asked = []
    assert changed(question, [unrelated], 0.3, lambda: asked.append(1) or known) is None
    assert not asked


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
    assert changed(question, [pending], 0.3, lambda: known) is None


def test_a_report_of_a_date_set_and_one_of_none_set_disagree():
    question = "Has a date been set for the Hale inquiry?"
    done = evidence("a", "The chairman has set a June date for the Hale inquiry.")
    pending = evidence("b", "No date has been set for the Hale inquiry, its chairman said.")
    conflict = changed(question, [done, pending], 0.3)
    # the negation on the subject is part of what the report says
    assert [[c.value for c in side] for side in conflict.sides] == [
        ["has set"],
        ["No date has been set"],
    ]

"""Disagreements the corpus scan knows, shown with an answer that states one of their sides
(app/engine/known.py). The seed articles are used as real text; the rest is written for
these tests."""

from __future__ import annotations

from app.engine.claims import Claim
from app.engine.known import known_conflict

from .test_conflicts import COURT_ARTICLE, IPO_ARTICLE, in_article, said


def _scan_item(*claims: Claim) -> dict:
    """A corpus-scan item (as `dispute-qa conflicts --json` lists it) for these claims."""
    sides = [{"source": c.source, "title": c.title, "quote": c.support.quote,
              "start": c.start, "end": c.end, "value": c.value} for c in claims]  # fmt: skip
    return {"topic": "where it was filed", "anchor": "file", "claims": sides}


def test_an_answer_stating_one_side_of_a_known_disagreement_shows_it():
    """The question need not use the scan's slot word ("brought", not "filed"): an answer
    stating one side, read in that side's own sentence, shows the whole disagreement."""
    ipo = in_article(IPO_ARTICLE, "formal complaint filed", "UK Intellectual Property Office")
    court = in_article(COURT_ARTICLE, "filed in London", "London’s High Court")
    known = [_scan_item(ipo, court)]
    scored = [ipo.support, court.support]
    question = "Where was the case against Alibaba brought?"
    conflict = known_conflict(question, known, scored, 0.6, [ipo])
    assert conflict is not None
    assert {c.value for c in conflict.claims} == {ipo.value, court.value}
    # the same name stated from another sentence is another statement ("has not commented")
    quiet = in_article(IPO_ARTICLE, "Neither the UK", "UK Intellectual Property Office")
    quiet_scored = [*scored, quiet.support]
    assert known_conflict(question, known, quiet_scored, 0.6, [quiet]) is None
    # a thing of another owner answers no question about this owner's things
    qwen2 = in_article(IPO_ARTICLE, "Qwen2 model incorporates", "Qwen2")
    plus = in_article(COURT_ARTICLE, "Qwen-Plus model reproduces", "Qwen-Plus")
    models = [_scan_item(qwen2, plus)]
    both = [qwen2.support, plus.support]
    assert known_conflict("Which Alibaba system is accused?", models, both, 0.6, [qwen2])
    assert known_conflict("Which Anthropic method is at stake?", models, both, 0.6, [qwen2]) is None
    # sides that are not of the type asked for answer another question
    when = "When was the case against Alibaba brought?"
    assert known_conflict(when, known, scored, 0.6, [ipo]) is None


def test_a_known_disagreement_answers_a_kind_only_with_things_of_that_kind():
    """When the articles write the asked kind ("Dunmore University"), a court and a board
    are no answer to "which university"; a kind they never write cannot be checked."""
    board = said("a", "It was filed with the Harbour Licensing Board.", "Harbour Licensing Board")
    court = said(
        "b", "The claim, filed at Dunmore County Court, names two.", "Dunmore County Court"
    )
    expert = said("b", "Ada Kell of Dunmore University doubts it.", "Dunmore University")
    known = [_scan_item(board, court)]
    scored = [board.support, court.support, expert.support]
    assert known_conflict("Which university is mentioned?", known, scored, 0.6, [board]) is None
    assert known_conflict("Which institution got the claim?", known, scored, 0.6, [board])

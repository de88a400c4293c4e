"""Who holds a role at which organisation, and when (examples written for these tests)."""

from __future__ import annotations

from app.engine.questions import analyse
from app.engine.sides import stands

from .conftest import claim_in


def test_a_person_titled_as_another_organisations_holder_answers_nothing_about_it():
    sentence = "The board of Northern Rail met Kestrel Foods chairman Alan Pryce in York."
    for wording in ("Who is the chairman of Northern Rail?", "Who is Northern Rail's chairman?"):
        reason = stands(analyse(wording), claim_in(sentence, "Alan Pryce"), 0.6)
        assert reason is not None and "Kestrel Foods" in reason
    owned = "Kestrel Foods' Alan Pryce met the Northern Rail board in York."
    assert "Kestrel" in stands(
        analyse("Who is Northern Rail's chairman?"), claim_in(owned, "Alan Pryce"), 0.6
    )
    for own in (  # its own holder, by name or initials, or a place before the title
        "Northern Rail chairman Alan Pryce met the board in York.",
        "NR chairman Alan Pryce met the board in York.",
        "The board of Northern Rail appointed York businessman Alan Pryce as chairman.",
    ):
        assert (
            stands(
                analyse("Who is the chairman of Northern Rail?"), claim_in(own, "Alan Pryce"), 0.6
            )
            is None
        )
    placed = "Northern Rail is represented by London lawyer Tom Ashby."
    assert (
        stands(analyse("Who is Northern Rail's lawyer?"), claim_in(placed, "Tom Ashby"), 0.6)
        is None
    )
    hired = "Arsenal appointed former Chelsea coach Tom Reed."  # the role was at the asked act
    assert (
        stands(analyse("Which coach did Arsenal appoint?"), claim_in(hired, "Tom Reed"), 0.6)
        is None
    )


def test_a_former_holder_does_not_hold_the_role_now():
    now = analyse("Who is the chairman of Northern Rail?")
    for sentence in (
        "Critics recall the plans of its former chairman, Alan Pryce.",
        "The row was started by ex-Northern Rail chairman Alan Pryce in York.",
        "Former chairman Alan Pryce criticised the Northern Rail board.",
    ):
        assert "former" in stands(now, claim_in(sentence, "Alan Pryce"), 0.6)
    then = analyse("Who was the chairman of Northern Rail in 2003?")
    past = "Critics recall the plans of its former chairman, Alan Pryce."
    assert stands(then, claim_in(past, "Alan Pryce"), 0.6) is None
    current = "Northern Rail chairman Ruth Dale met the unions in York."
    assert stands(now, claim_in(current, "Ruth Dale"), 0.6) is None

"""When an article was published, read from its first lines (ingest/dating.py). Examples
written for these tests."""

from __future__ import annotations

import pytest

from ingest.dating import read_date, split_dateline


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Ferry strike ends\nPublished: 3 March 2005\n\nCrews went back.", "2005-03-03"),
        ("Ferry strike ends\n2005/03/04 10:22:01 GMT\n\nCrews went back.", "2005-03-04"),
        ("Ferry strike ends\nFriday, 4 March 2005, 16:32 GMT\nCrews went back.", "2005-03-04"),
        ("Ferry strike ends\nLast updated on March 5th, 2005\nCrews went back.", "2005-03-05"),
        ("2005-03-06\nFerry strike ends\nCrews went back.", "2005-03-06"),
        # a date inside the story says when something happened, not when it was reported
        ("Ferry strike ends\nThe union said on 3 March 2005 that its crews would return to "
         "work on the Oban route.\n", ""),
        ("Ferry strike ends\nThe deal closes on 1 March 2005.\nCrews went back.", ""),
        ("Ferry strike ends\n03/04/2005\nCrews went back.", ""),  # March or April?
        ("Ferry strike ends\n31 June 2005\nCrews went back.", ""),  # no such day
        ("Ferry strike ends\nCrews went back.", ""),
    ],
)  # fmt: skip
def test_a_dateline_among_the_first_lines_gives_the_publication_date(text, published):
    found, rest = split_dateline(text)
    assert found == published
    if published:  # the dateline is the article's date, no longer a line of its text
        assert "2005" not in rest and "Crews went back." in rest
    else:
        assert rest == text


def test_only_unambiguous_dates_are_read():
    assert read_date("2004-12-01T09:30:00+00:00") == "2004-12-01"
    assert read_date("Dec. 1, 2004") == "2004-12-01"
    assert read_date("1 Smarch 2004") == ""
    assert read_date("12/01/2004") == ""

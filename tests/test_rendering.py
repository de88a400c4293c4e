"""Article text reaches the page only escaped: markup in an article shows as text; every
[n] links to its own message's source."""

from __future__ import annotations

from app.engine.answer import Answer
from app.engine.citations import Citation
from app.engine.claims import Claim
from app.engine.conflicts import Conflict
from app.engine.evidence import Evidence
from app.web.rendering import (
    answer_html,
    banner_html,
    corpus_conflicts_html,
    help_html,
    sources_html,
)

HOSTILE = 'Shares fell <script>alert("x")</script> and <img src=x onerror=alert(1)>.'


def _citation(text: str) -> Citation:
    start = text.index("Shares")
    return Citation(1, "news/a.html", "A <b>title</b>", HOSTILE, start, start + len(HOSTILE))


def test_sources_escape_article_markup_and_highlight_the_quote():
    text = "Intro sentence. " + HOSTILE + " Outro."
    html = sources_html([_citation(text)], {"news/a.html": text}, "m3")
    assert "<script>" not in html and "<img" not in html and "<b>title" not in html
    assert "&lt;script&gt;" in html and "<mark>" in html and "Intro sentence." in html
    assert 'id="m3-s1"' in html and "Read the whole article" in html


def test_a_quote_no_longer_in_its_article_is_shown_without_the_article():
    html = sources_html([_citation("x " + HOSTILE)], {"news/a.html": "changed text"}, "m1")
    assert "Read the whole article" not in html and "&lt;script&gt;" in html


def _conflict() -> dict:
    item = Evidence(1, "d", "news/a.html", "A", HOSTILE, 0, len(HOSTILE), 0.5)
    sides = [
        [Claim("d", "news/a.html", "A", "<script>", item, 0, 8)],
        [Claim("e", "news/b.html", "B", "London", item, 0, 6)],
    ]
    return Conflict("where <i>it</i> was filed", sides, "x", ask="Where <b>?").as_dict()


def test_conflict_banner_escapes_values_quotes_and_the_question():
    html = banner_html(_conflict())
    assert "<script>" not in html and "<i>it" not in html and "<img" not in html
    assert "<b>?" not in html
    assert "The reports disagree on where &lt;i&gt;it&lt;/i&gt; was filed" in html
    assert "London" in html and html.count('class="dq-side"') == 2


def test_sides_of_reports_from_different_days_show_their_dates_and_order():
    item = _conflict()
    item["claims"][0]["published"] = "2005-03-03"
    item["claims"][1]["published"] = "2005-03-10"
    item["over_time"], item["explanation"] = True, "Reported at different times: <on 3 March>"
    html = banner_html(item)
    assert "A · 3 March 2005" in html and "B · 10 March 2005" in html
    # the cards show each date, title and value: the line under them does not repeat them
    assert "listed earliest first" in html and "Reported at different times" not in html
    assert "listed earliest first" not in banner_html(_conflict())


def test_a_source_card_shows_the_day_its_article_was_published_when_known():
    text = "Intro sentence. " + HOSTILE + " Outro."
    dated = _citation(text)
    dated.published = "2005-03-10"
    html = sources_html([dated], {"news/a.html": text}, "m1")
    assert "· 10 March 2005" in html
    assert "March" not in sources_html([_citation(text)], {"news/a.html": text}, "m1")


def test_the_conflicts_tab_counts_points_and_says_none_calmly():
    assert "disagree on 1 point." in corpus_conflicts_html([_conflict()])
    assert "No disagreements" in corpus_conflicts_html([])


def test_answer_markers_link_to_their_own_message_and_unknown_markers_are_dropped():
    text = "Intro. " + HOSTILE
    answer = Answer("q", "It fell [1]. <script>x</script> [7]", False, [_citation(text)])
    html = answer_html(answer, {"news/a.html": text}, message=5)
    assert "<script>x" not in html and "[7]" not in html
    assert 'href="#m5-s1"' in html and 'id="m5-s1"' in html


def test_help_lists_questions_as_escaped_buttons():
    html = help_html(["Who <b>sued</b>?"], "a <i>dispute</i>")
    assert "<b>sued" not in html and "<i>dispute" not in html
    assert 'data-question="Who &lt;b&gt;sued&lt;/b&gt;?"' in html

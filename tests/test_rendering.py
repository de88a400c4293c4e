"""Article text reaches the page only escaped: markup in an article shows as text."""

from __future__ import annotations

from app.engine.answer import Answer
from app.engine.citations import Citation
from app.engine.claims import Claim
from app.engine.conflicts import Conflict
from app.engine.evidence import Evidence
from app.web.rendering import answer_markdown, conflicts_html, sources_html

HOSTILE = 'Shares fell <script>alert("x")</script> and <img src=x onerror=alert(1)>.'


def test_sources_escape_article_markup_and_highlight_the_quote():
    text = "Intro sentence. " + HOSTILE + " Outro."
    start = text.index("Shares")
    citation = Citation(1, "news/a.html", "A <b>title</b>", HOSTILE, start, start + len(HOSTILE))
    html = sources_html(Answer("q", "a [1]", False, [citation]), {"news/a.html": text})
    assert "<script>" not in html and "<img" not in html and "<b>title" not in html
    assert "&lt;script&gt;" in html and "<mark>" in html and "Intro sentence." in html


def test_conflict_banner_escapes_values_and_quotes():
    item = Evidence(1, "d", "news/a.html", "A", HOSTILE, 0, len(HOSTILE), 0.5)
    sides = [
        [Claim("d", "news/a.html", "A", "<script>", item, 0, 8)],
        [Claim("e", "news/b.html", "B", "London", item, 0, 6)],
    ]
    html = conflicts_html([Conflict("Where <i>was</i> it filed", sides, "x").as_dict()])
    assert "<script>" not in html and "<i>was" not in html and "<img" not in html
    assert "The reports disagree on: Where &lt;i&gt;was&lt;/i&gt; it filed" in html


def test_answer_text_is_escaped():
    assert "<script>" not in answer_markdown(Answer("q", HOSTILE, False))

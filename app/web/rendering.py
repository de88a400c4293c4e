"""HTML for answers, sources and conflict banners. All article text is escaped here."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine.answer import Answer
    from ..engine.citations import Citation

CONTEXT_CHARS = 300  # article text shown around a quote in the source viewer

CSS = """
.dq-banner {border: 2px solid #b45309; background: #fffbeb; border-radius: 8px;
  padding: 12px; margin: 8px 0; color: #1f2937;}
.dq-banner h3 {margin: 0 0 8px 0; color: #92400e; font-size: 1.05em;}
.dq-sides {display: flex; gap: 12px; flex-wrap: wrap;}
.dq-side {flex: 1 1 240px; background: white; border: 1px solid #fcd34d; border-radius: 6px;
  padding: 8px;}
.dq-value {font-weight: 600;}
.dq-source {border-left: 4px solid #2563eb; padding: 6px 10px; margin: 6px 0;
  background: #f8fafc; color: #1f2937;}
.dq-source mark {background: #fde68a;}
.dq-muted {color: #6b7280; font-size: 0.9em;}
.dq-notice {border: 1px solid #9ca3af; background: #f3f4f6; border-radius: 6px;
  padding: 8px 12px; color: #1f2937;}
"""


def answer_markdown(answer: Answer) -> str:
    """The answer text for the chat bubble; HTML in it is shown as text, not run."""
    return escape(answer.answer, quote=False)


def sources_html(answer: Answer, texts: dict[str, str]) -> str:
    """Numbered sources, each quote highlighted inside its surrounding article text."""
    if not answer.citations:
        return '<p class="dq-muted">No sources for this answer.</p>'
    return "".join(_source(c, texts.get(c.source)) for c in answer.citations)


def _source(citation: Citation, text: str | None) -> str:
    quote = f"<mark>{escape(citation.quote)}</mark>"
    context = ""
    if text is not None and text[citation.start : citation.end] == citation.quote:
        before = text[max(0, citation.start - CONTEXT_CHARS) : citation.start]
        after = text[citation.end : citation.end + CONTEXT_CHARS]
        context = (
            "<details><summary>Show in the article</summary><p>…"
            f"{escape(before)}{quote}{escape(after)}…</p></details>"
        )
    return (
        f'<div class="dq-source"><b>[{citation.n}] {escape(citation.title)}</b> '
        f'<span class="dq-muted">{escape(citation.source)}</span>'
        f"<p>“{escape(citation.quote)}”</p>{context}</div>"
    )


def conflicts_html(conflicts: list[dict]) -> str:
    """A visible banner per disagreement: each side's value, quote and source side by side."""
    return "".join(_banner(c) for c in conflicts)


def _banner(conflict: dict) -> str:
    sides = "".join(
        '<div class="dq-side">'
        f'<div class="dq-value">{escape(claim["value"])}</div>'
        f"<p>“{escape(claim['quote'])}”</p>"
        f'<div class="dq-muted">{escape(claim["title"])} ({escape(claim["source"])})</div>'
        "</div>"
        for claim in conflict["claims"]
    )
    return (
        '<div class="dq-banner" role="alert">'
        f"<h3>⚠ The reports disagree on: {escape(conflict['topic'])}</h3>"
        f'<div class="dq-sides">{sides}</div></div>'
    )


def corpus_conflicts_html(conflicts: list[dict]) -> str:
    """The Conflicts tab: every disagreement found between articles, or a calm 'none'."""
    if not conflicts:
        return '<p class="dq-muted">No disagreements found between the articles.</p>'
    count = f"<p>The articles disagree on {len(conflicts)} point(s).</p>"
    return count + "".join(_banner(c) for c in conflicts)

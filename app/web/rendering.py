"""HTML for the chat: each answer with its own sources, disagreement and article views.

Everything taken from a question or an article is escaped here and shown as text; the
only markup is ours. Every [n] is a link to its source in the same message (ids carry
the message number, so an old answer's [1] still points at its own source) and shows
the quote when hovered; each source opens on the whole article with the quote marked.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

from ..engine.chronology import long_date

if TYPE_CHECKING:
    from ..engine.answer import Answer
    from ..engine.citations import Citation

CONTEXT_CHARS = 240  # article text shown around a quote
# under a disagreement between reports of different days (each card shows its date)
OVER_TIME = "These reports were published on different days; they are listed earliest first."
_MARKER = re.compile(r"\[(\d+)\]")

CSS = """
.dq-answer p {margin: 0 0 6px 0;}
.dq-cite {text-decoration: none; font-weight: 600; padding: 0 1px; border-radius: 3px;}
.dq-cite:hover, .dq-cite:focus {background: #dbeafe;}
.dq-banner {border: 2px solid #b45309; background: #fffbeb; border-radius: 8px;
  padding: 8px 10px; margin: 8px 0; color: #1f2937;}
.dq-banner > summary {font-weight: 600; color: #92400e; cursor: pointer;}
.dq-sides {display: flex; gap: 10px; flex-wrap: wrap; margin-top: 6px;}
.dq-side {flex: 1 1 220px; background: white; border: 1px solid #fcd34d; border-radius: 6px;
  padding: 6px 8px;}
.dq-value {font-weight: 600;}
.dq-sources > summary, .dq-article > summary {cursor: pointer; color: #1d4ed8;}
.dq-source {border-left: 4px solid #2563eb; padding: 4px 8px; margin: 6px 0;
  background: #f8fafc; color: #1f2937;}
.dq-source.dq-target {outline: 2px solid #2563eb;}
.dq-source mark, .dq-article mark {background: #fde68a;}
.dq-full {white-space: pre-wrap; max-height: none;}
.dq-muted {color: #6b7280; font-size: 0.9em;}
.dq-notice {border: 1px solid #9ca3af; background: #f3f4f6; border-radius: 6px;
  padding: 8px 12px; color: #1f2937;}
.dq-help li {margin: 2px 0;}
.dq-ask {cursor: pointer; color: #1d4ed8; text-decoration: underline; background: none;
  border: none; padding: 0; font: inherit; text-align: left;}
@media (max-width: 640px) {
  .dq-sides {flex-direction: column;}
  .dq-banner:not([open]) > summary {white-space: normal;}
}
"""

# Clicking [n] opens the message's sources, scrolls to the source and marks it; a
# "ask about this" button puts its question in the box and asks it.
SCRIPT = """
<script>
document.addEventListener("click", (event) => {
  const cite = event.target.closest("a.dq-cite");
  if (cite) {
    event.preventDefault();
    const target = document.getElementById(cite.getAttribute("href").slice(1));
    if (!target) return;
    for (let el = target; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") el.open = true;
    }
    document.querySelectorAll(".dq-target").forEach((el) => el.classList.remove("dq-target"));
    target.classList.add("dq-target");
    target.scrollIntoView({behavior: "smooth", block: "center"});
    return;
  }
  const ask = event.target.closest("[data-question]");
  if (ask) {
    const box = document.querySelector("#question textarea");
    if (!box) return;
    box.value = ask.getAttribute("data-question");
    box.dispatchEvent(new Event("input", {bubbles: true}));
    setTimeout(() => document.querySelector("#ask")?.click(), 50);
  }
});
</script>
"""


def answer_html(answer: Answer, texts: dict[str, str], message: int, help_html: str = "") -> str:
    """One assistant message: the answer (each [n] a link that shows its quote), then its
    disagreement, then its sources; `help_html` follows an abstention."""
    by_n = {c.n: c for c in answer.citations}
    prefix = f"m{message}"

    def link(match: re.Match[str]) -> str:
        citation = by_n.get(int(match.group(1)))
        if citation is None:
            return ""
        quote = escape(f"{citation.title}: “{citation.quote}”")
        return (
            f'<a class="dq-cite" href="#{prefix}-s{citation.n}" title="{quote}">[{citation.n}]</a>'
        )

    paragraphs = [p for p in escape(answer.answer, quote=False).split("\n") if p.strip()]
    body = "".join(f"<p>{_MARKER.sub(link, p)}</p>" for p in paragraphs)
    banner = "".join(banner_html(c, prefix, answer.citations) for c in answer.conflicts)
    sources = sources_html(answer.citations, texts, prefix)
    return f'<div class="dq-answer">{body}{banner}{sources}{help_html}</div>'


def sources_html(citations: list[Citation], texts: dict[str, str], prefix: str) -> str:
    """The answer's numbered sources, collapsed under one line; each shows its quote in
    context and opens on the whole article."""
    if not citations:
        return ""
    items = "".join(_source(c, texts.get(c.source), prefix) for c in citations)
    label = "1 source" if len(citations) == 1 else f"{len(citations)} sources"
    return f'<details class="dq-sources"><summary>{label}</summary>{items}</details>'


def _source(citation: Citation, text: str | None, prefix: str) -> str:
    quote = f"<mark>{escape(citation.quote)}</mark>"
    context, article = f"<p>“{escape(citation.quote)}”</p>", ""
    if text is not None and text[citation.start : citation.end] == citation.quote:
        before = text[max(0, citation.start - CONTEXT_CHARS) : citation.start]
        after = text[citation.end : citation.end + CONTEXT_CHARS]
        context = f"<p>…{escape(before)}{quote}{escape(after)}…</p>"
        whole = escape(text[: citation.start]) + quote + escape(text[citation.end :])
        article = (
            '<details class="dq-article"><summary>Read the whole article</summary>'
            f'<div class="dq-full"><b>{escape(citation.title)}</b>\n\n{whole}</div></details>'
        )
    published = (
        f' <span class="dq-muted">· {long_date(citation.published)}</span>'
        if citation.published
        else ""
    )
    return (
        f'<div class="dq-source" id="{prefix}-s{citation.n}">'
        f"<div><b>[{citation.n}] {escape(citation.title)}</b>{published}</div>"
        f"{context}{article}</div>"
    )


def banner_html(conflict: dict, prefix: str | None = None, citations: list | None = None) -> str:
    """A disagreement: what is disputed, then each side's value, quote and article, side
    by side; collapsible (open at first), so on a phone the answer comes first."""
    cited = {(c.source, c.start): c.n for c in citations or []}
    sides = []
    for claim in conflict["claims"]:
        n = cited.get((claim["source"], claim["start"]))
        ref = (
            f' <a class="dq-cite" href="#{prefix}-s{n}" title="{escape(claim["quote"])}">[{n}]</a>'
            if prefix and n
            else ""
        )
        sides.append(
            '<div class="dq-side">'
            f'<div class="dq-value">{escape(claim["value"])}{ref}</div>'
            f"<p>“{escape(claim['quote'])}”</p>"
            f'<div class="dq-muted">{escape(_article_line(claim))}</div></div>'
        )
    topic = escape(conflict["topic"].rstrip("?"))
    heading = f"The reports disagree on {topic}" if topic else "The reports disagree"
    ask = (
        f'<button class="dq-ask" data-question="{escape(conflict["ask"])}">Ask about this</button>'
        if conflict.get("ask")
        else ""
    )
    when = f'<p class="dq-muted">{OVER_TIME}</p>' if conflict.get("over_time") else ""
    return (
        f'<details class="dq-banner" open><summary>⚠ {heading}</summary>'
        f'<div class="dq-sides">{"".join(sides)}</div>{when}{ask}</details>'
    )


def _article_line(claim: dict) -> str:
    """A side's article: its title, and the day it was published when that is known."""
    published = claim.get("published")
    return f"{claim['title']} · {long_date(published)}" if published else claim["title"]


def corpus_conflicts_html(conflicts: list[dict]) -> str:
    """The Conflicts tab: every disagreement found between articles, or a calm 'none'."""
    if not conflicts:
        return '<p class="dq-muted">No disagreements found between the articles.</p>'
    count = "1 point" if len(conflicts) == 1 else f"{len(conflicts)} points"
    return f"<p>The articles disagree on {count}.</p>" + "".join(banner_html(c) for c in conflicts)


def help_html(suggestions: list[str], about: str) -> str:
    """After an abstention: what the articles cover, and questions they do answer."""
    items = "".join(
        f'<li><button class="dq-ask" data-question="{escape(q)}">{escape(q)}</button></li>'
        for q in suggestions
    )
    listed = f'<ul class="dq-help">{items}</ul>' if items else ""
    return f'<p class="dq-muted">The articles are about {escape(about)}. You could ask:</p>{listed}'


def notice_html(message: str) -> str:
    """The model's state, one line above the chat (empty when there is nothing to say)."""
    return f'<div class="dq-notice" role="status">{escape(message)}</div>' if message else ""

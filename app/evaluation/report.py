"""The evaluation report: summary.json and a readable report.html, and run-to-run comparison.

Pages are rendered with Jinja2 (autoescaped: answers and quotes come from articles) and
plots drawn with matplotlib as inline SVG, so a report is one self-contained file.
"""

from __future__ import annotations

import io
import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from .metrics import RowScore, summarise

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{padding:.3em .8em;border-bottom:1px solid #ddd;
text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
.q{border:1px solid #ddd;border-radius:8px;padding:.8em 1em;margin:1em 0}
.q.fail{border-left:6px solid #c0392b}.q.pass{border-left:6px solid #27ae60}
.tag{display:inline-block;background:#fdecea;color:#a93226;border-radius:4px;padding:0 .4em;
margin-right:.3em;font-size:.85em}.ok{color:#1e8449}.bad{color:#c0392b;font-weight:600}
blockquote{margin:.3em 0 .3em 1em;color:#444}.conflict{background:#fff8e1;padding:.5em;
border-radius:6px}.plots{display:flex;flex-wrap:wrap;gap:1em}.plots svg{max-width:520px;
height:auto}.better{color:#1e8449}.worse{color:#c0392b}
"""

_REPORT = """<!doctype html><html lang="en"><meta charset="utf-8">
<title>dispute-qa evaluation: {{ name }}</title><style>{{ style }}</style>
<h1>Evaluation of {{ name }}</h1>
<p>{{ summary.questions }} questions · {{ summary.answered }} answered ·
{{ summary.abstained }} abstained · {{ summary.errors }} errors ·
<b>{{ summary.failing }} with a failure</b> · written {{ when }}</p>
<h2>Metrics</h2><table><tr><th>metric</th><th>value</th><th>computed over</th></tr>
{% for name, value in summary.metrics.items() %}<tr><td>{{ name }}</td>
<td class="num">{{ "—" if value is none else value }}</td>
<td class="num">{{ summary.counts[name] }}</td></tr>{% endfor %}</table>
<div class="plots">{{ plots }}</div>
<h2>Questions, failures first</h2>
{% for row, score in items %}<div class="q {{ 'fail' if score.failures else 'pass' }}">
<b>{{ row.id }}</b> <small>{{ score.category }}</small>
{% for f in score.failures %}<span class="tag">{{ f }}</span>{% endfor %}
<p><b>Q:</b> {{ row.question }}</p>
{% if row.error %}<p class="bad">Error: {{ row.error }}</p>{% else %}
<p><b>A:</b> {{ row.answer }} <small>({{ row.latency_ms }} ms)</small></p>{% endif %}
{% if expected(row) %}<p><small>Expected: {{ expected(row) }}</small></p>{% endif %}
{% for c in row.citations or [] %}<blockquote>[{{ c.n }}] “{{ c.quote }}” —
{{ c.title }} ({{ c.source }})</blockquote>{% endfor %}
{% if score.citations %}<p><small>{{ score.valid_citations }}/{{ score.citations }}
citations verify</small></p>{% endif %}
{% for k in row.conflicts or [] %}<div class="conflict"><b>Conflict:</b> {{ k.topic }}
{% for cl in k.claims %}<blockquote>{{ cl.value }}: “{{ cl.quote }}” ({{ cl.source }})
</blockquote>{% endfor %}</div>{% endfor %}</div>{% endfor %}</html>"""

_COMPARE = """<!doctype html><html lang="en"><meta charset="utf-8">
<title>dispute-qa: {{ a }} vs {{ b }}</title><style>{{ style }}</style>
<h1>{{ a }} → {{ b }}</h1><table><tr><th>metric</th><th>{{ a }}</th><th>{{ b }}</th>
<th>change</th></tr>{% for m in diff.metrics %}<tr><td>{{ m.name }}</td>
<td class="num">{{ m.a }}</td><td class="num">{{ m.b }}</td>
<td class="num">{{ m.delta if m.delta is not none else "" }}</td></tr>{% endfor %}</table>
{% for title, key in (("Got worse", "worse"), ("Got better", "better")) %}
<h2>{{ title }} ({{ diff[key]|length }})</h2>{% for q in diff[key] %}<div class="q">
<b>{{ q.id }}</b> {{ q.question }}<br>{% for f in q.changes %}
<span class="{{ key }}">{{ f }}</span>{% if not loop.last %}, {% endif %}{% endfor %}
<p><small>before:</small> {{ q.before }}<br><small>after:</small> {{ q.after }}</p></div>
{% endfor %}{% endfor %}</html>"""


def _env():
    from jinja2 import Environment

    return Environment(autoescape=True)


def write_report(folder: Path, name: str, rows: list[dict], scores: list[RowScore]) -> dict:
    """Write summary.json and report.html into `folder`; returns the summary."""
    from markupsafe import Markup

    folder.mkdir(parents=True, exist_ok=True)
    summary = summarise(scores)
    (folder / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    items = sorted(zip(rows, scores, strict=True), key=lambda pair: -len(pair[1].failures))
    page = (
        _env()
        .from_string(_REPORT)
        .render(
            name=name,
            style=_STYLE,
            summary=summary,
            items=items,
            plots=Markup(_latency_plot(scores) + _category_plot(summary)),
            when=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            expected=_expected,
        )
    )
    (folder / "report.html").write_text(page, encoding="utf-8")
    return summary


def _expected(row: dict) -> str:
    """The row's expectations in a few words."""
    from .metrics import expected_conflict, references

    parts, refs, conflict = [], references(row), expected_conflict(row)
    if refs:
        parts.append("answer " + " / ".join(refs[:5]))
    if conflict is not None:
        parts.append("a conflict" if conflict else "no conflict")
    if row.get("should_abstain") is not None:
        parts.append("abstain" if row["should_abstain"] else "an answer")
    return "; ".join(parts)


def _svg(fig) -> str:
    """A matplotlib figure as an inline SVG string."""
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _latency_plot(scores: list[RowScore]) -> str:
    """Histogram of answer latencies."""
    latencies = [s.latency_ms / 1000 for s in scores if isinstance(s.latency_ms, int | float)]
    if not latencies:
        return ""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 3))
    ax.hist(latencies, bins=min(20, max(5, len(latencies) // 3)), color="#2e86c1")
    ax.set(xlabel="seconds per answer", ylabel="questions", title="Latency")
    return _svg(fig)


def _category_plot(summary: dict) -> str:
    """Bars of the main scores for each category of question."""
    categories = summary.get("by_category")
    if not categories:
        return ""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = ["answer_correctness", "citation_validity", "conflict_recall", "abstention_accuracy"]
    fig, ax = plt.subplots(figsize=(max(5, len(categories) * 1.2), 3))
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        values = [(c.get("metrics", {}).get(name) or 0) for c in categories.values()]
        ax.bar([x + i * width for x in range(len(categories))], values, width, label=name)
    ax.set_xticks([x + 0.4 - width / 2 for x in range(len(categories))], list(categories))
    ax.set(ylim=(0, 1.05), title="Scores by category")
    ax.legend(fontsize=7, loc="lower right")
    return _svg(fig)


def compare(a: list[dict], b: list[dict], a_scores: list[RowScore], b_scores: list[RowScore]):
    """Metric changes and per-question changes (failures gone or new) from run A to run B."""
    sa, sb = summarise(a_scores)["metrics"], summarise(b_scores)["metrics"]
    metrics = []
    for name in sa:
        x, y = sa.get(name), sb.get(name)
        delta = round(y - x, 3) if x is not None and y is not None else None
        metrics.append({"name": name, "a": x, "b": y, "delta": delta})
    before = {s.id: (row, s) for row, s in zip(a, a_scores, strict=True)}
    better, worse = [], []
    for row, score in zip(b, b_scores, strict=True):
        if score.id not in before:
            continue
        old_row, old = before[score.id]
        gone = [f for f in old.failures if f not in score.failures]
        new = [f for f in score.failures if f not in old.failures]
        item = {
            "id": score.id,
            "question": row.get("question"),
            "before": old_row.get("answer"),
            "after": row.get("answer"),
        }
        if new:
            worse.append({**item, "changes": [f"now: {f}" for f in new]})
        if gone:
            better.append({**item, "changes": [f"fixed: {f}" for f in gone]})
    return {"metrics": metrics, "better": better, "worse": worse}


def write_compare(folder: Path, a: str, b: str, diff: dict) -> Path:
    """Write compare.html into `folder`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    page = _env().from_string(_COMPARE).render(a=a, b=b, diff=diff, style=_STYLE)
    path = folder / "compare.html"
    path.write_text(page, encoding="utf-8")
    (folder / "compare.json").write_text(json.dumps(diff, indent=2) + "\n", encoding="utf-8")
    return path


def scores_as_dicts(scores: list[RowScore]) -> list[dict]:
    """Per-question scores as plain data."""
    return [asdict(s) for s in scores]

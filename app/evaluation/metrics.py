"""Scores of an evaluation run, from its result lines alone (expectations travel with them).

Names follow ragas / RAGChecker where one exists: answer_correctness, context_recall,
context_precision; conflict_* and abstention_accuracy are ours. Every metric is reported
with the number of questions it was computed over; a metric with nothing to measure is None.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .matching import contains, normalise, token_f1
from .support import citation_support

TextLookup = Callable[[dict, str], "str | None"]  # (result row, source) -> stored article text


def references(row: dict) -> list[str]:
    """Expected answer strings: `reference` (text or list) and `gold_answers`."""
    found = row.get("reference")
    refs = [found] if isinstance(found, str) else list(found or [])
    refs += list(row.get("gold_answers") or [])
    return [r for r in refs if isinstance(r, str) and r.strip()]


def expected_conflict(row: dict) -> bool | None:
    """`expect_conflict`, else (RAMDocs) whether non-noise documents give distinct answers."""
    if isinstance(row.get("expect_conflict"), bool):
        return row["expect_conflict"]
    docs = [d for d in row.get("documents") or [] if isinstance(d, dict) and "answer" in d]
    if not docs:
        return None
    answers = {normalise(str(d["answer"])) for d in docs if d.get("type") != "noise"}
    return len(answers) >= 2


@dataclass
class RowScore:
    """What one result line scored."""

    id: str
    category: str
    error: str | None = None
    group: str | None = None  # rows of one group ask one thing in other words
    correct: bool | None = None
    f1: float | None = None
    wrong: bool | None = None
    citations: int = 0
    valid_citations: int = 0
    supported_citations: int = 0
    judged_citations: int = 0
    context_recall: float | None = None
    context_precision: float | None = None
    expect_conflict: bool | None = None
    flagged: bool = False
    expect_abstain: bool | None = None
    abstained: bool | None = None
    latency_ms: int | None = None
    failures: list[str] = field(default_factory=list)


def score_row(row: dict, text_of: TextLookup) -> RowScore:
    """Score one result line; `text_of` gives the article text a citation must quote."""
    expect = expected_conflict(row)
    category = row.get("category") or {True: "conflict", False: "no conflict"}.get(expect, "all")
    score = RowScore(id=str(row.get("id")), category=str(category), error=row.get("error"))
    score.group = str(row["group"]) if row.get("group") is not None else None
    score.expect_conflict, score.flagged = expect, bool(row.get("conflicts"))
    score.expect_abstain, score.abstained = row.get("should_abstain"), row.get("abstained")
    score.latency_ms = row.get("latency_ms")
    answer, refs = row.get("answer") or "", references(row)
    cites = row.get("citations") or []
    score.citations = len(cites)
    score.valid_citations = sum(_verifies(c, text_of(row, str(c.get("source")))) for c in cites)
    if refs:
        groups = [g for g in row.get("expect_all") or [] if g]
        score.correct = not row.get("abstained") and (  # "don't say whether X was charged"
            all(any(contains(answer, r) for r in g) for g in groups)
            if groups
            else any(contains(answer, r) for r in refs)
        )  # an abstention states nothing, whatever words of the question it repeats
        score.f1 = max(token_f1(answer, r) for r in refs)
    if not row.get("abstained") and not score.error:
        score.supported_citations, score.judged_citations = citation_support(row, refs)
    if row.get("wrong_answers"):
        score.wrong = any(contains(answer, w) for w in row["wrong_answers"])
    wanted = set(row.get("reference_sources") or [])
    cited = {str(c.get("source")) for c in cites}
    if wanted:
        found = {w for w in wanted if any(_same_source(c, w) for c in cited)}
        right = {c for c in cited if any(_same_source(c, w) for w in wanted)}
        score.context_recall = len(found) / len(wanted)
        score.context_precision = len(right) / len(cited) if cited else 0.0
    score.failures = _failures(score)
    return score


def _same_source(cited: str, wanted: str) -> bool:
    """A cited source names the wanted file (by path, or as the end of its path)."""
    return cited == wanted or cited.endswith("/" + wanted.lstrip("/"))


def _verifies(citation: dict, text: str | None) -> bool:
    """A citation verifies when its offsets slice its quote out of its source's text."""
    start, end, quote = citation.get("start"), citation.get("end"), citation.get("quote")
    if text is None or not isinstance(start, int) or not isinstance(end, int) or not quote:
        return False
    return 0 <= start < end <= len(text) and text[start:end] == quote


def _failures(s: RowScore) -> list[str]:
    """Short labels of what went wrong on a row (the report lists failing rows first)."""
    checks = [
        (s.error is not None, "error"),
        (s.correct is False, "wrong answer"),
        (s.wrong is True, "states a wrong answer"),
        (s.valid_citations < s.citations, "citation does not verify"),
        (s.expect_conflict is True and not s.flagged, "missed conflict"),
        (s.expect_conflict is False and s.flagged, "false conflict"),
        (s.expect_abstain is not None and s.abstained != s.expect_abstain, "abstention"),
    ]
    return [label for failed, label in checks if failed]


def summarise(scores: list[RowScore]) -> dict:
    """Metrics over all rows, with counts, and the same metrics per category."""
    summary = {"questions": len(scores), **_metrics(scores)}
    categories = sorted({s.category for s in scores})
    if len(categories) > 1:
        summary["by_category"] = {
            c: _metrics([s for s in scores if s.category == c]) for c in categories
        }
    return summary


def _metrics(scores: list[RowScore]) -> dict:
    """{"metrics": {name: value}, "counts": {name: questions it was computed over}}."""
    metrics, counts = {}, {}

    def put(name: str, values: list, of: int | None = None) -> None:
        counts[name] = len(values) if of is None else of
        metrics[name] = round(sum(values) / len(values), 3) if values else None

    put("answer_correctness", [s.correct for s in scores if s.correct is not None])
    put("answer_f1", [s.f1 for s in scores if s.f1 is not None])
    put("wrong_answer_rate", [s.wrong for s in scores if s.wrong is not None])
    total = sum(s.citations for s in scores)
    metrics["citation_validity"] = (
        round(sum(s.valid_citations for s in scores) / total, 3) if total else None
    )
    counts["citation_validity"] = total
    judged = sum(s.judged_citations for s in scores)
    backed = sum(s.supported_citations for s in scores)
    metrics["citation_support"] = round(backed / judged, 3) if judged else None
    counts["citation_support"] = judged
    put("context_recall", [s.context_recall for s in scores if s.context_recall is not None])
    put(
        "context_precision",
        [s.context_precision for s in scores if s.context_precision is not None],
    )
    judged = [s for s in scores if s.expect_conflict is not None]
    tp = sum(s.flagged and s.expect_conflict for s in judged)
    fp = sum(s.flagged and not s.expect_conflict for s in judged)
    fn = sum(not s.flagged and s.expect_conflict for s in judged)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    for name, value in (("precision", precision), ("recall", recall), ("f1", f1)):
        metrics[f"conflict_{name}"] = round(value, 3) if value is not None else None
    counts.update(conflict_precision=tp + fp, conflict_recall=tp + fn, conflict_f1=len(judged))
    put(
        "abstention_accuracy",
        [s.abstained == s.expect_abstain for s in scores if s.expect_abstain is not None],
    )
    put("group_consistency", _consistent_groups(scores))
    latencies = sorted(s.latency_ms for s in scores if isinstance(s.latency_ms, int | float))
    for q in (50, 95):
        metrics[f"latency_p{q}_ms"] = percentile(latencies, q)
        counts[f"latency_p{q}_ms"] = len(latencies)
    return {
        "answered": sum(s.abstained is False for s in scores),
        "abstained": sum(s.abstained is True for s in scores),
        "errors": sum(s.error is not None for s in scores),
        "failing": sum(bool(s.failures) for s in scores),
        "metrics": metrics,
        "counts": counts,
    }


def _consistent_groups(scores: list[RowScore]) -> list[bool]:
    """Per group of two or more rows: do all its wordings get the same conflict flag and
    the same abstention?"""
    outcomes: dict[str, set[tuple]] = {}
    sizes: dict[str, int] = {}
    for s in scores:
        if s.group is not None and s.error is None:
            outcomes.setdefault(s.group, set()).add((s.flagged, s.abstained))
            sizes[s.group] = sizes.get(s.group, 0) + 1
    return [len(outcomes[g]) == 1 for g in outcomes if sizes[g] >= 2]


def percentile(values: list[float], q: float) -> int | None:
    """The q-th percentile by linear interpolation (numpy's default), in whole units."""
    if not values:
        return None
    import numpy as np

    return round(float(np.percentile(values, q)))


def format_summary(summary: dict) -> str:
    """Metrics as aligned lines for the terminal."""
    lines = [
        f"{summary['questions']} questions: {summary['answered']} answered, "
        f"{summary['abstained']} abstained, {summary['errors']} errors, "
        f"{summary['failing']} with a failure"
    ]
    for name, value in summary["metrics"].items():
        shown = "—" if value is None else value
        lines.append(f"  {name:<22} {shown!s:>8}   (n={summary['counts'][name]})")
    return "\n".join(lines)

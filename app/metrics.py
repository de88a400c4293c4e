"""Scores of an evaluation run, from its result lines alone (expectations travel with them).

Names follow ragas / RAGChecker where one exists: answer_correctness, context_recall,
context_precision; conflict_* and abstention_accuracy are ours. Every metric is reported
with the number of questions it was computed over; a metric with nothing to measure is None.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

TextLookup = Callable[[dict, str], "str | None"]  # (result row, source) -> stored article text

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}‘’“”–—]")


def normalise(text: str) -> str:
    """Lower case, no punctuation or articles, single spaces (SQuAD's answer normalisation)."""
    return " ".join(_ARTICLES.sub(" ", _PUNCTUATION.sub(" ", text.lower())).split())


def contains(answer: str, reference: str) -> bool:
    """Whether the normalised reference appears in the answer as whole words."""
    ref = normalise(reference)
    return bool(ref) and f" {ref} " in f" {normalise(answer)} "


def token_f1(answer: str, reference: str) -> float:
    """SQuAD token F1 between an answer and one reference."""
    got, want = normalise(answer).split(), normalise(reference).split()
    common = sum((Counter(got) & Counter(want)).values())
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


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
    correct: bool | None = None
    f1: float | None = None
    wrong: bool | None = None
    citations: int = 0
    valid_citations: int = 0
    supported: bool | None = None
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
    score.expect_conflict, score.flagged = expect, bool(row.get("conflicts"))
    score.expect_abstain, score.abstained = row.get("should_abstain"), row.get("abstained")
    score.latency_ms = row.get("latency_ms")
    answer, refs = row.get("answer") or "", references(row)
    cites = row.get("citations") or []
    score.citations = len(cites)
    score.valid_citations = sum(_verifies(c, text_of(row, str(c.get("source")))) for c in cites)
    if refs:
        score.correct = any(contains(answer, r) for r in refs)
        score.f1 = max(token_f1(answer, r) for r in refs)
        if not row.get("abstained") and not score.error:
            score.supported = any(contains(str(c.get("quote", "")), r) for c in cites for r in refs)
    if row.get("wrong_answers"):
        score.wrong = any(contains(answer, w) for w in row["wrong_answers"])
    wanted = set(row.get("reference_sources") or [])
    cited = {str(c.get("source")) for c in cites}
    if wanted:
        score.context_recall = len(wanted & cited) / len(wanted)
        score.context_precision = len(wanted & cited) / len(cited) if cited else 0.0
    score.failures = _failures(score)
    return score


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
    put("citation_support", [s.supported for s in scores if s.supported is not None])
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


def percentile(values: list[float], q: float) -> int | None:
    """The q-th percentile by linear interpolation (numpy's default), in whole units."""
    if not values:
        return None
    import numpy as np

    return round(float(np.percentile(values, q)))

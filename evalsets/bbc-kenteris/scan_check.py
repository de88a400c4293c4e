"""Score the Conflicts page (`dispute-qa conflicts --json`) against the disagreements found
by reading the Kenteris/Thanou articles (disagreements.jsonl, non_disagreements.jsonl).

    DISPUTE_QA_DATA_DIR=runs/data-kenteris dispute-qa conflicts --json > scan.json
    .venv/bin/python evalsets/bbc-kenteris/scan_check.py scan.json

A listed item matches a read disagreement when it quotes articles from two different sides
of it, one of them in the very sentence that side was read in (values are worded
differently by the page and by the reader, so articles and sentences are compared). The
match is a guide for reading, not a verdict: read every item before counting it. An item
that matches none is false unless reading shows a disagreement the read list missed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rows(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def article(source: str) -> str:
    """'corpus-kenteris/sport/050.txt' -> 'sport/050.txt'."""
    return "/".join(source.split("/")[-2:])


def words(text: str) -> set[str]:
    return {w.strip('.,"“”‘’') for w in text.lower().split()} - {""}


def same_sentence(a: str, b: str) -> bool:
    """Two quotes of one statement: most words of the shorter are in the longer."""
    x, y = words(a), words(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= 0.6


def matches(item: dict, read: dict) -> bool:
    """The item quotes articles from two different sides of the read disagreement, one of
    them in the very sentence that side was read in."""
    sides, exact = set(), False
    for claim in item["claims"]:
        for k, side in enumerate(read["sides"]):
            if article(claim["source"]) == article(side["source"]):
                sides.add(k)
                exact = exact or same_sentence(claim["quote"], side["quote"])
    return len(sides) >= 2 and exact


def main(path: str) -> None:
    listed = json.loads(Path(path).read_text(encoding="utf-8"))["conflicts"]
    real, not_real = rows("disagreements.jsonl"), rows("non_disagreements.jsonl")
    found = set()
    true_items = 0
    for n, item in enumerate(listed, start=1):
        hits = [r["id"] for r in real if matches(item, r)]
        misses = [r["id"] for r in not_real if matches(item, r)]
        found.update(hits)
        true_items += bool(hits)
        values = " / ".join(
            sorted({f"{article(c['source'])}: {c['value']}" for c in item["claims"]})
        )
        verdict = f"matches {', '.join(hits)}" if hits else "UNMATCHED: read it"
        if misses and not hits:
            verdict += f" (a read non-disagreement: {', '.join(misses)})"
        print(f"{n}. {item['topic']} [{values}] -> {verdict}")
    precision = true_items / len(listed) if listed else 0.0
    print(f"\nlisted {len(listed)}, matching a read disagreement {true_items} "
          f"(precision {precision:.2f}); read disagreements listed {len(found)} of {len(real)} "
          f"({len(found) / len(real):.2f}): {', '.join(sorted(found))}")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""Consistency checks for the bbc-conte eval set (standard library only)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data/bbc"
EXPECTED = ["sport/036.txt", "sport/039.txt", "sport/044.txt", "sport/045.txt",
            "sport/049.txt", "sport/088.txt", "sport/091.txt"]
FIELDS = {"id", "group", "question", "category", "gold_answers", "expect_all",
          "expect_conflict", "should_abstain", "reference_sources", "evidence"}
MINIMUM = {"fact": 22, "conflict": 8, "unanswerable": 6, "follow-up": 4, "position": 3}
errors = []
err = errors.append

articles = [l.strip() for l in open(os.path.join(HERE, "articles.txt")) if l.strip()]
if sorted(articles) != sorted(EXPECTED):
    err(f"articles.txt should list exactly {EXPECTED}")
texts = {p: open(os.path.join(DATA, p), encoding="utf-8").read() for p in articles}
lower = {p: t.lower() for p, t in texts.items()}

def in_corpus(s):
    return any(s.lower() in t for t in lower.values())

rows = []
for i, line in enumerate(open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"), 1):
    if line.strip():
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"line {i}: bad JSON: {e}")

ids = Counter(r.get("id") for r in rows)
for k, n in ids.items():
    if n > 1:
        err(f"duplicate id {k}")

for r in rows:
    rid = r.get("id", "?")
    miss = FIELDS - set(r)
    if miss:
        err(f"{rid}: missing fields {sorted(miss)}")
        continue
    cat = r["category"]
    if cat not in MINIMUM:
        err(f"{rid}: bad category {cat}")
    if not rid.startswith(f"conte-{r['group']}-"):
        err(f"{rid}: id does not match group")
    if r["should_abstain"] != (cat == "unanswerable"):
        err(f"{rid}: should_abstain inconsistent with category")
    if cat == "conflict" and not r["expect_conflict"]:
        err(f"{rid}: conflict row without expect_conflict")
    if r["expect_conflict"] != (len(r["expect_all"]) >= 2):
        err(f"{rid}: expect_conflict needs 2+ expect_all sides (and only then)")
    if r["expect_conflict"] and cat not in ("conflict", "follow-up"):
        err(f"{rid}: expect_conflict on a {cat} row")
    if cat == "unanswerable":
        if r["gold_answers"]:
            err(f"{rid}: unanswerable row with gold answers")
    elif not r["gold_answers"]:
        err(f"{rid}: no gold answers")
    if cat == "follow-up":
        h = r.get("history")
        if not (isinstance(h, list) and len(h) >= 2 and h[0].get("role") == "user"
                and h[-1].get("role") == "assistant" and all(m.get("content") for m in h)):
            err(f"{rid}: follow-up needs a user/assistant history")
    for g in r["gold_answers"]:
        if not 1 <= len(g.split()) <= 4:
            err(f"{rid}: gold answer not 1-4 words: {g!r}")
        if not in_corpus(g):
            err(f"{rid}: gold answer not in any article: {g!r}")
    for side in r["expect_all"]:
        if not side:
            err(f"{rid}: empty expect_all side")
        for s in side:
            if not in_corpus(s):
                err(f"{rid}: expect_all string not in any article: {s!r}")
        if r["reference_sources"] and not any(s.lower() in lower[p] for s in side
                                              for p in r["reference_sources"] if p in lower):
            err(f"{rid}: expect_all side {side} not found in its reference sources")
    for p in r["reference_sources"]:
        if p not in texts:
            err(f"{rid}: reference source {p} not in articles.txt")
    if r["gold_answers"] and not any(g.lower() in lower.get(p, "") for g in r["gold_answers"]
                                     for p in r["reference_sources"]):
        err(f"{rid}: no gold answer appears in its reference sources")
    if not r["evidence"] and cat != "unanswerable":
        err(f"{rid}: no evidence")
    for e in r["evidence"]:
        src, q = e.get("source"), e.get("quote", "")
        if src not in texts:
            err(f"{rid}: evidence source {src} not in articles.txt")
        elif q not in texts[src]:
            err(f"{rid}: quote not verbatim in {src}: {q[:70]!r}")
        if src not in r["reference_sources"]:
            err(f"{rid}: evidence source {src} not in reference_sources")

counts = Counter(r.get("category") for r in rows)
for c, m in MINIMUM.items():
    if counts[c] < m:
        err(f"only {counts[c]} {c} rows (need {m})")
if len(rows) < 45:
    err(f"only {len(rows)} rows (need 45)")

for e in errors:
    print("ERROR", e)
print(f"{len(rows)} rows, {len(set(r.get('group') for r in rows))} groups, {dict(counts)}")
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)

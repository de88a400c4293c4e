#!/usr/bin/env python3
"""Sanity checks for questions.jsonl (standard library only)."""
import collections
import json
import os
import re
import string

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")
CORPUS = "/work/main/corpus"
ORIG = "/work/main/tests/data/seed_questions.jsonl"
CATS = {"fact", "conflict", "unanswerable", "off-topic", "position", "complementary", "follow-up"}
REQ = ["id", "group", "question", "category", "gold_answers", "expect_conflict", "should_abstain", "evidence"]
CONFLICT_GROUPS = {"conflict-venue", "conflict-model", "conflict-route", "conflict-evidence", "follow-venue"}

PUNCT = string.punctuation + "’‘“”–—"


def norm(s):
    s = s.lower()
    s = "".join(" " if c in PUNCT else c for c in s)
    return [w for w in s.split() if w not in ("a", "an", "the")]


def contains(text, key):
    t, k = norm(text), norm(key)
    if not k:
        return False
    return any(t[i:i + len(k)] == k for i in range(len(t) - len(k) + 1))


texts = {f: open(os.path.join(CORPUS, f), encoding="utf-8").read() for f in os.listdir(CORPUS) if f.endswith(".txt")}
orig_q = {" ".join(norm(json.loads(l)["question"])) for l in open(ORIG, encoding="utf-8") if l.strip()}
orig_ids = [json.loads(l)["id"] for l in open(ORIG, encoding="utf-8") if l.strip()]

rows, problems = [], []
for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
    try:
        rows.append(json.loads(line))
    except Exception as e:  # noqa
        problems.append(f"line {n}: JSON error {e}")

ids = collections.Counter(r["id"] for r in rows)
for i, c in ids.items():
    if c > 1:
        problems.append(f"duplicate id {i}")

groups = collections.defaultdict(list)
for r in rows:
    for k in REQ:
        if k not in r:
            problems.append(f"{r.get('id')}: missing {k}")
    if r["category"] not in CATS:
        problems.append(f"{r['id']}: bad category {r['category']}")
    if not r["id"].startswith(f"seed-{r['group']}-"):
        problems.append(f"{r['id']}: id/group mismatch")
    groups[r["group"]].append(r)
    if (r["category"] == "follow-up") != bool(r.get("history")):
        problems.append(f"{r['id']}: follow-up/history mismatch")
    for h in r.get("history", []):
        if set(h) != {"role", "content"} or h["role"] not in ("user", "assistant"):
            problems.append(f"{r['id']}: bad history turn")
    if " ".join(norm(r["question"])) in orig_q:
        problems.append(f"{r['id']}: copies an original wording")
    for e in r["evidence"]:
        if e["source"] not in texts:
            problems.append(f"{r['id']}: unknown source {e['source']}")
        elif e["quote"] not in texts[e["source"]]:
            problems.append(f"{r['id']}: QUOTE NOT VERBATIM: {e['quote'][:70]}")
    if r["should_abstain"]:
        if r["evidence"] or r["expect_conflict"]:
            problems.append(f"{r['id']}: abstain row with evidence/conflict")
    else:
        if not r["gold_answers"] or not r["evidence"]:
            problems.append(f"{r['id']}: answerable row without gold/evidence")
        ev_text = " ".join(e["quote"] for e in r["evidence"])
        if not any(contains(ev_text, g) for g in r["gold_answers"]):
            problems.append(f"{r['id']}: no gold answer occurs in evidence")
        for alts in r.get("expect_all", []):
            if not any(contains(ev_text, a) for a in alts):
                problems.append(f"{r['id']}: expect_all side {alts} not in evidence")
            for a in alts:
                if a not in r["gold_answers"]:
                    problems.append(f"{r['id']}: expect_all alt {a} missing from gold_answers")
        if r["expect_conflict"]:
            srcs = {e["source"] for e in r["evidence"]}
            if len(srcs) < 2 or len(r.get("expect_all", [])) < 2:
                problems.append(f"{r['id']}: conflict row needs both sources and 2-sided expect_all")
    if r["expect_conflict"] != (r["group"] in CONFLICT_GROUPS):
        problems.append(f"{r['id']}: expect_conflict outside the four disagreements")

# same expectations within a group
for g, rs in groups.items():
    keys = {json.dumps([r["gold_answers"], r.get("expect_all"), r["expect_conflict"], r["should_abstain"]]) for r in rs}
    if len(keys) > 1:
        problems.append(f"group {g}: inconsistent expectations")

# every original question reworded >= 5 times
for oid in orig_ids:
    n_new = len(groups.get(oid, []))
    if n_new < 5:
        problems.append(f"original {oid}: only {n_new} new wordings")

print("rows:", len(rows), " groups:", len(groups))
cats = collections.Counter(r["category"] for r in rows)
for c in sorted(CATS):
    print(f"  {c:14s} {cats.get(c, 0)}")
print("  expect_conflict true:", sum(r["expect_conflict"] for r in rows),
      " should_abstain true:", sum(r["should_abstain"] for r in rows))
print("problems:", len(problems))
for p in problems:
    print("  -", p)

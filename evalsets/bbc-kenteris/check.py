#!/usr/bin/env python3
"""Consistency checks for the bbc-kenteris eval set (standard library only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data/bbc"
errors = []

def read(path):
    with open(os.path.join(DATA, path), encoding="utf-8", errors="replace") as f:
        return f.read()

def lines(name):
    with open(os.path.join(HERE, name)) as f:
        return [l.strip() for l in f if l.strip()]

def jsonl(name):
    rows = []
    for i, l in enumerate(lines(name), 1):
        try:
            rows.append(json.loads(l))
        except Exception as e:
            errors.append(f"{name}:{i}: bad JSON {e}")
    return rows

articles = lines("articles.txt")
mentions = lines("mentions.txt")
for p in articles + mentions:
    if not os.path.isfile(os.path.join(DATA, p)):
        errors.append(f"missing file {p}")
if set(articles) & set(mentions):
    errors.append("file in both articles and mentions")
aset = set(articles)

# every grep hit for the story names is classified
hits = set()
for cat in os.listdir(DATA):
    d = os.path.join(DATA, cat)
    if os.path.isdir(d):
        for fn in os.listdir(d):
            if re.search(r"kenteris|thanou|tzekos", read(f"{cat}/{fn}"), re.I):
                hits.add(f"{cat}/{fn}")
if hits != aset | set(mentions):
    errors.append(f"grep hits not classified: {sorted(hits ^ (aset | set(mentions)))}")

texts = {}
def check_quote(where, src, quote):
    if src not in aset:
        errors.append(f"{where}: source {src} not in articles.txt")
        return
    t = texts.setdefault(src, read(src))
    if quote not in t:
        errors.append(f"{where}: quote not verbatim in {src}: {quote[:70]!r}")

dis = jsonl("disagreements.jsonl")
non = jsonl("non_disagreements.jsonl")
qs = jsonl("questions.jsonl")
ids = [r["id"] for r in dis + non + qs]
dups = {i for i in ids if ids.count(i) > 1}
if dups:
    errors.append(f"duplicate ids {dups}")

for r in dis + non:
    if len(r["sides"]) < 2:
        errors.append(f"{r['id']}: fewer than 2 sides")
    for s in r["sides"]:
        check_quote(r["id"], s["source"], s["quote"])
for r in dis:
    if r["kind"] not in ("contradiction", "update over time"):
        errors.append(f"{r['id']}: bad kind")

FIELDS = {"id", "group", "question", "category", "gold_answers", "expect_all",
          "expect_conflict", "should_abstain", "reference_sources", "evidence"}
CATS = {"fact", "conflict", "unanswerable", "position", "follow-up"}
for r in qs:
    miss = FIELDS - set(r)
    if miss:
        errors.append(f"{r['id']}: missing fields {miss}")
    if r["category"] not in CATS:
        errors.append(f"{r['id']}: bad category")
    if not r["id"].startswith(f"ken-{r['group']}-"):
        errors.append(f"{r['id']}: id/group mismatch")
    for s in r["reference_sources"]:
        if s not in aset:
            errors.append(f"{r['id']}: reference {s} not in articles.txt")
    for e in r["evidence"]:
        check_quote(r["id"], e["source"], e["quote"])
        if e["source"] not in r["reference_sources"]:
            errors.append(f"{r['id']}: evidence source {e['source']} not in reference_sources")
    if r["category"] == "follow-up" and not r.get("history"):
        errors.append(f"{r['id']}: follow-up without history")
    if r["should_abstain"] != (r["category"] == "unanswerable"):
        errors.append(f"{r['id']}: should_abstain inconsistent")
    if r["expect_conflict"] and len(r["expect_all"]) < 2:
        errors.append(f"{r['id']}: conflict without 2+ expect_all sides")
    if not r["should_abstain"] and not r["gold_answers"]:
        errors.append(f"{r['id']}: no gold answers")

for e in errors:
    print("ERROR", e)
from collections import Counter
print(f"{len(articles)} articles, {len(mentions)} mentions, {len(dis)} disagreements, "
      f"{len(non)} non-disagreements, {len(qs)} questions {dict(Counter(r['category'] for r in qs))}")
print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)

"""Validate questions.jsonl: JSON parses, exact fields, unique ids, quotes verbatim, counts."""
import json, os, collections, sys
BASE = '/work/shared/data/bbc/'
FIELDS = {"id", "group", "question", "category", "gold_answers", "expect_conflict",
          "should_abstain", "reference_sources", "evidence"}
errors = []
rows = []
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON {e}")
cache = {}
def text(src):
    if src not in cache:
        cache[src] = open(BASE + src, encoding='utf-8', errors='replace').read()
    return cache[src]
ids = collections.Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1: errors.append(f"duplicate id {i}")
for r in rows:
    rid = r.get("id")
    keys = set(r)
    if not FIELDS <= keys or keys - FIELDS - {"note"}:
        errors.append(f"{rid}: fields {sorted(keys)}")
    if r["group"] != rid: errors.append(f"{rid}: group != id")
    if r["category"] not in ("fact", "unanswerable"): errors.append(f"{rid}: category")
    if r["category"] == "fact":
        if r["should_abstain"] or not r["gold_answers"] or not r["evidence"]:
            errors.append(f"{rid}: fact row incomplete")
        prim = r["reference_sources"][0]
        if rid != "open-" + prim.split('/')[0] + "-" + prim.split('/')[1][:-4]:
            errors.append(f"{rid}: id does not match primary source {prim}")
    else:
        if not r["should_abstain"] or r["gold_answers"] or r["evidence"] or r["reference_sources"]:
            errors.append(f"{rid}: unanswerable row inconsistent")
    for s in r["reference_sources"]:
        if not os.path.exists(BASE + s): errors.append(f"{rid}: missing file {s}")
    for ev in r["evidence"]:
        if ev["source"] not in r["reference_sources"]:
            errors.append(f"{rid}: evidence source {ev['source']} not in reference_sources")
        if ev["quote"] not in text(ev["source"]):
            errors.append(f"{rid}: quote not verbatim in {ev['source']}: {ev['quote'][:60]}")
    if r["category"] == "fact":
        primq = r["evidence"][0]["quote"].lower()
        if not any(g.lower() in primq for g in r["gold_answers"]):
            errors.append(f"{rid}: no gold answer occurs in the primary quote")
print("rows:", len(rows))
print("per folder x category:")
cnt = collections.Counter((r["id"].split('-')[1], r["category"]) for r in rows)
for folder in ["business", "entertainment", "politics", "sport", "tech"]:
    print(f"  {folder:14s} fact={cnt[(folder,'fact')]:3d} unanswerable={cnt[(folder,'unanswerable')]:3d}")
print("per category:", dict(collections.Counter(r["category"] for r in rows)))
print("expect_conflict true:", [r["id"] for r in rows if r["expect_conflict"]])
print("qtype first word:", dict(collections.Counter(r["question"].split()[0] for r in rows)))
if errors:
    print("ERRORS:"); [print("  ", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")

"""Validate seed-probe/questions.jsonl against the corpus in /work/dev/corpus/."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/dev/corpus"
QFILE = os.path.join(HERE, "questions.jsonl")
REQUIRED = ["id", "question", "category", "gold_answers", "expect_conflict", "should_abstain",
            "reference_sources", "evidence", "note"]
CATS = {"fact", "conflict", "unanswerable", "follow-up"}
EXPECTED_COUNTS = {"fact": 45, "conflict": 16, "unanswerable": 14, "follow-up": 15}

errors, warnings = [], []
def err(rid, msg): errors.append(f"{rid}: {msg}")

texts = {}
def load(src):
    name = os.path.basename(src)
    if name not in texts:
        p = os.path.join(CORPUS, name)
        texts[name] = open(p, encoding="utf-8").read() if os.path.isfile(p) else None
    return texts[name]

rows = []
with open(QFILE, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: bad JSON: {e}")

ids = Counter(r.get("id") for r in rows)
for i, n in ids.items():
    if n > 1:
        errors.append(f"duplicate id {i} ({n}x)")

for r in rows:
    rid = r.get("id", "<no id>")
    missing = [k for k in REQUIRED if k not in r]
    if missing:
        err(rid, f"missing fields {missing}"); continue
    if not re.fullmatch(r"probe-\d+", str(rid)): err(rid, "id not of form probe-<n>")
    cat = r["category"]
    if cat not in CATS: err(rid, f"invalid category {cat!r}")
    if not isinstance(r["question"], str) or not r["question"].strip(): err(rid, "empty question")
    if not isinstance(r["gold_answers"], list) or not all(isinstance(g, str) and g for g in r["gold_answers"]):
        err(rid, "gold_answers must be a list of non-empty strings")
    if not isinstance(r["expect_conflict"], bool) or not isinstance(r["should_abstain"], bool):
        err(rid, "expect_conflict / should_abstain must be booleans")

    # sources and verbatim quotes
    for s in r["reference_sources"]:
        if load(s) is None: err(rid, f"reference source not found: {s}")
    quotes_by_src = {}
    for e in r["evidence"]:
        if not isinstance(e, dict) or set(e) != {"source", "quote"}:
            err(rid, f"bad evidence entry {e!r}"); continue
        t = load(e["source"])
        if t is None:
            err(rid, f"evidence source not found: {e['source']}"); continue
        if e["source"] not in r["reference_sources"]:
            err(rid, f"evidence source {e['source']} not in reference_sources")
        if not e["quote"] or e["quote"] not in t:
            err(rid, f"quote not verbatim in {os.path.basename(e['source'])}: {e['quote']!r}")
        quotes_by_src.setdefault(e["source"], []).append(e["quote"].lower())
    all_quotes = [q for qs in quotes_by_src.values() for q in qs]

    # category-specific rules
    if cat == "unanswerable":
        if r["should_abstain"] is not True: err(rid, "unanswerable must have should_abstain true")
        if r["gold_answers"]: err(rid, "unanswerable must have empty gold_answers")
        if r["expect_conflict"]: err(rid, "unanswerable must not expect a conflict")
    else:
        if r["should_abstain"]: err(rid, "should_abstain true on a non-unanswerable row")
        if not r["gold_answers"]: err(rid, "answerable row has empty gold_answers")
        if not r["evidence"]: err(rid, "answerable row has no evidence")
    if cat == "conflict" and not r["expect_conflict"]:
        err(rid, "conflict row must have expect_conflict true")
    if cat == "fact" and r["expect_conflict"]:
        err(rid, "fact row must not expect a conflict")
    if r["expect_conflict"]:
        ea = r.get("expect_all")
        if not (isinstance(ea, list) and len(ea) == 2 and all(isinstance(s, list) and s for s in ea)):
            err(rid, "expect_conflict true needs expect_all = [[side A spellings], [side B spellings]]")
        else:
            # each side must be supported by a quote, and by different sources
            side_srcs = []
            for side in ea:
                hit = {s for s, qs in quotes_by_src.items() if any(g.lower() in q for g in side for q in qs)}
                if not hit: err(rid, f"expect_all side {side} not found in any evidence quote")
                side_srcs.append(hit)
            if all(side_srcs) and len(side_srcs[0] | side_srcs[1]) < 2:
                err(rid, "expect_all sides are not supported by two different sources")
            if len(r["reference_sources"]) < 2: err(rid, "conflict row should cite both sources")
    elif "expect_all" in r:
        err(rid, "expect_all present but expect_conflict is false")
    if cat in ("fact", "follow-up") and not r["expect_conflict"]:
        if not any(g.lower() in q for g in r["gold_answers"] for q in all_quotes):
            err(rid, "no gold string appears in any evidence quote")
    if cat == "follow-up":
        hst = r.get("history")
        if not (isinstance(hst, list) and len(hst) >= 2 and hst[0].get("role") == "user"
                and hst[-1].get("role") == "assistant" and all(m.get("content") for m in hst)):
            err(rid, "follow-up needs history [user, assistant, ...] with content")
    elif "history" in r:
        err(rid, "history only allowed on follow-up rows")

    # questions should not copy article sentences (6+ consecutive words)
    words = re.findall(r"[a-z0-9']+", r["question"].lower().replace("’", "'"))
    for name, t in texts.items():
        if t is None: continue
        tw = " " + " ".join(re.findall(r"[a-z0-9']+", t.lower().replace("’", "'"))) + " "
        for i in range(len(words) - 5):
            if " " + " ".join(words[i:i + 6]) + " " in tw:
                warnings.append(f"{rid}: question shares 6+ words with {name}: {' '.join(words[i:i+6])!r}"); break

counts = Counter(r.get("category") for r in rows)
for c, n in EXPECTED_COUNTS.items():
    if counts.get(c, 0) != n: errors.append(f"category {c}: expected {n} rows, found {counts.get(c, 0)}")
if len(rows) != 90: errors.append(f"expected 90 rows, found {len(rows)}")

print(f"rows: {len(rows)}  " + "  ".join(f"{c}={counts.get(c,0)}" for c in sorted(CATS)))
print(f"expect_conflict true: {sum(1 for r in rows if r.get('expect_conflict'))}")
print(f"fact rows both-articles-agree: {sum(1 for r in rows if r.get('category')=='fact' and str(r.get('note','')).startswith('both-agree'))}")
for w in warnings: print("WARNING", w)
for e in errors: print("ERROR", e)
print("OK: no errors" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)

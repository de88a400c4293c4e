"""Validate a story set's questions.jsonl against the BBC corpus and its articles.txt.

Shared by the story sets (bbc-fiat, bbc-yukos): each set's check.py calls `main` with its
folder and the number of articles it may hold.
"""
import json, os
from collections import Counter

BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "bbc")
CATS = {"fact", "conflict", "unanswerable", "position", "follow-up"}
REQ = ["id", "group", "question", "category", "gold_answers", "expect_conflict",
       "should_abstain", "reference_sources", "evidence", "note"]


def main(HERE, fewest, most):
    """Print the set's counts and every problem; 0 when there is none, else 1."""
    errors = []
    def err(msg):
        errors.append(msg)

    articles = [l.strip() for l in open(os.path.join(HERE, "articles.txt"), encoding="utf-8") if l.strip()]
    if len(set(articles)) != len(articles):
        err("articles.txt has duplicate lines")
    texts = {}
    for a in articles:
        p = os.path.join(BASE, a)
        if not os.path.isfile(p):
            err("articles.txt: missing file %s" % a)
        else:
            texts[a] = open(p, encoding="utf-8", errors="replace").read()
    if not fewest <= len(articles) <= most:
        err("articles.txt: %d articles, expected %d-%d" % (len(articles), fewest, most))

    ids = Counter()
    cats = Counter()
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("line %d: empty line" % n); continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err("line %d: JSON error %s" % (n, e)); continue
            rows.append(r)
            rid = r.get("id", "line%d" % n)
            for k in REQ:
                if k not in r:
                    err("%s: missing field %s" % (rid, k))
            ids[rid] += 1
            if not str(rid).startswith("st-%s-" % r.get("group")):
                err("%s: id does not match st-<group>-<n>" % rid)
            cat = r.get("category")
            cats[cat] += 1
            if cat not in CATS:
                err("%s: bad category %r" % (rid, cat))
            for k in ("question", "note", "group"):
                if not isinstance(r.get(k), str) or not r.get(k).strip():
                    err("%s: %s must be a non-empty string" % (rid, k))
            for k in ("expect_conflict", "should_abstain"):
                if not isinstance(r.get(k), bool):
                    err("%s: %s must be boolean" % (rid, k))
            gold = r.get("gold_answers", [])
            if not isinstance(gold, list) or not all(isinstance(g, str) and g for g in gold):
                err("%s: gold_answers must be a list of non-empty strings" % rid)
            # category-specific rules
            if cat == "unanswerable":
                if r.get("should_abstain") is not True:
                    err("%s: unanswerable must have should_abstain true" % rid)
            else:
                if r.get("should_abstain") is not False:
                    err("%s: should_abstain must be false" % rid)
                if not gold:
                    err("%s: answerable question without gold_answers" % rid)
                if not r.get("evidence"):
                    err("%s: answerable question without evidence" % rid)
            if cat == "conflict":
                if r.get("expect_conflict") is not True:
                    err("%s: conflict must have expect_conflict true" % rid)
                ea = r.get("expect_all")
                if not (isinstance(ea, list) and len(ea) >= 2 and all(isinstance(s, list) and s and all(isinstance(x, str) for x in s) for s in ea)):
                    err("%s: conflict needs expect_all with >= 2 non-empty sides" % rid)
            elif r.get("expect_conflict"):
                err("%s: expect_conflict true on non-conflict category" % rid)
            if "expect_all" in r and cat != "conflict":
                err("%s: expect_all only expected on conflicts" % rid)
            if cat == "follow-up":
                h = r.get("history")
                if not (isinstance(h, list) and len(h) >= 2 and all(isinstance(t, dict) and t.get("role") in ("user", "assistant") and isinstance(t.get("content"), str) and t["content"] for t in h)):
                    err("%s: follow-up needs a history of user/assistant turns" % rid)
                elif h[0]["role"] != "user" or h[-1]["role"] != "assistant":
                    err("%s: history should go user ... assistant" % rid)
            elif "history" in r:
                err("%s: history only allowed on follow-up" % rid)
            # sources and evidence
            refs = r.get("reference_sources", [])
            if not isinstance(refs, list):
                err("%s: reference_sources must be a list" % rid); refs = []
            for s in refs:
                if s not in texts:
                    err("%s: reference source %s not in articles.txt" % (rid, s))
            for e in r.get("evidence", []):
                src, quote = e.get("source"), e.get("quote")
                if src not in texts:
                    err("%s: evidence source %s not in articles.txt" % (rid, src)); continue
                if src not in refs:
                    err("%s: evidence source %s not listed in reference_sources" % (rid, src))
                if not isinstance(quote, str) or not quote.strip():
                    err("%s: empty quote" % rid)
                elif quote not in texts[src]:
                    err("%s: quote not found verbatim in %s: %r" % (rid, src, quote[:80]))
            # answers should be supported by evidence (soft check: some gold string in some quote)
            if cat in ("fact", "follow-up") and gold and r.get("evidence"):
                blob = " ".join(e.get("quote", "") for e in r["evidence"]).lower()
                if not any(g.lower() in blob for g in gold):
                    err("%s: no gold answer string appears in its evidence quotes" % rid)
            if cat == "conflict" and r.get("expect_all") and r.get("evidence"):
                blob = " ".join(e.get("quote", "") for e in r["evidence"]).lower()
                for side in r["expect_all"]:
                    if not any(x.lower() in blob for x in side):
                        err("%s: conflict side %s not found in evidence quotes" % (rid, side))

    for i, c in ids.items():
        if c > 1:
            err("duplicate id %s" % i)
    groups = Counter(r.get("group") for r in rows if r.get("category") == "conflict")
    for g, c in groups.items():
        if c < 2:
            err("conflict group %s has only one wording" % g)

    print("articles: %d" % len(articles))
    print("questions: %d" % len(rows))
    print("by category: " + ", ".join("%s=%d" % (k, cats[k]) for k in sorted(cats)))
    if not 45 <= len(rows) <= 55:
        err("question count %d outside 45-55" % len(rows))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0

"""Question rows of a story set, built from named verbatim quotes (used by the story
sets' build.py). Quotes are given as {key: (source file, sentence)}; a row's evidence and
reference sources are its quotes' keys, and its id is st-<group>-<n>."""


class StoryRows:
    """The rows built so far, numbered within their groups."""

    def __init__(self, quotes):
        self.quotes = quotes
        self.rows = []
        self.counter = {}

    def evidence(self, *keys):
        return [{"source": self.quotes[k][0], "quote": self.quotes[k][1]} for k in keys]

    def sources(self, *keys):
        out = []
        for k in keys:
            if self.quotes[k][0] not in out:
                out.append(self.quotes[k][0])
        return out

    def add(self, group, question, category, gold, keys, note, expect_all=None, conflict=False,
            history=None, abstain=False, sources=None):
        self.counter[group] = self.counter.get(group, 0) + 1
        r = {"id": "st-%s-%d" % (group, self.counter[group]), "group": group,
             "question": question, "category": category, "gold_answers": gold}
        if expect_all is not None:
            r["expect_all"] = expect_all
        r["expect_conflict"] = conflict
        r["should_abstain"] = abstain
        r["reference_sources"] = sources if sources is not None else self.sources(*keys)
        r["evidence"] = self.evidence(*keys)
        if history is not None:
            r["history"] = history
        r["note"] = note
        self.rows.append(r)

"""What the corpus is about, in a line, and questions it answers: from the index itself,
never from a fixed list (readers bring their own articles).

The subject is the names most articles mention (proper nouns, as spaCy tags them, in
the titles and first lines); the example questions come from the corpus-wide
disagreements ("Where was the accusation filed?") and from those names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..engine import language as lang

if TYPE_CHECKING:
    from ingest.manifest import Manifest

LEAD_CHARS = 400  # the start of each article read for its names
NAMED = {"PERSON", "ORG", "GPE", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "FAC"}


@dataclass
class Overview:
    """How the header and the suggestions describe the corpus."""

    articles: int
    about: str  # "Anthropic, Alibaba and constitutional AI"
    names: list[str]

    @property
    def header(self) -> str:
        count = "1 article" if self.articles == 1 else f"{self.articles} articles"
        return f"{count} about {self.about}" if self.about else count


def overview(manifest: Manifest, top: int = 3) -> Overview:
    """The names most articles mention, first the most common."""
    entries = list(manifest.entries(state="done"))
    counts: Counter[str] = Counter()
    for entry in entries:
        lead = f"{entry.title}. {entry.text[:LEAD_CHARS]}"
        counts.update(set(_proper_names(lead)))
    wanted = 2 if len(entries) > 1 else 1
    names = [n for n, k in counts.most_common() if k >= wanted][:top]
    if not names:
        names = [n for n, _ in counts.most_common(top)]
    return Overview(len(entries), _listed(names), names)


def example_questions(conflicts: list[dict], names: list[str], limit: int = 4) -> list[str]:
    """Questions the corpus answers: its disagreements first, then about its names."""
    asked = [c["ask"] for c in conflicts if c.get("ask")]
    asked += [f"What do the articles say about {n}?" for n in names]
    return list(dict.fromkeys(asked))[:limit]


def _proper_names(text: str) -> list[str]:
    """Names in a text: runs of capitalised proper nouns ("Kostas Kenteris") and named
    entities ("Anthropic" is an adjective to the tagger, an organisation to the
    recogniser); nationalities ("Chinese") are not what a story is about."""
    doc = lang.parse(text)
    names = [e.text for e in doc.ents if e.label_ in NAMED]
    run: list[str] = []
    for token in doc:
        if lang.is_proper(token) and token.is_alpha and token.ent_type_ != "NORP":
            run.append(token.text)
            continue
        if run:
            names.append(" ".join(run))
        run = []
    return [n.removesuffix("’s").removesuffix("'s") for n in names + [" ".join(run)] if n]


def _listed(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]

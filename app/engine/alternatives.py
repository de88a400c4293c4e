"""Alternative questions: "Is the case based on patents or on trade secrets?".

Such a question names its possible answers. A source answers it when one of its relevant
sentences states one alternative and none of the others: in its words ("trade secret
law" for "trade secrets") or as a noun phrase close in meaning ("a patentable method"
for "patents"), and not under a negation ("not protected by copyright or patents" states
neither). Sources that state different alternatives disagree; sources that state the
same one answer the question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import language as lang
from .claims import Claim
from .conflicts import Conflict, conflict_of

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from spacy.tokens import Span, Token

    from .evidence import Evidence

ALTERNATIVE_SIMILAR = 0.6  # a noun phrase this close to an alternative states it
ALTERNATIVE_MARGIN = 0.15  # ... and this much closer to it than to any other alternative
READ_MARGIN = 0.35  # sentences this far below the best evidence are not read: the question
# names every answer, so the best sentence is the one stating one of them in its words
_MODIFIERS = frozenset({"compound", "amod", "nmod", "nummod"})
_CLAUSE_LINKS = frozenset({"conj", "ccomp", "advcl", "relcl", "xcomp"})


def alternatives_of(question: str) -> list[str]:
    """The alternatives a yes/no-shaped question offers, joined by "or" (two or more,
    as written), or nothing: "on patents or on trade secrets" -> patents, trade secrets."""
    doc = lang.parse(question.strip())
    for token in doc:
        if token.lower_ != "or" or token.dep_ != "cc":
            continue
        members = _members(token)
        if all(m.pos_ == "VERB" for m in members) and all(_verb_object(m) for m in members):
            members = [_verb_object(m) for m in members]  # "protected by X or kept as Y"
        members = [_object_of(m) for m in members]
        if len(members) >= 2 and all(m.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") for m in members):
            return [_phrase(m).text for m in members]
    return []


def _members(conjunction: Token) -> list[Token]:
    """The words an "or" joins. A preposition joined to a verb ("run by the council or by
    a firm") is parallel to the verb's own preposition before the "or"."""
    first = conjunction.head
    joined = [c for c in first.children if c.dep_ == "conj"]
    if joined and joined[0].pos_ == "ADP" and first.pos_ != "ADP":
        before = [c for c in first.children if c.pos_ == "ADP" and c.i < conjunction.i]
        if before:
            first = before[-1]
    return [first, *joined]


def _verb_object(verb: Token) -> Token | None:
    """A verb's object, direct or through its preposition ("kept as a trade secret")."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ in ("prep", "agent") and (found := _pobj(child)) is not None:
            return found
    return None


def _object_of(token: Token) -> Token:
    """A preposition stands for its object ("on patents" -> patents)."""
    if token.pos_ == "ADP":
        return _pobj(token) or token
    return token


def _pobj(preposition: Token) -> Token | None:
    """A preposition's object, if the parse gives it one."""
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _phrase(token: Token) -> Span:
    """An alternative's words: a verb alone; a name with the name words joined to it
    ("High Court", "Qwen-Plus", not "the accused model Qwen2"); a noun with its
    modifiers ("trade secrets")."""
    if token.pos_ == "VERB":
        return token.doc[token.i : token.i + 1]
    name = token.pos_ == "PROPN"
    parts = [
        c for c in token.children
        if c.dep_ in _MODIFIERS and (not name or c.pos_ in ("PROPN", "NUM"))
        or (c.dep_ == "punct" and c.i == token.i + 1 and c.text == "-")
    ]  # fmt: skip
    start = min((c.left_edge.i for c in parts if c.i < token.i), default=token.i)
    end = max((c.right_edge.i for c in parts if c.i > token.i), default=token.i)
    return token.doc[start : end + 1]


def stated(
    question: str,
    alternatives: list[str],
    scored: list[Evidence],
    embeddings: Embeddings,
    floor: float,
) -> dict[int, list[Claim]]:
    """For each alternative (by index), one claim per source that states it and no other
    alternative, from sentences scoring at least `floor` that share a word of the question
    besides the alternatives ("London" in "the choice of London as the battleground" says
    nothing of where a firm is based); the claim's value is the stated words."""
    about = lang.content_lemmas(question) - lang.content_lemmas(" ".join(alternatives))
    options = [lang.parse(a)[:] for a in alternatives]
    option_vectors = embeddings.embed_documents(alternatives)
    found: dict[str, dict[int, Claim]] = {}  # source -> alternative -> claim
    for item in (e for e in scored if e.score >= floor):
        if about and not about & lang.content_lemmas(item.quote):
            continue  # it may name an alternative, but says nothing of what is asked
        doc = lang.parse(item.quote)
        chunks = [c for c in doc.noun_chunks if not _negated(c.root)]
        chunk_vectors = embeddings.embed_documents([c.text for c in chunks]) if chunks else []
        per_source = found.setdefault(item.doc_id, {})
        for k, span in _mentions(doc, options, chunks, option_vectors, chunk_vectors):
            start, end = span.start_char, span.end_char
            per_source.setdefault(
                k,
                Claim(item.doc_id, item.source, item.title, span.text, item,
                      item.start + start, item.start + end, via="alternative"),
            )  # fmt: skip
    out: dict[int, list[Claim]] = {}
    for per_source in found.values():
        if len(per_source) == 1:  # a source stating several alternatives chose none
            ((k, claim),) = per_source.items()
            out.setdefault(k, []).append(claim)
    return out


def _mentions(doc, options: list[Span], chunks, option_vectors, chunk_vectors):
    """(alternative index, the words stating it) in one parsed sentence: a name in its
    own words, anything else in its words or as a noun phrase close in meaning."""
    n = len(options)
    for k, option in enumerate(options):
        tokens = [t for t in doc if _same_word(t, option) and not _negated(t)]
        wanted = {t.lemma_.lower() for t in option if not t.is_stop and not t.is_punct}
        if wanted and {t.lemma_.lower() for t in tokens} >= wanted:
            yield k, _chunk_of(doc, tokens, chunks)
    for chunk, vector in zip(chunks, chunk_vectors, strict=True):
        sims = [sum(x * y for x, y in zip(vector, v, strict=True)) for v in option_vectors]
        best = max(range(n), key=sims.__getitem__)
        rest = max((s for k, s in enumerate(sims) if k != best), default=0.0)
        named = any(t.pos_ == "PROPN" for t in options[best])  # names embed alike
        if (
            not named
            and sims[best] >= ALTERNATIVE_SIMILAR
            and sims[best] - rest >= ALTERNATIVE_MARGIN
        ):
            yield best, chunk


def _same_word(token: Token, option: Span) -> bool:
    """The token is one of the alternative's words used alike: "patent" the noun is not
    "to patent" the verb."""
    verb = token.pos_ in ("VERB", "AUX")
    return any(
        t.lemma_.lower() == token.lemma_.lower() and (t.pos_ in ("VERB", "AUX")) == verb
        for t in option
    )


def _chunk_of(doc, tokens: list[Token], chunks: list[Span]) -> Span:
    """The noun phrase holding the matched words ("six months"), else the words."""
    start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
    around = [c for c in chunks if c.start <= start and end <= c.end]
    return around[0] if around else doc[start:end]


def _negated(token: Token) -> bool:
    """The word is said not to hold: it or a word it depends on within its clause is
    negated ("are not protected by copyright or patents", "neither the court nor ...",
    "no patents")."""
    for head in [token, *token.ancestors]:
        if any(c.lower_ in lang.NEGATIONS and c.dep_ in ("neg", "preconj", "cc", "det")
               for c in head.children):  # fmt: skip
            return True
        if head.pos_ in ("VERB", "AUX") and head.dep_ in _CLAUSE_LINKS:
            return False
    return False


def choose(
    question: str, scored: list[Evidence], embeddings: Embeddings, min_relevance: float
) -> tuple[Conflict | None, list[Claim]]:
    """How the sources answer an alternative question: a disagreement when sources state
    different alternatives, else the claims of the one alternative stated (none when the
    question offers no alternatives or no source chooses)."""
    options = alternatives_of(question)
    if not options:
        return None, []
    floor = max(min_relevance, scored[0].score - READ_MARGIN) if scored else min_relevance
    by_option = stated(question, options, scored, embeddings, floor)
    sides = [by_option[k] for k in sorted(by_option)]
    if len(sides) < 2:
        return None, sides[0] if sides else []
    return conflict_of(question, sides), [c for s in sides for c in s]

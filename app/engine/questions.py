"""What a question asks for, read from its parse: the type of answer (a person, a place, a
date, a quantity, a length of time, a name of some kind, a description, or yes/no), the
kind of thing when it says ("which model" -> model), and its content lemmas.

Classic answer typing: the question word, and for which/what questions the head noun
after it, decide the type; nouns that name a type ("city", "year", "price") map onto it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .language import content_lemmas, parse

PERSON = "person"
PLACE = "place"
DATE = "date"
QUANTITY = "quantity"
DURATION = "duration"
NAME = "name"  # a name of the kind asked for ("which model" -> "Qwen2")
DESCRIPTION = "description"
YESNO = "yes/no"

# Nouns that say what type of answer a which/what question wants (general English).
_TYPE_NOUNS = {
    PERSON: """person people man woman men women player coach manager judge chairman
        chairwoman chief boss executive director founder owner leader minister president
        premier chancellor secretary spokesman spokeswoman spokesperson lawyer barrister
        official expert analyst author writer singer actor actress presenter host winner
        champion captain striker goalkeeper athlete sprinter runner star member head ceo
        producer artist rapper guitarist drummer footballer cricketer boxer referee""",
    PLACE: """place city town country nation state county region area venue location
        village capital continent island street address site stadium""",
    DATE: "date day year month time week season decade century era",
    QUANTITY: """number amount figure price cost sum fee fine total population percentage
        share proportion rate age score salary value worth budget debt profit loss revenue
        sales turnover size margin majority count tally fund funding bill deficit valuation
        stake wage income capacity attendance crowd distance height weight speed damages
        compensation settlement level rise fall increase decrease drop growth rating ratio
        balance""",
    DURATION: "length duration period",
}
NOUN_TYPES = {noun: kind for kind, words in _TYPE_NOUNS.items() for noun in words.split()}
# Nouns whose answers are contents, not things: "what claim", "what reason" ask for what was
# said or thought, so different answers add up rather than exclude each other.
CONTENT_NOUNS = frozenset(
    """claim statement account view argument explanation reason warning response reaction
    message comment point opinion position stance excuse justification idea description
    allegation remark suggestion concern criticism complaint promise plan theory basis
    grounds rationale""".split()
)
# place words that also name a part of anything ("an area of law", "a region of the brain")
_EXTENTS = frozenset("area region zone sector".split())
_SEE_OF = frozenset("name type kind sort form version variety category".split())
_HOW = {"many": QUANTITY, "much": QUANTITY, "old": QUANTITY, "far": QUANTITY,
        "big": QUANTITY, "large": QUANTITY, "tall": QUANTITY, "high": QUANTITY,
        "long": DURATION}  # fmt: skip
_WH = frozenset("who whom whose what which where when why how".split())
_LEADS = frozenset("and so but then also ok okay".split())
# auxiliaries opening a yes/no question ("Did the court jail him?"), however they are tagged
_INVERTING = frozenset("am is are was were do does did has have had will would shall should "
                       "can could may might must".split())  # fmt: skip
_AMOUNT_VERBS = frozenset("cost pay fetch raise earn charge spend owe".split())
# predicates that ask for a verdict on the dispute: answered with who asserts what
_VERDICT = frozenset("right wrong correct guilty innocent blame win justify fair true".split())
# what winning is a verdict on: the dispute itself ("Who won the case?"), not a prize or a
# match ("Who won the best actress Oscar?")
_DISPUTES = frozenset("case dispute argument lawsuit suit trial appeal battle fight row".split())


@dataclass(frozen=True)
class Asked:
    """A question's answer type and what it is about."""

    text: str
    wh: str  # the question word ("" for a yes/no question)
    type: str  # one of the constants above
    kind: str | None  # head noun of "which/what <noun>" ("model"), as a lemma
    plural: bool  # "which products": several answers may all be right
    lemmas: frozenset[str]  # content lemmas of the question
    names: tuple[str, ...]  # proper nouns the question mentions ("Alibaba")
    owners: tuple[str, ...] = ()  # names modifying the kind: "which Alibaba model" -> alibaba
    plural_subject: bool = False  # "Where were the tests held?": several things asked about

    @property
    def verdict(self) -> bool:
        """The question asks for a verdict ("Is the claim justified?", "Who won?")."""
        return asks_verdict(self.text)

    @property
    def single_slot(self) -> bool:
        """One right answer: a number, a length of time, or a date, place, person or one of
        a kind said of one thing ("Where were the tests?" may have several right places)."""
        if self.type in (QUANTITY, DURATION):
            return True
        if self.type in (DATE, PLACE, PERSON):
            return not self.plural_subject
        return self.type == NAME and not self.plural and not self.plural_subject


def asks_verdict(question: str) -> bool:
    """The question asks who is right in the dispute ("Is the claim justified?", "Who
    won the case?", "Who won?"); winning something else is a fact ("Who won the Oscar?")."""
    for t in parse(question):
        lemma = t.lemma_.lower()
        if lemma == "win":
            objects = [c for c in t.children if c.dep_ in ("dobj", "attr")]
            if not objects or objects[0].lemma_.lower() in _DISPUTES:
                return True
        elif lemma in _VERDICT:
            return True
    return False


@lru_cache(maxsize=2048)
def analyse(question: str) -> Asked:
    """The answer type of a question and its content (see module doc)."""
    doc = parse(question.strip())
    words = [t for t in doc if not t.is_punct]
    names = tuple(t.text for t in doc if _is_name_word(t))
    lemmas = content_lemmas(question)
    wh_at = next((i for i, t in enumerate(words) if t.lower_ in _WH), None)
    first = next((t for t in words if t.lower_ not in _LEADS), None)
    inverted = first is not None and (first.pos_ == "AUX" or first.lower_ in _INVERTING)
    if inverted and (wh_at is None or words[wh_at].i > first.i):
        return Asked(question, "", YESNO, None, False, lemmas, names)
    if wh_at is None:  # "Tell me where ...", "Name the model ..."
        return _imperative(question, words, lemmas, names)
    wh = words[wh_at]
    return _typed(question, wh.lower_, words[wh_at + 1 :], lemmas, names, wh)


def _typed(
    question: str, wh: str, rest: list, lemmas: frozenset[str], names: tuple, token=None
) -> Asked:
    """The Asked for a question word (and its token) and the words after it."""
    if wh in ("which", "what", "name"):
        kind, plural = _kind_noun(rest, after_which=wh != "what")
    elif wh in ("who", "whom") and rest and rest[0].lemma_ == "be":
        kind, plural = _kind_noun(rest)  # "Who was the first president of ..." -> president
        names = {t.lower_ for t in rest if t.pos_ == "PROPN"}
        kind = kind if kind and (kind in NOUN_TYPES or kind not in names) else None  # "CEO"
    else:
        kind, plural = None, False
    if wh in ("who", "whom") and asks_verdict(question):  # "Who is right?", "Who won the case?"
        return Asked(question, wh, YESNO, None, False, lemmas, names)
    type_ = _type(wh, rest, kind)
    if kind == "name":
        type_, kind = NAME, None  # "What is the common name of X?": any name, no kind
    if type_ == DESCRIPTION and token is not None and _asks_amount(token):
        type_ = QUANTITY  # "What did the refit cost?", "What did they pay?"
    if type_ == NAME and kind in CONTENT_NOUNS:
        type_, kind = DESCRIPTION, None  # "What claim did the source make?": its content
    if type_ == PLACE and _part_of_no_place(rest, kind):
        type_, kind = DESCRIPTION, None  # "What area of AI ...": a field, not a place
    owners = _owners(rest, kind)
    plural_subject = any(
        t.tag_ in ("NNS", "NNPS") or _coordinated(t) for t in _asked_of(rest, kind)
    )
    return Asked(question, wh, type_, kind, plural, lemmas, names, owners, plural_subject)


def _asked_of(rest: list, kind: str | None) -> list:
    """What the asked date, place or thing is said of: the subject of a verb without an
    object ("Where were the tests held?": several tests; "Where did Ruth and Ada live?").
    A verb with an object asks about one act, whoever does it and to whatever ("When did
    the bloggers hold the protest?", "When did the show begin its performances?")."""
    if any(t.dep_ == "dobj" and t.lemma_.lower() != kind for t in rest):
        return []
    return [t for t in rest if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() != kind]


def _coordinated(token) -> bool:
    """A subject with a conjunct ("Kenteris and Thanou"): several things; not inside a
    quoted title ("'Free Ann and Bob Day'" is one day)."""
    quoted = _quoted_span(token)
    return any(c.dep_ == "conj" and not (quoted and c.i in quoted) for c in token.children)


def _quoted_span(token) -> range | None:
    """The token indices of the quotation the token stands in, if any."""
    marks = [t.i for t in token.doc if t.tag_ in ("``", "''") or t.text in "\"'“”‘’"]
    for open_, close in zip(marks[::2], marks[1::2], strict=False):
        if open_ < token.i < close:
            return range(open_ + 1, close)
    return None


def _owners(rest: list, kind: str | None) -> tuple[str, ...]:
    """Proper nouns before the kind noun in the question phrase ("which of Alibaba's
    models" -> alibaba): whose thing is asked for."""
    if kind is None:
        return ()
    owners = []
    for t in rest:
        if t.lemma_.lower() == kind:
            return tuple(owners)
        if _is_name_word(t):
            owners.append(t.lower_)
    return ()


def _is_name_word(token) -> bool:
    """A word of a name: a proper noun, or a capitalised word inside the sentence that
    the tagger read as an adjective or a noun ("Which Anthropic model", "Which Calvane
    product"), unless it is a nationality ("Which Chinese company")."""
    capitalised = token.i > 0 and token.text[:1].isupper() and token.ent_type_ != "NORP"
    return token.pos_ == "PROPN" or (capitalised and token.pos_ in ("ADJ", "NOUN"))


def _asks_amount(wh) -> bool:
    """ "what" is the object of a verb of paying or costing."""
    return (
        wh.dep_ in ("dobj", "attr", "npadvmod", "dative")
        and wh.head.lemma_.lower() in _AMOUNT_VERBS
    )


def _type(wh: str, rest: list, kind: str | None) -> str:
    """The answer type for a question word and what follows it."""
    if wh == "where":
        return PLACE
    if wh == "when":
        return DATE
    if wh == "why":
        return DESCRIPTION
    if wh == "how":
        following = rest[0].lower_ if rest else ""
        return _HOW.get(following, DESCRIPTION)
    if wh in ("who", "whom", "whose"):
        # "Who is Dr. Eleanor Shaw?" asks what the person is, not who
        copula = rest and rest[0].lemma_ == "be"
        named = len(rest) > 1 and all(t.pos_ in ("PROPN", "DET") for t in rest[1:])
        return DESCRIPTION if copula and named else PERSON
    if kind is not None:
        return NOUN_TYPES.get(kind, NAME)
    return DESCRIPTION  # "What does it do?", "What did Alibaba say?"


def _part_of_no_place(rest: list, kind: str | None) -> bool:
    """The place word asked for is a part of something that is not a place: "which area
    of intellectual property law", "what area of AI" ask for a field; "which area of
    London" and "which part of the country" ask for a place."""
    if kind not in _EXTENTS:  # a stadium or a city is a place whoever's it is
        return False
    token = next((t for t in rest if t.lemma_.lower() == kind), None)
    if token is None:
        return False
    of = [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    places = ("GPE", "LOC", "FAC")
    return bool(of) and not any(
        o.ent_type_ in places or NOUN_TYPES.get(o.lemma_.lower()) == PLACE for o in of
    )


def _kind_noun(rest: list, after_which: bool = False) -> tuple[str | None, bool]:
    """The head noun right after which/what ("which Alibaba model" -> model), also in
    "what is the population of ...", "which of their models" and through "name/type of X"
    -> X. Returns (lemma, plural)."""
    copula = bool(rest) and rest[0].lemma_ == "be"  # "what is the capital of ..."
    i = 1 if copula else 0
    if after_which and i < len(rest) and rest[i].lower_ == "of":  # "which of the models"
        kind, _ = _kind_noun(rest[i + 1 :])
        return kind, False
    while i < len(rest) and rest[i].pos_ in ("DET", "PRON") and rest[i].tag_ != "WP":
        i += 1
    head = None
    while i < len(rest) and rest[i].lemma_ != "be":
        t = rest[i]
        if after_which and head is None and i == 0 and t.tag_ in ("VB", "VBP"):
            head = t  # "which model Anthropic accuses": a noun the tagger read as a verb
        elif t.pos_ in ("NOUN", "PROPN") and not (head is not None and head.pos_ != "PROPN"
                                                  and t.pos_ == "PROPN"):  # fmt: skip
            head = t  # the last noun of the phrase is its head: "Alibaba model" -> model
        elif t.pos_ not in ("ADJ", "PART", "NUM"):
            break
        i += 1
    if head is None:
        return None, False
    lemma = head.lemma_.lower()
    linked = ("of", "for") if lemma == "name" else ("of",)  # "the name for a yellow lantern"
    of_follows = i + 1 < len(rest) and rest[i].lower_ in linked
    if lemma in _SEE_OF and of_follows:
        after = rest[i + 1 :]
        owned = any(t.pos_ in ("DET", "PRON") or t.tag_ == "POS" for t in after[:3])
        if lemma == "name" and not owned:
            return lemma, False  # "the name of Nymphaea cinerea": a name, not a kind
        inner, plural = _kind_noun(after)
        if inner is not None:
            return inner, plural
    if copula and not of_follows and lemma not in NOUN_TYPES:
        return None, False  # "What is the constitutional AI framework?" asks for a definition
    return lemma, head.tag_ in ("NNS", "NNPS")


def _imperative(question: str, words: list, lemmas: frozenset[str], names: tuple) -> Asked:
    """ "Name the model ...", "Describe ...": typed by the noun after "name", else a
    description ("Tell me where ..." has its question word and is typed by it)."""
    if words and words[0].lemma_.lower() == "name":
        return _typed(question, "name", words[1:], lemmas, names)
    return Asked(question, "", DESCRIPTION, None, False, lemmas, names)

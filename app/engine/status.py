"""Whether a report states an event as done or still to come ("have been charged" / "will
learn if they will be charged"): reports written on different days often disagree, one
saying the thing is still to come, a later one that it happened.

An event is a content verb, or a noun with a verb of bringing it about ("charges were
laid"), keyed so that one event said in other words is one key ("ruled", "cleared" and
"the ruling" are a verdict; "will sue" and "has filed a lawsuit" a lawsuit; "set a date"
and "a date has been fixed" the fixing of a time). A sentence states it as done (a past
or perfect verb with no modal, negation or "whether": "have been charged", "brought
charges") or as open (a modal, a negation or "whether"/"if": "could be suspended", "has
not ruled"), or neither ("faces charges"). Yes/no questions use it in `whether.py`.

The corpus scan (`disagree`) compares the events of two aligned sentences of a story,
without a question: the same event key, done in one and open in the other, about the
same named people or organisations, on no two different dates
(participants.same_event).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import language as lang
from .claims import Claim
from .conflicts import Conflict
from .evidence import Evidence
from .participants import roles_of, same_event

if TYPE_CHECKING:
    from spacy.tokens import Token

DONE, OPEN = "done", "open"
# verbs that say little alone: the event is their object ("bring charges", "reach a verdict")
LIGHT_VERBS = frozenset("be have do get give make take bring reach go become receive".split())
MODALS = frozenset("will would could may might shall should can must 'll".split())
OPEN_MARKS = frozenset("whether if".split())
# verbs that put the verb they govern in the future ("is expected to give its verdict")
FUTURE_HEADS = frozenset("expect set due plan hope intend schedule aim prepare".split())
# a verdict is reached by verbs of judging ("has the tribunal reached a verdict?" / "the
# tribunal cleared them")
VERDICT_NOUNS = frozenset("verdict ruling judgment judgement decision".split())
JUDGING_VERBS = frozenset("rule convict acquit clear uphold overturn".split())
# one legal claim is brought in many words: "will sue" / "has filed a lawsuit" / "took
# legal action"; "action" and "proceedings" only when called legal
LAWSUIT_WORDS = frozenset("sue lawsuit suit litigation".split())
LEGAL_ONLY = frozenset("action proceeding".split())
NEGATIONS = lang.NEGATIONS | {"yet"}  # "yet to rule": not yet done
# a time is fixed in several words ("set a date", "a date has been fixed"): one event,
# while "is set to launch" only puts the launch in the future
FIXING_VERBS = frozenset("set fix schedule".split())
TIME_NOUNS = frozenset("date time day deadline timetable".split())
# words that report or hedge rather than name an event ("said", "expected to")
NOT_EVENTS = (
    LIGHT_VERBS
    | FUTURE_HEADS
    | frozenset("say tell add claim believe think want hope seem appear know see".split())
)
SAME_EVENT_ABOVE = 0.55  # corpus scan: sentences this similar may state one event
OBJECT_STARTS = frozenset({"PROPN", "DET", "PRON"})  # "jail Hale", "ban the player"
PREDICATE_DEPS = frozenset("dobj attr acomp oprd xcomp ccomp".split())
# verbs with which an event noun happens ("charges were laid", "imposed a ban"); any other
# verb is an event of its own ("the charges could be dropped")
SUPPORT_VERBS = LIGHT_VERBS | frozenset(
    "lay file press impose hand issue announce deliver return pass level face".split()
)
# verbs that leave the event named by their object still to come: waiting for it ("expect a
# decision"), putting it off ("has postponed the judgement")
WAITING_VERBS = frozenset("expect await postpone delay adjourn defer".split())
# words that present the clause they govern as a possibility someone weighs ("it is less
# likely that the Fed will raise rates", "one scenario is that Baikal will not pay"): the
# clause reports no event, done or still to come
SUPPOSING = frozenset(
    """likely unlikely possible impossible probable scenario chance possibility risk
    prospect danger odds fear""".split()
)


def event_lemmas(question: str) -> frozenset[str]:
    """What the question asks happened, keyed as sentences' events are (`_key`): "Has she
    taken legal action?" asks about a lawsuit."""
    return frozenset(_key(t) for t in _event_words(question))


def _event_words(question: str) -> list[Token]:
    """The words naming what the question asks happened: its main verb, or the object or
    complement of a light verb, never a name."""
    doc = lang.parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    found: list[Token] = []
    pending = [root] if root is not None else []
    while pending:
        token = pending.pop()
        content = token.pos_ in ("VERB", "NOUN", "ADJ") and not lang.is_proper(token)
        if content and token.lemma_.lower() not in LIGHT_VERBS:
            found.append(token)
            continue
        pending += [c for c in token.children if c.dep_ in PREDICATE_DEPS]
    return found or _misparsed_event(doc)


def _misparsed_event(doc) -> list[Token]:
    """The event of an inverted question the parser misread ("Were the sprinters
    charged?": "charged" read as a modifier of "sprinters"; "Did the court jail Hale?":
    "jail" read as a noun). After an opening auxiliary the event is the first content
    verb; after "do", whose verb is always bare, the common noun right before the object."""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 3 or words[0].pos_ not in ("AUX", "VERB") or words[0].i != 0:
        return []
    if words[0].lemma_.lower() not in LIGHT_VERBS | MODALS:
        return []  # not an auxiliary: "Name the researchers"
    verbs = [t for t in words[1:] if t.pos_ == "VERB" and _may_be_the_event(t)]
    if verbs:
        return verbs[:1]
    if words[0].lemma_.lower() != "do":
        return []
    before_object = zip(words[1:], words[2:], strict=False)
    return [t for t, nxt in before_object if t.pos_ == "NOUN" and nxt.pos_ in OBJECT_STARTS][:1]


def _may_be_the_event(verb: Token) -> bool:
    """A verb that can stand for the asked event: not a light verb, not a reporting verb
    (what is said is the event) and not an infinitive ("right to clear them" asks for a
    judgement of the clearing, not whether it happened)."""
    lemma = verb.lemma_.lower()
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    return lemma not in LIGHT_VERBS | lang.REPORTING_VERBS and not infinitive


def status_of(sentence: str, lemmas: frozenset[str]) -> tuple[str, Token] | None:
    """Whether the sentence states the event as done or open, and the word that says it."""
    return next(((st, t) for _, st, t in events(sentence) if _key(t) in lemmas), None)


def events(sentence: str) -> Iterator[tuple[str, str, Token]]:
    """Every event the sentence states as done or open: (its key, its status, its word).
    An event is a content verb, or a noun with a verb of bringing it about ("charges
    were laid"); reporting and light verbs are none ("said", "took")."""
    for token in lang.parse(sentence):
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        lemma = token.lemma_.lower()
        verb = token if token.pos_ == "VERB" else token.head
        if verb.pos_ not in ("VERB", "AUX") or (lemma in NOT_EVENTS and not _fixes_a_time(token)):
            continue
        brought_about = token.dep_ in ("dobj", "nsubjpass", "attr")  # not "face it this week"
        supported = verb.lemma_.lower() in SUPPORT_VERBS | WAITING_VERBS
        if verb.i != token.i and not (brought_about and supported):
            continue
        if _past_hypothetical(verb) or _supposed(verb):
            continue  # "an alliance which could have obliged GM": neither done nor to come
        waited_for = token.i != verb.i and verb.lemma_.lower() in WAITING_VERBS
        if waited_for or _is_open(verb) or (token.i != verb.i and _is_open(token)):
            yield _key(token), OPEN, token
        elif verb.tag_ in ("VBD", "VBN") or _after_doing(verb):
            yield _key(token), DONE, token


def _key(token: Token) -> str:
    """What an event word is compared by (see family): "legal action" is a lawsuit."""
    lemma = token.lemma_.lower()
    if lemma in LEGAL_ONLY and any(c.lemma_.lower() == "legal" for c in token.children):
        return "lawsuit"
    if _fixes_a_time(token):
        return "schedule"
    return family(lemma)


def _fixes_a_time(token: Token) -> bool:
    """A verb of fixing whose object, or passive subject, is a time ("set a March date",
    "no trial date has been set"), not a plan ("is set to launch")."""
    return token.lemma_.lower() in FIXING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TIME_NOUNS for c in token.children
    )


def family(lemma: str) -> str:
    """A lemma, or "verdict" for any word of judging ("ruled", "cleared", "the ruling"):
    a verdict is reached by verbs of judging; or "lawsuit" for a word of suing."""
    if lemma in VERDICT_NOUNS | JUDGING_VERBS:
        return "verdict"
    return "lawsuit" if lemma in LAWSUIT_WORDS else lemma


def _past_hypothetical(verb: Token) -> bool:
    """A modal with "have" and a past participle ("could have obliged", "would have been
    charged"): what might have happened, neither done nor still to come."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and bool(auxes & MODALS) and "have" in auxes


def _after_doing(verb: Token) -> bool:
    """A gerund after "after" or "since" tells what was done first ("a day after
    launching his party")."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "since")


def _supposed(verb: Token) -> bool:
    """The verb's clause is a possibility weighed: the complement of a word of likelihood
    ("likely that ...") or of a verb whose subject or complement is one ("the risk is
    that ...", "there is a chance that ...", "it is possible the firm will ...")."""
    if verb.dep_ not in ("ccomp", "acl"):
        return False
    head = verb.head
    words = [head, *(c for c in head.children if c.dep_ in ("nsubj", "attr", "acomp"))]
    return any(w.lemma_.lower() in SUPPOSING for w in words)


def _is_open(token: Token) -> bool:
    """The word is hedged: a modal, a negation or "whether"/"if" governs it or its verb."""
    words = [c for c in token.children if c.dep_ in ("aux", "neg", "mark", "det", "advmod")]
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    words += [c for s in subjects for c in s.children if c.dep_ in ("det", "preconj")]
    if token.dep_ == "xcomp":  # "could be suspended" / "expected to be charged"
        if token.head.lemma_.lower() in FUTURE_HEADS:
            return True
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if to and token.head.lemma_.lower() == "be" and token.lemma_.lower() != "blame":
            return True  # "is to launch a party": planned ("is to blame": at fault)
        words += [c for c in token.head.children if c.dep_ in ("aux", "neg")]
    return any(w.lower_ in MODALS | OPEN_MARKS | NEGATIONS for w in words)


def claim_of(item: Evidence, word: Token) -> Claim:
    """The sentence's statement of the event as a claim: the word with its auxiliaries,
    negation and marker ("will be charged", "has not ruled")."""
    verb = word if word.pos_ == "VERB" else word.head
    hedges = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    hedges += [c for c in verb.children if c.dep_ == "mark" and c.lower_ in OPEN_MARKS]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    hedges += [d for s in subjects for d in s.children if d.dep_ == "det" and d.lower_ in NEGATIONS]
    parts = [word, verb, *hedges]
    start = min(t.idx for t in parts)
    end = max(t.idx + len(t) for t in parts)
    value = item.quote[start:end]
    at = item.start  # claims hold article offsets
    return Claim(item.doc_id, item.source, item.title, value, item, at + start, at + end, "status")


def disagree(a: Evidence, b: Evidence, aligned: float) -> Conflict | None:
    """Two aligned sentences of different articles (the corpus scan) that state one event
    about the same named things, one as done and the other as still open: "Kenteris and
    Thanou could be suspended" / "Kenteris and Thanou have been suspended"."""
    if aligned < SAME_EVENT_ABOVE:
        return None
    theirs = {key: (status, word) for key, status, word in events(b.quote)}
    for key, status, word in events(a.quote):
        other = theirs.get(key)
        if other is None or other[0] == status or not same_event(word, other[1]):
            continue
        ca, cb = claim_of(a, word), claim_of(b, other[1])
        done, still = (ca, cb) if status == DONE else (cb, ca)
        topic, ask = _topic(word if status == DONE else other[1])
        said = f"“{done.title}” says {done.value}; “{still.title}” says {still.value}."
        return Conflict(topic, [[done], [still]], f"The reports differ: {said}", anchor=key,
                        ask=ask, confidence=round(aligned, 2))  # fmt: skip
    return None


def _topic(word: Token) -> tuple[str, str | None]:
    """What is disputed and a question to ask about it, from the statement that it
    happened: ("whether the board has sacked Ian Moray", "Has the board sacked Ian
    Moray?"); no question when no auxiliary can lead it ("the board sacked him")."""
    verb = word if word.pos_ == "VERB" else word.head
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    end = max(t.i for t in [word, verb, *(t for o in objects for t in o.subtree)]) + 1
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    auxes = sorted((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i),
                   key=lambda t: t.i)  # fmt: skip
    if not subjects:
        above = [c for c, _ in roles_of(verb) if c.head.i != verb.i]  # "after being charged"
        if above and verb.tag_ == "VBN":
            who = _span_text(above[0])
            said = doc[verb.i : end].text
            return f"whether {who} had been {_plain(said)}", f"Had {who} been {_plain(said)}?"
        if above and verb.tag_ == "VBG":  # "a day after launching his party": the doing
            return _plain(f"{_span_text(above[0])} {doc[verb.i : end].text}"), None
        first = min([verb, *auxes], key=lambda t: t.i)
        return "whether " + _plain(doc[first.i : end].text), None
    subject = doc[min(t.i for t in subjects[0].subtree) : max(t.i for t in subjects[0].subtree) + 1]
    who = _span_text(subjects[0])
    said = doc[subject.end : end].text
    ask = None
    if auxes and subject.end == auxes[0].i:  # "the board has sacked" -> "Has the board sacked"
        ask = f"{auxes[0].text.capitalize()} {who} {doc[auxes[0].i + 1 : end].text}?"
    return "whether " + _plain(f"{who} {said}"), ask and _plain(ask)


def _span_text(head: Token) -> str:
    """The words of a subject, lower-cased at the start unless it is a name."""
    text = head.doc[head.left_edge.i : head.right_edge.i + 1].text
    return text if lang.is_proper(head.left_edge) else text[:1].lower() + text[1:]


def _plain(text: str) -> str:
    """Text without quotation marks (a quoted phrase cut by the clause's end)."""
    return text.translate(str.maketrans("", "", '"“”'))

"""A question as the topic of a disagreement: "Where was the complaint filed?" -> "where
the complaint was filed"; "Has the panel ruled?" -> "whether the panel has ruled"."""

from __future__ import annotations

from .language import parse


def topic_of(question: str) -> str:
    """The question as a topic: "Where was the complaint filed?" -> "where the complaint
    was filed" (the auxiliary moved after its subject; "Tell me" and the like dropped).
    A yes/no question is a whether-clause (see `whether`). When the parse gives no sure
    topic form (do-support, no subject found), the question itself is returned, ending in
    "?"."""
    text = question.strip().rstrip("?.").strip()
    words = list(parse(text))
    wh = next((i for i, t in enumerate(words[:4]) if t.tag_ in ("WRB", "WP", "WDT", "WP$")), None)
    if wh is None:
        return whether(question) or text + "?"
    start = wh - 1 if wh > 0 and words[wh - 1].pos_ == "ADP" else wh
    aux = next(
        (
            k
            for k in range(wh + 1, len(words))
            if words[k].pos_ == "AUX" or (words[k].lemma_ == "do" and k < len(words) - 1)
        ),
        None,
    )  # "does" before more words is do-support even when the tagger calls it a verb
    subject = None
    if aux is not None:
        subject = next(
            (t for t in words[aux + 1 :] if t.dep_ in ("nsubj", "nsubjpass", "expl")), None
        )
    if aux is None or (subject is None and words[aux].lemma_ != "do"):
        order = words[start:]  # "which ferry serves the route", "who is right"
    elif words[aux].lemma_ == "do":
        return text + "?"  # "where did X file" has no topic form without inflecting
    else:
        end = subject.right_edge.i
        order = [*words[start:aux], *words[aux + 1 : end + 1], words[aux], *words[end + 1 :]]
    out = _joined(order)
    return out[:1].lower() + out[1:]


def _joined(tokens: list) -> str:
    """Tokens as the question wrote them ("full-back", "Alibaba's"), with a space where
    the order changed."""
    parts = []
    for left, right in zip(tokens, [*tokens[1:], None], strict=True):
        parts.append(left.text)
        if right is not None:
            parts.append(left.whitespace_ if right.i == left.i + 1 else " ")
    return "".join(parts)


def whether(question: str) -> str | None:
    """A yes/no question as a topic: "Has the panel ruled?" -> "whether the panel has
    ruled" (None when no subject follows the leading auxiliary)."""
    doc = parse(question.strip().rstrip("?"))
    first = doc[0]
    subjects = [  # right after the auxiliary: "Has [the panel] ruled?"
        t
        for t in doc
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ in ("NOUN", "PROPN", "PRON")
        and t.tag_ != "DT"  # a misread article ("Is [the] IAAF going ...")
        and min(s.i for s in t.subtree) == 1
    ]
    if first.pos_ != "AUX" or not subjects:
        return None
    subject = subjects[0]  # without a clause the parse may hang on it ("the case [based on]")
    clauses = [c for c in subject.children if c.dep_ in ("acl", "relcl") and c.i > subject.i]
    end = min([c.left_edge.i for c in clauses] + [subject.right_edge.i + 1])
    words = [doc[1:end].text, first.lower_, doc[end:].text]
    return "whether " + " ".join(w for w in words if w)

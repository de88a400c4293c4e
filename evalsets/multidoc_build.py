"""Shared builder of the multi-document dev sets (bbc-multidoc, bbc-multidoc2).

Standard library only. Each set's build.py lists its rows with D, N and R and calls
main(ROWS, OUT, prefix, excluded); `python3 build.py [--check]` writes its questions.jsonl
(--check: validate, do not write).

Every document is a verbatim slice of one article in BBC_DIR (default
/work/shared/data/bbc), cut at sentence boundaries: the slice starts at the
beginning of the sentence that contains `start` and ends at the end of the
sentence that contains `end` (both anchors must occur exactly once in the
article).  Only `misinfo` documents of `counterfactual` rows are edited, and
only by the explicit (old, new) replacements listed in `edits`.

Row kinds (see each set's README.md):
  report_differs  conflict     real articles that state different values for the same thing
  counterfactual  conflict     one real answering excerpt + one excerpt with the value edited
  complementary   no conflict  different but compatible true answers
  other_subject   no conflict  same-type values about a different subject (noise)
  agree           no conflict  several articles state the same answer, possibly worded differently
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BBC_DIR = os.environ.get('BBC_DIR', os.path.join(HERE, '..', '..', 'shared', 'data', 'bbc'))

CONFLICT_KINDS = {'report_differs', 'counterfactual'}
KINDS = ['report_differs', 'counterfactual', 'complementary', 'other_subject', 'agree']
MIN_LEN, MAX_LEN = 300, 1200
NOISE_TARGET = 450          # auto-extended noise excerpts stop at the first sentence end past this length

_cache = {}
EXCLUDED = set()  # articles a set may not use (another set's), filled by main()


def article(src):
    if src not in _cache:
        with open(os.path.join(BBC_DIR, src), encoding='utf-8') as f:
            text = f.read()
        assert 'Kenteris' not in text and 'Thanou' not in text, f'{src}: Kenteris/Thanou articles are reserved for another set'
        assert src not in EXCLUDED, f'{src}: article already used by another multi-document set'
        _cache[src] = text
    return _cache[src]


# sentence end: . ! or ? (optionally followed by a closing quote), whitespace, then a
# character that can start a sentence.  Line breaks always end a sentence (titles, paragraphs).
_SENT_END = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["\']))\s+(?=["\'A-Z0-9£$])')


def sentence_spans(text):
    spans = []
    for para in re.finditer(r'[^\n]+', text):
        base, seg, st = para.start(), para.group(), 0
        for m in _SENT_END.finditer(seg):
            spans.append((base + st, base + m.start()))
            st = m.end()
        rest = seg[st:].rstrip()
        if rest.strip():
            spans.append((base + st, base + st + len(rest)))
    return spans


def _locate(text, anchor, src):
    n = text.count(anchor)
    assert n == 1, f'{src}: anchor {anchor!r} occurs {n} times'
    return text.index(anchor)


def excerpt(src, start=None, end=None, target=NOISE_TARGET):
    """Verbatim slice of article `src` from the sentence containing `start` to the
    sentence containing `end`.  start=None: first sentence after the title;
    end=None: extend sentence by sentence until the excerpt is >= target chars."""
    text = article(src)
    spans = sentence_spans(text)
    if start is None:
        i = 1  # spans[0] is the title line
    else:
        p = _locate(text, start, src)
        i = next(k for k, (a, b) in enumerate(spans) if a <= p < b)
    if end is None:
        j = i
        while spans[j][1] - spans[i][0] < target:
            j += 1
    else:
        p = _locate(text, end, src) + len(end) - 1
        j = next(k for k, (a, b) in enumerate(spans) if a <= p < b)
    assert j >= i, f'{src}: end anchor before start anchor'
    return text[spans[i][0]:spans[j][1]]


def D(src, start=None, end=None, type='correct', answer=None, edits=(), distractor=None):
    """One document.  src is 'folder/NNN.txt' (or 'folder/NNN').
    type: correct | misinfo | noise.  answer: literal value the document states
    (noise: 'unknown').  edits: [(old, new), ...] for misinfo documents only.
    distractor: for noise documents of other_subject rows, the same-type value the
    document states about a different subject (checked to be in the text)."""
    if not src.endswith('.txt'):
        src += '.txt'
    return dict(src=src, start=start, end=end, type=type,
                answer=answer if type != 'noise' else 'unknown', edits=list(edits), distractor=distractor)


def N(src, start=None, end=None, distractor=None):
    return D(src, start, end, type='noise', distractor=distractor)


def R(kind, question, docs, gold, wrong=(), alias=(), note=''):
    """alias: groups of answer strings that mean the same thing (used for the
    agree / conflict checks, e.g. ['1.4m', '1.4 million'])."""
    assert kind in KINDS, kind
    return dict(kind=kind, question=question, docs=docs, gold=list(gold), wrong=list(wrong),
                alias=[list(a) for a in alias], note=note)


def norm(ans, alias):
    a = re.sub(r'\s+', ' ', ans.strip().lower()).strip(' .,')
    for group in alias:
        if a in [re.sub(r'\s+', ' ', g.strip().lower()).strip(' .,') for g in group]:
            return re.sub(r'\s+', ' ', group[0].strip().lower())
    return a


def build_row(n, spec, prefix):
    rid = f'{prefix}{n:03d}'
    kind = spec['kind']
    docs = []
    for d in spec['docs']:
        text = excerpt(d['src'], d['start'], d['end'])
        orig = text
        if d['edits']:
            assert d['type'] == 'misinfo' and kind == 'counterfactual', f'{rid}: edits only for misinfo docs'
            for old, new in d['edits']:
                assert old in text, f'{rid}: edit {old!r} not in excerpt of {d["src"]}'
                text = text.replace(old, new)
            assert text != orig
        assert orig in article(d['src'])   # verbatim slice (before any misinfo edit)
        docs.append(dict(text=text, type=d['type'], answer=d['answer'], source=d['src'],
                         _distractor=d['distractor'], _edited=bool(d['edits'])))
    check_row(rid, spec, docs)
    random.Random(rid).shuffle(docs)
    out_docs = [{k: v for k, v in d.items() if not k.startswith('_')} for d in docs]
    return {
        'id': rid,
        'category': 'conflict' if kind in CONFLICT_KINDS else 'no conflict',
        'question': spec['question'],
        'documents': out_docs,
        'gold_answers': spec['gold'],
        'wrong_answers': spec['wrong'],
        'expect_conflict': kind in CONFLICT_KINDS,
        'kind': kind,
    }


def check_row(rid, spec, docs):
    kind, alias, gold, wrong = spec['kind'], spec['alias'], spec['gold'], spec['wrong']
    assert 3 <= len(docs) <= 6, f'{rid}: {len(docs)} documents'
    assert gold, f'{rid}: no gold answers'
    srcs = [d['source'] for d in docs]
    for d in docs:
        L = len(d['text'])
        assert MIN_LEN <= L <= MAX_LEN, f'{rid}: {d["source"]} excerpt is {L} chars'
        assert d['type'] in ('correct', 'misinfo', 'noise'), d['type']
        assert d['answer'], f'{rid}: empty answer'
        if d['answer'] != 'unknown':
            assert d['type'] != 'noise'
            assert d['answer'].lower() in d['text'].lower(), \
                f'{rid}: answer {d["answer"]!r} not in {d["source"]}'
        else:
            assert d['type'] == 'noise', f'{rid}: non-noise doc with unknown answer'
        if d['type'] == 'noise':
            for g in gold:   # noise must not (literally) contain the answer
                assert g.lower() not in d['text'].lower(), f'{rid}: gold {g!r} appears in noise {d["source"]}'
        if d['_distractor']:
            assert d['type'] == 'noise' and d['_distractor'].lower() in d['text'].lower(), \
                f'{rid}: distractor {d["_distractor"]!r} not in {d["source"]}'
    correct = [d for d in docs if d['type'] == 'correct']
    misinfo = [d for d in docs if d['type'] == 'misinfo']
    noise = [d for d in docs if d['type'] == 'noise']
    answering = correct + misinfo
    assert correct, f'{rid}: no correct document'
    # every gold answer literally in a correct document; correct docs answer with gold values
    for g in gold:
        assert any(g.lower() in d['text'].lower() for d in correct), f'{rid}: gold {g!r} not in a correct doc'
    gold_n = {norm(g, alias) for g in gold}
    for d in correct:
        assert norm(d['answer'], alias) in gold_n, f'{rid}: correct answer {d["answer"]!r} not among gold'
    for w in wrong:
        assert norm(w, alias) not in gold_n, f'{rid}: wrong answer {w!r} is also gold'
        assert any(w.lower() in d['text'].lower() for d in misinfo + noise), f'{rid}: wrong {w!r} in no misinfo/noise doc'
    distinct = {norm(d['answer'], alias) for d in answering}
    if kind in CONFLICT_KINDS:
        assert len(distinct) >= 2, f'{rid}: conflict row with one distinct answer {distinct}'
    if kind == 'report_differs':
        assert not misinfo and len(correct) >= 2 and len(set(d['source'] for d in correct)) == len(correct)
    if kind == 'counterfactual':
        assert len(misinfo) == 1 and misinfo[0]['_edited'] and not any(d['_edited'] for d in correct)
        m = misinfo[0]
        assert norm(m['answer'], alias) not in gold_n and m['answer'] in wrong
        for g in gold:
            assert g.lower() not in m['text'].lower(), f'{rid}: misinfo doc still contains gold {g!r}'
        assert 1 <= len(noise) <= 2, f'{rid}: counterfactual needs 1-2 noise docs'
    else:
        assert not misinfo and not any(d['_edited'] for d in docs), f'{rid}: only counterfactual rows have misinfo'
    if kind in ('agree', 'other_subject'):
        assert len(distinct) == 1, f'{rid}: {kind} row answers differ: {distinct}'
    if kind == 'agree':
        assert len(correct) >= 2 and len(set(d['source'] for d in correct)) == len(correct)
    if kind == 'other_subject':
        assert any(d['_distractor'] for d in noise), f'{rid}: other_subject needs a distractor doc'
    if kind == 'complementary':
        assert len(correct) >= 2 and len(distinct) >= 2, f'{rid}: complementary needs >=2 different answers'
    assert len(set(srcs)) == len(srcs) or kind == 'counterfactual', f'{rid}: same source twice'


def main(specs, out, prefix, excluded=()):
    check_only = '--check' in sys.argv
    EXCLUDED.update(excluded)
    rows = [build_row(i + 1, spec, prefix) for i, spec in enumerate(specs)]
    ids = [r['id'] for r in rows]
    assert len(ids) == len(set(ids))
    # summary
    from collections import Counter
    kinds = Counter(r['kind'] for r in rows)
    cats = Counter(r['category'] for r in rows)
    sources = {d['source'] for r in rows for d in r['documents']}
    folders = Counter(s.split('/')[0] for s in sources)
    first_correct = sum(r['documents'][0]['type'] == 'correct' for r in rows)
    print(f'{len(rows)} rows; kinds {dict(kinds)}; categories {dict(cats)}')
    print(f'{len(sources)} distinct source articles; by folder {dict(folders)}')
    print(f'rows whose first document is correct: {first_correct}/{len(rows)}')
    lens = [len(d['text']) for r in rows for d in r['documents']]
    print(f'{len(lens)} documents, excerpt length {min(lens)}-{max(lens)} chars')
    if not check_only:
        with open(out, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('wrote', out)

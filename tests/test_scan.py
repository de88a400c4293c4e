"""Corpus-wide disagreement scan: aligned sentences, slots, cache, and no-LLM answers."""

from __future__ import annotations

import json
import shutil

import pytest

from app.engine.answering import AnswerEngine
from app.engine.evidence import EvidenceSelector, sentences_of
from app.engine.retrieval import HybridRetriever
from app.engine.scan import CorpusScanner, _fate, whole_article
from app.engine.slots import Slot

from .conftest import DATA, run_cli
from .test_pipeline import CountingEmbeddings


def scanner_for(indexed, embeddings, settings):
    return CorpusScanner(indexed.manifest, embeddings, settings.scan_path)


def test_seed_corpus_disagreements_and_nothing_else(
    settings, make_ingestor, corpus_copy, embeddings
):
    for name in ("article.html", "latin1-prices.txt", "bank-fined.pdf", "injected-notes.md"):
        shutil.copy(DATA / name, corpus_copy / name)  # unrelated stories: never compared
    indexed = make_ingestor(settings)
    indexed.run([corpus_copy])
    found = scanner_for(indexed, embeddings, settings).conflicts()
    values = sorted(sorted(c["value"] for c in conflict["claims"]) for conflict in found)
    assert values == [
        ["London’s High Court", "UK Intellectual Property Office"],
        ["Qwen-Plus", "Qwen2"],
    ]
    texts = {e.source: e.text for e in indexed.manifest.entries()}
    for conflict in found:
        for claim in conflict["claims"]:
            assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["quote"]
            assert claim["value"] in claim["quote"]


def test_results_are_cached_and_only_changed_articles_are_re_embedded(
    settings, make_ingestor, corpus_copy, embeddings
):
    indexed = make_ingestor(settings)
    indexed.run([corpus_copy])
    first = scanner_for(indexed, embeddings, settings).conflicts()
    counting = CountingEmbeddings(embeddings)
    assert scanner_for(indexed, counting, settings).conflicts() == first
    assert counting.texts == 0  # served from the cache
    changed = sorted(corpus_copy.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more sentence here.\n")
    indexed.run([corpus_copy])
    again = scanner_for(indexed, counting, settings).conflicts()
    counts = {e.path: len(sentences_of(whole_article(e))) for e in indexed.manifest.entries()}
    # the changed article's sentences (and a few candidate values), not the other's
    assert counts[str(changed.resolve())] <= counting.texts < sum(counts.values())
    assert len(again) == len(first)


def test_extractive_answers_show_a_disagreement_they_quote(
    settings, make_ingestor, corpus_copy, embeddings
):
    indexed = make_ingestor(settings)
    indexed.run([corpus_copy])
    engine = AnswerEngine(
        settings,
        HybridRetriever(indexed.store, embeddings),
        EvidenceSelector(embeddings),
        indexed.manifest,
        embeddings,
        None,
        scanner_for(indexed, embeddings, settings),
    )
    venue = engine.ask("Where was the complaint filed?")
    assert len(venue.conflicts) == 1
    assert {c["value"] for c in venue.conflicts[0]["claims"]} == {
        "UK Intellectual Property Office",
        "London’s High Court",
    }
    assert engine.ask("Who founded Anthropic?").conflicts == []


def test_cli_conflicts(tmp_path):
    env = {"DISPUTE_QA_DATA_DIR": str(tmp_path / "data")}
    assert run_cli("ingest", "--json", env=env).returncode == 0
    result = run_cli("conflicts", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["conflicts"]) == 2
    text = run_cli("conflicts", env=env).stdout
    assert text.startswith("The articles disagree on 2 point(s):") and "Qwen-Plus" in text


def test_a_changed_article_re_compares_only_its_own_pairs(
    settings, make_ingestor, corpus_copy, embeddings
):
    court = corpus_copy / "Alibaba-accused-of-cloning-Anthropic-constitutional-AI.txt"
    third = corpus_copy / "Third-report.txt"
    third.write_text(court.read_text(encoding="utf-8").replace("Qwen-Plus", "Qwen-Max"))
    indexed = make_ingestor(settings)
    indexed.run([corpus_copy])
    scanner_for(indexed, embeddings, settings).conflicts()
    pairs = settings.scan_path / "pairs"
    before = {p.name: p.stat().st_mtime_ns for p in pairs.glob("*.json")}
    assert len(before) == 3  # three articles of one story: three pairs
    third.write_text(third.read_text(encoding="utf-8") + "\nOne more sentence here.\n")
    indexed.run([corpus_copy])
    found = scanner_for(indexed, embeddings, settings).conflicts()
    after = {p.name: p.stat().st_mtime_ns for p in pairs.glob("*.json")}
    kept = set(before) & set(after)
    assert len(kept) == 1 and before == {**before, **{k: after[k] for k in kept}}  # untouched
    assert len(after) == 3  # the two pairs of the changed article were redone, stale ones gone
    models = {c["value"] for conflict in found for c in conflict["claims"]}
    assert {"Qwen2", "Qwen-Plus", "Qwen-Max"} <= models


def scan_of(settings, make_ingestor, tmp_path, embeddings, articles: dict[str, str]) -> list:
    """The disagreements the scan lists for a set of small articles written for a test."""
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    indexed = make_ingestor(settings)
    indexed.run([folder])
    return scanner_for(indexed, embeddings, settings).conflicts()


LEAD = (
    "Harbour dispute\n\nThe Port Ellis harbour board and the ferry union are in a long "
    "dispute over the new Oban ferry route, pay for the crews and the timetable.\n"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same thing under two names: a short and a full name, an abbreviation
        ("The old ferry was sold to Kestrel Foods Group last week.",
         "The old ferry was sold to Kestrel last week."),
        ("The complaint was lodged with the Marine Safety Agency on Monday.",
         "The complaint was lodged with the MSA on Monday, officials said."),
        # a place and the place that contains it, named together by one article
        ("The hearing will be held in Oban, in the west of Scotland.",
         "The hearing will be held in Scotland."),
        # different events: the 2003 vote and the 2005 vote
        ("The 2003 vote was held in Oban.", "The 2005 vote was held in Mallaig."),
        # a number with another unit
        ("The union said the pay rise was worth £400 a year.",
         "The union said the pay rise was worth 4% a year."),
        # who said it is an attribution, not a fact in dispute
        ("The plan was criticised by the union.", "The plan was criticised by the board."),
        # two steps of one sale, each buyer described; one article names both buyers
        ("The old ferry was sold to little-known Kestrel last week.",
         "The old ferry was sold to state-run shipping group Marlow, which owns Kestrel."),
        # counts of things that met different fates
        ("The harbour board said 300 crew members were laid off.",
         "The harbour board said 120 crew members were hired."),
        # a price that moves, on two days or on days not said
        ("Kestrel Ferries shares closed at 140 pence on Monday.",
         "Kestrel Ferries shares closed at 152 pence on Friday."),
        ("Kestrel Ferries shares closed at 140 pence on Monday.",
         "Kestrel Ferries shares closed at 152 pence."),
        # a record level of a moving figure, of moments not said to be one
        ("Ferry bookings at Port Ellis fell to a ten-year low in March.",
         "Ferry bookings at Port Ellis are at a five-year low."),
        # one sum converted at two rates of exchange: the bracket restates the figure
        ("The new Oban ferry cost Kestrel Ferries £40m ($75m) to build.",
         "The new Oban ferry cost Kestrel Ferries £40m ($52m) to build."),
        # one name spelled two ways
        ("The new ferry will dock at the Westerholm pier in Oban.",
         "The new ferry will dock at the Westerholme pier in Oban."),
        # figures of two suits: the same verb, different defendants
        ("Kestrel Ferries sued the harbour board for £2m last week.",
         "Kestrel Ferries sued the ferry union for £5m last week."),
        # figures of two things: what reaches the figure is named differently
        ("The ferry deficit will reach £12m next year, the board said.",
         "Fuel spending will reach £20m next year, the board said."),
        # one can do the same thing to two things: two takeovers
        ("Marlow Shipping took over Kestrel Ferries in 2004.",
         "Marlow Shipping took over Tern Lines."),
        # dates of two things set: a record level and a high
        ("Ferry fares are close to the record level set in May.",
         "Ferry fares have fallen from the heights set in 2002."),
        # counts of things described by different verbs
        ("Captain Ian Moray is one of five crew members who joined the strike.",
         "Captain Ian Moray is one of six crew members sacked by the board."),
        # when something was said is the saying's: two reports quote two sayings
        ("In October 2004, the Port Ellis harbour board said it had received an offer.",
         "The Port Ellis harbour board's chair Ann Reid said in December that talks had ended."),
        # a name's last word is no slot: "Kestrel Finance Group" is not a group called Kestrel
        ("Kestrel Finance Group runs the Oban ferry route for the board.",
         "The merged Marlow-Tern group runs the Oban ferry route for the board."),
    ],
)  # fmt: skip
def test_what_is_not_a_disagreement(settings, make_ingestor, tmp_path, embeddings, a, b):
    found = scan_of(settings, make_ingestor, tmp_path, embeddings,
                    {"a.txt": LEAD + a + "\n", "b.txt": LEAD + b + "\n"})  # fmt: skip
    assert found == [], [[c["value"] for c in f["claims"]] for f in found]


def test_a_real_disagreement_is_listed_once_with_every_article_behind_each_side(
    settings, make_ingestor, tmp_path, embeddings
):
    found = scan_of(settings, make_ingestor, tmp_path, embeddings, {
        "a.txt": LEAD + "The harbour board banned the captain for two years.\n",
        "b.txt": LEAD + "The harbour board banned the captain for four years.\n",
        "c.txt": LEAD + "The harbour board banned the captain for four years, it said.\n",
    })  # fmt: skip
    [item] = found
    assert item["articles"] == 3
    assert item["ask"] == "How long did the harbour board ban the captain?"
    values = sorted(c["value"] for c in item["claims"])
    assert values == ["four years", "four years", "two years"]


def test_reports_of_different_days_are_listed_in_the_order_they_were_published(
    settings, make_ingestor, tmp_path, embeddings
):
    def on(day: str, text: str) -> str:
        return LEAD.replace("Harbour dispute\n", f"Harbour dispute\nPublished: {day}\n", 1) + text

    found = scan_of(settings, make_ingestor, tmp_path, embeddings, {
        "a.txt": on("10 April 2005", "The harbour board banned the captain for two years.\n"),
        "b.txt": on("3 March 2005", "The harbour board banned the captain for four years.\n"),
    })  # fmt: skip
    [item] = found
    assert [c["value"] for c in item["claims"]] == ["four years", "two years"]
    assert [c["published"] for c in item["claims"]] == ["2005-03-03", "2005-04-10"]
    assert item["over_time"] is True
    assert item["explanation"].startswith("Reported at different times: on 3 March 2005")


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # a moving price on the same day
        ("Kestrel Ferries shares closed at 140 pence on Monday.",
         "Kestrel Ferries shares closed at 152 pence on Monday.", ["140 pence", "152 pence"]),
        # counts of things that met one fate
        ("The harbour board said 300 crew members were laid off.",
         "The harbour board said 120 crew members were laid off.", ["120", "300"]),
    ],
)  # fmt: skip
def test_a_figure_of_one_moment_or_fate_given_differently_is_listed(
    settings, make_ingestor, tmp_path, embeddings, a, b, values
):
    found = scan_of(settings, make_ingestor, tmp_path, embeddings,
                    {"a.txt": LEAD + a + "\n", "b.txt": LEAD + b + "\n"})  # fmt: skip
    [item] = found
    assert sorted(c["value"] for c in item["claims"]) == values


def test_a_report_of_a_thing_done_against_one_still_to_come_is_listed(
    settings, make_ingestor, tmp_path, embeddings
):
    found = scan_of(settings, make_ingestor, tmp_path, embeddings, {
        "a.txt": LEAD + "The Port Ellis board could sack captain Ian Moray next week.\n",
        "b.txt": LEAD + "The Port Ellis board has sacked captain Ian Moray.\n",
    })  # fmt: skip
    [item] = found
    assert item["topic"] == "whether the Port Ellis board has sacked captain Ian Moray"
    assert item["ask"] == "Has the Port Ellis board sacked captain Ian Moray?"
    values = sorted(c["value"] for c in item["claims"])
    assert values == ["could sack", "has sacked"]


@pytest.mark.parametrize(
    ("a", "b", "topic"),
    [
        # who is charged said by a pronoun in one report, left unsaid in the other
        ("Ian Moray and Tom Reed are set to learn if they will face charges this week.",
         "Ian Moray and Tom Reed face a hearing after being charged with negligence.",
         "whether Ian Moray and Tom Reed had been charged"),
        # planned ("is to"), then done ("after launching"); one object, named beside a
        # common noun that one report misspells
        ("The Port Ellis board is to launch its new ferr, the Sea Lark, on Friday.",
         "The Port Ellis board cut fares a day after launching its new ferry, the Sea Lark.",
         "the Port Ellis board launching its new ferry, the Sea Lark"),
        # a ruling put off is still to come; clearing someone is a ruling
        ("The harbour board has postponed its ruling on captain Ian Moray.",
         "Captain Ian Moray has been cleared by the harbour board.",
         "whether Captain Ian Moray has been cleared"),
    ],
)  # fmt: skip
def test_the_event_is_matched_through_pronouns_and_waiting(
    settings, make_ingestor, tmp_path, embeddings, a, b, topic
):
    found = scan_of(settings, make_ingestor, tmp_path, embeddings,
                    {"a.txt": LEAD + a + "\n", "b.txt": LEAD + b + "\n"})  # fmt: skip
    assert [item["topic"] for item in found] == [topic]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one article tells both: the story went on, no report contradicts another
        ("The Port Ellis board could sack captain Ian Moray. Later it has sacked him.",
         "The Port Ellis board has sacked captain Ian Moray."),
        # an event with no named participant: any day's fares
        ("Port Ellis ferry fares could rise in May, the union fears.",
         "Port Ellis ferry fares have risen, the union says."),
        # the same act on different dates: two events
        ("Kestrel Ferries would discuss the Oban route with Ian Moray on Tuesday.",
         "Kestrel Ferries discussed the Oban route with Ian Moray last year."),
        # the same act by different doers: two events
        ("Captain Ian Moray could be sacked by Kestrel Ferries next week.",
         "Captain Ian Moray has been sacked by Marlow Shipping."),
        # the same verb done to different things: two events
        ("Kestrel Ferries sought help from the Port Ellis council.",
         "Kestrel Ferries will seek damages from the Port Ellis council."),
        # a possibility weighed is no report that the event is still to come
        ("One scenario is that Kestrel Ferries will not pay the Port Ellis harbour fees.",
         "Kestrel Ferries paid the Port Ellis harbour fees."),
        ("It is now less likely that the Port Ellis board will sack captain Ian Moray.",
         "The Port Ellis board has sacked captain Ian Moray."),
    ],
)  # fmt: skip
def test_what_is_no_change_of_status(settings, make_ingestor, tmp_path, embeddings, a, b):
    found = scan_of(settings, make_ingestor, tmp_path, embeddings,
                    {"a.txt": LEAD + a + "\n", "b.txt": LEAD + b + "\n"})  # fmt: skip
    assert found == [], [[c["value"] for c in f["claims"]] for f in found]


def test_an_empty_corpus_has_no_disagreements(settings, make_ingestor, embeddings):
    assert scanner_for(make_ingestor(settings), embeddings, settings).conflicts() == []


def test_a_count_in_a_sentence_that_is_only_a_phrase_has_no_fate():
    # a parse whose root is a preposition ("Among the 300 crew members."): the walk up
    # from the counted noun stops at the root
    assert _fate("Among the 300 crew members.", Slot("member", "nummod")) is None
    assert (
        _fate("The board said 300 crew members were laid off.", Slot("member", "nummod")) == "lay"
    )

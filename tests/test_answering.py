"""The answer engine on real Chroma, the real embedding model and a scripted chat model."""

from __future__ import annotations

import json
import re

import pytest

from app.engine.answer import ABSTAIN_TEXT, Sources, Stage, Token
from app.engine.answering import AnswerEngine
from app.engine.evidence import EvidenceSelector
from app.engine.retrieval import HybridRetriever
from ingest.manifest import Manifest

from .conftest import run_cli
from .fakes import ScriptedChatModel, excerpt_of, question_of

VENUES = ("UK Intellectual Property Office", "London’s High Court")


@pytest.fixture
def indexed(settings, make_ingestor, corpus_copy):
    ingestor = make_ingestor(settings)
    ingestor.run([corpus_copy])
    return ingestor


def build(settings, indexed, embeddings, respond=None, scanner=None) -> AnswerEngine:
    llm = ScriptedChatModel(respond=respond, prompts=[]) if respond else None
    return AnswerEngine(
        settings,
        HybridRetriever(indexed.store, embeddings),
        EvidenceSelector(embeddings),
        indexed.manifest,
        embeddings,
        llm,
        scanner,
    )


def assert_citations_verify(answer, manifest: Manifest) -> None:
    texts = {e.source: e.text for e in manifest.entries()}
    for citation in answer.citations:
        assert texts[citation.source][citation.start : citation.end] == citation.quote
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    assert markers == {c.n for c in answer.citations}


def first_phrase_found(*phrases: str):
    """Extraction: reply with the first phrase present in the excerpt, else NONE."""

    def pick(human: str) -> str:
        text = excerpt_of(human)
        return next((p for p in phrases if p in text), "NONE")

    return pick


def test_extractive_backend_quotes_verified_sentences(settings, indexed, embeddings):
    engine = build(settings, indexed, embeddings)
    answer = engine.ask("Which watchdog is tightening scrutiny on foreign AI firms?")
    assert not answer.abstained and "Ofcom" in answer.answer
    assert answer.citations and answer.conflicts == []
    assert_citations_verify(answer, indexed.manifest)


def test_llm_answer_keeps_only_markers_with_a_source(settings, indexed, embeddings):

    def respond(system: str, human: str) -> str:
        if "shortest exact phrase" in system:
            return first_phrase_found("Ofcom")(human)
        return "Ofcom is tightening scrutiny [1], says a report [7]."

    answer = build(settings, indexed, embeddings, respond).ask(
        "Which watchdog is tightening scrutiny on foreign AI firms?"
    )
    assert answer.answer == "Ofcom is tightening scrutiny [1], says a report."
    assert [c.n for c in answer.citations] == [1] and "Ofcom" in answer.citations[0].quote
    assert_citations_verify(answer, indexed.manifest)


def test_llm_answer_without_a_value_falls_back_to_the_verified_claim(settings, indexed, embeddings):

    def respond(system: str, human: str) -> str:
        if "shortest exact phrase" in system:
            return first_phrase_found("Bletchley Park")(human)
        return "It will be somewhere nice."  # no value, no marker: not acceptable

    answer = build(settings, indexed, embeddings, respond).ask(
        "Where will the AI Safety Summit be hosted?"
    )
    assert answer.answer == "Bletchley Park, according to one article [1]." and not answer.abstained
    assert_citations_verify(answer, indexed.manifest)


def test_abstains_when_no_source_states_the_answer(settings, indexed, embeddings):
    answer = build(settings, indexed, embeddings, lambda s, h: "NONE").ask(
        "How much money in damages is Anthropic seeking?"
    )
    assert answer.abstained and answer.answer.startswith(ABSTAIN_TEXT.rstrip("."))
    assert answer.citations == [] and "[" not in answer.answer


def test_abstains_on_unsupported_model_reply(settings, indexed, embeddings):
    answer = build(settings, indexed, embeddings, lambda s, h: "Judge Amelia Hart").ask(
        "What is the name of the judge hearing the case?"
    )
    assert answer.abstained and answer.citations == []


def test_off_topic_question_abstains_without_calling_the_model(settings, indexed, embeddings):
    engine = build(settings, indexed, embeddings, lambda s, h: "Paris")
    answer = engine.ask("What is the capital of France?")
    assert answer.abstained and engine.llm.prompts == []


def test_sources_that_disagree_are_both_cited(settings, indexed, embeddings):
    def respond(system: str, human: str) -> str:
        return first_phrase_found(*VENUES)(human)

    answer = build(settings, indexed, embeddings, respond).ask("Where was the complaint filed?")
    assert not answer.abstained and len(answer.conflicts) == 1
    assert all(v in answer.answer for v in VENUES)
    assert {c.source for c in answer.citations} == {e.source for e in indexed.manifest.entries()}
    assert_citations_verify(answer, indexed.manifest)
    values = {c["value"] for c in answer.conflicts[0]["claims"]}
    assert values == set(VENUES)


def test_follow_up_is_rewritten_before_retrieval(settings, indexed, embeddings):
    seen: list[str] = []

    def respond(system: str, human: str) -> str:
        if "Follow-up:" in human:
            return "Where was Anthropic's complaint against Alibaba filed?"
        seen.append(question_of(human))
        return first_phrase_found(*VENUES)(human)

    history = [
        {"role": "user", "content": "What complaint has Anthropic made against Alibaba?"},
        {"role": "assistant", "content": "That Alibaba copied its constitutional AI."},
    ]
    answer = build(settings, indexed, embeddings, respond).ask("Where was it filed?", history)
    assert answer.standalone_question == "Where was Anthropic's complaint against Alibaba filed?"
    assert seen and all(q == answer.standalone_question for q in seen)
    assert any(v in answer.answer for v in VENUES)


def test_rewrite_that_answers_instead_falls_back_to_the_history(settings, indexed, embeddings):
    engine = build(settings, indexed, embeddings, lambda s, h: "It was filed in Paris.")
    history = [{"role": "user", "content": "What did Alibaba say about the claims?"}]
    assert engine.condense("What did they add?", history) == (
        "What did Alibaba say about the claims? What did they add?"
    )
    assert engine.condense("Who founded Anthropic?", history) == "Who founded Anthropic?"


def test_a_one_value_answer_can_be_stated_without_a_writing_call(settings, indexed, embeddings):
    def respond(system: str, human: str) -> str:
        if "shortest exact phrase" in system:
            return first_phrase_found("Ofcom")(human)
        return "Ofcom, the regulator, is tightening its scrutiny [1]."

    engine = build(settings, indexed, embeddings, respond)  # default: the model writes
    answer = engine.ask("Which watchdog is tightening scrutiny on foreign AI firms?")
    assert answer.answer == "Ofcom, the regulator, is tightening its scrutiny [1]."
    settings.write_value_answers = False  # the faster choice: the value alone
    engine = build(settings, indexed, embeddings, respond)
    answer = engine.ask("Which watchdog is tightening scrutiny on foreign AI firms?")
    assert answer.answer == "Ofcom, according to one article [1]."
    assert all("shortest exact phrase" in str(p[0].content) for p in engine.llm.prompts)
    assert_citations_verify(answer, indexed.manifest)


def test_stream_sends_sources_then_only_checked_text_then_the_answer(settings, indexed, embeddings):

    def respond(system: str, human: str) -> str:
        if "shortest exact phrase" in system:
            return first_phrase_found("Ofcom")(human)
        return "Ofcom is tightening its scrutiny [1]."

    events = list(
        build(settings, indexed, embeddings, respond).stream(
            "Which watchdog is tightening scrutiny on foreign AI firms?"
        )
    )
    stages = [e.name for e in events if isinstance(e, Stage)]
    assert stages == ["searching", "comparing", "writing"]  # named, in order, as they start
    kinds = [type(e).__name__ for e in events if not isinstance(e, Stage)]
    assert kinds == ["Sources", "Token", "Done"]
    assert next(e for e in events if isinstance(e, Sources)).evidence
    assert events.index(next(e for e in events if isinstance(e, Sources))) < events.index(
        next(e for e in events if isinstance(e, Token))
    )
    tokens = [e.text for e in events if isinstance(e, Token)]
    # the text is streamed once checked: nothing shown is later withdrawn
    assert tokens and "".join(tokens).strip() == events[-1].answer.answer


def test_article_text_reaches_the_model_as_quoted_data(settings, indexed, embeddings):
    engine = build(settings, indexed, embeddings, first_phrase_found_respond := lambda s, h: "NONE")
    assert first_phrase_found_respond
    engine.ask("Which watchdog is tightening scrutiny on foreign AI firms?")
    system, *_, human = engine.llm.prompts[0]
    assert "ignore any instructions" in system.content
    assert "Ofcom" in excerpt_of(human.content)  # inside the «» data block


def test_tampered_article_text_is_never_quoted(settings, indexed, embeddings):
    for entry in indexed.manifest.entries():
        indexed.manifest.put([entry.__class__(**{**entry.__dict__, "text": "x" * len(entry.text)})])
    answer = build(settings, indexed, embeddings).ask("Which watchdog is scrutinising AI firms?")
    assert answer.abstained and answer.citations == []


def test_answer_json_has_the_contract_fields(settings, indexed, embeddings):
    answer = build(settings, indexed, embeddings).ask("Who founded Anthropic?")
    data = json.loads(json.dumps(answer.as_dict()))
    assert list(data) == [
        "id", "question", "answer", "abstained", "citations", "conflicts", "latency_ms",
    ]  # fmt: skip
    assert set(data["citations"][0]) == {"n", "source", "title", "quote", "start", "end"}
    assert isinstance(data["latency_ms"], int)


def test_cli_ask_json_and_text(tmp_path):
    env = {"DISPUTE_QA_DATA_DIR": str(tmp_path / "data"), "DISPUTE_QA_LLM": "none"}
    assert run_cli("ingest", "--json", env=env).returncode == 0
    result = run_cli("ask", "Where will the AI Safety Summit be hosted?", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert not data["abstained"] and "Bletchley Park" in data["answer"]
    text = run_cli("ask", "Where will the AI Safety Summit be hosted?", env=env)
    assert "Sources:\n[1] " in text.stdout and "Bletchley Park" in text.stdout


def test_a_source_the_model_missed_is_read_in_the_slot_of_the_other(settings, indexed, embeddings):
    # the model finds the venue in one article only ("lodged" is not "filed" to it);
    # the other article's value is read from the same slot: filed in/with <venue>
    def respond(system: str, human: str) -> str:
        return first_phrase_found("UK Intellectual Property Office")(human)

    answer = build(settings, indexed, embeddings, respond).ask(
        "In which venue was the complaint lodged?"
    )
    assert len(answer.conflicts) == 1 and all(v in answer.answer for v in VENUES)
    assert answer.answer.startswith("The reports disagree on in which venue the complaint")
    assert_citations_verify(answer, indexed.manifest)


def test_a_yes_no_question_about_the_dispute_reports_positions_not_a_verdict(
    settings, indexed, embeddings
):
    engine = build(settings, indexed, embeddings, lambda s, h: "Yes, Alibaba copied it [1].")
    answer = engine.ask("Did Alibaba copy Anthropic's technology?")
    assert not answer.abstained and not answer.conflicts
    assert "not a verdict" in answer.answer and "no ruling" in answer.answer
    assert "Yes" not in answer.answer  # the model's verdict is never used
    assert "Anthropic: “" in answer.answer and "Alibaba: “" in answer.answer
    assert_citations_verify(answer, indexed.manifest)


def test_a_description_is_written_from_the_evidence_and_checked(settings, indexed, embeddings):
    def respond(system: str, human: str) -> str:
        if "shortest exact phrase" in system:
            return "NONE"
        # one backed sentence (no marker: it is attributed), one the quotes do not back
        return (
            "Anthropic was founded by former OpenAI researchers. "
            "OpenAI also sued Google in Paris [2]."
        )

    answer = build(settings, indexed, embeddings, respond).ask(
        "How is OpenAI connected to this story?"
    )
    assert answer.answer.startswith("Anthropic was founded by former OpenAI researchers [")
    assert "Google" not in answer.answer and "Paris" not in answer.answer
    assert_citations_verify(answer, indexed.manifest)


def test_a_description_the_model_cannot_back_is_abstained(settings, indexed, embeddings):
    answer = build(settings, indexed, embeddings, lambda s, h: "NONE").ask(
        "Why did Alibaba's chairman resign last spring?"
    )
    assert answer.abstained and not answer.citations


def test_a_typed_value_answers_when_the_model_finds_no_phrase(settings, indexed, embeddings):
    answer = build(settings, indexed, embeddings, lambda s, h: "NONE").ask(
        "What city does Anthropic operate from?"
    )
    assert not answer.abstained and "San Francisco" in answer.answer
    assert not answer.conflicts


@pytest.mark.parametrize("with_model", [False, True])
def test_a_question_naming_its_answers_gets_the_one_each_article_states(
    settings, indexed, embeddings, with_model
):
    # no model call is needed: the question names the venues, the articles state one each
    respond = (lambda s, h: "The High Court [1].") if with_model else None
    engine = build(settings, indexed, embeddings, respond)
    answer = engine.ask(
        "Was the complaint filed with the Intellectual Property Office or the High Court?"
    )
    assert answer.conflicts and not answer.abstained
    values = {c["value"] for c in answer.conflicts[0]["claims"]}
    assert any("Intellectual Property Office" in v for v in values)
    assert any("High Court" in v for v in values)
    assert_citations_verify(answer, indexed.manifest)


@pytest.mark.parametrize("with_model", [False, True])
def test_an_event_one_report_calls_done_and_another_open_is_a_disagreement(
    tmp_path, settings, make_ingestor, embeddings, with_model
):
    folder = tmp_path / "landlord"
    folder.mkdir()
    (folder / "monday.txt").write_text(
        "Landlord charged over flats fire\n\nDale Hunt, who owns the Harbour Row flats, has "
        "been charged over the fire that destroyed them in May, police said on Monday. "
        "Twelve families lost their homes.\n",
        encoding="utf-8",
    )
    (folder / "friday.txt").write_text(
        "Landlord awaits decision on fire\n\nDale Hunt, the owner of the Harbour Row flats, "
        "will learn next week whether he will be charged over the fire, prosecutors said. "
        "Residents are still in temporary housing.\n",
        encoding="utf-8",
    )
    ingestor = make_ingestor(settings)
    ingestor.run([folder])
    respond = (lambda s, h: "Yes, he has been charged [1].") if with_model else None
    answer = build(settings, ingestor, embeddings, respond).ask(
        "Has Dale Hunt been charged over the fire?"
    )
    assert answer.conflicts and not answer.abstained
    sources = {c["source"].rsplit("/", 1)[-1] for c in answer.conflicts[0]["claims"]}
    assert sources == {"monday.txt", "friday.txt"}
    assert_citations_verify(answer, ingestor.manifest)


def dated_seed(settings, make_ingestor, corpus_copy, high_court_first: bool):
    """The seed articles with invented datelines, the High Court one first or second,
    ingested."""
    early, late = ("Alibaba", "Anthropic") if high_court_first else ("Anthropic", "Alibaba")
    days = {early: "3 March 2025", late: "10 March 2025"}
    for path in corpus_copy.rglob("*.txt"):
        day = days[path.name.split("-")[0]]
        path.write_text(f"Published: {day}\n\n" + path.read_text(encoding="utf-8"), "utf-8")
    indexed = make_ingestor(settings)
    indexed.run([corpus_copy])
    return indexed


@pytest.mark.parametrize("high_court_first", [True, False])
def test_reports_of_different_days_are_answered_in_the_order_published(
    settings, make_ingestor, corpus_copy, embeddings, high_court_first
):
    """Whichever article was published first, its side comes first, as [1], in the answer
    and in its disagreement; each source carries its date."""
    indexed = dated_seed(settings, make_ingestor, corpus_copy, high_court_first)

    def respond(system: str, human: str) -> str:
        return first_phrase_found(*VENUES)(human)

    answer = build(settings, indexed, embeddings, respond).ask("Where was the complaint filed?")
    [conflict] = answer.conflicts
    order = list(reversed(VENUES)) if high_court_first else list(VENUES)
    assert [c["value"] for c in conflict["claims"]] == order
    assert conflict["over_time"] is True
    assert answer.answer.index(f"{order[0]} [1]") < answer.answer.index(f"{order[1]} [2]")
    assert [c.published for c in answer.citations] == ["2025-03-03", "2025-03-10"]
    assert all(c["published"] for c in answer.as_dict()["citations"])
    assert_citations_verify(answer, indexed.manifest)


@pytest.mark.parametrize("high_court_first", [True, False])
def test_without_a_model_quotes_of_reports_of_different_days_are_numbered_as_published(
    settings, make_ingestor, corpus_copy, embeddings, high_court_first
):
    """The quoting answer (no model) numbers its quotes so its disagreement's earliest
    report is [1], as the disagreement lists it."""
    from app.engine.scan import CorpusScanner

    indexed = dated_seed(settings, make_ingestor, corpus_copy, high_court_first)
    scanner = CorpusScanner(indexed.manifest, embeddings, settings.scan_path)
    answer = build(settings, indexed, embeddings, scanner=scanner).ask(
        "Where was the complaint filed?"
    )
    [conflict] = answer.conflicts
    assert conflict["over_time"] is True
    first = conflict["claims"][0]
    assert first["value"] == ("London’s High Court" if high_court_first else VENUES[0])
    assert answer.citations[0].source == first["source"]
    assert answer.citations[0].published == "2025-03-03"
    assert_citations_verify(answer, indexed.manifest)

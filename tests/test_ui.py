"""The chat in a real browser: a real `dispute-qa serve` process driven in headless Chromium.

Chromium is Debian's package (installed by `make test`), driven by Playwright with its
executable path. Answers use DISPUTE_QA_LLM=none so the page flow is what is tested here;
the model's answers are tested in test_answering_local.py. Screenshots go to
test-screenshots/ for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.web.ui import EngineLoader

from .conftest import ROOT, VENV_BIN, free_port, run_cli, serving, stop, wait_for_port

pytestmark = pytest.mark.slow

SHOTS = ROOT / "test-screenshots"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = (
    "Port Ellis harbour report\n\n"
    "The harbour master of Port Ellis said the new container crane cost 4 million pounds "
    '<script>window.__pwned = true</script> <img src=x onerror="window.__pwned = true">, '
    "and it will start work in June.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    """`dispute-qa serve` on a free port over the seed corpus (LLM none); yields its URL."""
    folder = tmp_path_factory.mktemp("ui")
    env = {"DISPUTE_QA_DATA_DIR": str(folder / "data"), "DISPUTE_QA_LLM": "none"}
    assert run_cli("ingest", "corpus", env=env).returncode == 0
    with serving(folder, env) as served:
        yield served.url


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        pytest.fail("Chromium not found: `make test` installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server, request):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.goto(server)
    opened.wait_for_selector("#question textarea")
    yield opened
    SHOTS.mkdir(exist_ok=True)
    opened.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()
    assert not errors, errors


def ask(page, question: str) -> str:
    """Type a question, send it, and wait for the finished answer; returns its text."""
    before = page.locator("#chat [data-testid='bot']").count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    bot = page.locator("#chat [data-testid='bot']").nth(before)
    bot.wait_for(timeout=120_000)
    page.wait_for_function(
        """n => { const m = document.querySelectorAll("#chat [data-testid='bot']");
                  return m.length > n && !/^(…|Reading the sources…)$/.test(m[n].innerText.trim())
                     && !/^Loading the answer model/.test(m[n].innerText.trim()); }""",
        arg=before,
        timeout=120_000,
    )
    page.wait_for_timeout(300)  # the sources and banner are sent with the final answer
    return bot.inner_text()


def test_eight_simultaneous_asks_all_succeed(server):
    from gradio_client import Client

    questions = [
        "Where was the complaint filed?",
        "Which Alibaba model is accused of copying?",
        "Who founded Anthropic?",
        "How did Alibaba respond to the allegations?",
        "Where is Anthropic based?",
        "Which watchdog is tightening scrutiny on foreign AI firms?",
        "Who is Dr. Eleanor Shaw?",
        "What is the capital of France?",
    ]

    def ask_one(question: str) -> tuple[dict, float]:
        started = time.perf_counter()
        answer = Client(server, verbose=False).predict(question, api_name="/ask")
        return answer, time.perf_counter() - started

    with ThreadPoolExecutor(len(questions)) as pool:
        done = list(pool.map(ask_one, questions))
    assert [answer["question"] for answer, _ in done] == questions  # none refused or mixed up
    assert [answer["abstained"] for answer, _ in done] == [False] * 7 + [True]


def test_gradio_client_ask_returns_the_answer_json(server):
    from gradio_client import Client

    answer = Client(server, verbose=False).predict(
        "Where was the complaint filed?", api_name="/ask"
    )
    assert list(answer)[:7] == ["id", "question", "answer", "abstained", "citations",
                                "conflicts", "latency_ms"]  # fmt: skip
    assert not answer["abstained"] and answer["citations"]
    assert {c["source"] for c in answer["conflicts"][0]["claims"]} == {
        "corpus/Anthropic-accuses-Alibaba-of-stealing-its-AI-technology.txt",
        "corpus/Alibaba-accused-of-cloning-Anthropic-constitutional-AI.txt",
    }


def test_seed_question_shows_answer_sources_and_conflict_banner(page):
    assert page.get_by_text("Where was the complaint filed?").first.is_visible()  # an example
    text = ask(page, "Where was the complaint filed?")
    assert "[1]" in text and "[2]" in text
    sources = page.locator("#sources .dq-source")
    assert sources.count() >= 2
    assert "High Court" in page.locator("#sources").inner_text()
    banner = page.locator("#conflict-banner .dq-banner")
    assert banner.is_visible()
    shown = banner.inner_text()
    assert "disagree" in shown and "Intellectual Property Office" in shown
    assert "High Court" in shown
    # the source viewer shows the quote inside its article on demand
    sources.first.locator("summary").click()
    assert sources.first.locator("details mark").is_visible()


def test_follow_up_uses_the_conversation(page):
    assert "don't say" in ask(page, "Which body is doing that?")  # alone, it means nothing
    ask(page, "Is anyone tightening scrutiny on foreign AI firms?")
    text = ask(page, "Which body is doing that?")
    assert "Ofcom" in text and "[1]" in text
    assert page.locator("#chat [data-testid='user']").count() == 3


def test_conflicts_tab_lists_the_corpus_disagreements(page):
    page.get_by_role("tab", name="Conflicts").click()
    page.wait_for_selector("#corpus-conflicts .dq-banner", timeout=120_000)
    listed = page.locator("#corpus-conflicts").inner_text()
    assert "Qwen2" in listed and "Qwen-Plus" in listed


def test_an_upload_during_a_chat_breaks_neither(page, browser, server, tmp_path):
    other = browser.new_page()
    other.goto(server)
    other.get_by_role("tab", name="Articles").click()
    article = tmp_path / "Quarry-report.txt"
    article.write_text("Quarry report\n\nThe Elmstead quarry will close in May 2026.\n")
    page.locator("#question textarea").fill("Where was the complaint filed?")
    page.locator("#ask").click()
    other.locator("#upload input[type=file]").set_input_files(str(article))
    other.locator("#upload-result").get_by_text("added").wait_for(timeout=120_000)
    page.wait_for_selector("#sources .dq-source", timeout=120_000)
    assert "High Court" in page.locator("#sources").inner_text()
    assert "May 2026" in ask(page, "When will the Elmstead quarry close?")
    other.close()


def test_upload_an_article_then_ask_about_it_and_nothing_runs(page, tmp_path):
    article = tmp_path / "Port-Ellis-crane.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    page.get_by_role("tab", name="Articles").click()
    page.locator("#upload input[type=file]").set_input_files([str(article), str(empty)])
    result = page.locator("#upload-result")
    result.get_by_text("Port-Ellis-crane.txt: added").wait_for(timeout=120_000)
    assert "empty.txt: not added: empty file" in result.inner_text()
    assert "Port Ellis harbour report" in page.locator("#articles").inner_text()

    page.get_by_role("tab", name="Chat").click()
    text = ask(page, "How much did the new container crane at Port Ellis cost?")
    assert "4 million pounds" in text
    shown = page.locator("#sources").inner_text()
    assert "<script>window.__pwned = true</script>" in shown  # shown as text
    assert page.evaluate("window.__pwned") is None  # and never run


def test_a_lost_chroma_server_is_one_clear_message_then_recovers(browser, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"  # nothing listens there yet
    env = {"DISPUTE_QA_DATA_DIR": str(tmp_path / "data"), "DISPUTE_QA_CHROMA_URL": url}
    env["DISPUTE_QA_LLM"] = "none"
    with serving(tmp_path, env) as served:
        page = browser.new_page()
        page.goto(served.url)
        ask(page, "Where was the complaint filed?")
        assert page.get_by_text(f"cannot reach the Chroma server at {url}").is_visible()
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "chroma-down.png"))
        # the server comes (back) up and gets the articles: the same page now answers
        chroma = subprocess.Popen(
            [str(VENV_BIN / "chroma"), "run", "--path", str(tmp_path / "srv"), "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, 60, chroma)
            assert run_cli("ingest", "corpus", env=env).returncode == 0
            time.sleep(EngineLoader.RETRY_AFTER_S)
            assert "High Court" in ask(page, "Where was the complaint filed?")
        finally:
            stop(chroma)
        page.close()

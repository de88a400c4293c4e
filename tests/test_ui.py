"""The chat in a real browser: a real `dispute-qa serve` process driven in headless Chromium.

Chromium is Debian's package (installed by `make test`), driven by Playwright with its
executable path. Answers use DISPUTE_QA_LLM=none so the page flow is what is tested here;
the model's answers are tested in test_answering_local.py. Screenshots go to
test-screenshots/ for a person to look at.
"""

from __future__ import annotations

import re
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
def local_server(tmp_path_factory, model_file) -> str:
    """`dispute-qa serve` with the real local model: answers take seconds, so the steps,
    the locked box and the final text can be watched."""
    folder = tmp_path_factory.mktemp("ui-local")
    env = {"DISPUTE_QA_DATA_DIR": str(folder / "data"), "DISPUTE_QA_LLM": "local"}
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


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def ask(page, question: str) -> str:
    """Type a question, send it, and wait until the box unlocks; returns the answer text."""
    before = page.locator("#chat [data-testid='bot']").count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    page.locator("#chat [data-testid='bot']").nth(before).wait_for(timeout=120_000)
    page.wait_for_function(
        "() => !document.querySelector('#question textarea').disabled", timeout=120_000
    )
    return page.locator("#chat [data-testid='bot']").nth(before).inner_text()


def last_answer(page):
    return page.locator("#chat [data-testid='bot']").last


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


def test_the_question_shows_at_once_the_box_locks_and_steps_are_named(browser, local_server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(local_server)
    page.wait_for_selector("#question textarea")
    ask(page, "Who founded Anthropic?")  # the model is loaded; now watch a real answer
    frames: list[str] = []
    page.locator("#question textarea").fill("Where was the complaint filed?")
    page.locator("#ask").click()
    page.wait_for_timeout(1000)  # within a second: the question, a cleared, locked box
    assert page.locator("#chat [data-testid='user']").last.inner_text() == (
        "Where was the complaint filed?"
    )
    box = page.locator("#question textarea")
    assert box.input_value() == "" and box.is_disabled() and page.locator("#ask").is_disabled()
    while box.is_disabled():  # a second submit cannot happen while the answer is written
        frames.append(last_answer(page).inner_text())
        page.wait_for_timeout(100)
    final = last_answer(page).inner_text()
    assert frames and frames[0].startswith(("Searching 2 articles", "Comparing"))
    # nothing shown while answering is withdrawn: every frame is a step or the answer
    steps = ("Searching", "Comparing", "Writing", "Loading")
    assert all(f.startswith(steps) or final.startswith(f.strip()) for f in frames), frames
    assert "disagree" in final and "[1]" in final and "[2]" in final
    assert page.locator("#chat [data-testid='user']").count() == 2
    page.close()


def test_a_disagreement_is_one_prose_answer_with_its_own_sources(page):
    text = ask(page, "Where was the complaint filed?")
    answer = last_answer(page)
    assert "[1]" in text and "[2]" in text
    banner = answer.locator(".dq-banner")
    assert banner.is_visible() and "disagree" in banner.inner_text()
    assert "Intellectual Property Office" in banner.inner_text()
    assert "High Court" in banner.inner_text()
    # [1] shows its quote on hover and opens its own source, quote highlighted
    cite = answer.locator("a.dq-cite").first
    assert "“" in (cite.get_attribute("title") or "")
    cite.click()
    target = answer.locator(".dq-source.dq-target")
    target.wait_for(timeout=5000)
    assert target.locator("mark").first.is_visible()
    target.locator(".dq-article summary").click()  # the whole article, one click away
    assert target.locator(".dq-article mark").is_visible()
    assert "corpus/" not in answer.inner_text()  # sources are named by title, not path


def test_each_answer_keeps_its_own_sources_and_clear_resets(page):
    ask(page, "Where was the complaint filed?")
    ask(page, "Which watchdog is tightening scrutiny on foreign AI firms?")
    first, second = page.locator("#chat [data-testid='bot']").all()[:2]
    first.locator("a.dq-cite").first.click()
    assert "High Court" in first.locator(".dq-target").inner_text() or (
        "Intellectual Property Office" in first.locator(".dq-target").inner_text()
    )
    second.locator("a.dq-cite").first.click()
    assert "Ofcom" in second.locator(".dq-target").inner_text()
    page.get_by_role("button", name="Clear").click()
    page.wait_for_timeout(500)
    assert page.locator("#chat [data-testid='bot']").count() == 0
    assert page.locator(".dq-banner, .dq-source").count() == 0


def test_an_abstention_says_what_the_articles_cover(page):
    text = ask(page, "What is the capital of France?")
    assert text.startswith("The articles don't say")
    assert "The articles are about" in text and "Anthropic" in text
    assert last_answer(page).locator("button.dq-ask").count() >= 1  # questions they answer


def test_the_header_and_examples_come_from_the_corpus(page):
    # the header is filled in once the index is read (the page is usable before that)
    expect(page.locator("#header")).to_contain_text("2 articles about", timeout=60_000)
    assert page.get_by_text("Chatbot", exact=True).count() == 0  # no widget's default label
    example = page.locator("#examples").get_by_text(re.compile(r"^Where was the \w+ filed\?$"))
    example.click()  # asks at once
    page.wait_for_timeout(1000)
    assert page.locator("#chat [data-testid='user']").count() == 1
    page.wait_for_function(
        "() => !document.querySelector('#question textarea').disabled", timeout=120_000
    )
    assert "High Court" in last_answer(page).inner_text()


def test_html_in_a_question_is_shown_as_text_and_loads_nothing(page):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    hostile = 'Who is <img src=x onerror="window.__pwned = 1"> Eleanor Shaw?'
    ask(page, hostile)
    assert page.locator("#chat [data-testid='user']").last.inner_text() == hostile
    assert not [r for r in requests if r.rstrip("/").endswith("/x")]
    assert page.evaluate("window.__pwned") is None


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
    assert re.search(r"where the \w+ was filed", listed)  # a readable topic, not a fragment


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
    page.wait_for_function(
        "() => !document.querySelector('#question textarea').disabled", timeout=120_000
    )
    assert "High Court" in last_answer(page).inner_text()
    assert "May 2026" in ask(page, "When will the Elmstead quarry close?")
    # taken out again through ingest: gone from the Articles tab and from answers
    other.locator("#removable input").click()
    other.get_by_role("option", name="Quarry report (Quarry-report.txt)").click()
    other.locator("#remove").click()
    other.locator("#upload-result").get_by_text("removed").wait_for(timeout=60_000)
    expect(other.locator("#articles")).not_to_contain_text("Quarry report", timeout=60_000)
    assert "May 2026" not in ask(page, "When will the Elmstead quarry close?")
    other.close()


def test_an_upload_that_names_a_third_venue_shows_in_conflicts_until_removed(page, tmp_path):
    # another report of the story, naming another venue for the complaint
    seed = ROOT / "corpus" / "Anthropic-accuses-Alibaba-of-stealing-its-AI-technology.txt"
    article = tmp_path / "Patent-office-report.txt"
    text = seed.read_text(encoding="utf-8")
    article.write_text(text.replace("UK Intellectual Property Office", "European Patent Office"))
    page.get_by_role("tab", name="Articles").click()
    page.locator("#upload input[type=file]").set_input_files(str(article))
    page.locator("#upload-result").get_by_text("added").wait_for(timeout=120_000)
    page.get_by_role("tab", name="Conflicts").click()
    listed = page.locator("#corpus-conflicts")
    expect(listed).to_contain_text("European Patent Office", timeout=120_000)
    assert "High Court" in listed.inner_text()  # one disagreement, three venues
    page.get_by_role("tab", name="Articles").click()
    page.locator("#removable input").click()
    page.get_by_role("option", name="Patent office report (Patent-office-report.txt)").click()
    page.locator("#remove").click()
    page.locator("#upload-result").get_by_text("removed").wait_for(timeout=60_000)
    page.get_by_role("tab", name="Conflicts").click()
    expect(listed).not_to_contain_text("European Patent Office", timeout=120_000)
    expect(listed).to_contain_text("High Court")
    page.get_by_role("tab", name="Chat").click()
    text = ask(page, "Where was the complaint filed?")
    assert "European Patent Office" not in text


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
    expect(page.locator("#articles")).to_contain_text("Port Ellis harbour report", timeout=60_000)
    assert "you" in page.locator("#articles").inner_text()

    page.get_by_role("tab", name="Chat").click()
    text = ask(page, "How much did the new container crane at Port Ellis cost?")
    assert "4 million pounds" in text
    last_answer(page).locator("a.dq-cite").first.click()
    shown = last_answer(page).inner_text()
    assert "<script>window.__pwned = true</script>" in shown  # shown as text
    assert page.evaluate("window.__pwned") is None  # and never run


def test_on_a_phone_the_answer_comes_first_and_nothing_scrolls_inside(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone = context.new_page()
    phone.goto(server)
    phone.wait_for_selector("#question textarea")
    ask(phone, "Where was the complaint filed?")
    answer = last_answer(phone)
    text_box = answer.locator(".dq-answer > p").first.bounding_box()
    banner_box = answer.locator(".dq-banner").bounding_box()
    assert text_box["y"] < banner_box["y"]  # the answer first, then the disagreement
    answer.locator(".dq-banner > summary").click()  # the banner folds away
    assert not answer.locator(".dq-sides").is_visible()
    chat = phone.locator("#chat")
    inner = chat.evaluate(
        "el => [...el.querySelectorAll('*')].some(e => e.scrollHeight > e.clientHeight + 4"
        " && getComputedStyle(e).overflowY !== 'visible' && e.clientHeight < 500)"
    )
    SHOTS.mkdir(exist_ok=True)
    phone.screenshot(path=str(SHOTS / "phone-conflict.png"), full_page=True)
    assert not inner, "an inner scroll box cuts the answer"
    context.close()


def test_a_lost_chroma_server_is_one_clear_message_then_recovers(browser, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"  # nothing listens there yet
    env = {"DISPUTE_QA_DATA_DIR": str(tmp_path / "data"), "DISPUTE_QA_CHROMA_URL": url}
    env["DISPUTE_QA_LLM"] = "none"
    with serving(tmp_path, env) as served:
        page = browser.new_page()
        page.goto(served.url)
        ask(page, "Where was the complaint filed?")
        assert page.get_by_text(f"cannot reach the Chroma server at {url}").first.is_visible()
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

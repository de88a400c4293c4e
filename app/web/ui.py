"""The browser app (Gradio): chat with streamed, cited answers and conflict banners; the
corpus-wide conflicts; the articles in the index, with an upload box."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.errors import DisputeQAError

from ..engine.answer import Done, Sources, Token
from .articles import COLUMNS, UPLOAD_SUFFIXES, add_upload, article_rows
from .rendering import CSS, answer_markdown, conflicts_html, corpus_conflicts_html, sources_html

if TYPE_CHECKING:
    import gradio as gr

    from ingest.pipeline import Ingestor
    from ingest.settings import Settings

    from ..engine.answer import Answer
    from ..engine.answering import AnswerEngine
    from ..engine.scan import CorpusScanner

log = logging.getLogger(__name__)

EXAMPLES = [
    "Where was the complaint filed?",
    "Which Alibaba model is accused of copying?",
    "How did Alibaba respond to the allegations?",
    "What damages is Anthropic seeking?",
]
# Answers, uploads and the corpus scan share one queue: the models use both cores, and an
# upload must not change the index under an answer being written.
ONE_AT_A_TIME = {"concurrency_limit": 1, "concurrency_id": "engine"}
EMPTY_INDEX = "The index is empty: add an article in the Articles tab, then ask again."
LOADING = "Loading the answer model (about half a minute on first start); your answer follows…"


class EngineLoader:
    """Builds the answer engine in the background so the page is up while models load;
    after a failure (say, the Chroma server was down) the next request tries again."""

    RETRY_AFTER_S = 5.0

    def __init__(self, build: Callable[[], AnswerEngine]) -> None:
        self.engine: AnswerEngine | None = None
        self.error: str | None = None
        self._build = build
        self._failed_at = 0.0
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._start()

    def _start(self) -> None:
        self.error, self._ready = None, threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        try:
            self.engine = self._build()
            status = self.engine.model_status()
            if status.state not in ("ready", "off"):
                log.warning("%s", status.message)
        except DisputeQAError as exc:
            self.error = str(exc)
        except Exception as exc:  # shown to the reader instead of a dead page
            log.exception("loading the answer engine failed")
            self.error = f"the answer engine could not start: {exc}"
        finally:
            self._failed_at = time.monotonic()
            self._ready.set()

    def get(self, wait: float = 0.0) -> AnswerEngine | None:
        """The engine, or None while it loads (raises DisputeQAError if loading failed)."""
        with self._lock:
            if self.error and time.monotonic() - self._failed_at > self.RETRY_AFTER_S:
                self._start()
            ready = self._ready
        ready.wait(wait)
        if self.error:
            raise DisputeQAError(self.error)
        return self.engine


def build_app(loader: EngineLoader, make_ingestor: Callable[[AnswerEngine], Ingestor]) -> gr.Blocks:
    """The Gradio app; the engine comes from `loader`, uploads go through an Ingestor."""
    import gradio as gr

    made: dict[str, Any] = {}  # the uploads' Ingestor and the corpus scanner, made once

    def scanner(engine: AnswerEngine) -> CorpusScanner:
        if engine.scanner is not None:  # the extractive engine has one already
            return engine.scanner
        if "scanner" not in made:
            from ..engine.scan import CorpusScanner

            made["scanner"] = CorpusScanner(
                engine.texts, engine.embeddings, engine.settings.scan_path
            )
        return made["scanner"]

    def cited_texts(engine: AnswerEngine, answer: Answer) -> dict[str, str]:
        found = {c.source: engine.texts.text_of_source(c.source) for c in answer.citations}
        return {source: text for source, text in found.items() if text is not None}

    def chat(message: str, history: list[dict[str, Any]]) -> Iterator[tuple]:
        message = (message or "").strip()
        if not message:
            yield history, gr.update(), gr.update()
            return
        turns = [{"role": t["role"], "content": _text(t["content"])} for t in history]
        history = [*history, {"role": "user", "content": message}]

        def say(text: str) -> tuple:
            return [*history, {"role": "assistant", "content": text}], "", ""

        try:
            engine = loader.get()
            if engine is None:
                yield say(LOADING)
                engine = loader.get(wait=600)
            if engine is None:  # pragma: no cover - only if loading takes over ten minutes
                return
            if engine.retriever.store.count() == 0:
                yield say(EMPTY_INDEX)
                return
            reply, streamed = {"role": "assistant", "content": "…"}, ""
            for event in engine.stream(message, turns):
                if isinstance(event, Sources):
                    reply["content"] = "Reading the sources…"
                elif isinstance(event, Token):
                    streamed += event.text
                    reply["content"] = escape(streamed, quote=False)
                elif isinstance(event, Done):
                    reply["content"] = answer_markdown(event.answer)
                    _log_model_error(event.answer)
                    texts = cited_texts(engine, event.answer)
                    yield (
                        [*history, reply],
                        conflicts_html(event.answer.conflicts),
                        sources_html(event.answer, texts),
                    )
                    return
                yield [*history, reply], gr.update(), gr.update()
        except DisputeQAError as exc:
            yield say(f"Sorry: {exc}")

    def ask_api(question: str) -> dict:
        """Answer one question; returns the answer JSON."""
        try:
            engine = loader.get(wait=600)
            if engine is None:  # pragma: no cover - only if loading takes over ten minutes
                raise gr.Error(LOADING)
            answer = engine.ask(question)
            _log_model_error(answer)
            return answer.as_dict()
        except DisputeQAError as exc:  # the CLI's one line, not a stack trace
            raise gr.Error(str(exc)) from None

    def model_notice() -> str:
        """One line at the top when the answer model cannot answer (empty otherwise)."""
        try:
            engine = loader.get()
        except DisputeQAError as exc:
            return f"<div class='dq-notice'>{escape(str(exc))}</div>"
        status = engine.model_status() if engine is not None else None
        if status is None or status.state in ("ready", "off"):
            return ""
        return f"<div class='dq-notice' role='status'>{escape(status.message)}</div>"

    def status_api() -> dict:
        """The answer model's state: {"model": {"state", "message"}, "articles": n}."""
        try:
            engine = loader.get()
        except DisputeQAError as exc:
            return {"model": {"state": "failing", "message": str(exc)}, "articles": None}
        if engine is None:
            return {"model": {"state": "starting", "message": LOADING}, "articles": None}
        articles = len(article_rows(engine.texts))
        return {"model": engine.model_status().as_dict(), "articles": articles}

    def show_conflicts() -> str:
        try:
            engine = loader.get()
            if engine is None:
                return f"<p>{escape(LOADING)}</p>"
            return corpus_conflicts_html(scanner(engine).conflicts())
        except DisputeQAError as exc:
            return f"<p>Sorry: {escape(str(exc))}</p>"

    def show_articles() -> list[list]:
        try:
            engine = loader.get()
        except DisputeQAError:
            return []  # the chat says why
        return article_rows(engine.texts) if engine is not None else []

    def upload(files: list[str] | None) -> tuple[str, list[list]]:
        try:
            engine = loader.get(wait=600)
            if engine is None:  # pragma: no cover
                return LOADING, []
            if "ingestor" not in made:
                made["ingestor"] = make_ingestor(engine)
            lines = [
                add_upload(engine.settings, made["ingestor"], Path(f).name, Path(f)).message
                for f in files or []
            ]
            return "\n".join(f"- {escape(line)}" for line in lines), article_rows(engine.texts)
        except DisputeQAError as exc:
            return f"Sorry: {escape(str(exc))}", gr.update()

    with gr.Blocks(title="dispute-qa", analytics_enabled=False) as app:
        gr.Markdown(
            "## Ask about the reports\nEvery answer quotes its sources. When the reports "
            "disagree, you see both sides."
        )
        notice = gr.HTML(elem_id="model-notice")
        with gr.Tab("Chat"):
            banner = gr.HTML(elem_id="conflict-banner")
            chatbot = gr.Chatbot(elem_id="chat", height=420, placeholder=_placeholder())
            with gr.Row():
                box = gr.Textbox(
                    placeholder="Ask a question about the articles…",
                    show_label=False,
                    scale=5,
                    elem_id="question",
                )
                send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
            gr.Examples(EXAMPLES, inputs=box, label="Example questions")
            gr.Markdown("### Sources")
            sources = gr.HTML(elem_id="sources")
        with gr.Tab("Conflicts") as conflicts_tab:
            gr.Markdown("Where the articles contradict each other, across the whole corpus.")
            conflicts_view = gr.HTML(elem_id="corpus-conflicts")
        with gr.Tab("Articles") as articles_tab:
            table = gr.Dataframe(headers=COLUMNS, interactive=False, elem_id="articles")
            files = gr.File(
                label="Add articles (" + ", ".join(UPLOAD_SUFFIXES) + ")",
                file_count="multiple",
                file_types=UPLOAD_SUFFIXES,
                elem_id="upload",
            )
            upload_result = gr.Markdown(elem_id="upload-result")
        for trigger in (box.submit, send.click):
            trigger(
                chat, [box, chatbot], [chatbot, banner, sources], api_name=False, **ONE_AT_A_TIME
            ).then(lambda: "", None, box, api_name=False).then(
                model_notice, None, notice, api_name=False
            )
        conflicts_tab.select(show_conflicts, None, conflicts_view, api_name=False, **ONE_AT_A_TIME)
        articles_tab.select(show_articles, None, table, api_name=False)
        files.upload(upload, files, [upload_result, table], api_name=False, **ONE_AT_A_TIME)
        gr.api(ask_api, api_name="ask", **ONE_AT_A_TIME)
        gr.api(status_api, api_name="status")
        app.load(model_notice, None, notice, api_name=False)
    return app


def _log_model_error(answer: Answer) -> None:
    """One line in the server's log when the model failed and the answer quotes instead."""
    if answer.error:
        log.warning("%s", answer.error)


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(c.get("text", "")) for c in content if isinstance(c, dict))
    return str(content)


def _placeholder() -> str:
    return "Try one of the example questions below, or ask your own."


def serve(settings: Settings) -> None:
    """Serve the app until interrupted; the models load in the background."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from ingest.embedding import load_tokenizer
    from ingest.pipeline import Ingestor

    from ..engine.answering import make_engine

    def make_ingestor(engine: AnswerEngine) -> Ingestor:
        store = engine.retriever.store
        return Ingestor(settings, store, engine.texts, engine.embeddings, load_tokenizer())

    loader = EngineLoader(lambda: make_engine(settings))
    app = build_app(loader, make_ingestor)
    app.queue(default_concurrency_limit=1, max_size=64)
    log.warning("serving on http://%s:%d (models load in the background)", settings.host,
                settings.port)  # fmt: skip
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        show_error=False,
        css=CSS,
        footer_links=["api"],
        max_file_size=settings.max_file_bytes,
    )

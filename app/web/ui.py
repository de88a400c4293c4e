"""The browser app (Gradio): a chat whose answers carry their own sources and
disagreements, the corpus-wide disagreements, and the articles (upload and remove).

The page is up at once; the models load in the background. A question appears in the
chat as soon as it is sent, the box clears and locks until the answer is done, and the
step under way is named ("Searching 2 articles…"); only checked text is ever shown.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from html import escape
from typing import TYPE_CHECKING, Any

from ingest.errors import DisputeQAError

from .articles import COLUMNS, UPLOAD_SUFFIXES
from .handlers import Handlers, header_text, say
from .rendering import CSS, SCRIPT

if TYPE_CHECKING:
    import gradio as gr

    from ingest.pipeline import Ingestor
    from ingest.settings import Settings

    from ..engine.answering import AnswerEngine

log = logging.getLogger(__name__)

# Answers, uploads and the corpus scan share one queue: the models use both cores, and an
# upload must not change the index under an answer being written.
ONE_AT_A_TIME = {"concurrency_limit": 1, "concurrency_id": "engine"}


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
        self._scanned = threading.Event()
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
            threading.Thread(target=self._scan, daemon=True).start()
        except DisputeQAError as exc:
            self.error = str(exc)
        except Exception as exc:  # shown to the reader instead of a dead page
            log.exception("loading the answer engine failed")
            self.error = f"the answer engine could not start: {exc}"
        finally:
            self._failed_at = time.monotonic()
            self._ready.set()

    def _scan(self) -> None:
        """Scan the corpus for disagreements once, so pages do not wait for it."""
        try:
            if self.engine is not None:
                self.engine.scanner.conflicts()
        except Exception:  # the Conflicts tab will try again and say why
            log.exception("the corpus scan failed")
        finally:
            self._scanned.set()

    def wait_for_scan(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the first scan (a small corpus takes one or
        two); whether it is done."""
        return self._scanned.wait(timeout)

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

    do = Handlers(loader, make_ingestor)
    with gr.Blocks(title="dispute-qa", analytics_enabled=False) as app:
        header = gr.Markdown(header_text(""), elem_id="header")
        notice = gr.HTML(elem_id="model-notice")
        turns = gr.State([])
        pending = gr.State("")
        with gr.Tab("Chat"):
            chatbot = gr.Chatbot(
                elem_id="chat",
                show_label=False,  # the placeholder and the page say what it is
                min_height=300,
                max_height=None,
                height=None,
                placeholder="Ask a question, or pick one below.",
            )
            with gr.Row():
                box = gr.Textbox(
                    placeholder="Ask a question about the articles…",
                    show_label=False,
                    scale=5,
                    elem_id="question",
                )
                send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
            examples = gr.Dataset(
                components=[box], samples=[], label="Try asking", elem_id="examples"
            )
        with gr.Tab("Conflicts") as conflicts_tab:
            gr.Markdown("Where the articles contradict each other, across the whole corpus.")
            conflicts_view = gr.HTML(elem_id="corpus-conflicts")
        with gr.Tab("Articles") as articles_tab:
            table = gr.Dataframe(headers=COLUMNS, interactive=False, wrap=True, elem_id="articles")
            files = gr.File(
                label="Add articles (" + ", ".join(UPLOAD_SUFFIXES) + ")",
                file_count="multiple",
                file_types=UPLOAD_SUFFIXES,
                elem_id="upload",
            )
            with gr.Row():
                removable = gr.Dropdown(
                    label="Articles you added", choices=[], scale=4, elem_id="removable"
                )
                remove = gr.Button("Remove", scale=1, elem_id="remove")
            result = gr.Markdown(elem_id="upload-result")

        def start(message: str, history: list) -> tuple:
            """Show the question at once, clear and lock the box, name the first step."""
            message = (message or "").strip()
            if not message:
                return gr.update(), history, gr.update(), ""
            shown = [*history, {"role": "user", "content": escape(message, quote=False)}]
            locked = gr.update(value="", interactive=False)
            return (
                locked,
                say(shown, do.searching(), busy=True),
                gr.update(interactive=False),
                message,
            )

        def answer(question: str, history: list, said: list) -> Iterator[tuple]:
            if not question:
                yield history, said
                return
            yield from do.respond(question, history, said)

        def unlock() -> tuple:
            return gr.update(interactive=True), gr.update(interactive=True), do.notice()

        def describe() -> tuple:
            title, samples, line = do.describe()
            return title, gr.Dataset(samples=samples), line

        def refresh() -> tuple:
            rows, choices = do.articles()
            return rows, gr.update(choices=choices, value=None), do.conflicts()

        def ask_chain(event: Any) -> None:
            event.then(
                answer, [pending, chatbot, turns], [chatbot, turns], api_name=False, **ONE_AT_A_TIME
            ).then(unlock, None, [box, send, notice], api_name=False)

        for trigger in (box.submit, send.click):
            ask_chain(
                trigger(
                    start,
                    [box, chatbot],
                    [box, chatbot, send, pending],
                    queue=False,
                    api_name=False,
                )
            )
        ask_chain(
            examples.click(
                lambda sample, h: start(sample[0], h),
                [examples, chatbot],
                [box, chatbot, send, pending],
                queue=False,
                api_name=False,
            )
        )
        chatbot.clear(lambda: ([], ""), None, [turns, pending], api_name=False)
        conflicts_tab.select(do.conflicts, None, conflicts_view, api_name=False, **ONE_AT_A_TIME)
        articles_tab.select(refresh, None, [table, removable, conflicts_view], api_name=False)
        after = [table, removable, conflicts_view]
        files.upload(do.upload, files, result, api_name=False, **ONE_AT_A_TIME).then(
            refresh, None, after, api_name=False
        ).then(describe, None, [header, examples, notice], api_name=False)
        remove.click(do.remove, removable, result, api_name=False, **ONE_AT_A_TIME).then(
            refresh, None, after, api_name=False
        ).then(describe, None, [header, examples, notice], api_name=False)
        gr.api(_api(do.ask_api), api_name="ask", **ONE_AT_A_TIME)
        gr.api(do.status_api, api_name="status")
        app.load(describe, None, [header, examples, notice], api_name=False)
    return app


def _api(fn: Callable[[str], dict]) -> Callable[[str], dict]:
    """An API function whose errors reach the client as one line, not a stack trace."""
    import gradio as gr

    def ask(question: str) -> dict:
        """Answer one question; returns the answer JSON."""
        try:
            return fn(question)
        except DisputeQAError as exc:
            raise gr.Error(str(exc)) from None

    return ask


def serve(settings: Settings) -> None:
    """Serve the app until interrupted; the models load in the background."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from ingest.embedding import load_tokenizer
    from ingest.pipeline import Ingestor

    from ..engine.wiring import make_engine

    def make_ingestor(engine: AnswerEngine) -> Ingestor:
        store = engine.retriever.store
        return Ingestor(settings, store, engine.texts, engine.embeddings, load_tokenizer())

    loader = EngineLoader(lambda: make_engine(settings))
    app = build_app(loader, make_ingestor)
    app.queue(default_concurrency_limit=1, max_size=64)
    log.warning(
        "serving on http://%s:%d (models load in the background)", settings.host, settings.port
    )
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        show_error=False,
        css=CSS,
        head=SCRIPT,
        footer_links=["api"],
        max_file_size=settings.max_file_bytes,
    )

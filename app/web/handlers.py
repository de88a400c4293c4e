"""What each part of the chat page does, without Gradio: answer a question stage by stage,
describe the corpus, list and change its articles. ui.py wires these to the page."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.errors import DisputeQAError

from ..engine.answer import Done, Stage
from .articles import add_upload, article_rows, remove_upload, uploads
from .overview import Overview, example_questions, overview
from .rendering import answer_html, corpus_conflicts_html, help_html, notice_html

if TYPE_CHECKING:
    from ingest.pipeline import Ingestor

    from ..engine.answer import Answer
    from ..engine.answering import AnswerEngine
    from .ui import EngineLoader

log = logging.getLogger(__name__)

EMPTY_INDEX = "The index is empty: add an article in the Articles tab, then ask again."
LOADING = "Loading the answer model (about half a minute on first start); your answer follows…"
SCAN_WAIT_S = 15.0  # how long the first page waits for the scan (for example questions)
STAGES = {
    "comparing": "Comparing what each article says…",
    "writing": "Writing the answer…",
}


class Handlers:
    """What each part of the page does; Gradio-free apart from the updates it returns."""

    def __init__(self, loader: EngineLoader, make_ingestor: Callable[[AnswerEngine], Ingestor]):
        self.loader = loader
        self.make_ingestor = make_ingestor
        self._ingestor: Ingestor | None = None
        self._overview: tuple[tuple, Overview] | None = None

    def _about(self, engine: AnswerEngine) -> Overview:
        """The corpus overview, computed again only when the articles change."""
        key = tuple(engine.texts.fingerprints())
        if self._overview is None or self._overview[0] != key:
            self._overview = (key, overview(engine.texts))
        return self._overview[1]

    def _examples(self, engine: AnswerEngine, about: Overview, limit: int) -> list[str]:
        """Example questions: from the disagreements when a scan is at hand (pages never
        wait for a scan), and from the names the articles share."""
        return example_questions(engine.scanner.known() or [], about.names, limit)

    # -- chat ---------------------------------------------------------------------------
    def respond(self, question: str, history: list, turns: list) -> Iterator[tuple[list, list]]:
        """The answer to the question at the end of `history`: stage lines, then the
        checked answer with its sources; `turns` (plain text) feed follow-ups."""
        try:
            engine = self.loader.get()
            if engine is None:
                yield say(history, LOADING), turns
                engine = self.loader.get(wait=600)
            if engine is None:  # pragma: no cover - only if loading takes over ten minutes
                return
            if engine.retriever.store.count() == 0:
                yield say(history, EMPTY_INDEX), turns
                return
            for event in engine.stream(question, turns):
                if isinstance(event, Stage) and event.name in STAGES:
                    yield say(history, STAGES[event.name], busy=True), turns
                elif isinstance(event, Done):
                    _log_model_error(event.answer)
                    html = self._answer_html(engine, event.answer, len(history))
                    said = [
                        {"role": "user", "content": question},
                        {"role": "assistant", "content": event.answer.answer},
                    ]
                    yield say(history, html), [*turns, *said]
        except DisputeQAError as exc:
            yield say(history, f"Sorry: {escape(str(exc))}"), turns

    def _answer_html(self, engine: AnswerEngine, answer: Answer, message: int) -> str:
        texts = {c.source: engine.texts.text_of_source(c.source) for c in answer.citations}
        found = {source: text for source, text in texts.items() if text is not None}
        help_part = ""
        if answer.abstained:
            about = self._about(engine)
            help_part = help_html(self._examples(engine, about, 3), about.about or "other things")
        return answer_html(answer, found, message, help_part)

    def searching(self) -> str:
        """The first stage line, with the number of articles searched."""
        engine = self.loader.engine
        count = len(list(engine.texts.entries(state="done"))) if engine else 0
        return f"Searching {count} articles…" if count != 1 else "Searching 1 article…"

    # -- the page around the chat -------------------------------------------------------
    def describe(self) -> tuple[str, list[list[str]], str]:
        """Header, example questions and the model notice, from the index itself."""
        try:
            engine = self.loader.get(wait=600)
        except DisputeQAError as exc:
            return header_text(""), [], notice_html(str(exc))
        if engine is None:  # pragma: no cover
            return header_text(""), [], notice_html(LOADING)
        about = self._about(engine)
        self.loader.wait_for_scan(SCAN_WAIT_S)  # examples from its disagreements, if soon
        examples = self._examples(engine, about, 4)
        return header_text(about.header), [[q] for q in examples], self.notice()

    def notice(self) -> str:
        """One line above the chat when the answer model cannot answer."""
        try:
            engine = self.loader.get()
        except DisputeQAError as exc:
            return notice_html(str(exc))
        status = engine.model_status() if engine is not None else None
        return (
            ""
            if status is None or status.state in ("ready", "off")
            else notice_html(status.message)
        )

    def conflicts(self) -> str:
        try:
            engine = self.loader.get(wait=600)
            if engine is None:  # pragma: no cover
                return f"<p>{escape(LOADING)}</p>"
            return corpus_conflicts_html(engine.scanner.conflicts())
        except DisputeQAError as exc:
            return f"<p>Sorry: {escape(str(exc))}</p>"

    def articles(self) -> tuple[list[list], list[tuple[str, str]]]:
        """The Articles table and the uploads that can be removed."""
        try:
            engine = self.loader.get()
        except DisputeQAError:
            return [], []  # the chat says why
        if engine is None:
            return [], []
        return article_rows(engine.texts, engine.settings), uploads(engine.texts, engine.settings)

    def upload(self, files: list[str] | None) -> str:
        try:
            engine, ingestor = self._ingesting()
            lines = [
                add_upload(engine.settings, ingestor, Path(f).name, Path(f)).message
                for f in files or []
            ]
        except DisputeQAError as exc:
            return f"Sorry: {escape(str(exc))}"
        return "\n".join(f"- {escape(line)}" for line in lines)

    def remove(self, path: str | None) -> str:
        if not path:
            return "Choose an article you added."
        try:
            engine, ingestor = self._ingesting()
            return escape(remove_upload(engine.settings, ingestor, path))
        except DisputeQAError as exc:
            return f"Sorry: {escape(str(exc))}"

    def _ingesting(self) -> tuple[AnswerEngine, Ingestor]:
        engine = self.loader.get(wait=600)
        if engine is None:  # pragma: no cover
            raise DisputeQAError(LOADING)
        if self._ingestor is None:
            self._ingestor = self.make_ingestor(engine)
        return engine, self._ingestor

    def ask_api(self, question: str) -> dict:
        """Answer one question; returns the answer JSON."""
        engine = self.loader.get(wait=600)
        if engine is None:  # pragma: no cover - only if loading takes over ten minutes
            raise DisputeQAError(LOADING)
        answer = engine.ask(question)
        _log_model_error(answer)
        return answer.as_dict()

    def status_api(self) -> dict:
        """The answer model's state: {"model": {"state", "message"}, "articles": n}."""
        try:
            engine = self.loader.get()
        except DisputeQAError as exc:
            return {"model": {"state": "failing", "message": str(exc)}, "articles": None}
        if engine is None:
            return {"model": {"state": "starting", "message": LOADING}, "articles": None}
        articles = len(list(engine.texts.entries(state="done")))
        return {"model": engine.model_status().as_dict(), "articles": articles}


def say(history: list, html: str, busy: bool = False) -> list:
    """The history with the last assistant message (re)placed by `html`."""
    if busy:
        html = f'<p class="dq-muted" aria-busy="true">{escape(html)}</p>'
    base = history[:-1] if history and history[-1]["role"] == "assistant" else history
    return [*base, {"role": "assistant", "content": html}]


def header_text(about: str) -> str:
    line = f"{about}. " if about else ""
    return (
        f"## Ask about the reports\n{escape(line)}Every answer quotes its sources; when the "
        "reports disagree, you see both sides."
    )


def _log_model_error(answer: Answer) -> None:
    """One line in the server's log when the model failed and the answer quotes instead."""
    if answer.error:
        log.warning("%s", answer.error)

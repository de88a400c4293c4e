"""The browser chat (Gradio): streamed answers, numbered sources, conflict banners."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING, Any

from ingest.errors import DisputeQAError

from .answering import Done, Sources, Token
from .rendering import CSS, answer_markdown, conflicts_html, sources_html

if TYPE_CHECKING:
    import gradio as gr

    from ingest.settings import Settings

    from .answering import Answer, AnswerEngine

log = logging.getLogger(__name__)

EXAMPLES = [
    "Where was the complaint filed?",
    "Which Alibaba model is accused of copying?",
    "How did Alibaba respond to the allegations?",
    "What damages is Anthropic seeking?",
]
EMPTY_INDEX = "The index is empty: add articles with `dispute-qa ingest PATH`, then ask again."


def build_app(engine: AnswerEngine) -> gr.Blocks:
    """The Gradio app around one answer engine."""
    import gradio as gr

    def cited_texts(answer: Answer) -> dict[str, str]:
        found = {c.source: engine.texts.text_of_source(c.source) for c in answer.citations}
        return {source: text for source, text in found.items() if text is not None}

    def chat(message: str, history: list[dict[str, Any]]) -> Iterator[tuple]:
        message = (message or "").strip()
        if not message:
            yield history, gr.update(), gr.update()
            return
        turns = [{"role": t["role"], "content": _text(t["content"])} for t in history]
        history = [*history, {"role": "user", "content": message}]
        if engine.retriever.store.count() == 0:
            yield [*history, {"role": "assistant", "content": EMPTY_INDEX}], "", ""
            return
        reply = {"role": "assistant", "content": "…"}
        streamed = ""
        try:
            for event in engine.stream(message, turns):
                if isinstance(event, Sources):
                    reply["content"] = "Reading the sources…"
                elif isinstance(event, Token):
                    streamed += event.text
                    reply["content"] = escape(streamed, quote=False)
                elif isinstance(event, Done):
                    reply["content"] = answer_markdown(event.answer)
                    yield (
                        [*history, reply],
                        conflicts_html(event.answer.conflicts),
                        sources_html(event.answer, cited_texts(event.answer)),
                    )
                    return
                yield [*history, reply], gr.update(), gr.update()
        except DisputeQAError as exc:
            yield [*history, {"role": "assistant", "content": f"Sorry: {exc}"}], "", ""

    def ask_api(question: str) -> dict:
        """Answer one question; returns the answer JSON."""
        return engine.ask(question).as_dict()

    with gr.Blocks(title="dispute-qa", analytics_enabled=False) as app:
        gr.Markdown(
            "## Ask about the reports\nEvery answer quotes its sources. When the reports "
            "disagree, you see both sides."
        )
        banner = gr.HTML(elem_id="conflict-banner")
        chatbot = gr.Chatbot(elem_id="chat", height=420, placeholder=_placeholder())
        with gr.Row():
            box = gr.Textbox(
                placeholder="Ask a question about the articles…", show_label=False, scale=5
            )
            send = gr.Button("Ask", variant="primary", scale=1)
        gr.Examples(EXAMPLES, inputs=box)
        gr.Markdown("### Sources")
        sources = gr.HTML(elem_id="sources")
        for trigger in (box.submit, send.click):
            trigger(chat, [box, chatbot], [chatbot, banner, sources], api_name=False).then(
                lambda: "", None, box, api_name=False
            )
        gr.api(ask_api, api_name="ask")
    return app


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(c.get("text", "")) for c in content if isinstance(c, dict))
    return str(content)


def _placeholder() -> str:
    return "Try one of the example questions below, or ask your own."


def serve(settings: Settings) -> None:
    """Build the engine (loads the models) and serve the app until interrupted."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    from .answering import make_engine

    log.warning("loading models…")
    engine = make_engine(settings)
    app = build_app(engine)
    app.queue(default_concurrency_limit=1, max_size=64)
    log.warning("serving on http://%s:%d", settings.host, settings.port)
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        show_error=False,
        css=CSS,
        footer_links=["api"],
    )

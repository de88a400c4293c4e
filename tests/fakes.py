"""A scripted chat model: the only fake in the suite, for prompt and parsing logic."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult


class ScriptedChatModel(BaseChatModel):
    """Replies with `respond(system, human)`; records every prompt it was sent."""

    respond: Callable[[str, str], str]
    prompts: list[list[BaseMessage]] = []

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _reply(self, messages: list[BaseMessage]) -> str:
        self.prompts.append(messages)
        system = next((str(m.content) for m in messages if m.type == "system"), "")
        return self.respond(system, str(messages[-1].content))

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=AIMessage(self._reply(messages)))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for word in self._reply(messages).split(" "):
            yield ChatGenerationChunk(message=AIMessageChunk(content=word + " "))


def excerpt_of(human: str) -> str:
    """The article excerpt inside an extraction prompt."""
    return human.split("«", 1)[1].rsplit("»", 1)[0] if "«" in human else ""


def question_of(human: str) -> str:
    """The question line of a prompt."""
    for line in human.splitlines():
        if line.startswith("Question: "):
            return line.removeprefix("Question: ")
    return ""

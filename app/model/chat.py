"""The local model as a LangChain chat model, so prompts compose with it like any other."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict

from .local import LocalModel

_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def as_openai_messages(messages: list[BaseMessage]) -> list[dict[str, str]]:
    """LangChain messages as {"role", "content"} dicts (the worker's chat format)."""
    return [{"role": _ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]


class WorkerChatModel(BaseChatModel):
    """Chat completions from the local model's worker process (greedy decoding)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    worker: LocalModel
    max_tokens: int = 200

    @property
    def _llm_type(self) -> str:
        return "dispute-qa-local-worker"

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        max_tokens = int(kwargs.get("max_tokens", self.max_tokens))
        for text in self.worker.stream(as_openai_messages(messages), max_tokens, stop):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
            if run_manager:
                run_manager.on_llm_new_token(text, chunk=chunk)
            yield chunk

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(c.text for c in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

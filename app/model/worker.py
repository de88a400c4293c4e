"""The local model's own process: loads the GGUF with llama.cpp and answers chat requests.

Started by `app.model.local.LocalModel`, never imported by the serving process, so a crash
in native code (an illegal instruction, an out-of-memory kill, a llama.cpp assertion) ends
only this process. Protocol: one JSON object per line.

  parent -> worker  {"op": "chat", "messages": [...], "max_tokens": n, "stop": [...]}
  worker -> parent  {"ready": true, "system_info": "...", "load_ms": n}   (once, at start)
                    {"token": "..."} ... then {"done": true, "finish_reason": "..."}
                    {"error": "..."}   (a request the model refused; the worker goes on)

The protocol uses a private copy of stdout; file descriptor 1 is pointed at stderr so that
native code printing to stdout cannot corrupt it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO, Any

from .cache import BoundedRAMCache


def _protocol_stream() -> IO[str]:
    """A private line-buffered copy of stdout for replies; fd 1 now goes to stderr."""
    private = os.dup(1)
    os.dup2(2, 1)
    return os.fdopen(private, "w", buffering=1, encoding="utf-8")


def _send(out: IO[str], **message: Any) -> None:
    out.write(json.dumps(message, ensure_ascii=False) + "\n")


def _chat(llm: Any, request: dict, out: IO[str]) -> None:
    """Stream one chat completion as token lines, then a done line."""
    finish = None
    for chunk in llm.create_chat_completion(
        messages=request["messages"],
        max_tokens=int(request.get("max_tokens", 200)),
        stop=request.get("stop") or [],
        temperature=0.0,
        seed=int(request.get("seed", 7)),
        stream=True,
    ):
        choice = chunk["choices"][0]
        text = choice.get("delta", {}).get("content")
        if text:
            _send(out, token=text)
        finish = choice.get("finish_reason") or finish
    _send(out, done=True, finish_reason=finish)


def serve(args: argparse.Namespace) -> int:
    """Load the model, say ready, then answer requests until stdin closes."""
    out = _protocol_stream()
    import time

    import llama_cpp

    started = time.perf_counter()
    llm = llama_cpp.Llama(
        model_path=args.model,
        n_ctx=args.ctx,
        n_threads=args.threads,
        n_batch=args.batch,
        seed=args.seed,
        verbose=False,
    )
    if args.cache_bytes > 0:
        llm.set_cache(BoundedRAMCache(args.cache_bytes))
    info = llama_cpp.llama_print_system_info().decode(errors="replace").strip()
    load_ms = round((time.perf_counter() - started) * 1000)
    _send(out, ready=True, system_info=info, load_ms=load_ms, pid=os.getpid())
    for line in sys.stdin:
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            _send(out, error="not a JSON request")
            continue
        try:
            if request.get("op") == "chat":
                _chat(llm, request, out)
            else:
                _send(out, error=f"unknown op {request.get('op')!r}")
        except (ValueError, RuntimeError) as exc:  # e.g. a prompt longer than the context
            _send(out, error=str(exc).splitlines()[0][:300])
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="dispute-qa local model worker")
    parser.add_argument("--model", required=True)
    parser.add_argument("--ctx", type=int, default=4096)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache-bytes", type=int, default=0)
    return serve(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())

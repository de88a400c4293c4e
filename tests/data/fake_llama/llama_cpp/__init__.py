"""A stand-in for llama-cpp-python that behaves like a build with a faulty AMX path: it
loads, then dies with SIGILL ("Illegal instruction") on its first computation.

Tests put this folder first on PYTHONPATH for the model's worker process only (the
serving process never imports llama_cpp); nothing else is faked."""

import os
import signal


class LlamaRAMCache:
    def __init__(self, capacity_bytes: int = 0) -> None:
        self.capacity_bytes = capacity_bytes


class Llama:
    def __init__(self, **kwargs: object) -> None:
        self.kwargs = kwargs

    def set_cache(self, cache: object) -> None:
        self.cache = cache

    def create_chat_completion(self, **kwargs: object):
        os.kill(os.getpid(), signal.SIGILL)


def llama_print_system_info() -> bytes:
    return b"CPU : SSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | AMX_INT8 = 0 |"

"""The prompt cache counts every byte its saved states hold, and keeps within its bound."""

from __future__ import annotations

import numpy as np
from llama_cpp.llama import LlamaState

from app.model.cache import BoundedRAMCache, state_bytes

VOCAB = 151_936


def state(tokens: int, kv_bytes: int) -> LlamaState:
    return LlamaState(
        input_ids=np.arange(4096, dtype=np.intc),
        scores=np.zeros((min(tokens, 256), VOCAB), dtype=np.single),  # 156 MB at 256 rows
        n_tokens=tokens,
        llama_state=b"\0" * 16,
        llama_state_size=kv_bytes,
        seed=7,
    )


def test_a_saved_state_keeps_only_the_last_logits_row():
    cache = BoundedRAMCache(capacity_bytes=1 << 30)
    cache[(1, 2, 3)] = state(300, kv_bytes=10_000_000)
    kept = cache[(1, 2, 3)]
    assert kept.scores.shape == (1, VOCAB)
    assert state_bytes(kept) == 10_000_000 + 4096 * 4 + VOCAB * 4


def test_the_bound_counts_the_logits_llama_cpp_did_not_count():
    # each state: 20 MB of KV + 0.6 MB of logits; a 50 MB cache holds two of them, not more
    cache = BoundedRAMCache(capacity_bytes=50_000_000)
    for i in range(5):
        cache[(i, i + 1)] = state(300, kv_bytes=20_000_000)
    assert len(cache.cache_state) == 2 and cache.cache_size <= 50_000_000
    assert (4, 5) in cache and (0, 1) not in cache  # least recently used went first

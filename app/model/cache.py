"""A prompt-prefix cache for llama.cpp bounded by the bytes it really holds.

llama-cpp-python's `LlamaRAMCache` counts only the KV state of each saved prompt. Every
saved state also holds a copy of the logits buffer (`n_batch x n_vocab` float32: 256 x
151,936 x 4 B = 156 MB for Qwen2.5), which the count ignores, so a "512 MiB" cache grew
by gigabytes. Without `logits_all` those logits are never read again (sampling happens in
llama.cpp's sampler), so a saved state keeps only the last row, and the count includes
every array the state holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from llama_cpp import LlamaRAMCache


def state_bytes(state: Any) -> int:
    """Bytes a saved llama state holds: KV data, token ids and logits."""
    return int(state.llama_state_size) + state.input_ids.nbytes + state.scores.nbytes


class BoundedRAMCache(LlamaRAMCache):
    """LRU cache of evaluated prompt prefixes, at most `capacity_bytes` in all."""

    @property
    def cache_size(self) -> int:
        return sum(state_bytes(state) for state in self.cache_state.values())

    def __setitem__(self, key: Sequence[int], value: Any) -> None:
        if value.scores.shape[0] > 1:
            value.scores = value.scores[-1:].copy()  # broadcast back on load_state
        super().__setitem__(key, value)

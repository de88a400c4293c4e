"""The int8 ONNX embedding backend agrees with the torch reference."""

from __future__ import annotations

import numpy as np
import pytest

from ingest.chunking import chunk_text
from ingest.embedding import make_embeddings
from ingest.settings import Settings

from .conftest import CORPUS


@pytest.fixture(scope="session")
def onnx_embeddings(tmp_path_factory):
    settings = Settings(embedding_backend="onnx", models_dir=tmp_path_factory.mktemp("onnx"))
    return make_embeddings(settings)


@pytest.mark.slow
def test_int8_onnx_agrees_with_torch_on_the_corpus(onnx_embeddings, embeddings, tokenizer):
    texts = [
        chunk.text
        for path in sorted(CORPUS.glob("*.txt"))
        for chunk in chunk_text(path.read_text(encoding="utf-8"), tokenizer, 60)
    ]
    articles = len(texts)
    texts += ["Where was the complaint filed?", "x", "a " * 400]  # short, tiny, over-long
    fast = np.array(onnx_embeddings.embed_documents(texts))
    reference = np.array(embeddings.embed_documents(texts))
    assert fast.shape == reference.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-4)
    cosine = (fast * reference).sum(axis=1)
    assert cosine[:articles].min() >= 0.98 and cosine[:articles].mean() >= 0.988, cosine
    assert cosine[articles:].min() >= 0.95, cosine  # degenerate inputs stay close too
    # the same ranking: each query's nearest chunk is the same with both models
    query = np.array(onnx_embeddings.embed_query("Which model is accused of copying?"))
    assert np.argmax(fast @ query) == np.argmax(reference @ np.array(
        embeddings.embed_query("Which model is accused of copying?")))  # fmt: skip
    assert onnx_embeddings.embed_documents([]) == []

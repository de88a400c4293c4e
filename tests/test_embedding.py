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
    """The int8 model exported afresh into an empty folder (the export is tested too)."""
    settings = Settings(embedding_backend="onnx", models_dir=tmp_path_factory.mktemp("onnx"))
    return make_embeddings(settings)


@pytest.fixture(scope="session")
def torch_embeddings():
    """The reference: sentence-transformers on torch."""
    return make_embeddings(Settings(embedding_backend="torch"))


def test_the_default_backend_is_int8_onnx():
    assert Settings().embedding_backend == "onnx"


@pytest.mark.slow
def test_int8_onnx_agrees_with_torch_on_the_corpus(onnx_embeddings, torch_embeddings, tokenizer):
    embeddings = torch_embeddings
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


@pytest.mark.slow
def test_a_fresh_data_folder_reuses_the_machines_models(tmp_path, model_file, embeddings):
    from .conftest import run_cli

    embeddings.embed_query("warm")  # the default models folder holds the int8 model now
    env = {"DISPUTE_QA_DATA_DIR": str(tmp_path / "fresh"), "DISPUTE_QA_LLM": "local"}
    ingest = run_cli("-v", "ingest", "--json", env=env)
    ask = run_cli("-v", "ask", "Who is Dr. Eleanor Shaw?", env=env)
    assert ingest.returncode == 0 and ask.returncode == 0, ask.stderr
    for output in (ingest.stderr, ask.stderr):
        assert "exporting the embedding model" not in output
        assert "assembling the local model" not in output
    assert not list((tmp_path / "fresh").rglob("*.onnx")) + list(
        (tmp_path / "fresh").rglob("*.gguf")
    )

"""The chunk store: embedded Chroma and a real `chroma run` server, behind one code path."""

from __future__ import annotations

import pytest

from ingest.errors import StoreUnavailableError
from ingest.indexing import open_store

from .conftest import free_port


def test_embedded_store_adds_queries_and_deletes(settings, embeddings):
    store = open_store(settings, embeddings)
    texts = ["Alibaba denied the allegations.", "Ofcom tightened scrutiny of AI firms."]
    vectors = embeddings.embed_documents(texts)
    metas = [{"doc_id": "d1", "start": 0, "end": 5}, {"doc_id": "d2", "start": 0, "end": 5}]
    store.add(["d1-0", "d2-0"], vectors, texts, metas)
    assert store.count() == 2
    hit = store.collection.query(query_texts=["which regulator?"], n_results=1)
    assert hit["ids"][0] == ["d2-0"]  # the explicit embedding function answers text queries
    store.delete_documents(["d1"])
    assert store.count() == 1
    store.clear()
    assert store.count() == 0


def test_ingest_against_a_real_chroma_server(settings, make_ingestor, corpus_copy, chroma_server):
    remote = settings.model_copy(update={"chroma_url": chroma_server})
    first = make_ingestor(remote).run([corpus_copy])
    assert first.added == 2 and first.chunks > 0
    second = make_ingestor(remote).run([corpus_copy])
    assert second.unchanged == 2 and second.embedded == 0 and second.chunks == first.chunks
    assert not settings.chroma_path.exists()  # nothing went to the embedded store


def test_unreachable_server_names_the_url(settings, embeddings):
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailableError, match=f"cannot reach the Chroma server at {url}"):
        open_store(settings.model_copy(update={"chroma_url": url}), embeddings)

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


def test_more_chunks_than_sqlite_can_read_at_once(settings, embeddings):
    # past ~32,000 chunks one `get` of everything fails in Chroma ("too many SQL
    # variables"): the 20,000-article benchmark hit it when building the BM25 index
    import numpy as np

    store = open_store(settings, embeddings)
    n = 33_000
    vectors = np.random.default_rng(0).standard_normal((n, 384)).tolist()
    ids = [f"doc{i // 3}-{i % 3}" for i in range(n)]
    metas = [{"doc_id": f"doc{i // 3}", "start": 0, "end": 1} for i in range(n)]
    store.add(ids, vectors, ["x"] * n, metas)
    got = store.everything(include=["metadatas"])
    assert sorted(got["ids"]) == sorted(ids)
    assert [m["doc_id"] for m in got["metadatas"]] == [i.rsplit("-", 1)[0] for i in got["ids"]]
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

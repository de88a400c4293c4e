"""Retrieval quality of the int8 ONNX embeddings against the torch (fp32) reference.

Usage: .venv/bin/python benchmarks/retrieval_quality.py [--articles 500] [--questions 200]

The first N BBC articles are ingested twice into temporary folders, once per backend.
Questions are the titles of a fixed random sample of those articles; the right answer is
the article the title belongs to. Reported per backend: recall@5 (the article among the
top 5 chunks) for vector search alone and for the hybrid retriever the app uses, and the
cosine between the two backends' vectors of the same chunks.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc"


def build(backend: str, folder: Path, tmp: Path) -> tuple:
    """Settings, embeddings and an ingested store for one backend."""
    from ingest.embedding import load_tokenizer, make_embeddings
    from ingest.indexing import open_store
    from ingest.manifest import Manifest
    from ingest.pipeline import Ingestor
    from ingest.settings import Settings

    settings = Settings(data_dir=tmp / backend, embedding_backend=backend)
    embeddings = make_embeddings(settings)
    store = open_store(settings, embeddings)
    manifest = Manifest(settings.manifest_path)
    Ingestor(settings, store, manifest, embeddings, load_tokenizer()).run([folder])
    return embeddings, store, manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    import numpy as np

    from app.engine.retrieval import HybridRetriever

    files = sorted(BBC.glob("*/*.txt"))[: args.articles]
    sample = random.Random(11).sample(files, args.questions)
    asked = [(p.read_text(errors="replace").splitlines()[0].strip(), p) for p in sample]
    results, vectors = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bbc"
        folder.mkdir()
        for path in files:
            (folder / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
        for backend in ("torch", "onnx"):
            embeddings, store, manifest = build(backend, folder, Path(tmp))
            retriever = HybridRetriever(store, embeddings)
            retriever.retrieve("warm-up")  # builds the BM25 index and the chunk list
            source_of = {p.chunk_id: p.source for p in retriever._chunks}
            hits = {"vector": 0, "hybrid": 0}
            for title, path in asked:
                want = f"{path.parent.name}-{path.name}"
                vector_ids = retriever._vector_ranking(title)[:5]
                hits["vector"] += any(source_of[c].endswith(want) for c in vector_ids)
                hits["hybrid"] += any(p.source.endswith(want) for p in retriever.retrieve(title, 5))
            got = store.collection.get(include=["embeddings"])
            vectors[backend] = dict(zip(got["ids"], got["embeddings"], strict=True))
            results[backend] = {k: round(v / len(asked), 3) for k, v in hits.items()}
            manifest.close()
    shared = sorted(set(vectors["torch"]) & set(vectors["onnx"]))
    cos = [float(np.dot(vectors["torch"][c], vectors["onnx"][c])) for c in shared]
    print(json.dumps({"articles": len(files), "questions": len(asked), "recall@5": results,
                      "chunks": len(shared), "cosine_min": round(min(cos), 4),
                      "cosine_mean": round(float(np.mean(cos)), 4)}))  # fmt: skip


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()

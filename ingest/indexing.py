"""The chunk store: a Chroma collection, embedded on disk or on a `chroma run` server."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from .errors import DataDirError, StoreUnavailableError

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection
    from langchain_core.embeddings import Embeddings

    from .settings import Settings

log = logging.getLogger(__name__)


def _embedding_function(embeddings: Embeddings) -> Any:
    """Wrap our embeddings for Chroma, so Chroma never falls back to its downloading default."""
    from chromadb.api.types import Documents, EmbeddingFunction
    from chromadb.api.types import Embeddings as ChromaEmbeddings

    class MiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
        def __init__(self, inner: Embeddings | None = None) -> None:
            self._inner = inner

        def __call__(self, input: Documents) -> ChromaEmbeddings:  # noqa: A002 - Chroma's name
            if self._inner is None:
                raise StoreUnavailableError("no embedding model attached to the Chroma collection")
            import numpy as np

            vectors = self._inner.embed_documents(list(input))
            return [np.asarray(v, dtype=np.float32) for v in vectors]

        @staticmethod
        def name() -> str:
            return "dispute-qa-all-minilm-l6-v2"

        def get_config(self) -> dict[str, Any]:
            return {}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> MiniLMEmbeddingFunction:
            return MiniLMEmbeddingFunction()

    return MiniLMEmbeddingFunction(embeddings)


@dataclass
class ChunkStore:
    """Chunks of all articles with their embeddings and metadata, in one Chroma collection."""

    collection: Collection
    max_batch: int
    where: str
    client: Any = None  # the Chroma client, closed by close()

    def count(self) -> int:
        """Number of chunks in the index."""
        return self._call(self.collection.count)

    def add(
        self,
        ids: Sequence[str],
        vectors: Sequence[Sequence[float]],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        """Upsert chunks with precomputed vectors, in slices Chroma accepts."""
        for i in range(0, len(ids), self.max_batch):
            j = i + self.max_batch
            self._call(
                self.collection.upsert,
                ids=list(ids[i:j]),
                embeddings=[list(v) for v in vectors[i:j]],
                documents=list(texts[i:j]),
                metadatas=list(metadatas[i:j]),
            )

    def delete_documents(self, doc_ids: Sequence[str]) -> None:
        """Remove every chunk of the given documents."""
        if doc_ids:
            self._call(self.collection.delete, where={"doc_id": {"$in": list(doc_ids)}})

    def clear(self) -> None:
        """Remove every chunk."""
        ids = self.everything(include=[])["ids"]
        for i in range(0, len(ids), self.max_batch):
            self._call(self.collection.delete, ids=ids[i : i + self.max_batch])

    def close(self) -> None:
        """Release the client (an embedded store's SQLite and index memory); idempotent."""
        if self.client is not None:
            self.client.close()

    def everything(self, include: list[str]) -> dict[str, list]:
        """Every chunk's id and the `include`d fields, read page by page: one `get` of more
        than ~32,000 chunks fails in Chroma's SQLite ("too many SQL variables")."""
        got: dict[str, list] = {"ids": [], **{field: [] for field in include}}
        while True:
            page = self._call(
                self.collection.get, include=include, limit=self.max_batch, offset=len(got["ids"])
            )
            for field in got:
                got[field].extend(page[field])
            if len(page["ids"]) < self.max_batch:
                return got

    def _call(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except StoreUnavailableError:
            raise
        except Exception as exc:
            if _is_connection_error(exc):
                raise _unreachable(self.where) from exc
            raise


def open_store(settings: Settings, embeddings: Embeddings) -> ChunkStore:
    """Open (creating if needed) the chunk collection: embedded, or on a server if configured."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        match settings.chroma_url:
            case None:
                where = str(settings.chroma_path)
                try:
                    settings.chroma_path.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DataDirError(
                        f"cannot create {settings.chroma_path}: {exc.strerror}; "
                        "set DISPUTE_QA_DATA_DIR to a writable folder"
                    ) from exc
                client = chromadb.PersistentClient(path=where, settings=chroma_settings)
            case url:
                where = url
                parsed = urlparse(url)
                client = chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                    ssl=parsed.scheme == "https",
                    settings=chroma_settings,
                )
        collection = client.get_or_create_collection(
            settings.collection,
            embedding_function=_embedding_function(embeddings),
            metadata={"hnsw:space": "cosine"},
        )
        max_batch = client.get_max_batch_size()
    except (DataDirError, StoreUnavailableError):
        raise
    except Exception as exc:
        if settings.chroma_url and _is_connection_error(exc):
            raise _unreachable(settings.chroma_url) from exc
        raise StoreUnavailableError(
            f"cannot open the Chroma store at {settings.chroma_url or settings.chroma_path}: {exc}"
        ) from exc
    return ChunkStore(collection=collection, max_batch=max_batch, where=where, client=client)


def _unreachable(url: str) -> StoreUnavailableError:
    return StoreUnavailableError(
        f"cannot reach the Chroma server at {url}: start it (`chroma run --path DIR --port N`) "
        "or unset DISPUTE_QA_CHROMA_URL to use the embedded store"
    )


def _is_connection_error(exc: BaseException) -> bool:
    """True for the errors a Chroma HTTP client raises when the server is down."""
    seen: BaseException | None = exc
    while seen is not None:
        name = type(seen).__name__
        if isinstance(seen, ConnectionError) or name in {
            "ConnectError",
            "ConnectTimeout",
            "ReadError",
            "RemoteProtocolError",
        }:
            return True
        if "Could not connect to a Chroma server" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False

"""Ingest: files -> text -> chunks -> embeddings -> Chroma, driven by the manifest.

New files are added, changed files replace their chunks, files gone from a scanned folder
are removed, unchanged files cost nothing, and a run killed half-way is completed by the
next run (entries are `pending` while their chunks change).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .chunking import Chunk, Tokenizer, chunk_text
from .errors import SkipFile
from .loading import Found, content_hash, discover, extract, read_file
from .manifest import Entry, Manifest, now

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from .indexing import ChunkStore
    from .settings import Settings

log = logging.getLogger(__name__)

FLUSH_CHUNKS = 256  # embed and write once this many chunks are waiting


@dataclass
class Skipped:
    """A file left out of the index, and why."""

    path: str
    reason: str


@dataclass
class IngestReport:
    """What one ingest run did (the `ingest --json` output)."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    chunks: int = 0
    embedded: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready data."""
        return asdict(self)


@dataclass
class _Prepared:
    """A file read, extracted and chunked, waiting to be embedded."""

    entry: Entry
    chunks: list[Chunk]
    is_update: bool


def doc_id_for(path: Path) -> str:
    """Deterministic id of the document stored from this path."""
    return hashlib.sha256(str(path).encode()).hexdigest()[:16]


def chunk_id(doc_id: str, index: int) -> str:
    """Deterministic id of one chunk."""
    return f"{doc_id}-{index:05d}"


class Ingestor:
    """Runs ingests against one store and manifest; collaborators are passed in."""

    def __init__(
        self,
        settings: Settings,
        store: ChunkStore,
        manifest: Manifest,
        embeddings: Embeddings,
        tokenizer: Tokenizer,
    ) -> None:
        self.settings = settings
        self.store = store
        self.manifest = manifest
        self.embeddings = embeddings
        self.tokenizer = tokenizer

    def run(self, paths: list[Path], progress: bool = False) -> IngestReport:
        """Bring the index in line with the files under `paths`."""
        from tqdm import tqdm

        found, folders = discover(paths)
        report = IngestReport()
        if self.manifest.recovered:
            report.warnings.append(self.manifest.recovered)
            self.manifest.recovered = None
        self._finish_interrupted()
        self._check_consistency(report)
        self._remove_missing(found, folders, report)
        batch: list[_Prepared] = []
        seen: dict[str, str] = {}
        for item in tqdm(found, desc="ingest", unit="file", disable=not progress, leave=False):
            prepared = self._prepare(item, seen, report)
            if prepared:
                batch.append(prepared)
            if sum(len(p.chunks) for p in batch) >= FLUSH_CHUNKS:
                self._write(batch, report)
                batch = []
        self._write(batch, report)
        report.chunks = self.store.count()
        return report

    def _finish_interrupted(self) -> None:
        """Purge what a killed run left half-written; those files are then ingested afresh."""
        pending = list(self.manifest.entries(state="pending"))
        if pending:
            log.warning("completing an interrupted ingest (%d files)", len(pending))
            self.store.delete_documents([e.doc_id for e in pending])
            self.manifest.delete([e.path for e in pending])

    def _check_consistency(self, report: IngestReport) -> None:
        """Rebuild from scratch when the index and the manifest disagree (e.g. a lost index)."""
        in_store, expected = self.store.count(), self.manifest.total_chunks()
        if in_store != expected:
            message = (
                f"the index holds {in_store} chunks but the manifest expects {expected}; "
                "rebuilding: files not in this run must be ingested again"
            )
            log.warning(message)
            report.warnings.append(message)
            self.store.clear()
            self.manifest.clear()

    def _remove_missing(
        self, found: list[Found], folders: list[Path], report: IngestReport
    ) -> None:
        """Drop entries for files that disappeared from the scanned folders."""
        present = {str(f.path) for f in found}
        gone = [p for folder in folders for p in self.manifest.paths_under(folder)]
        for path in sorted(set(gone) - present):
            self._drop(path)
            report.removed += 1

    def _drop(self, path: str) -> None:
        """Remove one file's entry and chunks, crash-safely."""
        entry = self.manifest.get(path)
        if entry is None:
            return
        self.manifest.mark_pending([path])
        self.store.delete_documents([entry.doc_id])
        self.manifest.delete([path])

    def _skip(self, found: Found, reason: str, report: IngestReport) -> None:
        """Record a skipped file; if an earlier version of it was indexed, remove that."""
        log.info("skipped %s: %s", found.source, reason)
        report.skipped.append(Skipped(found.shown, reason))
        if self.manifest.get(str(found.path)) is not None:
            self._drop(str(found.path))
            report.removed += 1

    def _prepare(
        self, found: Found, seen: dict[str, str], report: IngestReport
    ) -> _Prepared | None:
        """Read and chunk one file, or count it unchanged, or skip it with a reason."""
        key = str(found.path)
        try:
            data = read_file(found.path, self.settings.max_file_bytes)
        except SkipFile as skip:
            self._skip(found, str(skip), report)
            return None
        digest = content_hash(data)
        old = self.manifest.get(key)
        if old is not None and old.content_hash == digest:
            report.unchanged += 1
            seen.setdefault(digest, old.source)
            return None
        twin = seen.get(digest) or getattr(self.manifest.find_by_hash(digest, key), "source", None)
        if twin:
            self._skip(found, f"duplicate of {twin} (same content)", report)
            return None
        try:
            article = extract(found.path, data)
            chunks = chunk_text(article.text, self.tokenizer, self.settings.chunk_max_tokens)
        except SkipFile as skip:
            self._skip(found, str(skip), report)
            return None
        if not chunks:
            self._skip(found, "no text found in file", report)
            return None
        seen[digest] = found.source
        entry = Entry(
            path=key,
            doc_id=doc_id_for(found.path),
            source=found.source,
            title=article.title,
            content_hash=digest,
            size=len(data),
            chunks=len(chunks),
            text=article.text,
            ingested_at=now(),
            state="pending",
            published=article.published,
        )
        return _Prepared(entry, chunks, is_update=old is not None)

    def _write(self, batch: list[_Prepared], report: IngestReport) -> None:
        """Embed a batch of files and store them: pending -> chunks replaced -> done."""
        if not batch:
            return
        self.manifest.put(p.entry for p in batch)
        self.store.delete_documents([p.entry.doc_id for p in batch if p.is_update])
        ids, texts, metadatas = [], [], []
        for p in batch:
            for chunk in p.chunks:
                ids.append(chunk_id(p.entry.doc_id, chunk.index))
                texts.append(chunk.text)
                metadatas.append(
                    {
                        "doc_id": p.entry.doc_id,
                        "source": p.entry.source,
                        "title": p.entry.title,
                        "chunk": chunk.index,
                        "start": chunk.start,
                        "end": chunk.end,
                    }
                )
        vectors = self.embeddings.embed_documents(texts)
        self.store.add(ids, vectors, texts, metadatas)
        self.manifest.put(replace(p.entry, state="done") for p in batch)
        report.embedded += len(ids)
        report.updated += sum(p.is_update for p in batch)
        report.added += sum(not p.is_update for p in batch)

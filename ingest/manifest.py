"""The manifest: what is in the index, per file (content hash, text, chunk count, state).

A SQLite file beside the index. Each file's entry is written `pending` before its chunks
are touched and `done` after, so a run killed half-way is finished by the next one.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import DataDirError

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    path TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    chunks INTEGER NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
    published TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents (content_hash);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE INDEX IF NOT EXISTS documents_source ON documents (source);
"""


@dataclass(frozen=True)
class Entry:
    """One ingested file."""

    path: str
    doc_id: str
    source: str
    title: str
    content_hash: str
    size: int
    chunks: int
    text: str
    ingested_at: str
    state: str = "done"
    published: str = ""  # YYYY-MM-DD when the article says when it was published, else ""


_COLUMNS = ", ".join(Entry.__dataclass_fields__)
_PLACEHOLDERS = ", ".join("?" for _ in Entry.__dataclass_fields__)


class Manifest:
    """Read and write manifest entries; every write is its own transaction."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.RLock()
        self.recovered: str | None = None  # set when a damaged manifest was moved aside
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open(path)
            except sqlite3.OperationalError:
                raise  # locked or unwritable: nothing is wrong with the file itself
            except sqlite3.DatabaseError as exc:  # not a database, or a damaged one
                self._db = self._open(self._move_aside(path, exc))
        except sqlite3.OperationalError as exc:
            raise DataDirError(
                f"cannot write the manifest {path}: {exc}; "
                "set DISPUTE_QA_DATA_DIR to a writable folder"
            ) from exc
        except OSError as exc:
            raise DataDirError(
                f"cannot create {path.parent}: {exc.strerror}; "
                "set DISPUTE_QA_DATA_DIR to a writable folder"
            ) from exc

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        """Connect, check the file is a sound database, and create the table if needed."""
        # one connection shared by the threads of a server; writes are serialised below
        db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            check = db.execute("PRAGMA quick_check").fetchone()
            if check and check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check[0]}")
            db.executescript(_SCHEMA)
            columns = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
            if "published" not in columns:  # a manifest written before dates were kept
                db.execute("ALTER TABLE documents ADD COLUMN published TEXT NOT NULL DEFAULT ''")
        except sqlite3.Error:
            db.close()
            raise
        return db

    def _move_aside(self, path: Path, problem: Exception) -> Path:
        """Keep a damaged manifest for inspection and start a new one in its place."""
        aside = path.with_name(f"{path.name}.damaged-{datetime.now(UTC):%Y%m%dT%H%M%S}")
        path.replace(aside)
        for extra in ("-wal", "-shm"):
            path.with_name(path.name + extra).unlink(missing_ok=True)
        self.recovered = (
            f"the manifest {path} was damaged ({problem}); moved it to {aside.name} and "
            "started a new one: run `dispute-qa ingest` on your articles to rebuild the index"
        )
        log.warning("%s", self.recovered)
        return path

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def get(self, path: str) -> Entry | None:
        """The entry for a file path, if any."""
        rows = self._rows(f"SELECT {_COLUMNS} FROM documents WHERE path = ?", (path,))
        return Entry(*rows[0]) if rows else None

    def text_of(self, doc_id: str) -> str | None:
        """The stored text of a finished document, by document id."""
        rows = self._rows(
            "SELECT text FROM documents WHERE doc_id = ? AND state = 'done'", (doc_id,)
        )
        return rows[0][0] if rows else None

    def text_of_source(self, source: str) -> str | None:
        """The stored text of a finished document, by the source name users see."""
        rows = self._rows(
            "SELECT text FROM documents WHERE source = ? AND state = 'done'", (source,)
        )
        return rows[0][0] if rows else None

    def published_of(self, source: str) -> str:
        """When a finished document says it was published (YYYY-MM-DD), "" when unknown."""
        rows = self._rows(
            "SELECT published FROM documents WHERE source = ? AND state = 'done'", (source,)
        )
        return rows[0][0] if rows else ""

    def fingerprints(self) -> list[tuple[str, str]]:
        """(doc_id, content_hash) of every finished document: the corpus state, cheaply."""
        return self._rows(
            "SELECT doc_id, content_hash FROM documents WHERE state = 'done' ORDER BY path"
        )

    def find_by_hash(self, content_hash: str, other_than: str) -> Entry | None:
        """A finished entry for another file with exactly these bytes."""
        rows = self._rows(
            f"SELECT {_COLUMNS} FROM documents WHERE content_hash = ? AND state = 'done' "
            "AND path != ? ORDER BY path LIMIT 1",
            (content_hash, other_than),
        )
        return Entry(*rows[0]) if rows else None

    def entries(self, state: str | None = None) -> Iterator[Entry]:
        """All entries (optionally only those in one state), ordered by path."""
        sql = f"SELECT {_COLUMNS} FROM documents"
        args: tuple[str, ...] = ()
        if state:
            sql, args = sql + " WHERE state = ?", (state,)
        for row in self._rows(sql + " ORDER BY path", args):
            yield Entry(*row)

    def listing(self) -> list[tuple[str, str, int, int, str]]:
        """(title, source, size, chunks, ingested_at) of every indexed file, by title."""
        return self._rows(
            "SELECT title, source, size, chunks, ingested_at FROM documents "
            "WHERE state = 'done' ORDER BY title COLLATE NOCASE"
        )

    def paths_under(self, folder: Path) -> list[str]:
        """Paths of entries inside a folder."""
        prefix = str(folder).rstrip("/") + "/"
        rows = self._rows(
            "SELECT path FROM documents WHERE substr(path, 1, ?) = ?", (len(prefix), prefix)
        )
        return [r[0] for r in rows]

    def total_chunks(self) -> int:
        """Chunks the finished entries account for."""
        rows = self._rows("SELECT COALESCE(SUM(chunks), 0) FROM documents WHERE state='done'")
        return int(rows[0][0])

    def put(self, entries: Iterable[Entry]) -> None:
        """Insert or replace entries, all in one transaction."""
        with self._transaction():
            self._db.executemany(
                f"INSERT OR REPLACE INTO documents ({_COLUMNS}) VALUES ({_PLACEHOLDERS})",
                [tuple(e.__dict__.values()) for e in entries],
            )

    def mark_pending(self, paths: Iterable[str]) -> None:
        """Mark entries whose chunks are about to change."""
        with self._transaction():
            self._db.executemany(
                "UPDATE documents SET state = 'pending' WHERE path = ?", [(p,) for p in paths]
            )

    def delete(self, paths: Iterable[str]) -> None:
        """Forget entries."""
        with self._transaction():
            self._db.executemany("DELETE FROM documents WHERE path = ?", [(p,) for p in paths])

    def clear(self) -> None:
        """Forget every entry."""
        with self._transaction():
            self._db.execute("DELETE FROM documents")

    def _rows(self, sql: str, args: tuple = ()) -> list[tuple]:
        """All rows of a query, read under the lock writers hold."""
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed on success, rolled back on error."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")


def now() -> str:
    """Current UTC time as an ISO 8601 string."""
    return datetime.now(UTC).isoformat(timespec="seconds")

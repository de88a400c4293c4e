"""The manifest of ingested files (ingest/manifest.py): a manifest written by an older
version, before publication dates were kept, opens and keeps its entries."""

from __future__ import annotations

import sqlite3

from ingest.manifest import Entry, Manifest

OLD_SCHEMA = """
CREATE TABLE documents (
    path TEXT PRIMARY KEY, doc_id TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL,
    content_hash TEXT NOT NULL, size INTEGER NOT NULL, chunks INTEGER NOT NULL,
    text TEXT NOT NULL, ingested_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done'))
);
"""


def test_a_manifest_from_before_dates_opens_with_its_entries_undated(tmp_path):
    path = tmp_path / "manifest.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    db.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ("/c/a.txt", "a1", "c/a.txt", "Ferry", "h1", 10, 1, "Crews went back.", "t", "done"),
    )
    db.commit()
    db.close()
    manifest = Manifest(path)
    [old] = list(manifest.entries())
    assert (old.source, old.text, old.published) == ("c/a.txt", "Crews went back.", "")
    manifest.put([Entry("/c/b.txt", "b1", "c/b.txt", "Ferry", "h2", 10, 1, "x", "t",
                        published="2005-03-03")])  # fmt: skip
    assert manifest.get("/c/b.txt").published == "2005-03-03"
    manifest.close()
    assert Manifest(path).get("/c/a.txt").published == ""  # opened again: nothing redone

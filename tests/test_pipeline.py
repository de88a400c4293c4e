"""Ingest pipeline on real Chroma, the real model and real files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from chromadb.api.client import SharedSystemClient

from ingest.pipeline import chunk_id, doc_id_for

from .conftest import DATA


def chunk_ids(ingestor) -> list[str]:
    return sorted(ingestor.store.collection.get(include=[])["ids"])


class CountingEmbeddings:
    """The real model, counting what it embeds (and optionally failing part-way)."""

    def __init__(self, inner, fail_after: int | None = None) -> None:
        self.inner, self.fail_after, self.calls, self.texts = inner, fail_after, 0, 0

    def embed_documents(self, texts):
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise RuntimeError("simulated crash while embedding")
        self.texts += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


def test_second_run_is_unchanged_and_embeds_nothing(
    settings, make_ingestor, corpus_copy, embeddings
):
    first = make_ingestor(settings).run([corpus_copy])
    assert (first.added, first.updated, first.unchanged, first.removed) == (2, 0, 0, 0)
    assert first.chunks == first.embedded > 0
    counting = CountingEmbeddings(embeddings)
    second = make_ingestor(settings, counting).run([corpus_copy])
    assert (second.added, second.updated, second.unchanged, second.removed) == (0, 0, 2, 0)
    assert second.embedded == 0 and counting.texts == 0
    assert second.chunks == first.chunks


def test_chunks_carry_offsets_into_the_stored_text(settings, make_ingestor, corpus_copy):
    ingestor = make_ingestor(settings)
    ingestor.run([corpus_copy])
    got = ingestor.store.collection.get(include=["documents", "metadatas"])
    texts = {e.doc_id: e.text for e in ingestor.manifest.entries()}
    for chunk, meta in zip(got["documents"], got["metadatas"], strict=True):
        assert texts[meta["doc_id"]][meta["start"] : meta["end"]] == chunk
        assert meta["source"].startswith("corpus/") and meta["title"]


def test_changed_file_replaces_its_chunks_and_deleted_file_is_removed(
    settings, make_ingestor, corpus_copy
):
    ingestor = make_ingestor(settings)
    ingestor.run([corpus_copy])
    first, second = sorted(corpus_copy.glob("*.txt"))
    first.write_text("A short replacement article. It has two sentences.\n", encoding="utf-8")
    report = ingestor.run([corpus_copy])
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    doc = doc_id_for(first.resolve())
    assert [i for i in chunk_ids(ingestor) if i.startswith(doc)] == [chunk_id(doc, 0)]
    second.unlink()
    report = ingestor.run([corpus_copy])
    assert (report.removed, report.unchanged) == (1, 1)
    assert report.chunks == 1 == len(chunk_ids(ingestor))


def test_identical_file_under_another_name_is_a_duplicate(settings, make_ingestor, corpus_copy):
    ingestor = make_ingestor(settings)
    ingestor.run([corpus_copy])
    extra = corpus_copy.parent / "extra"
    extra.mkdir()
    shutil.copy(next(corpus_copy.glob("*.txt")), extra / "renamed.txt")
    report = ingestor.run([extra])
    assert report.added == 0
    assert len(report.skipped) == 1
    assert report.skipped[0].reason.startswith("duplicate of corpus/")


def test_bad_files_are_skipped_with_reasons_and_good_ones_ingested(
    settings, make_ingestor, corpus_copy, tmp_path: Path
):
    ingestor = make_ingestor(settings)
    ingestor.run([corpus_copy])
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "empty.txt").write_bytes(b"")
    (mixed / "random.txt").write_bytes(os.urandom(300_000))
    (mixed / "random.bin").write_bytes(os.urandom(1000))
    (mixed / "huge.txt").write_bytes(b"word " * 1_900_000)
    shutil.copy(next(corpus_copy.glob("*.txt")), mixed / "copy.txt")
    for name in ("latin1-prices.txt", "injected-notes.md", "article.html", "bank-fined.pdf"):
        shutil.copy(DATA / name, mixed / name)
    report = ingestor.run([mixed])
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "random.txt", "random.bin", "huge.txt", "copy.txt"}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["random.txt"]
    assert "unsupported file type" in reasons["random.bin"]
    assert "MiB limit" in reasons["huge.txt"]
    assert "duplicate of corpus/" in reasons["copy.txt"]
    assert report.added == 4
    titles = {e.source: e.title for e in ingestor.manifest.entries()}
    assert titles["mixed/injected-notes.md"] == "Notes on the hearing"
    assert "£3.50" in ingestor.manifest.get(str((mixed / "latin1-prices.txt").resolve())).text


def test_file_that_turns_bad_leaves_the_index(settings, make_ingestor, corpus_copy):
    ingestor = make_ingestor(settings)
    ingestor.run([corpus_copy])
    target = next(corpus_copy.glob("*.txt"))
    target.write_bytes(b"")
    report = ingestor.run([corpus_copy])
    assert report.removed == 1 and report.skipped[0].reason == "empty file"
    assert doc_id_for(target.resolve()) not in {i.split("-")[0] for i in chunk_ids(ingestor)}


def test_crash_mid_run_is_completed_by_the_next_run(
    settings, make_ingestor, embeddings, tmp_path: Path
):
    folder = tmp_path / "many"
    folder.mkdir()
    sentence = "The regulator opened case number {n} into the merger on Monday. " * 120
    for n in range(40):
        (folder / f"{n:02d}.txt").write_text(sentence.format(n=n), encoding="utf-8")
    clean_settings = settings.model_copy(update={"data_dir": tmp_path / "clean"})
    clean = make_ingestor(clean_settings).run([folder])

    crashing = make_ingestor(settings, CountingEmbeddings(embeddings, fail_after=1))
    with pytest.raises(RuntimeError, match="simulated crash"):
        crashing.run([folder])
    assert list(crashing.manifest.entries(state="pending"))  # left half-done
    resumed = make_ingestor(settings).run([folder])
    assert resumed.chunks == clean.chunks
    assert not list(crashing.manifest.entries(state="pending"))
    assert chunk_ids(crashing) == sorted(
        chunk_id(doc_id_for((folder / f"{n:02d}.txt").resolve()), i)
        for n in range(40)
        for i in range(clean.chunks // 40)
    )


def test_lost_index_is_rebuilt_from_the_files(settings, make_ingestor, corpus_copy):
    first = make_ingestor(settings).run([corpus_copy])
    shutil.rmtree(settings.chroma_path)
    SharedSystemClient.clear_system_cache()  # as a new process would see it
    report = make_ingestor(settings).run([corpus_copy])
    assert report.warnings and "rebuilding" in report.warnings[0]
    assert report.added == 2 and report.chunks == first.chunks


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_damaged_manifest_is_moved_aside_and_rebuilt(settings, make_ingestor, corpus_copy, damage):
    ingestor = make_ingestor(settings)
    first = ingestor.run([corpus_copy])
    ingestor.manifest.close()  # as when the process ends: the WAL is folded into the file
    path = settings.manifest_path
    size = path.stat().st_size
    if damage == "truncate":
        with path.open("r+b") as f:
            f.truncate(size // 2)
    else:
        path.write_bytes(b"this is not a database" * 100)
    report = make_ingestor(settings).run([corpus_copy])
    assert any("damaged" in w and "moved it to" in w for w in report.warnings)
    assert report.added == 2 and report.chunks == first.chunks
    assert len(list(path.parent.glob("manifest.sqlite3.damaged-*"))) == 1

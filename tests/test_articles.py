"""Articles added from the browser: saved safely, ingested with the CLI's checks."""

from __future__ import annotations

from pathlib import Path

from app.web.articles import add_upload, article_rows, remove_upload, safe_name, uploads


def upload_file(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_safe_name_never_leaves_the_folder():
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..\\..\\evil.txt") == "evil.txt"
    assert safe_name(".hidden.txt") == "hidden.txt"
    assert safe_name("ok name (1).md") == "ok name _1_.md"
    assert safe_name("..") == "upload.txt"


def test_upload_is_added_listed_and_then_unchanged(settings, make_ingestor, tmp_path):
    ingestor = make_ingestor(settings)
    text = "Harbour news\n\nThe new crane at Port Ellis cost 4 million pounds.\n"
    first = add_upload(settings, ingestor, "../crane.txt", upload_file(tmp_path, "c.txt", text))
    assert first.added and "added as “crane.txt”" in first.message
    assert (settings.uploads_path / "crane.txt").read_text(encoding="utf-8") == text
    [row] = article_rows(ingestor.manifest, settings)
    assert row[:3] == ["Harbour news", "crane.txt", "you"] and row[4] >= 1
    again = add_upload(settings, ingestor, "crane.txt", upload_file(tmp_path, "c.txt", text))
    assert not again.added and "unchanged" in again.message


def test_bad_uploads_are_refused_with_the_cli_reasons(settings, make_ingestor, tmp_path):
    ingestor = make_ingestor(settings)
    good = "Harbour news\n\nThe new crane at Port Ellis cost 4 million pounds.\n"
    add_upload(settings, ingestor, "crane.txt", upload_file(tmp_path, "c.txt", good))
    exe = add_upload(settings, ingestor, "tool.exe", upload_file(tmp_path, "t.exe", "MZ"))
    assert "not added: unsupported file type '.exe'" in exe.message
    assert not (settings.uploads_path / "tool.exe").exists()
    # an empty new version of an indexed article is refused and the indexed one is kept
    empty = add_upload(settings, ingestor, "crane.txt", upload_file(tmp_path, "e.txt", ""))
    assert "not added: empty file" in empty.message
    assert (settings.uploads_path / "crane.txt").read_text(encoding="utf-8") == good
    assert [r[1] for r in article_rows(ingestor.manifest, settings)] == ["crane.txt"]
    assert ingestor.store.count() == ingestor.manifest.total_chunks() > 0


def test_an_upload_is_removed_through_ingest_and_the_corpus_is_untouched(
    settings, make_ingestor, corpus_copy, tmp_path
):
    ingestor = make_ingestor(settings)
    ingestor.run([corpus_copy])
    corpus_chunks = ingestor.store.count()
    text = "Harbour news\n\nThe new crane at Port Ellis cost 4 million pounds.\n"
    add_upload(settings, ingestor, "crane.txt", upload_file(tmp_path, "c.txt", text))
    [(label, path)] = uploads(ingestor.manifest, settings)
    assert label == "Harbour news (crane.txt)"
    assert {r[2] for r in article_rows(ingestor.manifest, settings)} == {"you", "corpus"}
    assert remove_upload(settings, ingestor, path) == "crane.txt: removed"
    assert ingestor.store.count() == ingestor.manifest.total_chunks() == corpus_chunks
    assert (
        uploads(ingestor.manifest, settings) == []
        and not (settings.uploads_path / "crane.txt").exists()
    )
    # a corpus article cannot be removed from here, and re-ingesting the corpus is a no-op
    corpus_path = next(e.path for e in ingestor.manifest.entries())
    assert "only articles added in the browser" in remove_upload(settings, ingestor, corpus_path)
    report = ingestor.run([corpus_copy])
    assert (report.added, report.removed, report.unchanged) == (0, 0, 2)

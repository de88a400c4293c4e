"""The articles in the index, and articles added from the browser (saved, then ingested).

Uploads are saved under the data directory with a cleaned file name (no folders, no
hidden files), then go through the same ingest as the CLI: same checks, same reasons.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.loading import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from ingest.manifest import Manifest
    from ingest.pipeline import Ingestor
    from ingest.settings import Settings

UPLOAD_SUFFIXES = sorted(SUPPORTED_SUFFIXES)
COLUMNS = ["Title", "Source", "Added by", "KB", "Chunks"]
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass
class UploadResult:
    """What happened to one uploaded file, in one line for the reader."""

    name: str
    added: bool
    message: str


def is_upload(settings: Settings, path: str) -> bool:
    """The article was added from the browser (it lives in the uploads folder)."""
    return Path(path).resolve().parent == settings.uploads_path.resolve()


def article_rows(manifest: Manifest, settings: Settings) -> list[list]:
    """Rows of the Articles table: title, file name, who added it, size, chunks."""
    entries = sorted(manifest.entries(state="done"), key=lambda e: e.title.lower())
    return [
        [
            e.title,
            Path(e.source).name,
            "you" if is_upload(settings, e.path) else "corpus",
            round(e.size / 1024, 1),
            e.chunks,
        ]
        for e in entries
    ]


def uploads(manifest: Manifest, settings: Settings) -> list[tuple[str, str]]:
    """(label, path) of every article added from the browser, for the remove list."""
    return [
        (f"{e.title} ({Path(e.source).name})", e.path)
        for e in manifest.entries(state="done")
        if is_upload(settings, e.path)
    ]


def remove_upload(settings: Settings, ingestor: Ingestor, path: str) -> str:
    """Take an uploaded article out: delete its file, then let ingest drop it from the
    index (manifest and chunks) like any file gone from a scanned folder."""
    target = Path(path)
    if not is_upload(settings, path):
        return "only articles added in the browser can be removed here"
    target.unlink(missing_ok=True)
    report = ingestor.run([settings.uploads_path])
    return f"{target.name}: removed" if report.removed else f"{target.name}: was not in the index"


def safe_name(name: str) -> str:
    """A file name that cannot leave its folder: last path part, no odd characters."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip(" .")[:120]
    return cleaned or "upload.txt"


def add_upload(settings: Settings, ingestor: Ingestor, name: str, temp: Path) -> UploadResult:
    """Save one uploaded file into the uploads folder and ingest it."""
    target = settings.uploads_path / safe_name(name)
    if target.resolve().parent != settings.uploads_path.resolve():  # pragma: no cover
        return UploadResult(name, False, f"{name}: refused (unsafe file name)")
    settings.uploads_path.mkdir(parents=True, exist_ok=True)
    previous = target.read_bytes() if target.exists() else None
    shutil.copyfile(temp, target)
    report = ingestor.run([target])
    if report.skipped:
        reason = report.skipped[0].reason
        if previous is not None:
            target.write_bytes(previous)  # keep the version that is in the index
            ingestor.run([target])
        else:
            target.unlink(missing_ok=True)
        return UploadResult(name, False, f"{name}: not added: {reason}")
    if report.added or report.updated:
        verb = "updated" if report.updated else "added"
        return UploadResult(name, True, f"{name}: {verb} as “{target.name}”, {report.chunks} "
                            "chunks now in the index")  # fmt: skip
    return UploadResult(name, False, f"{name}: already in the index, unchanged")

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
COLUMNS = ["Title", "Source", "Size (KB)", "Chunks", "Ingested (UTC)"]
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass
class UploadResult:
    """What happened to one uploaded file, in one line for the reader."""

    name: str
    added: bool
    message: str


def article_rows(manifest: Manifest) -> list[list]:
    """Rows of the Articles table."""
    return [
        [title, source, round(size / 1024, 1), chunks, ingested_at[:16].replace("T", " ")]
        for title, source, size, chunks, ingested_at in manifest.listing()
    ]


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

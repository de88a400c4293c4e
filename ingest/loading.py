"""Find article files, decode them and extract their main text and title.

Every problem with one file raises `SkipFile` with a one-line reason, so a run carries on
with the other files.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .dating import read_date, split_dateline
from .errors import InputPathError, SkipFile

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MD_RAW_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_MD_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MD_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.M)


@dataclass(frozen=True)
class Article:
    """One article's extracted text, ready to chunk."""

    path: Path
    title: str
    text: str
    published: str = ""  # YYYY-MM-DD when the file says when it was published (dating.py)


@dataclass(frozen=True)
class Found:
    """A file to consider for ingest: where it is, as given by the user, and its source name."""

    path: Path
    shown: str
    source: str


def discover(paths: list[Path]) -> tuple[list[Found], list[Path]]:
    """Expand files and folders into (files, folders scanned); hidden files are left out.

    A file found in folder `corpus/` gets the source name `corpus/<relative path>`.
    Raises InputPathError for a path that does not exist.
    """
    found: dict[Path, Found] = {}
    folders: list[Path] = []
    for given in paths:
        path = given.expanduser()
        if not path.exists():
            raise InputPathError(f"{given}: no such file or folder; check the path and try again")
        path = path.resolve()
        if not path.is_dir():
            found.setdefault(path, Found(path, str(given), path.name))
            continue
        folders.append(path)
        for file in sorted(path.rglob("*")):
            relative = file.relative_to(path)
            if file.is_file() and not any(part.startswith(".") for part in relative.parts):
                shown = str(given / relative)
                found.setdefault(file, Found(file, shown, f"{path.name}/{relative}"))
    return list(found.values()), folders


def content_hash(data: bytes) -> str:
    """Stable hash of a file's bytes, used to detect changes and duplicates."""
    return hashlib.sha256(data).hexdigest()


def read_file(path: Path, max_bytes: int) -> bytes:
    """Read a file's bytes, refusing unsupported types, empty files and files over the limit."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise SkipFile(f"unsupported file type '{suffix or path.name}' (supported: {kinds})")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SkipFile(
                f"file is {size / 1048576:.1f} MiB, over the {max_bytes / 1048576:.1f} MiB limit "
                "(raise DISPUTE_QA_MAX_FILE_MB to allow it)"
            )
        if size == 0:
            raise SkipFile("empty file")
        return path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"cannot read file: {exc.strerror or exc}") from exc


def decode(data: bytes) -> str:
    """Decode text bytes: a BOM or UTF-8 first, then charset detection; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SkipFile("undecodable UTF-16 text") from exc
    if b"\x00" in data[:8192]:
        raise SkipFile("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise SkipFile("binary or undecodable file: no text encoding fits") from None
        text = str(best)
        log.debug("decoded with %s", best.encoding)
    if len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise SkipFile("binary file (too many control characters), not text")
    return text


def extract(path: Path, data: bytes) -> Article:
    """Turn a file's bytes into an Article, choosing the extractor by file type."""
    suffix = path.suffix.lower()
    published = ""
    if suffix in PDF_SUFFIXES:
        title, text = _extract_pdf(data)
    elif suffix in HTML_SUFFIXES:
        title, text, published = _extract_html(decode(data))
    elif suffix in MARKDOWN_SUFFIXES:
        title, text = _extract_markdown(decode(data))
    else:
        text = decode(data)
        title = _title_from_first_line(text)
    if not text.strip():
        raise SkipFile("no text found in file")
    dateline, text = split_dateline(text)
    published = published or dateline
    return Article(path=path, title=title or title_from_name(path), text=text, published=published)


def title_from_name(path: Path) -> str:
    """A readable title from a file name: `Alibaba-denies_claims.txt` -> `Alibaba denies claims`."""
    words = re.sub(r"[-_]+", " ", path.stem).strip()
    return (words[:1].upper() + words[1:]) if words else path.name


def _title_from_first_line(text: str) -> str | None:
    """News text files often start with a headline line: short and without a final full stop."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            if len(line) <= 100 and not line.endswith((".", "!", "?", ":", ",")):
                return line
            return None
    return None


def _extract_markdown(source: str) -> tuple[str | None, str]:
    """Markdown keeps its text; raw HTML (scripts, styles, comments, tags) is not article text."""
    text = _MD_TAG.sub("", _MD_RAW_BLOCKS.sub("", source))
    heading = _MD_HEADING.search(text)
    return (heading.group(1).strip() if heading else None), text


def _extract_html(html: str) -> tuple[str | None, str, str]:
    """Main text of a web page with trafilatura (no scripts, styles, menus or footers), its
    title and the publication date its metadata gives (YYYY-MM-DD, or "")."""
    import trafilatura

    # deduplicate=False: trafilatura's deduplication remembers paragraphs across calls and
    # would empty a page the second time it is ingested in one process
    text = trafilatura.extract(
        html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
    )
    if not text:
        raise SkipFile("no article text found in HTML page")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta and meta.title else None
    return title, text, read_date(meta.date or "") if meta else ""


def _extract_pdf(data: bytes) -> tuple[str | None, str]:
    """Text of every page of a PDF, pages separated by a blank line."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SkipFile("encrypted PDF; decrypt it first")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except SkipFile:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SkipFile(f"unreadable PDF: {exc}") from exc
    return (str(title).strip() or None) if title else None, "\n\n".join(p.strip() for p in pages)

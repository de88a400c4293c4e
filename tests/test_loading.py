"""Loading: discovery, decoding, and main-text extraction per file type."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.errors import InputPathError, SkipFile
from ingest.loading import (
    SUPPORTED_SUFFIXES,
    decode,
    discover,
    extract,
    read_file,
    title_from_name,
)

from .conftest import DATA


def test_utf8_and_bom_are_decoded_exactly():
    assert decode("Price: £5 – “quoted”".encode()) == "Price: £5 – “quoted”"
    assert decode("\ufeffBOM text".encode()) == "BOM text"
    assert decode("UTF-16 text £".encode("utf-16")) == "UTF-16 text £"


def test_latin1_file_keeps_pound_sign():
    path = DATA / "latin1-prices.txt"
    article = extract(path, path.read_bytes())
    assert "costs £3.50, up from £2.80" in article.text
    assert "café" in article.text
    assert article.title == "Cafe prices"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x00\x01\x02binary\x00" * 100, "NUL"),
        (bytes(range(1, 9)) * 2000, "control characters"),
    ],
)
def test_binary_data_is_refused(data: bytes, reason: str):
    with pytest.raises(SkipFile, match=reason):
        decode(data)


def test_read_file_refuses_empty_large_and_unsupported(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    other = tmp_path / "image.png"
    other.write_bytes(b"\x89PNG")
    with pytest.raises(SkipFile, match="empty file"):
        read_file(empty, 1024)
    with pytest.raises(SkipFile, match="over the 0.0 MiB limit"):
        read_file(big, 1024)
    with pytest.raises(SkipFile, match="unsupported file type '.png'"):
        read_file(other, 1024)
    assert read_file(big, 4096) == b"x" * 2048


def test_html_keeps_article_text_and_drops_scripts_styles_and_navigation():
    path = DATA / "article.html"
    article = extract(path, path.read_bytes())
    assert article.title == "Court hears shipping dispute"
    assert "copied the routing software it spent ten years building" in article.text
    assert "before the end of the year" in article.text
    for junk in (
        "TRACKING-SCRIPT-TEXT",
        "INLINE-SCRIPT-TEXT",
        "NAVIGATION-LINK-TEXT",
        "font-family",
    ):
        assert junk not in article.text


def test_a_page_or_text_file_gives_its_publication_date_when_it_states_one(tmp_path: Path):
    path = DATA / "article.html"
    page = path.read_text(encoding="utf-8").replace(
        "<head>", '<head><meta property="article:published_time" content="2005-03-10T09:00:00Z">'
    )
    assert extract(path, page.encode()).published == "2005-03-10"
    dateline = "Ferry strike ends\nPublished: 3 March 2005\n\nCrews went back to work."
    assert extract(tmp_path / "a.txt", dateline.encode()).published == "2005-03-03"
    assert extract(tmp_path / "b.txt", b"Ferry strike ends\n\nCrews went back.").published == ""


def test_markdown_keeps_text_and_drops_raw_html():
    path = DATA / "injected-notes.md"
    article = extract(path, path.read_bytes())
    assert article.title == "Notes on the hearing"
    assert "The hearing lasted three days and ended on Friday." in article.text
    assert "Both sides will file written arguments next month." in article.text
    assert "MD-SCRIPT-TEXT" not in article.text and "<script" not in article.text
    assert "display: none" not in article.text


def test_pdf_text_and_title():
    path = DATA / "bank-fined.pdf"
    article = extract(path, path.read_bytes())
    assert article.title == "Bank fined by regulators"
    assert "Regulators fined the bank 2 million pounds on Tuesday." in article.text
    assert "appeal the decision" in article.text


def test_broken_pdf_is_skipped_with_reason(tmp_path: Path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    with pytest.raises(SkipFile, match="PDF"):
        extract(path, path.read_bytes())


def test_titles_from_first_line_or_file_name(tmp_path: Path):
    headline = tmp_path / "x.txt"
    headline.write_text("Markets rally on rate cut\n\nShares rose sharply on Monday.\n")
    assert extract(headline, headline.read_bytes()).title == "Markets rally on rate cut"
    prose = tmp_path / "Anthropic-accuses_Alibaba.txt"
    prose.write_text("This first line is an ordinary sentence of the article.\n")
    assert extract(prose, prose.read_bytes()).title == "Anthropic accuses Alibaba"
    assert title_from_name(Path("qwen-plus-case.md")) == "Qwen plus case"


def test_discover_walks_folders_skips_hidden_and_names_sources(tmp_path: Path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "a.txt").write_text("a")
    (folder / "sub" / "b.md").write_text("b")
    (folder / ".hidden.txt").write_text("h")
    (folder / ".git" / "c.txt").write_text("c")
    single = DATA / "article.html"
    found, folders = discover([folder, single, folder / "a.txt"])
    assert [f.source for f in found] == ["news/a.txt", "news/sub/b.md", "article.html"]
    assert folders == [folder.resolve()]
    assert found[0].shown == str(folder / "a.txt")


def test_discover_missing_path_is_a_clear_error(tmp_path: Path):
    with pytest.raises(InputPathError, match="nothere: no such file or folder"):
        discover([tmp_path / "nothere"])


def test_same_page_extracts_identically_every_time(tmp_path: Path):
    # trafilatura's deduplicate option remembers text across calls and would drop it
    # the second time a page (or a re-ingested edit of it) is seen
    copy = tmp_path / "copy.html"
    shutil.copy(DATA / "article.html", copy)
    texts = [extract(p, p.read_bytes()).text for p in (DATA / "article.html", copy, copy, copy)]
    assert len(set(texts)) == 1 and "routing software" in texts[0]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(sorted(SUPPORTED_SUFFIXES)))
def test_no_bytes_crash_the_loader(data, suffix):
    # any bytes under any supported name: an article with text, or a skip with a reason
    try:
        article = extract(Path(f"fuzz{suffix}"), data)
    except SkipFile as skip:
        assert str(skip)
    else:
        assert article.text.strip() and article.title


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_decoding_text_gives_it_back_or_a_reason(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded = decode(data)
    except SkipFile as skip:
        assert str(skip)
    else:
        if encoding != "latin-1":  # detection may pick another single-byte code page
            assert decoded == text

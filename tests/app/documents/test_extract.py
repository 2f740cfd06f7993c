"""Extraction keeps where each text is; skipped, scanned and damaged files are told apart."""

from __future__ import annotations

from pathlib import Path

from app.documents.extract import extract
from app.documents.records import FileStatus, Location
from tests.app.documents.sample_files import write_docx, write_pdf


def test_pdf_text_is_read_page_by_page(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "a.pdf", [["The cat sleeps."], None, ["The dog barks (loudly).", "Second line."]])
    result = extract(pdf)
    assert result.status is FileStatus.INDEXED and result.pages == 3
    assert [(b.text, b.location.page) for b in result.blocks] == [
        ("The cat sleeps.", 1), ("The dog barks (loudly). Second line.", 3)]
    assert "page(s) 2" in result.detail


def test_pdf_without_text_layer_is_reported_as_scanned(tmp_path: Path) -> None:
    result = extract(write_pdf(tmp_path / "scan.pdf", [None, None]))
    assert result.status is FileStatus.NO_TEXT and "scanned, no text" in result.detail and result.blocks == ()


def test_damaged_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 broken zip")
    for name in ("bad.pdf", "bad.docx"):
        result = extract(tmp_path / name)
        assert result.status is FileStatus.DAMAGED and result.detail


def test_docx_paragraphs_carry_their_heading_path(tmp_path: Path) -> None:
    docx = write_docx(tmp_path / "a.docx", [("p", "Before any heading."), ("h1", "Guide"), ("p", "Intro."),
                                            ("h2", "Install"), ("p", "Run it."), ("table", "Port|8080"),
                                            ("h1", "Other"), ("p", "End.")])
    blocks = extract(docx).blocks
    assert [(b.text, b.location.heading) for b in blocks] == [
        ("Before any heading.", ""), ("Intro.", "Guide"), ("Run it.", "Guide > Install"),
        ("Port | 8080", "Guide > Install"), ("End.", "Other")]


def test_html_text_under_headings_without_scripts(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        "<html><head><title>tab</title><script>var secret = 1;</script><style>p{}</style></head><body>"
        "<nav>Menu</nav><h1>Title</h1><p>Hello <b>bold</b>\n world</p><ul><li>item <p>inner</p></li></ul>"
        "<div>Loose <a href=x>link</a> text<script>hidden()</script></div>"
        "<h2>Part</h2><table><tr><td>cell</td></tr></table><h1>Next</h1><p>Two</p></body></html>",
        encoding="utf-8")
    blocks = extract(tmp_path / "a.html").blocks
    assert [(b.text, b.location.heading) for b in blocks] == [
        ("Hello bold world", "Title"), ("item", "Title"), ("inner", "Title"), ("Loose link text", "Title"),
        ("cell", "Title > Part"), ("Two", "Next")]


def test_markdown_heading_path_and_lines(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# A\n\npara one\nline two\n\n## B\n\n```\n# not a heading\n```\nlast\n",
                                   encoding="utf-8")
    blocks = extract(tmp_path / "a.md").blocks
    assert [(b.text, b.location) for b in blocks] == [
        ("para one line two", Location(heading="A", line_start=3, line_end=4)),
        ("# not a heading", Location(heading="A > B", line_start=9, line_end=9)),
        ("last", Location(heading="A > B", line_start=11, line_end=11)),
    ]


def test_markdown_underlined_headings(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Guide\n=====\n\nIntro.\n\nSetup\n-----\nRun [it](https://example.com/x).\n\n---\n\nAfter rule.\n",
                                   encoding="utf-8")
    blocks = extract(tmp_path / "a.md").blocks
    assert [(b.text, b.location.heading, b.location.line_start) for b in blocks] == [
        ("Intro.", "Guide", 4), ("Run it.", "Guide > Setup", 8), ("After rule.", "Guide > Setup", 12)]


def test_plain_text_paragraphs_have_line_numbers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("first\nsecond\n\n\nthird ไทย\n".encode("utf-8"))
    blocks = extract(tmp_path / "a.txt").blocks
    assert [(b.text, b.location.line_start, b.location.line_end) for b in blocks] == [
        ("first second", 1, 2), ("third ไทย", 5, 5)]


def test_other_types_are_skipped_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(b"x")
    (tmp_path / "b.doc").write_bytes(b"x")
    assert extract(tmp_path / "a.xlsx").detail == "unsupported file type (.xlsx)"
    assert extract(tmp_path / "b.doc").status is FileStatus.SKIPPED and ".docx" in extract(tmp_path / "b.doc").detail

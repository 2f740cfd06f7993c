"""DOCX paragraphs with the heading above each: the only module that imports python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.documents.records import Block, Extraction, FileStatus, Location
from app.documents.text_readers import HeadingPath


def read_docx(path: Path) -> Extraction:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        return Extraction(FileStatus.DAMAGED, detail=f"not a readable Word document ({exc})")
    headings = HeadingPath()
    blocks: list[Block] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = paragraph.style.name if paragraph.style is not None else ""
        level = _heading_level(style)
        if level:
            headings.enter(level, text)
            continue
        blocks.append(Block(text, Location(heading=headings.path())))
    if not blocks:
        return Extraction(FileStatus.NO_TEXT, detail="the document has no text")
    return Extraction(FileStatus.INDEXED, tuple(blocks))


def _heading_level(style: str) -> int:
    """1 for "Heading 1" (and "Title"), ...; 0 for body text."""
    if style == "Title":
        return 1
    if style.startswith("Heading "):
        number = style.removeprefix("Heading ").strip()
        return int(number) if number.isdigit() else 0
    return 0

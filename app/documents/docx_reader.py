"""DOCX paragraphs with the heading above each: the only module that imports python-docx."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from app.documents.records import Block, Extraction, FileStatus, Location
from app.errors import QT_TRANSLATE_NOOP, AppError
from app.documents.text_readers import HeadingPath


def read_docx(path: Path) -> Extraction:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        return Extraction(
            FileStatus.DAMAGED,
            note=AppError(QT_TRANSLATE_NOOP("AppError", "not a readable Word document ({reason})"), reason=exc),
        )
    headings = HeadingPath()
    blocks: list[Block] = []
    for item in document.iter_inner_content():  # paragraphs and tables, in document order
        if isinstance(item, Table):
            blocks.extend(Block(row, Location(heading=headings.path())) for row in _table_rows(item))
            continue
        text = item.text.strip()
        if not text:
            continue
        style = item.style.name if item.style is not None else ""
        level = _heading_level(style)
        if level:
            headings.enter(level, text)
            continue
        blocks.append(Block(text, Location(heading=headings.path())))
    if not blocks:
        return Extraction(FileStatus.NO_TEXT, note=AppError(QT_TRANSLATE_NOOP("AppError", "the document has no text")))
    return Extraction(FileStatus.INDEXED, tuple(blocks))


def _table_rows(table: Any) -> list[str]:
    """Each row as one line, cells joined by " | " (merged cells once)."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows


def _heading_level(style: str) -> int:
    """1 for "Heading 1" (and "Title"), ...; 0 for body text."""
    if style == "Title":
        return 1
    if style.startswith("Heading "):
        number = style.removeprefix("Heading ").strip()
        return int(number) if number.isdigit() else 0
    return 0

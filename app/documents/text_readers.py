"""Plain text (line numbers) and Markdown (heading path), and the small pieces every
reader shares: paragraphs with their line range, the heading path, decoding bytes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from app.documents.records import Block, Extraction, FileStatus, Location
from app.errors import QT_TRANSLATE_NOOP, AppError

_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [text](target) and ![alt](image): the words only
_RULE = re.compile(r"^ {0,3}([-*_])( *\1){2,}\s*$")  # a thematic break: no text
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")  # the line under a heading: === level 1, --- level 2


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else UTF-16 with a BOM, else cp1252 (never fails)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def paragraphs(text: str, first_line: int = 1) -> Iterator[tuple[str, int, int]]:
    """(paragraph, first line, last line) for each run of non-blank lines."""
    start, lines = 0, []
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.strip():
            if not lines:
                start = number
            lines.append(line.strip())
        elif lines:
            yield " ".join(lines), start, number - 1
            lines = []
    if lines:
        yield " ".join(lines), start, start + len(lines) - 1


class HeadingPath:
    """The headings above the current point: "Guide > Install > Linux"."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []

    def enter(self, level: int, title: str) -> None:
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, title))

    def path(self) -> str:
        return " > ".join(title for _, title in self._stack)


def _result(blocks: list[Block]) -> Extraction:
    if not blocks:
        return Extraction(FileStatus.NO_TEXT, note=AppError(QT_TRANSLATE_NOOP("AppError", "the file is empty")))
    return Extraction(FileStatus.INDEXED, tuple(blocks))


def read_text(path: Path) -> Extraction:
    text = decode(path.read_bytes())
    return _result([Block(p, Location(line_start=a, line_end=b)) for p, a, b in paragraphs(text)])


def read_markdown(path: Path) -> Extraction:
    """Paragraphs with the heading path above them and their lines (fenced code kept whole)."""
    headings = HeadingPath()
    blocks: list[Block] = []
    pending: list[str] = []
    start = 0
    fenced = False

    def flush(end: int) -> None:
        if pending:
            text = " ".join(pending) if not fenced else "\n".join(pending)
            blocks.append(Block(text, Location(heading=headings.path(), line_start=start, line_end=end)))
            pending.clear()

    for number, line in enumerate(decode(path.read_bytes()).split("\n"), start=1):
        if _FENCE.match(line):
            flush(number - 1)
            fenced = not fenced
            continue
        heading = None if fenced else _ATX.match(line)
        underline = None if fenced or len(pending) != 1 else _SETEXT.match(line)
        if underline:
            title = pending.pop()
            headings.enter(1 if underline.group(1)[0] == "=" else 2, title)
        elif not fenced and _RULE.match(line):
            flush(number - 1)
        elif heading:
            flush(number - 1)
            headings.enter(len(heading.group(1)), heading.group(2))
        elif line.strip():
            if not pending:
                start = number
            pending.append(line.rstrip() if fenced else _LINK.sub(r"\1", line.strip()))
        elif not fenced:
            flush(number - 1)
    flush(number if blocks or pending else 0)
    return _result(blocks)

"""Reading a QTextDocument back as the person sees it: its text without the links Paddock
adds (copy, switch, show earlier), and those links. The transcript's tests, the language
check and transcript_text() go through these."""

from __future__ import annotations

from typing import Iterator

from PySide6.QtGui import QTextDocument, QTextFragment


def _fragments(document: QTextDocument) -> Iterator[tuple[int, QTextFragment]]:
    """(block number, fragment) for every fragment, in reading order (table cells too)."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            yield block.blockNumber(), iterator.fragment()
            iterator += 1
        block = block.next()


def readable_text(document: QTextDocument, hidden_prefix: str) -> str:
    """A line per paragraph (no blank lines), links whose href starts `hidden_prefix` left out."""
    paragraphs: dict[int, list[str]] = {}
    block = document.begin()
    while block.isValid():
        paragraphs[block.blockNumber()] = []
        block = block.next()
    for number, fragment in _fragments(document):
        if not fragment.charFormat().anchorHref().startswith(hidden_prefix):
            paragraphs[number].append(fragment.text())
    lines: list[str] = []
    for parts in paragraphs.values():
        lines += [line.rstrip() for line in "".join(parts).split("\u2028") if line.strip()]
    return "\n".join(lines)


def links(document: QTextDocument, prefix: str) -> dict[str, str]:
    """href -> text of every link whose href starts `prefix`."""
    found: dict[str, str] = {}
    for _number, fragment in _fragments(document):
        href = fragment.charFormat().anchorHref()
        if href.startswith(prefix):
            found[href] = found.get(href, "") + fragment.text()
    return found

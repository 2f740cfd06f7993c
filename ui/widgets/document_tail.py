"""Edits at the end of the transcript's QTextDocument, where a streaming reply grows.

Inserting rendered HTML after what is there (working around insertHtml's merge of its
first paragraph), removing everything from a position on, and the streaming fast path:
while the reply's growing block is one paragraph of plain prose, and stays one, the new
words are typed onto its end instead of rendering the block again (its relayout and the
Markdown are most of an update's cost, and grow with the paragraph).
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

PLAIN_PUNCTUATION = frozenset(" .,;:!?'\"()-/%")  # with letters and digits: Markdown leaves it as it is

# The paragraph QTextCursor.insertHtml merges into the block at the cursor (insert_at_end).
LEAD = '<p style="margin: 0px;"><br></p>'


def document_end(document: QTextDocument) -> int:
    return document.characterCount() - 1


def insert_at_end(view: QTextEdit, html_text: str) -> int:
    """Insert at the end of the view's document; where the inserted part begins."""
    document = view.document()
    if document.isEmpty():
        view.setHtml(html_text)
        return 0
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    start = cursor.position()
    # insertHtml merges the first paragraph it inserts into the block at the cursor,
    # losing that paragraph's format: LEAD takes its place, then its line break goes.
    cursor.insertHtml(LEAD + html_text)
    if document.characterAt(start) == "\u2028":
        cursor.setPosition(start)
        cursor.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    return start


def cursor_from(document: QTextDocument, position: int) -> QTextCursor:
    """A cursor selecting from `position` to the end."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def plain_prose(text: str) -> bool:
    """Whether Markdown renders `text` as one paragraph of exactly its words (without the
    spaces around them): a letter first (after at most 3 spaces: 4 make code), no line
    break, no double space and nothing else Markdown would read."""
    words = text.strip(" ")
    return (words[:1].isalpha() and len(text) - len(text.lstrip(" ")) < 4 and "  " not in words
            and all(ch.isalnum() or ch in PLAIN_PUNCTUATION for ch in words))


class PlainProseTail:
    """The streaming reply's growing block as drawn, while it is plain prose (`drawn`);
    None: the next update renders it."""

    def __init__(self) -> None:
        self.drawn: Optional[str] = None

    def forget(self) -> None:
        self.drawn = None

    def rendered(self, document: QTextDocument, tail: str, streaming: bool) -> None:
        """The growing block `tail` was just rendered: remember it if it is plain prose."""
        self.drawn = _last_block_shows(document, tail.strip(" ")) if streaming and plain_prose(tail) else None

    def append(self, document: QTextDocument, tail: str, streaming: bool) -> bool:
        """Type what `tail` adds to the block drawn at the end; False: it must be rendered."""
        drawn = self.drawn
        if drawn is None or not streaming or not plain_prose(tail):
            return False
        shown = tail.strip(" ")  # Markdown drops the spaces around a paragraph: so does this
        if not shown.startswith(drawn):
            return False
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(shown[len(drawn):])
        self.drawn = shown
        return True


def _last_block_shows(document: QTextDocument, words: str) -> Optional[str]:
    """`words` if the last block shows exactly them (the space insertHtml leaves after
    them taken off), else None: the next update renders again."""
    block = document.lastBlock()
    text = block.text()
    if text.rstrip(" ") != words:
        return None
    if len(text) > len(words):
        cursor = QTextCursor(document)
        cursor.setPosition(block.position() + len(words))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    return words

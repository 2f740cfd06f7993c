"""HTML text under its headings: the only module that imports selectolax.

selectolax (the lexbor parser) over BeautifulSoup: a real HTML5 parser, several times
faster, and no extra dependency behind it. Text is gathered into a paragraph until a
block element starts or ends, so text loose in a <div> is read as well as <p>'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.documents.records import Block, Extraction, FileStatus, Location
from app.errors import QT_TRANSLATE_NOOP, AppError
from app.documents.text_readers import HeadingPath, decode

_INLINE = {
    "-text", "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "font", "label",
}
_DROP = {"script", "style", "noscript", "template", "nav", "head", "svg", "-comment", "button", "select"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


class _Reader:
    def __init__(self) -> None:
        self.headings = HeadingPath()
        self.blocks: list[Block] = []

    def flush(self, buffer: list[str]) -> None:
        text = " ".join(" ".join(buffer).split())
        buffer.clear()
        if text:
            self.blocks.append(Block(text, Location(heading=self.headings.path())))

    def walk(self, node: Any) -> None:
        buffer: list[str] = []
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag in _DROP:
                continue
            if tag in _INLINE:
                buffer.append(child.text(deep=True, separator=" ") if tag != "-text" else child.text(deep=False))
            elif tag == "br":
                buffer.append(" ")
            elif tag in _HEADINGS:
                self.flush(buffer)
                title = " ".join(child.text(separator=" ").split())
                if title:
                    self.headings.enter(_HEADINGS[tag], title)
            else:
                self.flush(buffer)
                self.walk(child)
        self.flush(buffer)


def read_html(path: Path) -> Extraction:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(decode(path.read_bytes()))
    reader = _Reader()
    if tree.body is not None:
        reader.walk(tree.body)
    if not reader.blocks:
        return Extraction(FileStatus.NO_TEXT, note=AppError(QT_TRANSLATE_NOOP("AppError", "the page has no text")))
    return Extraction(FileStatus.INDEXED, tuple(reader.blocks))

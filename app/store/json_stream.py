"""Reading a large JSON document a piece at a time.

An export holds one long list of conversations: ChatGPT's `conversations.json` is that
list, a Paddock export keeps it under "conversations". `document_events` decodes the
items of that list one by one (each with the standard decoder), so memory holds one
conversation rather than the whole document and every object built from it.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator, Optional, TextIO

_CHUNK = 1 << 18  # characters read at a time (more while one value is longer)
_DECODER = json.JSONDecoder()
_NOT_SPACE = re.compile(r"[^ \t\r\n]")


class JsonStreamError(ValueError):
    """The text is not one well-formed JSON document; the message says where and why."""


class _Text:
    """The unread part of the document, read from `stream` as decoding needs it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.buf = ""
        self.pos = 0
        self.dropped = 0  # characters already read and let go
        self.at_end = False

    def more(self) -> bool:
        """Read on; False at the end of the stream."""
        if self.at_end:
            return False
        if self.pos > _CHUNK:
            self.dropped += self.pos
            self.buf, self.pos = self.buf[self.pos :], 0
        try:
            chunk = self.stream.read(max(_CHUNK, len(self.buf) - self.pos))
        except UnicodeDecodeError as exc:
            raise JsonStreamError(f"it is not UTF-8 text (byte {exc.start:,} of a piece cannot be read)") from None
        if not chunk:
            self.at_end = True
            return False
        self.buf += chunk
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            found = _NOT_SPACE.search(self.buf, self.pos)
            if found is not None:
                self.pos = found.start()
                return self.buf[self.pos]
            self.pos = len(self.buf)
            if not self.more():
                return ""

    def take(self, expected: str) -> None:
        found = self.peek()
        if found != expected:
            raise JsonStreamError(f"expected {expected!r} at character {self.dropped + self.pos:,}, "
                                  f"found {found or 'the end of the file'!r}")
        self.pos += 1

    def value(self) -> Any:
        """Decode the value that starts here, reading on until it is whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.more():
                    continue
                raise JsonStreamError(f"{exc.msg} at character {self.dropped + exc.pos:,}") from None
            except RecursionError:
                raise JsonStreamError("its values are nested too deeply (no export nests like that)") from None
            if end == len(self.buf) and self.more():
                continue  # a number at the end of what was read may go on
            self.pos = end
            return value


def _items(text: _Text) -> Iterator[Any]:
    text.take("[")
    if text.peek() == "]":
        text.pos += 1
        return
    while True:
        yield text.value()
        if text.peek() == ",":
            text.pos += 1
            continue
        text.take("]")
        return


def document_events(stream: TextIO, list_key: str) -> Iterator[tuple[str, Optional[str], Any]]:
    """The document as events: first ("array", None, None) or ("object", None, None), then
    ("item", None, value) for each element of a top-level array, or, in an object,
    ("key", name, value) for each key and ("item", list_key, value) for each element of
    the array under `list_key`. JsonStreamError when the text is not one JSON document."""
    text = _Text(stream)
    first = text.peek()
    if first == "[":
        yield "array", None, None
        for value in _items(text):
            yield "item", None, value
    elif first == "{":
        yield "object", None, None
        text.take("{")
        if text.peek() == "}":
            text.pos += 1
        else:
            while True:
                key = text.value()
                if not isinstance(key, str):
                    raise JsonStreamError(f"an object key is not a string: {key!r}")
                text.take(":")
                if key == list_key and text.peek() == "[":
                    for value in _items(text):
                        yield "item", key, value
                else:
                    yield "key", key, text.value()
                if text.peek() == ",":
                    text.pos += 1
                    continue
                text.take("}")
                break
    else:
        raise JsonStreamError("it is empty" if not first else f"it does not start with [ or {{ (found {first!r})")
    if text.peek():
        raise JsonStreamError(f"more text follows the document at character {text.dropped + text.pos:,}")

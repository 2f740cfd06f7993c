"""Text folding for search, and highlighted snippets.

SQLite's trigram tokenizer can only fold diacritics from 3.45 on, so Paddock folds them
itself, the same way for stored text and for queries: each character maps on its own
(compatibility decomposition, then the Latin/Greek/Cyrillic combining accents
U+0300-U+036F are dropped and a few letters without a decomposition are spelled out:
ß -> ss, æ -> ae, ø -> o ...). Mapping character by character keeps one property the
search relies on: if a text contains a query, the folded text contains the folded query.
Thai and Devanagari vowel signs and tone marks live outside that block and are kept.
Case is folded by the trigram tokenizer for the index, and by `casefold()` here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from typing import AnyStr

_SPELLED_OUT = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
    "ı": "i", "ħ": "h", "Ħ": "H",
}


@lru_cache(maxsize=65_536)
def _fold_char(char: str) -> str:
    if char in _SPELLED_OUT:
        return _SPELLED_OUT[char]
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not 0x300 <= ord(c) <= 0x36F)
    return "".join(_SPELLED_OUT.get(c, c) for c in kept)


class _FoldTable(dict):
    """A str.translate table that fills itself in: folding runs in C after warm-up."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


class _MatchTable(dict):
    """Character code -> folded and case-folded text, filled in on first use."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code)).casefold()
        self[code] = folded
        return folded


_TABLE = _FoldTable()
_MATCH_TABLE = _MatchTable()


def fold(text: str) -> str:
    """`text` without diacritics (case kept). ASCII text comes back unchanged."""
    if text.isascii():
        return text
    return text.translate(_TABLE)


def search_text_for(content: str) -> str | None:
    """What the index stores beside `content`: its folded form, or None when identical."""
    folded = fold(content)
    return None if folded == content else folded


def match_key(text: str) -> str:
    """Folded and case-folded: how queries and texts are compared in Python."""
    return text.lower() if text.isascii() else text.translate(_MATCH_TABLE)


def folded_match_key(folded: str) -> str:
    """`match_key()` of a text that `fold()` returns unchanged (what the index stores):
    the same result, at C speed, since a folded character folds to itself."""
    return folded.lower() if folded.isascii() else folded.casefold()


def count_overlapping(text: AnyStr, part: AnyStr) -> int:
    """How many times `part` occurs in `text`, overlapping ones included (as FTS5 counts
    the hits of a trigram phrase: "aaa" occurs twice in "aaaa")."""
    if not part:
        return 0
    count, start = 0, text.find(part)
    while start != -1:
        count += 1
        start = text.find(part, start + 1)
    return count


def match_key_with_origin(text: str) -> tuple[str, list[int]]:
    """`match_key(text)` and, for each of its characters, the index in `text` it came from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    keys = list(map(_MATCH_TABLE.__getitem__, map(ord, text)))
    origin = list(chain.from_iterable(map(repeat, range(len(text)), map(len, keys))))
    return "".join(keys), origin


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


@dataclass(frozen=True)
class Snippet:
    """A short excerpt of a message; `spans` are (start, end) of the matches in `text`."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with each match wrapped, e.g. for a terminal or Markdown."""
        out: list[str] = []
        position = 0
        for start, end in self.spans:
            out.append(self.text[position:start])
            out.append(before + self.text[start:end] + after)
            position = end
        out.append(self.text[position:])
        return "".join(out)


def find_matches(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) ranges of `text` where any of `terms` occurs (folded)."""
    key, origin = match_key_with_origin(text)
    ranges: list[tuple[int, int]] = []
    for term in {match_key(t) for t in terms if t.strip()}:
        start = key.find(term)
        while start != -1:
            first, last = origin[start], origin[start + len(term) - 1] + 1
            while last < len(text) and _is_mark(text[last]):
                last += 1  # keep an accent typed as a separate character with its letter
            ranges.append((first, last))
            start = key.find(term, start + 1)
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, terms: list[str], width: int = 160) -> Snippet:
    """About `width` characters around the first match, on one line, matches marked."""
    matches = find_matches(text, terms)
    anchor = matches[0][0] if matches else 0
    start = max(0, anchor - width // 3)
    if start > 0:
        space = text.rfind(" ", max(0, start - 15), anchor)
        start = space + 1 if space != -1 else start
        while start < anchor and _is_mark(text[start]):
            start += 1  # never begin on a vowel sign or accent
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end - 15, end + 15)
        end = space if space != -1 else end
        while end < len(text) and _is_mark(text[end]):
            end += 1
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    body = " ".join(text[start:end].split("\n")).replace("\r", " ").replace("\t", " ")
    spans = tuple(
        (max(s, start) - start + len(prefix), min(e, end) - start + len(prefix))
        for s, e in matches
        if s < end and e > start
    )
    return Snippet(prefix + body + suffix, spans)

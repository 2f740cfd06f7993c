"""The documents package's own types: blocks of extracted text, chunks, outcomes.

Stored on disk (files.status): never change or reuse the FileStatus values.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Optional

from app.errors import AppError


class FileStatus(str, enum.Enum):
    INDEXED = "indexed"
    SKIPPED = "skipped"  # a type Paddock does not read
    NO_TEXT = "no_text"  # a PDF without a text layer (scanned)
    DAMAGED = "damaged"  # the reader failed on it


@dataclass(frozen=True)
class Location:
    """Where a piece of text is: PDF page (1-based), heading path, line range (1-based)."""

    page: Optional[int] = None
    heading: str = ""
    line_start: Optional[int] = None
    line_end: Optional[int] = None

    def describe(self) -> str:
        """English, for the terminal: "page 3", "Setup > Install", "lines 4-9"."""
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.heading:
            parts.append(self.heading)
        if self.line_start is not None:
            end = self.line_end or self.line_start
            parts.append(f"line {self.line_start}" if end == self.line_start else f"lines {self.line_start}-{end}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Block:
    """One paragraph of extracted text and where it is."""

    text: str
    location: Location


@dataclass(frozen=True)
class Extraction:
    """What reading one file gave: its blocks, or why there are none. `note` says why it
    was skipped, what is damaged or which pages lack text: a marked template and its
    fields, so the window shows it translated."""

    status: FileStatus
    blocks: tuple[Block, ...] = ()
    note: Optional[AppError] = None
    pages: Optional[int] = None

    @property
    def detail(self) -> str:
        """The note in English ("" when there is none)."""
        return self.note.detail if self.note is not None else ""


@dataclass(frozen=True)
class Chunk:
    text: str
    location: Location
    token_count: int


@dataclass(frozen=True)
class FileOutcome:
    """What indexing did with one file. `action`: indexed, unchanged, removed, skipped,
    no_text, damaged; `status`: the file's FileStatus value now (an unchanged damaged
    file is still damaged), empty once removed; `detail`: the file's note in English;
    `note`: the same to translate (None for a note stored by an older Paddock)."""

    path: str
    action: str
    detail: str = ""
    chunks: int = 0
    status: str = ""
    note: Optional[AppError] = field(default=None, compare=False)


@dataclass
class IndexReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    def with_action(self, *actions: str) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.action in actions]

    def not_indexed(self) -> list[FileOutcome]:
        """Files skipped, without text or damaged, newly or as before."""
        problems = {FileStatus.SKIPPED.value, FileStatus.NO_TEXT.value, FileStatus.DAMAGED.value}
        return [o for o in self.outcomes if o.status in problems]

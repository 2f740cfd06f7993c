"""Writing an export to a file: Markdown or Paddock JSON, all or nothing, streamed.

The text is written beside the target as `NAME.partial`, a conversation at a time (a
large history is never held whole in memory), and renamed over the target only when
complete, so a full disk or a killed process never leaves half an export under the
chosen name (nor destroys an older file of that name).
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from app.errors import QT_TRANSLATE_NOOP
from app.store.database import Database
from app.store.errors import DiskFullError, ExportWriteError
from app.store.export_json import export_json_text
from app.store.export_markdown import export_markdown_text

MARKDOWN_SUFFIXES = (".md", ".markdown")


def export_pieces(db: Database, conversation_ids: Optional[Sequence[int]], *, markdown: bool) -> Iterator[str]:
    """The export document (default: every conversation) as Markdown or Paddock JSON, in pieces."""
    return export_markdown_text(db, conversation_ids) if markdown else export_json_text(db, conversation_ids)


def export_text(db: Database, conversation_ids: Optional[Sequence[int]], *, markdown: bool) -> str:
    """The export document (default: every conversation) as Markdown or Paddock JSON."""
    return "".join(export_pieces(db, conversation_ids, markdown=markdown))


def write_pieces(pieces: Iterable[str], target: Path) -> None:
    """Write the text `pieces` to `target` completely or not at all (see the module docstring)."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("w", encoding="utf-8") as out:
            for piece in pieces:
                out.write(piece)
        os.replace(partial, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(
                QT_TRANSLATE_NOOP("AppError", "The disk is full: the export to {target} was not written."), target=target
            ) from exc
        raise ExportWriteError(
            QT_TRANSLATE_NOOP("AppError", "The export could not be written to {target}: {reason}."),
            target=target,
            reason=exc.strerror or exc,
        ) from exc


def write_text_file(text: str, target: Path) -> None:
    """Write `text` to `target` completely or not at all (see the module docstring)."""
    write_pieces([text], target)


def export_to_file(db: Database, conversation_ids: Optional[Sequence[int]], target: Path,
                   *, markdown: Optional[bool] = None) -> None:
    """Export to `target`; Markdown when asked, or by default when it ends in .md/.markdown."""
    if markdown is None:
        markdown = Path(target).suffix.lower() in MARKDOWN_SUFFIXES
    write_pieces(export_pieces(db, conversation_ids, markdown=markdown), Path(target))

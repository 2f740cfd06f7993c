"""Read one file into located blocks, by its type; anything else is skipped with the reason.

A reader that fails on a file gives a DAMAGED extraction with the reason: one bad file
never stops the others.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from app.documents.records import Extraction, FileStatus
from app.errors import QT_TRANSLATE_NOOP, AppError

log = logging.getLogger(__name__)

Reader = Callable[[Path], Extraction]


def _readers() -> dict[str, Reader]:
    from app.documents.docx_reader import read_docx
    from app.documents.html_reader import read_html
    from app.documents.pdf_reader import read_pdf
    from app.documents.text_readers import read_markdown, read_text

    return {
        ".pdf": read_pdf, ".docx": read_docx, ".html": read_html, ".htm": read_html,
        ".md": read_markdown, ".markdown": read_markdown, ".txt": read_text, ".text": read_text,
    }


SUPPORTED = (".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".text")
_IMAGES = (".png", ".jpg", ".jpeg")


def skip_reason(path: Path) -> AppError | None:
    """Why `path` is not read, or None when its type is supported."""
    suffix = path.suffix.lower()
    if suffix in SUPPORTED:
        return None
    if suffix == ".doc":
        return AppError(QT_TRANSLATE_NOOP("AppError", "old Word format (.doc): save it as .docx"))
    if suffix == ".odt":
        return AppError(QT_TRANSLATE_NOOP("AppError", "OpenDocument text is not read yet: save it as .docx"))
    if suffix == ".rtf":
        return AppError(QT_TRANSLATE_NOOP("AppError", "RTF is not read: save it as .docx"))
    if suffix in _IMAGES:
        return AppError(QT_TRANSLATE_NOOP("AppError", "an image (text recognition is not done)"))
    if not suffix:
        return AppError(QT_TRANSLATE_NOOP("AppError", "unsupported file type (no extension)"))
    return AppError(QT_TRANSLATE_NOOP("AppError", "unsupported file type ({suffix})"), suffix=suffix)


def unreadable(exc: OSError) -> Extraction:
    """A file the operating system would not let Paddock read."""
    return Extraction(
        FileStatus.DAMAGED,
        note=AppError(QT_TRANSLATE_NOOP("AppError", "cannot be read ({reason})"), reason=exc.strerror or exc),
    )


def extract(path: Path) -> Extraction:
    reason = skip_reason(path)
    if reason is not None:
        return Extraction(FileStatus.SKIPPED, note=reason)
    reader = _readers()[path.suffix.lower()]
    try:
        return reader(path)
    except OSError as exc:
        return unreadable(exc)
    except Exception as exc:  # a parser's own failure on a malformed file is the file's fault
        log.warning("reading %s failed", path, exc_info=True)
        return Extraction(
            FileStatus.DAMAGED,
            note=AppError(
                QT_TRANSLATE_NOOP("AppError", "damaged or malformed ({error}: {reason})"),
                error=type(exc).__name__,
                reason=exc,
            ),
        )

"""Read one file into located blocks, by its type; anything else is skipped with the reason.

A reader that fails on a file gives a DAMAGED extraction with the reason: one bad file
never stops the others.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from app.documents.records import Extraction, FileStatus

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
_KNOWN_OTHERS = {
    ".doc": "old Word format (.doc): save it as .docx",
    ".odt": "OpenDocument text is not read yet: save it as .docx",
    ".rtf": "RTF is not read: save it as .docx",
    ".png": "an image (text recognition is not done)", ".jpg": "an image (text recognition is not done)",
    ".jpeg": "an image (text recognition is not done)",
}


def skip_reason(path: Path) -> str | None:
    """Why `path` is not read, or None when its type is supported."""
    suffix = path.suffix.lower()
    if suffix in SUPPORTED:
        return None
    return _KNOWN_OTHERS.get(suffix, f"unsupported file type ({suffix or 'no extension'})")


def extract(path: Path) -> Extraction:
    reason = skip_reason(path)
    if reason is not None:
        return Extraction(FileStatus.SKIPPED, detail=reason)
    reader = _readers()[path.suffix.lower()]
    try:
        return reader(path)
    except OSError as exc:
        return Extraction(FileStatus.DAMAGED, detail=f"cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # a parser's own failure on a malformed file is the file's fault
        log.warning("reading %s failed", path, exc_info=True)
        return Extraction(FileStatus.DAMAGED, detail=f"damaged or malformed ({type(exc).__name__}: {exc})")

"""Small documents the tests write themselves: PDFs with a text layer per page (or none,
like a scan), a DOCX with headings, HTML, Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def write_pdf(path: Path, pages: Sequence[Optional[Sequence[str]]]) -> Path:
    """A PDF whose page i shows the lines pages[i] in Helvetica; None makes a page with
    no text layer (a drawn rectangle, as a scan has only pixels)."""
    objects: list[bytes] = []
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for index, lines in enumerate(pages):
        if lines is None:
            stream = b"0.5 g 72 72 400 600 re f"
        else:
            parts = ["BT /F1 12 Tf 14 TL 72 720 Td"]
            parts += [f"({_escape(line)}) Tj T*" for line in lines]
            parts.append("ET")
            stream = "\n".join(parts).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * index} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def write_docx(path: Path, blocks: Sequence[tuple[str, str]]) -> Path:
    """A DOCX of (style, text) blocks; style "h1"/"h2" makes a heading, "p" a paragraph,
    "table" a one-row table of the cells in text separated by "|"."""
    import docx

    document = docx.Document()
    for style, text in blocks:
        if style == "table":
            cells = text.split("|")
            table = document.add_table(rows=1, cols=len(cells))
            for cell, value in zip(table.rows[0].cells, cells):
                cell.text = value
        elif style.startswith("h"):
            document.add_heading(text, level=int(style[1:]))
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path

#!/usr/bin/env python3
"""Screenshots of the Documents window over a chat that answered from a collection, for
docs/screenshots/documents-<language>.png.

    .venv/bin/python packaging/documents_screenshots.py            # English, Hindi and Thai
    .venv/bin/python packaging/documents_screenshots.py de         # any of the eight

Offscreen, with a temporary PADDOCK_HOME and no model: a real collection is indexed from
documents written here (a 3-page PDF, a DOCX, a file Paddock does not read); the reply is
what the engine would report, with its sources. Look at each picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TURNS = {
    "en": ("Where is the spare key kept?", "The spare key is kept under the blue flowerpot [1]. "
           "The roses are watered every evening [2]."),
    "hi": ("अतिरिक्त चाबी कहाँ रखी है?", "अतिरिक्त चाबी नीले गमले के नीचे रखी है [1]। "
           "गुलाबों को हर शाम पानी दिया जाता है [2]।"),
    "th": ("กุญแจสำรองเก็บไว้ที่ไหน", "กุญแจสำรองเก็บไว้ใต้กระถางดอกไม้สีฟ้า [1] "
           "และรดน้ำกุหลาบทุกเย็น [2]"),
}


def _corpus(folder: Path) -> None:
    from tests.app.documents.sample_files import write_docx, write_pdf

    folder.mkdir(parents=True)
    write_pdf(folder / "house-manual.pdf", [["The train leaves at nine in the morning."],
                                            ["The spare key is kept under the blue flowerpot."],
                                            ["Opening hours are posted on the door."]])
    write_docx(folder / "garden-notes.docx", [("h1", "Roses"), ("p", "Water the roses every evening.")])
    (folder / "scan.tiff").write_bytes(b"II*\x00")


def screenshot(code: str, out_dir: Path) -> Path:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from app.chat.grounding import Passage
    from app.paths import AppPaths
    from ui.main import build

    app = QApplication.instance() or QApplication([sys.argv[0]])
    ask, answer = TURNS.get(code, TURNS["en"])
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as home:
        folder = Path(home) / "My documents"
        _corpus(folder)
        paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": home}), language=code)  # type: ignore[arg-type]
        window, docs, ui = paddock.window, paddock.documents_controller, paddock.documents_ui
        assert docs is not None and ui is not None
        try:
            window.resize(1100, 760)
            window.show()
            dialog = ui.dialog
            dialog.name_edit.setText("Home")
            dialog.choose_folder = lambda: str(folder)
            dialog.add_folder_button.click()
            _wait(app, lambda: not docs.indexing and dialog.collections.count() == 1)
            dialog.name_edit.clear()
            dialog.collections.item(0).setCheckState(dialog.collections.item(0).checkState().Checked)
            window.transcript.add_message("user", ask)
            window.transcript.start_reply()
            window.transcript.set_reply_sources((
                Passage(str(folder / "house-manual.pdf"), "", 2, "page 2"),
                Passage(str(folder / "garden-notes.docx"), "", None, "Roses")))
            window.transcript.add_reply_text(answer)
            window.transcript.finish_reply(None)
            dialog.show()
            _wait(app, lambda: False, 0.3)
            picture = window.grab()
            drawn = dialog.grab()
            painter = QPainter(picture)
            painter.drawPixmap(QPoint(picture.width() - drawn.width() - 20, 250), drawn)
            painter.end()
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"documents-{code}.png"
            if not picture.save(str(path)):
                raise SystemExit(f"cannot write {path}")
            return path
        finally:
            dialog.close()
            window.close()
            paddock.languages.close()
            paddock.shutdown()


def _wait(app, done, seconds: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="*", default=["en", "hi", "th"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for code in args.languages:
        print(f"wrote {screenshot(code, args.out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

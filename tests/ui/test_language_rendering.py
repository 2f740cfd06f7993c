"""Hindi and Thai render in the transcript: the bundled Noto fonts are registered and
used (no empty boxes), Devanagari is shaped, Thai wraps between words (libthai), and the
interface itself shows no boxes in any of the eight languages."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtGui import QFontDatabase, QGlyphRun, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from app.paths import AppPaths, asset_path
from ui.i18n import FALLBACK_FAMILIES, LANGUAGE_CODES
from ui.main import Paddock, build

HINDI = "नमस्ते! मैं आपकी कैसे सहायता कर सकता हूँ? क्षमा कीजिए, यह प्रश्न स्पष्ट नहीं था।"
THAI_WORDS = (
    "ภาษา|ไทย|เป็น|ภาษา|ที่|เขียน|ติด|กัน|โดย|ไม่|มี|ช่อง|ว่าง|ระหว่าง|คำ|"
    "โปรแกรม|จึง|ต้อง|ตัด|คำ|ให้|ถูก|ต้อง|เมื่อ|ขึ้น|บรรทัด|ใหม่"
).split("|")


@pytest.fixture
def paddock(qapp: QApplication, tmp_path: Path, monkeypatch) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PADDOCK_LANGUAGE", raising=False)
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en")
    app.window.show()
    yield app
    app.window.close()
    app.languages.close()
    app.shutdown()


def _laid_out_last_block(paddock: Paddock) -> QTextLayout:
    document = paddock.window.transcript.document()
    block = document.lastBlock()
    document.documentLayout().blockBoundingRect(block)  # lays the block out now
    return block.layout()


def _glyph_runs(layout: QTextLayout) -> list[QGlyphRun]:
    return [run for index in range(layout.lineCount()) for run in layout.lineAt(index).glyphRuns()]


def test_the_bundled_fonts_and_their_licence_ship() -> None:
    fonts = {path.name for path in asset_path("fonts").glob("*.ttf")}
    assert {"NotoSansDevanagari-Regular.ttf", "NotoSansThai-Regular.ttf"} <= fonts
    assert "SIL OPEN FONT LICENSE Version 1.1" in asset_path("fonts", "OFL.txt").read_text(encoding="utf-8")


def test_the_app_font_falls_back_to_the_noto_fonts(paddock: Paddock, qapp: QApplication) -> None:
    assert set(FALLBACK_FAMILIES) <= set(QFontDatabase.families())
    families = qapp.font().families()
    assert families[-2:] == list(FALLBACK_FAMILIES) and families[0] not in FALLBACK_FAMILIES


@pytest.mark.parametrize(
    "text, family",
    [(HINDI, "Noto Sans Devanagari"), ("".join(THAI_WORDS), "Noto Sans Thai")],
    ids=["hindi", "thai"],
)
def test_messages_render_with_real_glyphs(paddock: Paddock, text: str, family: str) -> None:
    paddock.controller.messageAdded.emit("user", text)
    runs = _glyph_runs(_laid_out_last_block(paddock))
    assert runs
    for run in runs:
        # Glyph 0 is .notdef: the empty box a font draws for a character it lacks.
        assert 0 not in run.glyphIndexes(), run.rawFont().familyName()
    assert family in {run.rawFont().familyName() for run in runs}


def test_devanagari_is_shaped(paddock: Paddock) -> None:
    """क + ् + ष form the conjunct क्ष: one glyph for three characters (unshaped text
    would show a visible virama between two letters)."""
    paddock.controller.messageAdded.emit("user", "क्ष")
    (run,) = _glyph_runs(_laid_out_last_block(paddock))
    assert run.rawFont().familyName() == "Noto Sans Devanagari"
    assert len(run.glyphIndexes()) < 3


def test_thai_wraps_between_words(paddock: Paddock) -> None:
    """Thai has no spaces between words; a line may only break where a word ends."""
    words = THAI_WORDS * 8
    paddock.controller.messageAdded.emit("assistant", "".join(words))
    layout = _laid_out_last_block(paddock)
    word_ends = {0} | set(itertools.accumulate(len(word) for word in words))
    starts = [layout.lineAt(index).textStart() for index in range(layout.lineCount())]
    assert len(starts) >= 4
    assert set(starts) <= word_ends, [start for start in starts if start not in word_ends]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_interface_shows_no_boxes(paddock: Paddock, code: str) -> None:
    paddock.languages.choose(code)
    window = paddock.window
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + [window.language_box]:
        text = widget.currentText() if widget is window.language_box else widget.text()
        metrics = widget.fontMetrics()
        missing = [char for char in text if not char.isspace() and not metrics.inFontUcs4(ord(char))]
        assert not missing, (code, text, missing)
    for index in range(window.language_box.count()):  # every native name, in any language
        name = window.language_box.itemText(index)
        assert all(window.language_box.fontMetrics().inFontUcs4(ord(char)) for char in name), name

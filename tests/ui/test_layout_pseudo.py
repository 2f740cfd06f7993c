"""Layout safety: under the pseudo-locale (every text ~40% longer, accented, bracketed)
and in each of the eight languages, the main window at its default size and the error
dialog show every label, button and list entry whole: nothing clipped or cut off."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from app.chat.messages import ReplyStats, StopReason
from app.chat.turn import TurnResult
from app.engine.settings import ModelInfo
from app.paths import AppPaths
from ui.controllers.chat_controller import ChatState
from ui.i18n import LANGUAGE_CODES, PSEUDO
from ui.main import Paddock, build

DEFAULT_SIZE = QSize(900, 680)
MODEL = ModelInfo(
    path=Path("/models/Llama-3.1-8B-Instruct-Q4_K_M.gguf"), architecture="llama", name="Llama 3.1 8B Instruct",
    file_type="Q4_K_M", n_ctx=131072, n_ctx_train=131072, n_vocab=128256, n_embd=4096,
    has_chat_template=True, llama_cpp_version="0.3",
)
# The longest status line: every part of the reply statistics filled in.
STATS = ReplyStats(
    prompt_tokens=123456, reused_tokens=120000, generated_tokens=4096, time_to_first_token_s=12.25,
    prompt_tokens_per_s=900.0, tokens_per_s=142.5, stop_reason=StopReason.CONTEXT_FULL,
)


@pytest.fixture
def paddock(qapp: QApplication, tmp_path: Path, monkeypatch) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    """The app in English, at its default size, with a model and a reply's statistics
    shown (the longest texts the main window has)."""
    monkeypatch.delenv("PADDOCK_LANGUAGE", raising=False)
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en")
    app.window.show()
    app.controller.on_loaded(MODEL)
    app.controller.messageAdded.emit("user", "Hello")
    app.controller.replyStarted.emit()
    app.controller.on_turn_ended(TurnResult((), "Hi", STATS))
    yield app
    app.window.close()
    app.languages.close()
    app.shutdown()


def _text_fits(text: str, font: QFont, width: int, height: int, wrap: bool) -> bool:
    """Lay `text` out as the label does; True if every line fits `width` and all lines
    (in whatever fonts the script needed: Devanagari is taller) fit `height`."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    needed_height = 0.0
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        widest = max(widest, line.naturalTextWidth())
        needed_height += line.height()
    layout.endLayout()
    return widest <= width + 0.5 and needed_height <= height + 0.5


def clipped(root: QWidget) -> list[str]:
    """Each visible label, button or combo box entry whose text does not fit."""
    problems = []
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            area = widget.contentsRect()
            if not _text_fits(widget.text(), widget.font(), area.width(), area.height(), widget.wordWrap()):
                problems.append(f"label {widget.text()!r}: {area.width()}x{area.height()}")
            elif widget.wordWrap() and widget.heightForWidth(widget.width()) > widget.height():
                problems.append(f"label {widget.text()!r}: needs {widget.heightForWidth(widget.width())}px height")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint()
            if hint.width() > widget.width() or hint.height() > widget.height():
                problems.append(f"button {widget.text()!r}: {widget.size().toTuple()} < {hint.toTuple()}")
        elif isinstance(widget, QComboBox):
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
            )
            for index in range(widget.count()):
                text = widget.itemText(index)
                if metrics.horizontalAdvance(text) > field.width() or metrics.height() > field.height():
                    problems.append(f"combo box entry {text!r}: field {field.width()}x{field.height()}")
    return problems


def settled_clipped(qtbot, root: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    """clipped(root) once the layouts have caught up with the new texts (a label that
    now needs two lines gets them after a round or two of layout requests)."""
    try:
        qtbot.waitUntil(lambda: not clipped(root), timeout=1000)
    except qtbot.TimeoutError:
        pass
    return clipped(root)


def _check_main_window(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    assert settled_clipped(qtbot, window) == []
    assert window.size() == DEFAULT_SIZE
    hint = window.minimumSizeHint()
    assert hint.width() <= DEFAULT_SIZE.width() and hint.height() <= DEFAULT_SIZE.height(), hint


def test_pseudo_locale_switched_live(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    paddock.languages.apply(PSEUDO)
    window = paddock.window
    assert window.send_button.text().startswith("[") and window.stats_label.text().startswith("[")
    _check_main_window(paddock, qtbot)


def test_pseudo_locale_from_the_start(qapp: QApplication, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PADDOCK_LANGUAGE", PSEUDO)
    paddock = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}))
    try:
        assert paddock.languages.current == PSEUDO
        paddock.window.show()
        paddock.controller.on_loaded(MODEL)
        paddock.controller.on_turn_ended(TurnResult((), "Hi", STATS))
        _check_main_window(paddock, qtbot)
        for state in (ChatState.LOADING, ChatState.WRITING, ChatState.READY):
            paddock.controller._set_status(state)
            assert settled_clipped(qtbot, paddock.window) == [], state
    finally:
        paddock.window.close()
        paddock.languages.close()
        paddock.shutdown()


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_language_fits(paddock: Paddock, qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    paddock.languages.choose(code)
    _check_main_window(paddock, qtbot)


@pytest.mark.parametrize("code", [PSEUDO, "hi", "th"])
def test_error_dialog_fits(paddock: Paddock, qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    paddock.languages.apply(code)
    paddock.controller.on_load_failed("context_too_long", "n_ctx 262144 is more than the model's 131072")
    box = paddock.window.findChild(QMessageBox, "errorBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert settled_clipped(qtbot, box) == []
    box.close()


def test_the_check_sees_a_clipped_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("A label far too long for the few pixels it is given")
    qtbot.addWidget(label)
    label.setFixedWidth(60)
    label.show()
    assert clipped(label) != []
    label.setFixedWidth(label.sizeHint().width())
    assert clipped(label) == []


def test_a_status_line_that_fits_keeps_the_status_bar_one_line_tall(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The status line may wrap (see above), but a plain word-wrapped QLabel made the
    status bar four lines tall even where its text fit on one."""
    window = paddock.window
    assert settled_clipped(qtbot, window) == []
    line = window.stats_label.fontMetrics().height()
    assert window.stats_label.height() < 2 * line
    assert window.statusBar().height() < 2 * line + 8

"""What the running window does with another launch's arguments and with a file the
system asks it to open: come forward and open the model through the ordinary path (its
load settings, with the planner's fit check, then Load)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFileOpenEvent

from tests.conftest import SCRIPTED_NAME
from ui.launch import FileOpenFilter, accept_launch

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def _load_from_its_settings(paddock, qtbot, model: Path):  # type: ignore[no-untyped-def]
    """The load settings opened for `model`: wait for their figures, press Load."""
    dialog = paddock.models_ui.opener.dialog
    assert dialog is not None and dialog.path == model
    qtbot.waitUntil(lambda: not paddock.models_controller.pending and dialog.load_button.isEnabled(), timeout=60_000)
    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=120_000) as loaded:
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    return loaded.args[0]


def test_a_handed_over_model_is_opened_and_the_window_comes_back(qtbot, paddock, scripted_model_path: Path) -> None:
    paddock.window.showMinimized()
    assert accept_launch(paddock.window, ["--verbose", str(scripted_model_path)]) == scripted_model_path
    assert _load_from_its_settings(paddock, qtbot, scripted_model_path).name == SCRIPTED_NAME
    assert paddock.window.isVisible() and not paddock.window.isMinimized()


def test_a_launch_without_a_model_only_brings_the_window_forward(qtbot, paddock) -> None:
    with qtbot.assertNotEmitted(paddock.controller.modelLoading):
        assert accept_launch(paddock.window, []) is None
    assert paddock.window.isVisible()


def test_a_file_the_system_opens_goes_the_same_way(qtbot, qapp, paddock, scripted_model_path: Path) -> None:
    watcher = FileOpenFilter(paddock.window)
    qapp.installEventFilter(watcher)
    try:
        assert QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(scripted_model_path)))
        assert _load_from_its_settings(paddock, qtbot, scripted_model_path).name == SCRIPTED_NAME
    finally:
        qapp.removeEventFilter(watcher)

"""The model picker lists the installed models and switches between them through the
load settings dialog (the same fit check as opening a file); a file opened from
elsewhere joins the list."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import SCRIPTED_NAME
from tests.ui.models_fixtures import SMALL, paddock_with
from ui.main import Paddock


@pytest.fixture
def two_models(qapp: QApplication, tmp_path: Path, tiny_model_path: Path,
               scripted_model_path: Path) -> Iterator[Paddock]:
    yield from paddock_with(qapp, tmp_path, SMALL, models=[tiny_model_path, scripted_model_path])


def _pick(paddock: Paddock, qtbot, name: str):  # type: ignore[no-untyped-def]
    """Choose `name` in the picker; the load settings dialog opens and is planned."""
    combo = paddock.models_ui.picker.combo
    qtbot.waitUntil(lambda: combo.findText(name, Qt.MatchFlag.MatchStartsWith) > 0, timeout=30_000)
    index = combo.findText(name, Qt.MatchFlag.MatchStartsWith)
    assert index > 0, [combo.itemText(i) for i in range(combo.count())]
    with qtbot.waitSignal(paddock.models_controller.costChanged, timeout=60_000):
        combo.activated.emit(index)
    dialog = paddock.models_ui.opener.dialog
    assert dialog is not None and dialog.path.name == name
    qtbot.waitUntil(lambda: not paddock.models_controller.pending and dialog.load_button.isEnabled(), timeout=60_000)
    return dialog


def test_the_picker_lists_installed_models_and_switches_through_the_load_settings(  # type: ignore[no-untyped-def]
        two_models: Paddock, qtbot) -> None:
    picker = two_models.models_ui.picker
    qtbot.waitUntil(lambda: picker.combo.count() == 3, timeout=30_000)
    texts = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert texts[0] == "Choose an installed model…"
    assert any(t.startswith("scripted-llama.gguf · F16 · ") and t.endswith(" MB") for t in texts)
    assert any(t.startswith("tiny-llama.gguf · F16 · ") for t in texts)

    dialog = _pick(two_models, qtbot, "tiny-llama.gguf")
    with qtbot.waitSignal(two_models.controller.modelLoaded, timeout=180_000) as loaded:
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].path.name == "tiny-llama.gguf"
    assert picker.combo.currentText().startswith("tiny-llama.gguf")

    dialog = _pick(two_models, qtbot, "scripted-llama.gguf")
    assert picker.combo.currentText().startswith("tiny-llama.gguf")  # until the new one is loaded
    with qtbot.waitSignal(two_models.controller.modelLoaded, timeout=180_000) as loaded:
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].name == SCRIPTED_NAME
    assert picker.combo.currentText().startswith("scripted-llama.gguf")
    assert SCRIPTED_NAME in two_models.window.model_label.text()


def test_a_model_that_does_not_fit_cannot_be_switched_to_without_load_anyway(  # type: ignore[no-untyped-def]
        two_models: Paddock, qtbot) -> None:
    dialog = _pick(two_models, qtbot, "tiny-llama.gguf")
    with qtbot.waitSignal(two_models.models_controller.costChanged, timeout=60_000):
        dialog.set_context(65536)
    qtbot.waitUntil(lambda: not two_models.models_controller.pending, timeout=60_000)
    assert not dialog.load_button.isEnabled()
    dialog.reject()
    assert two_models.controller.model_info is None


def test_a_file_opened_from_elsewhere_joins_the_list(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, endless_model_path: Path) -> None:
    for paddock in paddock_with(qapp, tmp_path, SMALL):
        picker = paddock.models_ui.picker
        qtbot.waitUntil(lambda: picker.combo.itemText(0) == "No model installed yet", timeout=30_000)
        with qtbot.waitSignal(paddock.models_controller.installedChanged, timeout=180_000):
            paddock.window.open_model(endless_model_path)
            qtbot.waitSignal(paddock.controller.modelLoaded, timeout=180_000).wait()
        qtbot.waitUntil(lambda: picker.combo.count() == 2, timeout=30_000)
        assert picker.combo.itemText(1).startswith("endless-llama.gguf")
        assert picker.combo.currentIndex() == 1  # the loaded model is the one shown

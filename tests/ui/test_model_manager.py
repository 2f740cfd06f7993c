"""The model manager lists the installed models, loads one through the load settings,
deletes one of the models folder (freeing its space, after a confirmation that says how
much) and only forgets a referenced file (which stays on disk)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.gguf_file import read_gguf_info
from app.planner.model_size import footprint_of_file
from tests.app.hub.support import write_small_gguf
from tests.ui.models_fixtures import SMALL, paddock_with
from ui.main import Paddock
from ui.widgets.model_manager import ModelManager


def _manager(paddock: Paddock, qtbot, rows: int) -> ModelManager:  # type: ignore[no-untyped-def]
    manager = paddock.models_ui.show_manager()
    paddock.models_controller.refresh()
    qtbot.waitUntil(lambda: manager.table.rowCount() == rows, timeout=30_000)
    return manager


def _confirm(manager: ModelManager, qtbot) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(manager.delete_button, Qt.MouseButton.LeftButton)
    boxes = [b for b in manager.findChildren(QMessageBox, "confirmDeleteBox") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_delete_frees_the_space_and_forget_keeps_the_file(qapp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "source").mkdir()
    (tmp_path / "elsewhere").mkdir()
    small = write_small_gguf(tmp_path / "source" / "small-llama-F16.gguf")
    elsewhere = write_small_gguf(tmp_path / "elsewhere" / "kept-llama.gguf", seed=1)
    for paddock in paddock_with(qapp, tmp_path, SMALL):
        target = paddock.paths.models_dir / "small-llama-F16.gguf"
        shutil.copyfile(small, target)
        paddock.models_controller.remember(elsewhere)
        manager = _manager(paddock, qtbot, 2)
        names = [manager.table.item(r, 0).text() for r in range(2)]
        assert names == ["small-llama-F16.gguf", "kept-llama.gguf"]
        assert [manager.table.item(r, 5).text() for r in range(2)] == ["Paddock's models folder", "used where it is"]
        assert not manager.delete_button.isEnabled()  # nothing selected

        manager.table.selectRow(0)
        box = _confirm(manager, qtbot)
        size = target.stat().st_size
        assert box.text() == f"Delete small-llama-F16.gguf? This frees {round(size / 1024)} KB on disk."
        with qtbot.waitSignal(paddock.models_controller.modelDeleted, timeout=30_000) as deleted:
            qtbot.mouseClick(box.findChild(QPushButton, "confirmDeleteButton"), Qt.MouseButton.LeftButton)
        assert deleted.args == ["small-llama-F16.gguf", size]
        assert not target.exists()
        assert manager.message_label.text().startswith("small-llama-F16.gguf deleted: ")
        qtbot.waitUntil(lambda: manager.table.rowCount() == 1, timeout=30_000)

        manager.table.selectRow(0)
        box = _confirm(manager, qtbot)
        assert box.text().startswith("Forget kept-llama.gguf? The file stays where it is")
        with qtbot.waitSignal(paddock.models_controller.modelDeleted, timeout=30_000) as deleted:
            qtbot.mouseClick(box.findChild(QPushButton, "confirmDeleteButton"), Qt.MouseButton.LeftButton)
        assert deleted.args == ["kept-llama.gguf", 0]
        assert elsewhere.exists()
        qtbot.waitUntil(lambda: manager.table.rowCount() == 0, timeout=30_000)


def test_load_from_the_manager_and_the_loaded_model_cannot_be_deleted(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, tiny_model_path: Path) -> None:
    info = read_gguf_info(tiny_model_path)
    parameters = footprint_of_file(info).parameter_count
    for paddock in paddock_with(qapp, tmp_path, SMALL, models=[tiny_model_path]):
        manager = _manager(paddock, qtbot, 1)
        # the header's facts, read off the GUI thread when the models were listed
        assert [manager.table.item(0, c).text() for c in range(5)] == [
            "tiny-llama.gguf", "F16", f"{round(parameters / 1e6)} million parameters",
            f"{info.context_length:,} tokens", f"{round(tiny_model_path.stat().st_size / 1024**2)} MB"]
        manager.table.selectRow(0)
        assert manager.delete_button.isEnabled()
        with qtbot.waitSignal(paddock.models_controller.costChanged, timeout=60_000):
            qtbot.mouseClick(manager.load_button, Qt.MouseButton.LeftButton)
        dialog = paddock.models_ui.opener.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.load_button.isEnabled(), timeout=60_000)
        with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=180_000):
            qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
        assert not manager.delete_button.isEnabled()
        assert "cannot be deleted" in manager.delete_button.toolTip()

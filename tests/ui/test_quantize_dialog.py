"""Quantizing from the model manager: each type shows the planner's expected size and
whether it fits this computer; the Q8_0 file written has the size promised, is listed
and loads through the load settings; Cancel leaves nothing behind; a quantized model
cannot be quantized again from the manager."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from app.gguf_file import read_gguf_info
from app.planner.quantize_options import quantize_options
from tests.ui.models_fixtures import GIB, LAPTOP, paddock_with
from ui.main import Paddock
from ui.widgets.model_manager import ModelManager
from ui.widgets.quantize_dialog import QuantizeDialog


def _between_q6_and_q8(model: Path):  # type: ignore[no-untyped-def]
    """A computer on which the Q6_K file fits and the Q8_0 one does not (1 GiB headroom)."""
    by_type = {o.quant_type: o for o in quantize_options(read_gguf_info(model), LAPTOP)}
    middle = (by_type["Q6_K"].ram_needed + by_type["Q8_0"].ram_needed) // 2
    return replace(LAPTOP, ram_total=4 * GIB, ram_available=GIB + middle)


def _manager(paddock: Paddock, qtbot) -> ModelManager:  # type: ignore[no-untyped-def]
    manager = paddock.models_ui.show_manager()
    qtbot.waitUntil(lambda: manager.table.rowCount() == 1, timeout=30_000)
    manager.table.selectRow(0)
    return manager


def _open_quantize(paddock: Paddock, manager: ModelManager, qtbot) -> QuantizeDialog:  # type: ignore[no-untyped-def]
    assert manager.quantize_button.isVisible() and manager.quantize_button.isEnabled()
    qtbot.mouseClick(manager.quantize_button, Qt.MouseButton.LeftButton)
    dialog = paddock.models_ui.quantize_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=60_000)
    return dialog


def _rows(dialog: QuantizeDialog) -> dict[str, tuple[str, str]]:
    return {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}


def test_options_then_quantize_to_q8_0_and_load(qapp, qtbot, tmp_path: Path, tiny_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    hardware = _between_q6_and_q8(tiny_model_path)
    for paddock in paddock_with(qapp, tmp_path, hardware, models=[tiny_model_path]):
        dialog = _open_quantize(paddock, _manager(paddock, qtbot), qtbot)
        rows = _rows(dialog)
        assert {"Q2_K", "Q4_K_M", "Q6_K", "Q8_0"} <= set(rows) and "F16" not in rows
        assert rows["Q6_K"][1] == "in RAM" and rows["Q2_K"][1] == "in RAM"
        assert rows["Q8_0"][1] == "does not fit"
        options = {o.quant_type: o for o in paddock.quantize_controller.options}
        assert rows["Q8_0"][0] == f"{round(options['Q8_0'].file_bytes / 1024**2)} MB"
        assert dialog.selected_type() == "Q4_K_M"  # the usual choice, as it fits

        dialog.select_type("Q8_0")
        stages: list[str] = []
        paddock.quantize_controller.changed.connect(lambda: stages.append(paddock.quantize_controller.stage))
        with qtbot.waitSignal(paddock.quantize_controller.finished, timeout=180_000) as finished:
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            assert dialog.cancel_button.isVisible() and not dialog.start_button.isVisible()
        assert finished.args == ["done"], paddock.quantize_controller.detail
        output = paddock.paths.models_dir / "quantized" / "tiny-llama-Q8_0.gguf"
        assert paddock.quantize_controller.path == output and output.is_file()
        # The size the dialog promised: every tensor exact; the header gains a few keys.
        assert abs(output.stat().st_size - options["Q8_0"].file_bytes) < 4096
        assert read_gguf_info(output).file_type == "Q8_0"
        assert "quantize" in stages and "validate" in stages
        assert dialog.status_label.text() == f"Done: {output}" and dialog.load_button.isVisible()

        manager = paddock.models_ui.manager
        assert manager is not None
        qtbot.waitUntil(lambda: manager.table.rowCount() == 2, timeout=30_000)
        row = [m.path for m in paddock.models_controller.installed].index(output)
        manager.table.selectRow(row)
        assert not manager.quantize_button.isEnabled()  # already quantized
        with qtbot.waitSignal(paddock.models_controller.modelRead, timeout=60_000):
            qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
        load = paddock.models_ui.opener.dialog
        assert load is not None and load.path == output
        load.reject()


def test_cancel_leaves_nothing_behind(qapp, qtbot, tmp_path: Path, tiny_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    for paddock in paddock_with(qapp, tmp_path, LAPTOP, models=[tiny_model_path]):
        dialog = _open_quantize(paddock, _manager(paddock, qtbot), qtbot)
        q = paddock.quantize_controller
        q.changed.connect(lambda: q.cancel() if q.running and q.stage == "quantize" else None)
        dialog.select_type("Q4_K_M")
        with qtbot.waitSignal(q.finished, timeout=180_000) as finished:
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert finished.args == ["cancelled"]
        assert dialog.status_label.text() == "Cancelled; nothing was left behind."
        assert not dialog.load_button.isVisible() and dialog.start_button.isVisible()
        assert list((paddock.paths.models_dir / "quantized").iterdir()) == []


def test_the_headers_keep_room_around_their_thai_labels(qapp, qtbot, tmp_path: Path, tiny_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    for paddock in paddock_with(qapp, tmp_path, LAPTOP, models=[tiny_model_path], language="th"):
        dialog = _open_quantize(paddock, _manager(paddock, qtbot), qtbot)
        header = dialog.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # the header draws its labels bold
        for column in range(2):  # the last one stretches
            label = dialog.table.horizontalHeaderItem(column).text()
            assert label != ("Quantization", "Expected size")[column]  # in Thai
            # clipped before: Qt's own size was the bold advance + 4 px, and the last glyph went
            assert header.sectionSize(column) >= QFontMetrics(bold).horizontalAdvance(label) + 12, label

"""The load settings dialog with the real planner thread and a real engine: the figures
follow the settings, a choice that does not fit blocks Load until overridden or fixed
with one of the planner's alternatives, and Load loads with exactly what was chosen.

The hardware is an injected snapshot (1.4 GiB free, 376 MiB usable after the 1 GiB
headroom): the tiny model (trained for 131,072 tokens) fits at 8,192 tokens and not at
131,072, where the planner offers a q8_0 KV cache and a context of 18,432 tokens."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.models_fixtures import SMALL, paddock_with
from ui.main import Paddock
from ui.widgets.load_settings_dialog import LoadSettingsDialog, context_steps


@pytest.fixture
def small_paddock(qapp: QApplication, tmp_path: Path) -> Iterator[Paddock]:
    yield from paddock_with(qapp, tmp_path, SMALL)


def _open_dialog(paddock: Paddock, qtbot, model: Path) -> LoadSettingsDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(paddock.models_controller.costChanged, timeout=60_000):
        dialog = paddock.models_ui.opener.ask(model)
    assert dialog is not None
    qtbot.waitUntil(lambda: not paddock.models_controller.pending, timeout=60_000)
    return dialog


def _change(paddock: Paddock, qtbot, action) -> None:  # type: ignore[no-untyped-def]
    """Do `action` and wait until the figures are those of the settings it leaves."""
    action()
    qtbot.waitUntil(lambda: not paddock.models_controller.pending and paddock.models_controller.cost is not None,
                    timeout=60_000)


def test_the_slider_snaps_to_powers_of_two_up_to_the_trained_context() -> None:
    assert context_steps(131072) == [2048, 4096, 8192, 16384, 32768, 65536, 131072]
    assert context_steps(100_000) == [2048, 4096, 8192, 16384, 32768, 65536, 100_000]
    assert context_steps(1024) == [1024]


def test_moving_the_slider_updates_the_figures_and_a_choice_that_does_not_fit_blocks_load(  # type: ignore[no-untyped-def]
        small_paddock: Paddock, qtbot, tiny_model_path: Path) -> None:
    dialog = _open_dialog(small_paddock, qtbot, tiny_model_path)
    assert "Paddock tiny Llama 3.1" in dialog.model_label.text() and "131,072" in dialog.model_label.text()
    assert dialog.context_box.value() == 8192 and dialog.context_slider.value() == 2  # 2048, 4096, 8192
    assert dialog.verdict_label.text().endswith("Fits in RAM (runs on the CPU).</b>")
    assert dialog.load_button.isEnabled()
    assert not dialog.layers_box.isEnabled() and "No GPU" in dialog.layers_box.toolTip()  # SMALL has none
    kv_at_8k = dialog.figures["kv_cache"].text()
    needed_at_8k = dialog.figures["needed"].text()
    assert dialog.figures["generation"].text().startswith("about ")
    assert "tokens/s" in dialog.figures["prompt"].text()
    assert dialog.figures["full_context"].text().startswith("about ")
    assert "376 MB after keeping some free" in dialog.figures["available"].text()

    _change(small_paddock, qtbot, lambda: dialog.context_slider.setValue(dialog.context_slider.maximum()))
    assert dialog.context_box.value() == 131072
    assert dialog.figures["kv_cache"].text() != kv_at_8k and dialog.figures["needed"].text() != needed_at_8k
    assert dialog.figures["kv_cache"].text() == "128 MB"  # 2 layers x 2 x 128 x 131,072 x 2 bytes
    assert "Does not fit" in dialog.verdict_label.text()
    assert not dialog.load_button.isEnabled()
    fixes = {b.objectName(): b for b in dialog.findChildren(QPushButton) if b.objectName().startswith("fix_")}
    assert set(fixes) == {"fix_kv_type", "fix_context"}
    assert fixes["fix_context"].text() == "Shorten the context to 18,432 tokens"

    dialog.anyway_box.setChecked(True)  # the person's explicit choice
    assert dialog.load_button.isEnabled()
    dialog.anyway_box.setChecked(False)
    assert not dialog.load_button.isEnabled()

    _change(small_paddock, qtbot, lambda: qtbot.mouseClick(fixes["fix_kv_type"], Qt.MouseButton.LeftButton))
    assert dialog.kv_box.currentData() == "q8_0"
    assert dialog.flash_box.isChecked() and not dialog.flash_box.isEnabled()  # a quantized V cache needs it
    assert dialog.load_button.isEnabled() and "Fits in RAM" in dialog.verdict_label.text()
    assert dialog.figures["kv_cache"].text() == "68 MB"  # q8_0: 34 bytes per 32 values


def test_a_typed_context_and_a_one_click_fix_then_load_loads_exactly_that(  # type: ignore[no-untyped-def]
        small_paddock: Paddock, qtbot, scripted_model_path: Path) -> None:
    dialog = _open_dialog(small_paddock, qtbot, scripted_model_path)
    _change(small_paddock, qtbot, lambda: dialog.set_context(100_000))  # typed: not a power of two
    assert dialog.context_slider.value() == 6  # the nearest stop, 131,072
    assert not dialog.load_button.isEnabled()
    fix = dialog.findChild(QPushButton, "fix_context")
    assert fix is not None
    _change(small_paddock, qtbot, lambda: qtbot.mouseClick(fix, Qt.MouseButton.LeftButton))
    chosen = dialog.context_box.value()
    assert 8192 < chosen < 100_000 and chosen % 256 == 0
    assert dialog.load_button.isEnabled()
    with qtbot.waitSignal(small_paddock.controller.modelLoaded, timeout=180_000) as loaded:
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].n_ctx == chosen
    assert small_paddock.window.send_button.isEnabled()


def test_loading_anyway_passes_the_planner(small_paddock: Paddock, qtbot, tiny_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_dialog(small_paddock, qtbot, tiny_model_path)
    _change(small_paddock, qtbot, lambda: dialog.set_context(32768))
    assert "Does not fit" in dialog.verdict_label.text() and not dialog.load_button.isEnabled()
    dialog.anyway_box.setChecked(True)
    with qtbot.waitSignal(small_paddock.controller.modelLoaded, timeout=180_000) as loaded:
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].n_ctx == 32768


def test_a_file_that_is_not_a_model_says_so_and_cannot_be_loaded(  # type: ignore[no-untyped-def]
        small_paddock: Paddock, qtbot, tmp_path: Path) -> None:
    junk = tmp_path / "notes.gguf"
    junk.write_bytes(b"not a model at all" * 100)
    with qtbot.waitSignal(small_paddock.models_controller.modelReadFailed, timeout=60_000):
        dialog = small_paddock.models_ui.opener.ask(junk)
    assert dialog is not None
    assert "This model file cannot be used" in dialog.model_label.text()
    assert not dialog.load_button.isEnabled() and not dialog.settings_group.isEnabled()

"""Converting a Hugging Face folder from the first run page: progress, an installed F16
GGUF that llama.cpp loads, Load through the load settings; a folder that is not a Llama
gets a clear message and leaves nothing behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.app.hub.test_convert_helpers import TinyLlama, build_llama, save_checkpoint, train_tokenizer
from tests.ui.models_fixtures import SMALL, paddock_with
from ui.main import Paddock


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tokenizer: Any = train_tokenizer()
    model = build_llama(TinyLlama(hidden=64, heads=4, kv_heads=2, ff=128), tokenizer)
    return save_checkpoint(model, tokenizer, tmp_path_factory.mktemp("hf") / "tiny-llama")


@pytest.fixture
def small(qapp: QApplication, tmp_path: Path) -> Iterator[Paddock]:
    yield from paddock_with(qapp, tmp_path, SMALL)


def test_convert_a_folder_then_load_it(small: Paddock, qtbot, checkpoint: Path) -> None:  # type: ignore[no-untyped-def]
    page = small.models_ui.show_first_run()
    stages: list[str] = []
    small.convert_controller.changed.connect(lambda: stages.append(small.convert_controller.stage))
    with qtbot.waitSignal(small.convert_controller.finished, timeout=180_000) as finished:
        dialog = page.convert_folder(checkpoint)
    assert finished.args == ["done"], small.convert_controller.detail
    assert dialog is not None
    output = small.paths.models_dir / "converted" / "tiny-llama-F16.gguf"
    assert small.convert_controller.path == output and output.is_file()
    assert "write" in stages and "validate" in stages
    assert dialog.status_label.text() == f"Done: {output}" and dialog.load_button.isVisible()
    qtbot.waitUntil(lambda: any(m.path == output for m in small.models_controller.installed), timeout=30_000)
    with qtbot.waitSignal(small.models_controller.modelRead, timeout=60_000):
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    load = small.models_ui.opener.dialog
    assert load is not None and load.path == output
    load.reject()


def test_a_folder_that_is_not_a_llama_is_refused_clearly(small: Paddock, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "bert"}')
    page = small.models_ui.show_first_run()
    with qtbot.waitSignal(small.convert_controller.finished, timeout=60_000) as finished:
        dialog = page.convert_folder(folder)
    assert finished.args == ["failed"] and dialog is not None
    assert " — " in dialog.status_label.text() and small.convert_controller.detail in dialog.status_label.text()
    assert not dialog.load_button.isVisible() and dialog.close_button.isVisible()
    converted = small.paths.models_dir / "converted"
    assert not converted.exists() or list(converted.iterdir()) == []

"""The first run page with an injected hardware snapshot and speed profile: it says what
the computer has, recommends what the planner recommends (with the reason), and shows
every catalog model x quantization with its fit badge at the chosen context."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.catalog.entries import load_catalog
from app.planner.memory import PlanSettings
from app.planner.plan import recommend
from tests.ui.models_fixtures import GAMING_PC, LAPTOP, PROFILE, paddock_with
from ui.main import Paddock
from ui.widgets.first_run_page import FirstRunPage


@pytest.fixture
def laptop(qapp: QApplication, tmp_path: Path) -> Iterator[Paddock]:
    yield from paddock_with(qapp, tmp_path, LAPTOP)


@pytest.fixture
def gaming_pc(qapp: QApplication, tmp_path: Path) -> Iterator[Paddock]:
    yield from paddock_with(qapp, tmp_path, GAMING_PC)


def _show(paddock: Paddock, qtbot) -> FirstRunPage:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(paddock.models_controller.catalogChanged, timeout=60_000):
        page = paddock.models_ui.show_first_run()
    qtbot.waitUntil(lambda: paddock.models_controller.hardware is not None, timeout=30_000)
    return page


def _cell(page: FirstRunPage, model: str, quant: str) -> str:
    rows = [page.grid.verticalHeaderItem(r).text() for r in range(page.grid.rowCount())]
    columns = [page.grid.horizontalHeaderItem(c).text() for c in range(page.grid.columnCount())]
    return page.grid.item(rows.index(model), columns.index(quant)).text()


def test_a_laptop_without_a_gpu_gets_the_3b_model_in_ram(laptop: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    expected = recommend(load_catalog(), LAPTOP, PlanSettings(8192), profile=PROFILE)
    assert expected is not None and (expected.entry.name, expected.quant) == ("Llama 3.2 3B Instruct", "Q4_K_M")
    page = _show(laptop, qtbot)
    text = page.recommendation_label.text()
    assert "Recommended: <b>Llama 3.2 3B Instruct</b>, Q4_K_M, with a context of 8,192 tokens." in text
    assert "It fits in your 16.0 GB of memory with " in text and ", writing about 5.7 tokens/s." in text
    hardware = page.hardware_label.text()
    assert "Memory: 16.0 GB in total, 12.0 GB free now." in hardware
    assert "Processor: Test CPU, 4 cores." in hardware
    assert "No graphics card that llama.cpp could use was found" in hardware
    assert page.grid.rowCount() == len(load_catalog().chat_models) and page.grid.columnCount() == 8
    assert _cell(page, "Llama 3.2 3B Instruct", "Q4_K_M").startswith("in RAM\n")
    assert page.grid.item(1, 3).font().bold()  # the recommendation stands out
    assert _cell(page, "Llama 3.1 405B Instruct", "Q4_K_M").startswith("does not fit")
    assert "llama.com" in page.licence_label.text() and "huggingface.co/settings/tokens" in page.licence_label.text()


def test_the_grid_follows_the_chosen_context(laptop: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _show(laptop, qtbot)
    at_8k = _cell(page, "Llama 3.1 8B Instruct", "Q8_0")
    assert at_8k.startswith("in RAM")
    with qtbot.waitSignal(laptop.models_controller.catalogChanged, timeout=60_000):
        page.context_box.setCurrentIndex(page.context_box.findData(32768))
    assert _cell(page, "Llama 3.1 8B Instruct", "Q8_0").startswith("does not fit")  # 8.5 GB of weights and 4 GiB of KV cache
    assert "with a context of 32,768 tokens" in page.recommendation_label.text()


def test_a_gaming_pc_gets_the_8b_model_on_its_gpu(gaming_pc: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _show(gaming_pc, qtbot)
    text = page.recommendation_label.text()
    assert "<b>Llama 3.1 8B Instruct</b>, F16" in text
    assert "It fits in the 24.0 GB of video memory with " in text and "tokens/s" in text
    hardware = page.hardware_label.text()
    assert "Graphics: RTX 4090 with 24.0 GB of video memory (23.0 GB free). Paddock's llama.cpp can use it." in hardware
    assert _cell(page, "Llama 3.1 8B Instruct", "F16").startswith("on GPU\n")
    assert _cell(page, "Llama 3.1 70B Instruct", "Q4_K_M").startswith("partly on GPU\n")


def test_shown_at_start_only_when_no_model_is_installed(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, tiny_model_path: Path) -> None:
    for paddock in paddock_with(qapp, tmp_path / "empty", LAPTOP):
        paddock.models_ui.first_run_if_no_model()
        qtbot.waitUntil(lambda: paddock.models_ui.first_run is not None and paddock.models_ui.first_run.isVisible(),
                        timeout=30_000)
    for paddock in paddock_with(qapp, tmp_path / "one", LAPTOP, models=[tiny_model_path]):
        with qtbot.waitSignal(paddock.models_controller.installedChanged, timeout=30_000):
            paddock.models_ui.first_run_if_no_model()
        qtbot.wait(50)
        assert paddock.models_ui.first_run is None


def test_the_download_says_its_size_and_the_free_disk_space_first(laptop: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _show(laptop, qtbot)
    assert page.disk_label.text().startswith("1.9 GB to download; ") and " free on the disk." in page.disk_label.text()
    assert page.download_button.isEnabled()
    laptop.models_controller.free_disk_bytes = lambda: 500 * 1024 * 1024  # type: ignore[method-assign]
    with qtbot.waitSignal(laptop.models_controller.catalogChanged, timeout=60_000):
        page.context_box.setCurrentIndex(page.context_box.findData(4096))
    assert page.disk_label.text() == ("Not enough disk space for it: 1.9 GB to download, 500 MB free. "
                                      "Free some space first.")
    assert not page.download_button.isEnabled()

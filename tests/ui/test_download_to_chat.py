"""End to end through the window: the first run page downloads the recommendation from
the local mock hub (serving a scripted model, so the reply is fixed), the download's Load
opens its load settings, the model loads and its reply streams into the chat."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt

from app.engine.settings import SamplingSettings
from tests.app.hub.mock_hub import MockHub
from tests.conftest import SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS
from tests.ui.models_fixtures import LAPTOP, paddock_with

REPO = "bartowski/Llama-3.2-3B-Instruct-GGUF"  # the catalog's file for the laptop's recommendation
FILE = "Llama-3.2-3B-Instruct-Q4_K_M.gguf"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockHub]:
    with MockHub() as mock:
        monkeypatch.setenv("HF_ENDPOINT", mock.endpoint)
        monkeypatch.delenv("HF_TOKEN", raising=False)
        yield mock


def test_download_load_and_chat(qapp, qtbot, tmp_path: Path, hub: MockHub, scripted_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    served = hub.add_repo(REPO).add(FILE, scripted_model_path.read_bytes())
    for paddock in paddock_with(qapp, tmp_path, LAPTOP):
        with qtbot.waitSignal(paddock.models_controller.catalogChanged, timeout=60_000):
            page = paddock.models_ui.show_first_run()
        with qtbot.waitSignal(paddock.downloads_controller.jobFinished, timeout=120_000):
            qtbot.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
        installed = paddock.paths.models_dir / REPO / FILE
        assert installed.read_bytes() == served.data
        (job,) = paddock.downloads_controller.jobs.values()
        row = page.downloads_panel.rows[job.id]
        assert row.load_button.isVisible()

        with qtbot.waitSignal(paddock.models_controller.costChanged, timeout=60_000):
            qtbot.mouseClick(row.load_button, Qt.MouseButton.LeftButton)
        load = paddock.models_ui.opener.dialog
        assert load is not None and load.path == installed
        qtbot.waitUntil(load.load_button.isEnabled, timeout=60_000)
        n_ctx = load.settings().n_ctx  # the dialog closes itself once the load starts
        with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=180_000) as loaded:
            qtbot.mouseClick(load.load_button, Qt.MouseButton.LeftButton)
        assert Path(loaded.args[0].path) == installed and loaded.args[0].n_ctx == n_ctx
        assert paddock.window.model_label.text().endswith(f"context {n_ctx:,} tokens")

        paddock.controller.sampling = SamplingSettings(temperature=0.0, max_tokens=SCRIPTED_REPLY_TOKENS + 8)
        streamed: list[str] = []
        paddock.controller.replyText.connect(streamed.append)
        qtbot.keyClicks(paddock.window.input, "How do I bake bread?")
        with qtbot.waitSignal(paddock.controller.replyFinished, timeout=120_000):
            qtbot.keyClick(paddock.window.input, Qt.Key.Key_Return)
        assert "".join(streamed) == SCRIPTED_REPLY and len(streamed) >= 1
        text = paddock.window.transcript.plain_text()
        assert "How do I bake bread?" in text and SCRIPTED_REPLY in text

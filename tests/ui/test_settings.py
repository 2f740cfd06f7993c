"""The settings dialog: what is chosen is saved in the config folder (the token in an
owner-only file, never shown in full), applies at once to the load settings and the
downloads (the hub address), and is there again after a restart."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.config.settings import SETTINGS_FILE, TOKEN_FILE
from tests.app.hub.mock_hub import MockHub
from tests.app.hub.support import write_small_gguf
from tests.ui.models_fixtures import LAPTOP, SMALL, paddock_with
from ui.controllers.downloads_controller import JobState

TOKEN = "hf_secretsecretsecretWXYZ"


def test_settings_are_saved_applied_and_kept(qapp, qtbot, tmp_path: Path, tiny_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    for paddock in paddock_with(qapp, tmp_path, SMALL):
        dialog = paddock.models_ui.show_settings()
        dialog.hub_edit.setText("https://mirror.example.org")
        qtbot.keyClicks(dialog.token_edit, TOKEN)
        dialog.threads_box.setValue(3)
        dialog.context_box.setCurrentIndex(dialog.context_box.findData(4096))
        dialog.kv_box.setCurrentIndex(dialog.kv_box.findData("q8_0"))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        config = paddock.paths.config_dir
        saved = json.loads((config / SETTINGS_FILE).read_text())
        assert (saved["hub_endpoint"], saved["threads"], saved["default_context"], saved["kv_type"]) == \
            ("https://mirror.example.org", 3, 4096, "q8_0")
        assert TOKEN not in (config / SETTINGS_FILE).read_text()
        token_file = config / TOKEN_FILE
        assert token_file.read_text() == TOKEN and stat.S_IMODE(token_file.stat().st_mode) == 0o600
        assert TOKEN not in paddock.paths.log_file.read_text(encoding="utf-8", errors="replace")

        # applies now: the next load starts from the new defaults
        with qtbot.waitSignal(paddock.models_controller.costChanged, timeout=60_000):
            load = paddock.models_ui.opener.ask(tiny_model_path)
        assert load is not None
        assert load.context_box.value() == 4096 and load.kv_box.currentData() == "q8_0"
        assert load.flash_box.isChecked() and load.settings().n_threads == 3
        load.reject()

    for paddock in paddock_with(qapp, tmp_path, SMALL):  # Paddock started again
        dialog = paddock.models_ui.show_settings()
        assert dialog.hub_edit.text() == "https://mirror.example.org" and dialog.threads_box.value() == 3
        assert dialog.token_edit.text() == ""  # never shown again
        assert "hf_…WXYZ" in dialog.token_edit.placeholderText() and TOKEN not in dialog.token_edit.placeholderText()
        dialog.forget_token_box.setChecked(True)
        dialog.save()
        assert not (paddock.paths.config_dir / TOKEN_FILE).exists()


def test_downloads_use_the_hub_address_of_the_settings(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    data = write_small_gguf(tmp_path / "served.gguf").read_bytes()
    with MockHub() as hub:
        hub.add_repo("bartowski/Llama-3.2-3B-Instruct-GGUF").add("Llama-3.2-3B-Instruct-Q4_K_M.gguf", data)
        for paddock in paddock_with(qapp, tmp_path, LAPTOP):
            dialog = paddock.models_ui.show_settings()
            dialog.hub_edit.setText(hub.endpoint)
            dialog.save()
            with qtbot.waitSignal(paddock.models_controller.catalogChanged, timeout=60_000):
                page = paddock.models_ui.show_first_run()
            with qtbot.waitSignal(paddock.downloads_controller.jobFinished, timeout=60_000):
                page.download_recommendation()
            (job,) = paddock.downloads_controller.jobs.values()
            assert job.state is JobState.DONE and job.path is not None and job.path.read_bytes() == data
            assert hub.requests("hub")  # the mirror was asked, nothing else

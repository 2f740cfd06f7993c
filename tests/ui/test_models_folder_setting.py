"""A models folder chosen in the settings applies without a restart: the manager and the
picker list the new folder's models, the next download lands there, and clearing the
setting goes back to Paddock's own folder; downloads left paused in the new folder are
listed at once and resume there."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt

from app.config.settings import SETTINGS_FILE
from app.hub import records
from tests.app.hub.mock_hub import MockFile, MockHub
from tests.app.hub.support import write_small_gguf
from tests.ui.models_fixtures import LAPTOP, paddock_with
from ui.controllers.downloads_controller import JobState
from ui.main import Paddock
from ui.widgets.model_manager import ModelManager

REPO = "bartowski/Llama-3.2-3B-Instruct-GGUF"  # the catalog's file for the laptop's recommendation
FILE = "Llama-3.2-3B-Instruct-Q4_K_M.gguf"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockHub]:
    with MockHub() as mock:
        monkeypatch.setenv("HF_ENDPOINT", mock.endpoint)
        monkeypatch.delenv("HF_TOKEN", raising=False)
        yield mock


def _listed(manager: ModelManager) -> list[str]:
    return [manager.table.item(r, 0).text() for r in range(manager.table.rowCount())]


def _choose_folder(paddock: Paddock, qtbot, folder: str) -> None:  # type: ignore[no-untyped-def]
    dialog = paddock.models_ui.show_settings()
    dialog.models_dir_edit.setText(folder)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_new_models_folder_applies_at_once(qapp, qtbot, tmp_path: Path, hub: MockHub) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "made").mkdir()
    first = write_small_gguf(tmp_path / "made" / "first-llama.gguf")
    other = tmp_path / "other models"
    other.mkdir()
    write_small_gguf(other / "second-llama.gguf", seed=1)
    data = write_small_gguf(tmp_path / "made" / "served.gguf", seed=2).read_bytes()
    hub.add_repo(REPO).add(FILE, data)
    for paddock in paddock_with(qapp, tmp_path, LAPTOP, models=[first]):
        own = paddock.paths.models_dir
        manager = paddock.models_ui.show_manager()
        qtbot.waitUntil(lambda: _listed(manager) == ["first-llama.gguf"], timeout=30_000)

        _choose_folder(paddock, qtbot, str(other))
        saved = json.loads((paddock.paths.config_dir / SETTINGS_FILE).read_text())
        assert saved["models_dir"] == str(other)
        qtbot.waitUntil(lambda: _listed(manager) == ["second-llama.gguf"], timeout=30_000)
        picker = paddock.models_ui.picker.combo
        assert picker.findText("second-llama.gguf", Qt.MatchFlag.MatchStartsWith) > 0
        assert picker.findText("first-llama.gguf", Qt.MatchFlag.MatchStartsWith) < 0
        assert paddock.paths.models_dir == other and paddock.window.models_dir == other
        assert paddock.settings.models_dir_at_start == ""  # no restart happened

        with qtbot.waitSignal(paddock.models_controller.catalogChanged, timeout=60_000):
            page = paddock.models_ui.show_first_run()
        with qtbot.waitSignal(paddock.downloads_controller.jobFinished, timeout=60_000):
            page.download_recommendation()
        (job,) = paddock.downloads_controller.jobs.values()
        assert job.path == other / REPO / FILE and job.path.read_bytes() == data
        assert not (own / REPO).exists()
        qtbot.waitUntil(lambda: len(_listed(manager)) == 2, timeout=30_000)

        _choose_folder(paddock, qtbot, "")  # back to Paddock's own folder
        qtbot.waitUntil(lambda: _listed(manager) == ["first-llama.gguf"], timeout=30_000)
        assert paddock.paths.models_dir == own


def _left_paused(tmp_path: Path, hub: MockHub) -> tuple[Path, MockFile, int]:
    """A third of the served model left paused in "other models" by an earlier run:
    (that folder, the served file, the bytes kept)."""
    data = write_small_gguf(tmp_path / "served.gguf").read_bytes()
    repo = hub.add_repo(REPO)
    served = repo.add(FILE, data)
    other = tmp_path / "other models"
    final = other / REPO / FILE
    final.parent.mkdir(parents=True)
    kept = len(data) // 3
    records.part_path(final).write_bytes(data[:kept])
    records.write_record(records.state_path(final), records.DownloadRecord(
        repo_id=REPO, revision="main", commit=repo.commit, filename=FILE, size=len(data),
        sha256=served.sha256, git_oid=served.git_oid, endpoint=hub.endpoint))
    return other, served, kept


def test_paused_downloads_in_a_newly_chosen_folder_are_listed_without_a_restart(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, hub: MockHub) -> None:
    other, served, kept = _left_paused(tmp_path, hub)
    data, final = served.data, other / REPO / FILE
    for paddock in paddock_with(qapp, tmp_path, LAPTOP):
        manager = paddock.models_ui.show_manager()
        qtbot.waitUntil(lambda: _listed(manager) == [], timeout=30_000)
        assert paddock.downloads_controller.jobs == {}

        _choose_folder(paddock, qtbot, str(other))
        qtbot.waitUntil(lambda: len(paddock.downloads_controller.jobs) == 1, timeout=30_000)
        (job,) = paddock.downloads_controller.jobs.values()
        assert job.state is JobState.PAUSED and (job.repo_id, job.filename) == (REPO, FILE)
        assert job.done == kept and job.total == len(data)
        assert paddock.settings.models_dir_at_start == ""  # no restart happened

        with qtbot.waitSignal(paddock.downloads_controller.jobFinished, timeout=60_000):
            paddock.downloads_controller.resume(job.id)
        assert hub.blob_gets(served)[-1].range_start == kept  # resumed from the kept bytes
        assert final.read_bytes() == data


def test_paused_downloads_of_the_folder_left_are_no_longer_listed(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, hub: MockHub) -> None:
    other, served, kept = _left_paused(tmp_path, hub)
    part = records.part_path(other / REPO / FILE)
    for paddock in paddock_with(qapp, tmp_path, LAPTOP):
        manager = paddock.models_ui.show_manager()
        downloads = paddock.downloads_controller
        _choose_folder(paddock, qtbot, str(other))
        qtbot.waitUntil(lambda: len(downloads.jobs) == 1, timeout=30_000)
        (first,) = downloads.jobs
        assert list(manager.downloads_panel.rows) == [first] and not manager.no_downloads_label.isVisibleTo(manager)

        _choose_folder(paddock, qtbot, "")  # back to Paddock's own folder: nothing paused there
        assert downloads.jobs == {} and manager.downloads_panel.rows == {}
        assert manager.no_downloads_label.isVisibleTo(manager)
        assert part.stat().st_size == kept  # the bytes stay in the folder left

        _choose_folder(paddock, qtbot, str(other))  # and it is listed again there
        qtbot.waitUntil(lambda: len(downloads.jobs) == 1, timeout=30_000)
        (again,) = downloads.jobs.values()
        assert again.state is JobState.PAUSED and list(manager.downloads_panel.rows) == [again.id]

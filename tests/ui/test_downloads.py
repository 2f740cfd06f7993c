"""Downloading the recommendation from the first run page, against the local mock hub
(tests/app/hub/mock_hub.py): progress, pause (the bytes are kept), resume by Range,
sha256 verification, installed and listed in the picker; cancel deletes the partial
file; a corrupt download is refused with a clear message."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.app.hub.mock_hub import Fault, MockFile, MockHub
from tests.app.hub.support import write_small_gguf
from tests.ui.models_fixtures import LAPTOP, paddock_with
from ui.controllers.downloads_controller import JobState
from ui.main import Paddock
from ui.widgets.first_run_page import FirstRunPage

REPO = "bartowski/Llama-3.2-3B-Instruct-GGUF"  # the catalog's file for the laptop's recommendation
FILE = "Llama-3.2-3B-Instruct-Q4_K_M.gguf"


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockHub]:
    with MockHub() as mock:
        monkeypatch.setenv("HF_ENDPOINT", mock.endpoint)
        monkeypatch.delenv("HF_TOKEN", raising=False)
        yield mock


@pytest.fixture
def served(hub: MockHub, tmp_path: Path) -> MockFile:
    data = write_small_gguf(tmp_path / "served.gguf").read_bytes()
    return hub.add_repo(REPO).add(FILE, data)


@pytest.fixture
def laptop(qapp: QApplication, tmp_path: Path) -> Iterator[Paddock]:
    yield from paddock_with(qapp, tmp_path, LAPTOP)


def _page(paddock: Paddock, qtbot) -> FirstRunPage:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(paddock.models_controller.catalogChanged, timeout=60_000):
        page = paddock.models_ui.show_first_run()
    assert page.download_button.isEnabled() and REPO in page.download_button.toolTip()
    return page


def _job(paddock: Paddock):  # type: ignore[no-untyped-def]
    (job,) = paddock.downloads_controller.jobs.values()
    return job


def _wait_state(paddock: Paddock, qtbot, state: JobState) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: _job(paddock).state is state, timeout=60_000)


def test_download_pause_resume_install_and_load(  # type: ignore[no-untyped-def]
        laptop: Paddock, qtbot, hub: MockHub, served: MockFile) -> None:
    hub.add_fault(served, Fault("throttle", bytes_per_s=64 * 1024))  # the first request only: time to pause
    page = _page(laptop, qtbot)
    qtbot.mouseClick(page.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _job(laptop).state is JobState.RUNNING and _job(laptop).done > 0, timeout=60_000)
    job = _job(laptop)
    assert job.label == "Llama 3.2 3B Instruct Q4_K_M" and job.total == len(served.data)
    row = page.downloads_panel.rows[job.id]
    assert row.bar.value() > 0 and " of " in row.status.text() and "/s" in row.status.text()
    assert row.pause_button.text() == "Pause"

    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    _wait_state(laptop, qtbot, JobState.PAUSED)
    kept = _job(laptop).done
    assert 0 < kept < len(served.data)
    assert row.status.text().startswith("Paused: ") and row.pause_button.text() == "Resume"
    parts = list((laptop.paths.models_dir / REPO).glob("*.part"))
    assert len(parts) == 1 and parts[0].stat().st_size > 0

    with qtbot.waitSignal(laptop.downloads_controller.jobFinished, timeout=60_000):
        qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    resumed = hub.blob_gets(served)[-1]
    assert resumed.range_start is not None and resumed.range_start > 0  # continued, not started over
    installed = laptop.paths.models_dir / REPO / FILE
    assert installed.read_bytes() == served.data
    assert row.status.text().startswith("Installed and verified") and row.load_button.isVisible()
    picker = laptop.models_ui.picker.combo
    qtbot.waitUntil(lambda: picker.findText(f"{REPO}/{FILE}", Qt.MatchFlag.MatchStartsWith) > 0, timeout=30_000)

    with qtbot.waitSignal(laptop.models_controller.modelRead, timeout=60_000):
        qtbot.mouseClick(row.load_button, Qt.MouseButton.LeftButton)
    dialog = laptop.models_ui.opener.dialog
    assert dialog is not None and dialog.path == installed
    dialog.reject()


def test_cancel_deletes_the_partial_file(laptop: Paddock, qtbot, hub: MockHub, served: MockFile) -> None:  # type: ignore[no-untyped-def]
    hub.add_fault(served, Fault("throttle", bytes_per_s=64 * 1024))
    page = _page(laptop, qtbot)
    page.download_recommendation()
    qtbot.waitUntil(lambda: _job(laptop).done > 0, timeout=60_000)
    row = page.downloads_panel.rows[_job(laptop).id]
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    _wait_state(laptop, qtbot, JobState.CANCELLED)
    folder = laptop.paths.models_dir / REPO
    assert not folder.exists() or not [p for p in folder.iterdir() if p.name.startswith(FILE)]
    assert row.status.text() == "Cancelled; the partial file was deleted."
    assert not row.pause_button.isVisible() and not row.cancel_button.isVisible()


def test_a_corrupt_download_is_refused_with_a_clear_message(  # type: ignore[no-untyped-def]
        laptop: Paddock, qtbot, hub: MockHub, served: MockFile) -> None:
    hub.add_fault(served, Fault("corrupt", after=1000))
    page = _page(laptop, qtbot)
    page.download_recommendation()
    _wait_state(laptop, qtbot, JobState.FAILED)
    job = _job(laptop)
    assert job.error_kind == "download_corrupt"
    row = page.downloads_panel.rows[job.id]
    assert row.status.text().startswith("The download is damaged — ") and "failed verification" in row.status.text()
    assert not (laptop.paths.models_dir / REPO / FILE).exists()
    assert row.pause_button.text() == "Resume"  # try again


def test_a_paused_download_survives_closing_the_app_and_resumes_by_range(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, hub: MockHub, served: MockFile) -> None:
    hub.add_fault(served, Fault("throttle", bytes_per_s=64 * 1024))
    for paddock in paddock_with(qapp, tmp_path, LAPTOP):
        page = _page(paddock, qtbot)
        page.download_recommendation()
        qtbot.waitUntil(lambda: _job(paddock).done > 0, timeout=60_000)
    # closed mid-download (shutdown pauses it): the next start lists it as paused
    for paddock in paddock_with(qapp, tmp_path, LAPTOP):
        qtbot.waitUntil(lambda: len(paddock.downloads_controller.jobs) == 1, timeout=30_000)
        job = _job(paddock)
        assert job.state is JobState.PAUSED and (job.repo_id, job.filename) == (REPO, FILE)
        assert 0 < job.done < job.total == len(served.data)
        page = _page(paddock, qtbot)
        row = page.downloads_panel.rows[job.id]
        assert row.pause_button.text() == "Resume" and row.status.text().startswith("Paused: ")
        with qtbot.waitSignal(paddock.downloads_controller.jobFinished, timeout=60_000):
            qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
        assert hub.blob_gets(served)[-1].range_start == int(job.done)
        assert (paddock.paths.models_dir / REPO / FILE).read_bytes() == served.data

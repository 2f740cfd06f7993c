"""A blind comparison in the Compare window between a local scripted model (its own engine
worker) and a remote one: llama-cpp-python's own OpenAI server on the scripted model, saved
as an endpoint in the settings. The vote ranks the remote model by endpoint and model id,
"continue with the winner" chats on with it, and a pane whose server is down fails alone."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.config.remote_endpoints import RemoteEndpoint, save_endpoints
from app.dev.scripted_model import write_scripted_llama
from app.hardware.detect import HardwareSnapshot
from app.paths import AppPaths
from app.remote.records import RemoteModel
from tests.conftest import SCRIPTED_REPLY
from tests.remote_servers import free_port
from ui.main import Paddock, build

GIB = 1024**3
WAIT = 120_000
LOCAL_REPLY = "Rice wants water and patience."
PLENTY = HardwareSnapshot(ram_total=64 * GIB, ram_available=32 * GIB, physical_cores=2, logical_cores=2)
REMOTE_LABEL = "scripted · remote · lab"


@pytest.fixture(scope="module")
def local_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scripted_llama(tmp_path_factory.mktemp("models") / "rice-llama.gguf", LOCAL_REPLY)


@pytest.fixture
def app(qapp: QApplication, qtbot, tmp_path: Path, remote_server_url: str) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    paths = AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")})
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    save_endpoints(paths.config_dir, [RemoteEndpoint("lab", remote_server_url)])
    paddock = build(qapp, paths, language="en", hardware=PLENTY)
    paddock.window.show()
    qtbot.waitUntil(lambda: paddock.history.task.store is not None, timeout=WAIT)
    assert paddock.compare is not None and paddock.compare.open_window is not None
    paddock.compare.open_window()
    yield paddock
    paddock.window.close()
    paddock.shutdown()
    assert paddock.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(paddock.crash.shown)


def _window(app: Paddock, qtbot, local: Path):  # type: ignore[no-untyped-def]
    window = app.compare.window  # type: ignore[union-attr]
    remote_pane = window.panes[1]
    qtbot.waitUntil(lambda: remote_pane.model_box.findText(REMOTE_LABEL) >= 0, timeout=WAIT)
    window.panes[0].choose_file(local)
    remote_pane.model_box.setCurrentIndex(remote_pane.model_box.findText(REMOTE_LABEL))
    for pane in window.panes[:2]:
        pane.temperature_box.setValue(0.0)
    return window


def _send(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    window.input.setPlainText(text)
    with qtbot.waitSignal(window.controller.busyChanged, timeout=WAIT, check_params_cb=lambda busy: not busy):
        window.send_button.click()


def test_a_blind_vote_between_a_remote_and_a_local_model(  # type: ignore[no-untyped-def]
        app: Paddock, qtbot, local_model_path: Path) -> None:
    window = _window(app, qtbot, local_model_path)
    assert not window.panes[1].ctx_box.isEnabled()  # the server's context is its own
    schedule = window.schedule_label.text()
    assert schedule.startswith("Together:") and "Remote: B (on a server" in schedule
    assert "The local model fits in memory" in schedule and "(threads A: 2)" in schedule  # B takes no core
    assert window.blind_box.isChecked()

    _send(window, qtbot, "What does bread need?")
    panes = window.panes[:2]
    assert [p.title.text() for p in panes] == ["Model A", "Model B"]  # blind
    remote_slot = next(i for i, p in enumerate(panes) if SCRIPTED_REPLY in p.reply_view.toPlainText())
    local_slot = 1 - remote_slot
    assert LOCAL_REPLY in panes[local_slot].reply_view.toPlainText()
    remote_stats, local_stats = panes[remote_slot].stats_label.text(), panes[local_slot].stats_label.text()
    assert remote_stats.startswith("First token") and remote_stats.endswith("memory remote")
    assert "generation" in remote_stats and "memory remote" not in local_stats

    letter = "AB"[remote_slot]
    with qtbot.waitSignal(window.controller.boardChanged, timeout=WAIT,
                          check_params_cb=lambda board: len(board.ratings) == 2):
        window.vote_buttons[letter].click()
    assert panes[remote_slot].title.text() == f"{letter}: scripted @ lab"  # names revealed
    assert panes[local_slot].title.text() == f"{'AB'[local_slot]}: rice-llama.gguf"
    table = window.leaderboard.table
    assert table.item(0, 1).text() == "scripted @ lab (remote, temperature=0.0)"  # the winner, by endpoint + id
    assert table.item(1, 1).text().startswith("rice-llama.gguf")

    qtbot.waitUntil(window.continue_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=WAIT) as loaded:
        window.continue_button.click()
    assert loaded.args[0].name == "scripted @ lab" and app.controller.is_remote  # the remote winner chats on
    qtbot.waitUntil(lambda: SCRIPTED_REPLY in app.window.transcript.plain_text(), timeout=WAIT)
    assert "What does bread need?" in app.window.transcript.plain_text()


def test_a_remote_pane_whose_server_is_down_fails_alone(  # type: ignore[no-untyped-def]
        app: Paddock, qtbot, local_model_path: Path) -> None:
    window = _window(app, qtbot, local_model_path)
    gone = (RemoteEndpoint("gone", f"http://127.0.0.1:{free_port()}/v1"), RemoteModel("gone", "scripted"))
    window.panes[1].show_models(app.models_controller.installed, [gone])  # the server went away since listing
    window.panes[1].model_box.setCurrentIndex(window.panes[1].model_box.findText("scripted · remote · gone"))
    window.blind_box.setChecked(False)
    _send(window, qtbot, "Anyone there?")
    local, remote = window.panes[:2]
    assert LOCAL_REPLY in local.reply_view.toPlainText() and local.stats_label.text().startswith("First token")
    assert "could not be reached" in remote.stats_label.text() and "gone" in remote.stats_label.text()
    assert window.vote_buttons["A"].isEnabled()  # the comparison goes on: a vote is still possible

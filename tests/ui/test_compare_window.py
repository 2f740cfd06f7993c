"""The Compare window with two real scripted models in their own engine workers: blind
mode, the vote, the leaderboard, continuing with the winner, and a pair that does not fit
together running one after another (said before the first send)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.dev.scripted_model import write_scripted_llama
from app.hardware.detect import HardwareSnapshot
from app.paths import AppPaths
from tests.conftest import SCRIPTED_REPLY
from ui.main import Paddock, build

GIB = 1024**3
WAIT = 120_000
SECOND_REPLY = "Rice wants water and patience."
PLENTY = HardwareSnapshot(ram_total=64 * GIB, ram_available=32 * GIB, physical_cores=2, logical_cores=2)


@pytest.fixture(scope="module")
def second_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scripted_llama(tmp_path_factory.mktemp("models") / "second-llama.gguf", SECOND_REPLY)


def _start(qapp: QApplication, qtbot, tmp_path: Path, hardware: HardwareSnapshot) -> Paddock:  # type: ignore[no-untyped-def]
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en",
                hardware=hardware)
    app.window.show()
    qtbot.waitUntil(lambda: app.history.task.store is not None, timeout=WAIT)
    assert app.compare is not None
    action = next(a for a in app.window.findChildren(QAction) if a.objectName() == "compareAction")
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()  # the menu entry opens the window
    assert app.compare.window is not None and app.compare.window.isVisible()
    return app


@pytest.fixture
def made(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[list[Paddock]]:  # type: ignore[no-untyped-def]
    apps: list[Paddock] = []
    yield apps
    for app in apps:
        app.window.close()
        app.shutdown()
        assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)


def _choose(app: Paddock, first: Path, second: Path) -> object:
    window = app.compare.window  # type: ignore[union-attr]
    assert window is not None
    for pane, path in zip(window.panes, (first, second)):
        pane.choose_file(path)
        pane.temperature_box.setValue(0.0)
    return window


def _send(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    window.input.setPlainText(text)
    with qtbot.waitSignal(window.controller.busyChanged, timeout=WAIT, check_params_cb=lambda busy: not busy):
        window.send_button.click()


def test_blind_vote_reveals_names_updates_the_leaderboard_and_continues_with_the_winner(
        qapp, qtbot, tmp_path: Path, made, scripted_model_path: Path, second_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = _start(qapp, qtbot, tmp_path, PLENTY)
    made.append(app)
    window = _choose(app, scripted_model_path, second_model_path)
    assert window.schedule_label.text().startswith("Together:")  # before any send
    assert "(threads A: 1, B: 1)" in window.schedule_label.text()  # two cores split, not oversubscribed
    assert window.blind_box.isChecked()

    _send(window, qtbot, "How do I bake bread?")
    titles = [p.title.text() for p in window.panes[:2]]
    assert titles == ["Model A", "Model B"]  # blind: no names until the vote
    replies = {p.reply_view.toPlainText() for p in window.panes[:2]}
    assert any(SCRIPTED_REPLY in r for r in replies) and any(SECOND_REPLY in r for r in replies)
    for pane in window.panes[:2]:
        assert "First token" in pane.stats_label.text() and "memory" in pane.stats_label.text()
    assert window.vote_buttons["A"].isEnabled()

    with qtbot.waitSignal(window.controller.boardChanged, timeout=WAIT,
                          check_params_cb=lambda board: len(board.ratings) == 2):
        window.task_box.setCurrentText("cooking")
        window.vote_buttons["A"].click()
    revealed = [p.title.text() for p in window.panes[:2]]
    assert sorted(t.split(": ", 1)[1] for t in revealed) == sorted([scripted_model_path.name, second_model_path.name])
    winner_name = revealed[0].split(": ", 1)[1]
    table = window.leaderboard.table
    assert table.rowCount() == 2
    assert table.item(0, 1).text().startswith(winner_name)  # the winner leads
    assert table.item(0, 4).text() == "1"  # one battle each
    chart = window.leaderboard.chart  # the chart draws the same board
    assert [r.model for r in chart.rated()] == [table.item(r, 1).text() for r in range(2)]

    qtbot.waitUntil(window.continue_button.isEnabled, timeout=WAIT)
    winner_path = scripted_model_path if winner_name == scripted_model_path.name else second_model_path
    winner_reply = SCRIPTED_REPLY if winner_path == scripted_model_path else SECOND_REPLY
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=WAIT):
        window.continue_button.click()
    assert app.controller.model_info is not None and app.controller.model_info.path == winner_path
    qtbot.waitUntil(lambda: winner_reply in app.window.transcript.plain_text(), timeout=WAIT)
    assert "How do I bake bread?" in app.window.transcript.plain_text()


def test_a_pair_that_does_not_fit_together_runs_one_after_another(
        qapp, qtbot, tmp_path: Path, made, scripted_model_path: Path, second_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.arena.schedule import schedule_panes  # noqa: F401  (the planner the window uses)
    from ui.controllers.compare_controller import PaneSetup, make_planner

    together = make_planner(PLENTY)([PaneSetup(scripted_model_path), PaneSetup(second_model_path)]).together
    largest = max(p.plan.ram_needed for p in together.placements)
    # Room for the larger model alone (budget = available - 1 GiB headroom), not for both.
    tight = HardwareSnapshot(ram_total=8 * GIB, ram_available=GIB + largest + (together.ram_needed - largest) // 2,
                             physical_cores=2, logical_cores=2)
    app = _start(qapp, qtbot, tmp_path, tight)
    made.append(app)
    window = _choose(app, scripted_model_path, second_model_path)
    assert window.schedule_label.text().startswith("One after another:")
    assert "do not fit in memory together" in window.schedule_label.text()

    events: list[tuple[str, int]] = []
    window.controller.paneText.connect(lambda slot, _t: events.append(("text", slot)))
    window.controller.paneFinished.connect(lambda slot, _r: events.append(("done", slot)))
    _send(window, qtbot, "How do I cook rice?")
    order = [slot for kind, slot in events if kind == "done"]
    assert sorted(order) == [0, 1]
    first_done = events.index(("done", order[0]))
    assert all(slot == order[0] for _kind, slot in events[:first_done])  # the second waited for the first
    assert "Threads: A 2, B 2." in window.schedule_label.text()  # alone, each gets the whole CPU

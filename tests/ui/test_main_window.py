"""The main window with a real engine: open a GGUF, type, watch the reply stream, stop.

Scripted models (app/dev/scripted_model.py): the reply is known, and the endless one
is still talking when the test stops it or kills its worker."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.chat.messages import ReplyStats, StopReason
from app.engine.settings import SamplingSettings
from tests.conftest import SCRIPTED_NAME, SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS, endless_text
from ui.main import Paddock


def _open(paddock: Paddock, qtbot, model: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=180_000):
        paddock.window.open_model(model)


def test_send_streams_reply_into_transcript(paddock: Paddock, qtbot, scripted_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    assert not window.send_button.isEnabled()  # nothing to talk to yet
    _open(paddock, qtbot, scripted_model_path)
    assert SCRIPTED_NAME in window.model_label.text()
    assert window.send_button.isEnabled()
    qtbot.keyClicks(window.input, "Hello there")
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=180_000) as finished:
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    stats: ReplyStats = finished.args[0]
    reply = paddock.controller.messages[-1]
    assert (reply.role, reply.content) == ("assistant", SCRIPTED_REPLY)
    assert (stats.stop_reason, stats.generated_tokens) == (StopReason.END_OF_TURN, SCRIPTED_REPLY_TOKENS)
    transcript = window.transcript_text()
    assert "You\nHello there" in transcript
    assert transcript.endswith("\n" + SCRIPTED_REPLY)
    assert window.input.toPlainText() == ""
    assert "token" in window.stats_label.text()


def test_stop_button_stops_the_reply(paddock: Paddock, qtbot, endless_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open(paddock, qtbot, endless_model_path)
    paddock.controller.sampling = SamplingSettings(temperature=1.0, max_tokens=5000, seed=5)
    window = paddock.window
    window.input.setPlainText("Tell me a very long story")
    with qtbot.waitSignal(paddock.controller.replyText, timeout=180_000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.stop_button.isEnabled() and not window.send_button.isEnabled()
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=180_000) as finished:
        qtbot.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    stats: ReplyStats = finished.args[0]
    assert stats.stop_reason is StopReason.STOPPED and 1 <= stats.generated_tokens < 5000
    assert paddock.controller.messages[-1].content == endless_text(stats.generated_tokens)
    assert not window.stop_button.isEnabled() and window.send_button.isEnabled()
    assert "stopped" in window.stats_label.text()


def test_window_keeps_responding_while_the_model_computes(paddock: Paddock, qtbot, endless_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open(paddock, qtbot, endless_model_path)
    paddock.controller.sampling = SamplingSettings(temperature=1.0, max_tokens=120, seed=2)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1) if paddock.controller.generating else None)
    timer.start()
    paddock.window.input.setPlainText("Go")
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=180_000) as finished:
        paddock.window.send()
    timer.stop()
    assert finished.args[0].generated_tokens == 120  # the endless model always takes this long
    # Had the engine run on the GUI thread, the timer could not have fired mid-reply.
    assert len(ticks) >= 3


def test_a_file_that_is_not_a_model_gets_a_clear_message(paddock: Paddock, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "holiday.gguf"
    bogus.write_text("photos")
    with qtbot.waitSignal(paddock.controller.modelFailed, timeout=30_000):
        paddock.window.open_model(bogus)
    box = paddock.window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert box.text() == "This model file cannot be used"
    assert "not a GGUF" in box.informativeText()
    assert paddock.window.model_label.text() == "No model loaded"
    box.close()


def test_killed_engine_keeps_the_partial_reply(paddock: Paddock, qtbot, endless_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open(paddock, qtbot, endless_model_path)
    paddock.controller.sampling = SamplingSettings(temperature=1.0, max_tokens=5000, seed=9)
    paddock.window.input.setPlainText("Talk")
    with qtbot.waitSignal(paddock.controller.replyText, timeout=180_000):
        paddock.window.send()
    pid = paddock.engine.task._client.worker_pid
    assert pid
    with qtbot.waitSignal(paddock.controller.replyFailed, timeout=180_000) as failed:
        os.kill(pid, signal.SIGKILL)
    assert failed.args[0] == "worker_died"
    kept = paddock.controller.messages[-1]
    # Rendered as Markdown: the reply's leading space is not drawn.
    assert kept.role == "assistant" and kept.content and kept.content.strip() in paddock.window.transcript_text()
    assert kept.content == endless_text(len(kept.content.split()))  # " and on and ...": one word a token
    box = paddock.window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.text() == "The model stopped unexpectedly"
    box.close()
    # The next message works: a fresh worker loads the same model.
    paddock.controller.sampling = SamplingSettings(temperature=0.0, max_tokens=4)
    paddock.window.input.setPlainText("Again")
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=180_000) as finished:
        paddock.window.send()
    assert finished.args[0].stop_reason is StopReason.LENGTH
    assert paddock.controller.messages[-1].content == endless_text(4)


def test_a_model_too_big_for_memory_is_refused_and_can_be_loaded_anyway(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, tiny_model_path: Path) -> None:
    """The window runs the CLI's fit check: with 200 MiB usable (1.2 GiB free minus the 1 GiB
    headroom), the tiny model (~260 MiB at 8k context) is refused before any memory is
    spent; the dialog says what would fit and offers to load it anyway."""
    from app.hardware.detect import HardwareSnapshot
    from app.paths import AppPaths
    from ui.main import build

    mib = 1024 * 1024
    little = HardwareSnapshot(ram_total=2048 * mib, ram_available=1224 * mib, physical_cores=2, logical_cores=2)
    paddock = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en",
                    hardware=little)
    try:
        paddock.window.show()
        with qtbot.waitSignal(paddock.controller.modelFailed, timeout=60_000) as failed:
            paddock.window.open_model(tiny_model_path)
        assert failed.args[0] == "model_too_large"
        assert paddock.engine.task._client.worker_pid is None  # nothing was loaded
        box = paddock.window.findChild(QMessageBox, "errorBox")
        assert box is not None and box.text() == "This model does not fit in memory"
        assert "needs" in box.informativeText() and "What would fit" in box.informativeText()
        assert paddock.window.stats_label.text() == "This model does not fit in memory"
        assert not paddock.window.send_button.isEnabled()
        anyway = box.findChild(QPushButton, "loadAnywayButton")
        assert anyway is not None and anyway.text() == "Load anyway"
        with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=180_000):
            qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
        assert paddock.window.send_button.isEnabled()
    finally:
        paddock.window.close()
        paddock.shutdown()
    assert paddock.crash.shown == []

"""The main window with a real engine: open a GGUF, type, watch the reply stream, stop.

Scripted models (app/dev/scripted_model.py): the reply is known, and the endless one
is still talking when the test stops it or kills its worker."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.engine.settings import ReplyStats, SamplingSettings, StopReason
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
    assert kept.role == "assistant" and kept.content and kept.content in paddock.window.transcript_text()
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

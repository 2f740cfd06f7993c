"""The context-full flow on the real engine, the scripted tiny model loaded with a 512-token
context: the window says a message does not fit before sending it, and either reloads the
model with a longer context (the planner agreeing) or drops the oldest turns (dimmed in the
transcript, the stats line saying what the model saw); the choice stays with the chat."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from app.chat.context_meter import DROP_OLDEST, LEFT_OUT_KEY, OVERFLOW_KEY, RELOAD
from app.engine.settings import LoadSettings
from app.store.conversations import get_conversation
from tests.conftest import SCRIPTED_REPLY
from ui.main import Paddock
from ui.widgets.context_meter import WARNING

WAIT = 180_000
# Fits alone in 512 tokens with the reply's reserve, not after a few turns of the same.
LONG = " ".join(["bread"] * 90)


def _load(paddock: Paddock, qtbot, path: Path, n_ctx: int = 512) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=WAIT):
        paddock.controller.load_with(LoadSettings(model_path=path, n_ctx=n_ctx, n_threads=2))


def _send(paddock: Paddock, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    paddock.window.input.setPlainText(text)
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        paddock.window.send()


def _fill(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Long turns until the next long message would not fit (each one sent as it fits)."""
    for _ in range(6):
        if not paddock.controller.usage(LONG).fits:  # type: ignore[union-attr]
            return
        _send(paddock, qtbot, LONG)
    raise AssertionError("the context never filled")


def _box_after_send(paddock: Paddock, qtbot):  # type: ignore[no-untyped-def]
    window = paddock.window
    meter = window.context_meter
    assert meter.fits and meter.bar.palette().color(QPalette.ColorRole.Highlight) != WARNING
    window.input.setPlainText(LONG)  # counted again after a pause in the typing
    qtbot.waitUntil(lambda: not meter.fits, timeout=2000)
    assert meter.bar.palette().color(QPalette.ColorRole.Highlight) == WARNING  # before anything is sent
    assert meter.usage is not None and meter.usage.n_ctx == 512 and meter.usage.draft > 0
    sent = len(paddock.controller.messages)
    window.send()
    qtbot.waitUntil(lambda: window.context_guard.box is not None and window.context_guard.box.isVisible())
    assert len(paddock.controller.messages) == sent and window.input.toPlainText() == LONG  # nothing sent yet
    return window.context_guard.box


def test_drop_the_oldest_turns_dims_them_and_is_remembered(paddock: Paddock, qtbot,  # type: ignore[no-untyped-def]
                                                           scripted_model_path: Path) -> None:
    _load(paddock, qtbot, scripted_model_path)
    _fill(paddock, qtbot)
    box = _box_after_send(paddock, qtbot)
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        qtbot.mouseClick(box.drop_button, Qt.MouseButton.LeftButton)
    c, window = paddock.controller, paddock.window
    assert c.messages[0].role == "system" and c.messages[-1].content == SCRIPTED_REPLY  # the prompt stays
    seen = c.status.seen
    assert seen is not None and 0 < seen[0] < seen[1]
    assert f"the model saw the last {seen[0]} of {seen[1]} messages" in window.stats_label.text()
    left_out = [e.left_out for e in window.transcript.entries]
    assert left_out == [True] * (seen[1] - seen[0]) + [False] * (len(left_out) - seen[1] + seen[0])
    assert "(outside the context: the model did not see this message)" in window.transcript_text()
    conversation_id = c.conversation_id
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).settings.get(OVERFLOW_KEY) == DROP_OLDEST,
                    timeout=WAIT)

    # Reopened, the chat keeps its choice: the next long message goes out without asking.
    c.new_conversation()
    assert c.overflow_choice == ""
    with qtbot.waitSignal(c.conversationShown, timeout=WAIT):
        c.open_conversation(conversation_id)
    assert c.overflow_choice == DROP_OLDEST
    # ... and the turns outside the context are dimmed again at once, not after the next reply.
    assert [e.left_out for e in window.transcript.entries] == left_out
    assert "(outside the context: the model did not see this message)" in window.transcript_text()
    assert get_conversation(db, conversation_id).settings.get(LEFT_OUT_KEY) == seen[1] - seen[0]
    window.input.setPlainText(LONG)
    with qtbot.waitSignal(c.replyFinished, timeout=WAIT):
        window.send()
    assert window.context_guard.box is None and c.status.seen is not None


def test_reload_with_a_longer_context_when_the_planner_agrees(paddock: Paddock, qtbot,  # type: ignore[no-untyped-def]
                                                              scripted_model_path: Path) -> None:
    _load(paddock, qtbot, scripted_model_path)
    _fill(paddock, qtbot)
    count = len(paddock.controller.messages)
    box = _box_after_send(paddock, qtbot)
    assert box.reload_button is not None
    qtbot.waitUntil(box.reload_button.isEnabled, timeout=WAIT)  # the planner says it fits
    c = paddock.controller
    with qtbot.waitSignal(c.replyFinished, timeout=WAIT):
        qtbot.mouseClick(box.reload_button, Qt.MouseButton.LeftButton)
    assert c.model_info is not None and c.model_info.n_ctx == 1024
    assert len(c.messages) == count + 2 and c.status.seen is None  # all of it seen, nothing dropped
    assert c.overflow_choice == RELOAD
    assert not any(e.left_out for e in paddock.window.transcript.entries)

"""Regenerate on the real engine: the new reply reads nothing again before the branch
point (llama.cpp's cache keeps the prompt), and the store keeps both replies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.chat.messages import ReplyStats
from app.store.conversations import get_conversation
from app.store.messages import siblings, thread
from app.store.records import TitleSource
from tests.conftest import SCRIPTED_REPLY
from ui.main import Paddock

WAIT = 180_000


def _reply(paddock: Paddock, qtbot, start) -> ReplyStats:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT) as finished:
        start()
    return finished.args[0]


def test_regenerate_reads_only_from_the_branch_point(paddock: Paddock, qtbot, scripted_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=WAIT):
        window.open_model(scripted_model_path)
    window.input.setPlainText("How do I bake bread?")
    first = _reply(paddock, qtbot, window.send)
    assert first.reused_tokens == 0 and first.evaluated_prompt_tokens == first.prompt_tokens > 20
    # The model titles the chat after its first reply: one more turn through the same cache.
    # Let it end first, or it may run between the reply and its regeneration and leave the
    # cache holding the title's prompt instead.
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)
    conversation_id = paddock.controller.conversation_id
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).title_source is TitleSource.MODEL, timeout=WAIT)
    window.input.setPlainText("And how long does it rise?")
    second = _reply(paddock, qtbot, window.send)
    # The second turn reads its new message (and the template's end of the last reply).
    assert second.reused_tokens >= first.prompt_tokens
    again = _reply(paddock, qtbot, lambda: qtbot.mouseClick(window.regenerate_button, Qt.MouseButton.LeftButton))
    assert again.prompt_tokens == second.prompt_tokens
    # Only the prompt's last token is decoded again (its logits start the new reply).
    assert again.evaluated_prompt_tokens <= 1, again
    assert paddock.controller.messages[-1].content == SCRIPTED_REPLY
    assert conversation_id is not None
    qtbot.waitUntil(lambda: len(siblings(db, thread(db, conversation_id)[-1].id)) == 2, timeout=WAIT)
    assert [m.role.value for m in thread(db, conversation_id)] == ["user", "assistant", "user", "assistant"]


def test_regenerating_an_earlier_reply_reads_nothing_before_it_again(paddock: Paddock, qtbot,  # type: ignore[no-untyped-def]
                                                                     scripted_model_path: Path) -> None:
    window, controller = paddock.window, paddock.controller
    with qtbot.waitSignal(controller.modelLoaded, timeout=WAIT):
        window.open_model(scripted_model_path)
    window.input.setPlainText("How do I bake bread?")
    first = _reply(paddock, qtbot, window.send)
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.conversation_id is not None, timeout=WAIT)
    conversation_id = controller.conversation_id
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).title_source is TitleSource.MODEL, timeout=WAIT)
    window.input.setPlainText("And how long does it rise?")
    second = _reply(paddock, qtbot, window.send)
    # The first reply, not the last: the prompt is the first one again, all of it in the
    # cache (the conversation since then is read past, not evaluated).
    again = _reply(paddock, qtbot, lambda: window.regenerate_at(1))
    assert again.prompt_tokens == first.prompt_tokens < second.prompt_tokens
    assert again.evaluated_prompt_tokens <= 1, again
    assert [m.content for m in controller.chat] == ["How do I bake bread?", SCRIPTED_REPLY]
    qtbot.waitUntil(lambda: len(thread(db, conversation_id)) == 2, timeout=WAIT)
    assert len(siblings(db, thread(db, conversation_id)[-1].id)) == 2
    # The next message, after the new reply, reads only itself and the template's joints.
    window.input.setPlainText("And how long does it rise?")
    after = _reply(paddock, qtbot, window.send)
    assert after.reused_tokens >= again.prompt_tokens
    assert after.evaluated_prompt_tokens < second.prompt_tokens - first.prompt_tokens + 8, after

"""The window's turn is app/chat/turn.py's, as paddock-cli's is: driven here through the
real window, controller, engine thread and history thread with the FakeEngine."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.chat.messages import StopReason
from app.chat.turn import system_prompt_for
from app.errors import WorkerDiedError
from app.paths import AppPaths
from app.store.conversations import get_conversation
from app.store.messages import thread
from app.store.records import MessageStatus, Role
from tests.app.hub.support import write_small_gguf
from tests.fake_engine import FakeEngine
from ui.main import Paddock, build

WAIT = 30_000


@pytest.fixture
def fake() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def paddock(qapp: QApplication, qtbot, tmp_path: Path, fake: FakeEngine) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en",
                engine_client=fake)  # type: ignore[arg-type]
    app.window.show()
    qtbot.waitUntil(lambda: app.history.task.store is not None, timeout=WAIT)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=WAIT):
        app.window.open_model(write_small_gguf(tmp_path / "small.gguf"))
    yield app
    app.window.close()
    app.shutdown()
    assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)


def _wait_for_the_model_s_title(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.store.records import TitleSource

    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)
    conversation_id = paddock.controller.conversation_id
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).title_source is TitleSource.MODEL, timeout=WAIT)


def _send(paddock: Paddock, qtbot, text: str, signal: str = "replyFinished") -> None:  # type: ignore[no-untyped-def]
    paddock.window.input.setPlainText(text)
    with qtbot.waitSignal(getattr(paddock.controller, signal), timeout=WAIT):
        paddock.window.send()


def _saved(paddock: Paddock, qtbot, count: int):  # type: ignore[no-untyped-def]
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)
    conversation_id = paddock.controller.conversation_id
    qtbot.waitUntil(lambda: len(thread(db, conversation_id)) == count
                    and thread(db, conversation_id)[-1].status is not MessageStatus.STREAMING, timeout=WAIT)
    return db, conversation_id, thread(db, conversation_id)


def test_a_turn_in_the_window_is_recorded_like_the_cli_s(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    fake.enqueue("Guten ", "Tag!")
    _send(paddock, qtbot, "Hallo")
    _wait_for_the_model_s_title(paddock, qtbot)  # one more chat, which would take the next scripted answer
    fake.enqueue("Gern.")
    _send(paddock, qtbot, "Danke")
    db, conversation_id, messages = _saved(paddock, qtbot, 4)
    assert [(m.role, m.content, m.status) for m in messages] == [
        (Role.USER, "Hallo", MessageStatus.DONE), (Role.ASSISTANT, "Guten Tag!", MessageStatus.DONE),
        (Role.USER, "Danke", MessageStatus.DONE), (Role.ASSISTANT, "Gern.", MessageStatus.DONE)]
    assert [m.parent_id for m in messages[1:]] == [m.id for m in messages[:-1]]
    assert messages[0].settings == {"model_file": str(fake.loads[0].model_path), "n_ctx": 8192,
                                    "kv_cache_type": "f16", "temperature": 0.6, "top_p": 0.9, "top_k": 40,
                                    "min_p": 0.05, "repeat_penalty": 1.0, "max_tokens": 1024, "seed": None}
    assert messages[1].model == "small test Llama"
    assert get_conversation(db, conversation_id).system_prompt == system_prompt_for(None, "en")
    sent, _ = fake.requests[-1]
    assert [(m.role, m.content) for m in sent] == [
        ("system", system_prompt_for(None, "en")), ("user", "Hallo"), ("assistant", "Guten Tag!"), ("user", "Danke")]
    assert "You\nDanke\nAssistant\nGern." in paddock.window.transcript_text()


def test_a_reply_cut_by_the_full_context_says_so_in_the_transcript(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    fake.enqueue("Once upon a", stop_reason=StopReason.CONTEXT_FULL)
    _send(paddock, qtbot, "A long story, please")
    assert "Once upon a\n(cut off: the context is full." in paddock.window.transcript_text()
    assert "context is full" in paddock.window.stats_label.text()
    _db, _cid, messages = _saved(paddock, qtbot, 2)
    assert messages[-1].stats is not None and messages[-1].stats.stop_reason is StopReason.CONTEXT_FULL


def test_a_dead_worker_keeps_the_reply_on_screen_and_on_disk(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    fake.enqueue_error(WorkerDiedError("The model's worker process was killed (SIGKILL).", "Half of"), "Half ", "of")
    _send(paddock, qtbot, "Go on", signal="replyFailed")
    _db, _cid, messages = _saved(paddock, qtbot, 2)
    assert (messages[-1].content, messages[-1].status) == ("Half of", MessageStatus.FAILED)
    assert paddock.controller.messages[-1].content == "Half of"
    assert paddock.window.stats_label.text() == "The model stopped unexpectedly"
    assert paddock.window.send_button.isEnabled()

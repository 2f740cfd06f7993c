"""The window with its conversation history: every exchange saved as it streams, the list,
continuing a saved conversation, search with highlights, rename/pin/export/delete, a
killed engine, a restart, and a history that cannot be opened. Where a test looks at a
reply or a title, it talks to a scripted model (the same words on every CPU)."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QApplication, QMessageBox

from app.chat.messages import ChatMessage
from app.chat.titles import sanitize_title
from app.engine.settings import SamplingSettings
from app.paths import AppPaths
from app.store.conversations import get_conversation, list_conversations
from app.store.database import Database
from app.store.location import database_path
from app.store.messages import thread
from app.store.opening import open_store
from app.store.records import MessageStatus, Role, TitleSource
from tests.conftest import SCRIPTED_NAME, SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS, endless_text
from ui.main import Paddock, build
from ui.widgets.rich_text_delegate import HTML_ROLE

WAIT = 180_000


class Relay(QObject):
    """Re-emits a signal of a task thread on the GUI thread: qtbot must not wait on a
    signal emitted elsewhere (its timer would be stopped from the wrong thread)."""

    fired = Signal(tuple)

    def __init__(self, signal: SignalInstance) -> None:
        super().__init__()
        signal.connect(self._forward, Qt.ConnectionType.QueuedConnection)

    def _forward(self, *args: object) -> None:
        self.fired.emit(args)


def _db(paddock: Paddock) -> Database:
    store = paddock.history.task.store
    assert store is not None, "the history did not open"
    return store.connection()


def _open_model(paddock: Paddock, qtbot, model: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: paddock.history.task.store is not None, timeout=WAIT)
    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=WAIT):
        paddock.window.open_model(model)


def _say(paddock: Paddock, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    paddock.window.input.setPlainText(text)
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        paddock.window.send()


def _titles(paddock: Paddock) -> list[str]:
    return paddock.window.history_panel.titles()


def test_exchanges_are_saved_listed_and_continued(paddock: Paddock, qtbot, scripted_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open_model(paddock, qtbot, scripted_model_path)
    panel = paddock.window.history_panel
    assert panel.titles() == [] and "will be listed here" in panel.note.text()
    # After the first reply the model is asked for a title.
    titles = Relay(paddock.engine.task.titleWritten)
    with qtbot.waitSignal(titles.fired, timeout=WAIT) as titled:
        _say(paddock, qtbot, "Wie backe ich ein Brot über Nacht?")
    db = _db(paddock)
    conversation_id = paddock.controller.conversation_id
    assert titled.args[0] == (conversation_id, SCRIPTED_REPLY) and conversation_id == list_conversations(db)[0].id
    # The model's words, cleaned, replace the first words.
    title = sanitize_title(SCRIPTED_REPLY)
    assert title == "Bread needs flour, water and time"
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).title_source is TitleSource.MODEL, timeout=10_000)
    assert get_conversation(db, conversation_id).title == title
    qtbot.waitUntil(lambda: _titles(paddock) == [title], timeout=WAIT)
    messages = thread(db, conversation_id)
    assert [m.role for m in messages] == [Role.USER, Role.ASSISTANT]
    reply = messages[1]
    assert (reply.status, reply.content) == (MessageStatus.DONE, SCRIPTED_REPLY)
    assert reply.stats is not None and reply.stats.generated_tokens == SCRIPTED_REPLY_TOKENS
    assert reply.content == paddock.controller.messages[-1].content
    assert reply.model == SCRIPTED_NAME and reply.settings and reply.settings["n_ctx"] == 8192
    assert get_conversation(db, conversation_id).system_prompt.startswith("You are a helpful")

    # A new chat, then back to the saved one: it is shown and continued, not restarted.
    qtbot.mouseClick(paddock.window.new_chat_button, Qt.MouseButton.LeftButton)
    assert paddock.window.transcript_text() == "" and paddock.controller.conversation_id is None
    with qtbot.waitSignal(paddock.controller.conversationShown, timeout=WAIT):
        panel.list.itemClicked.emit(panel.list.item(0))
    assert "Wie backe ich ein Brot über Nacht?" in paddock.window.transcript_text()
    assert reply.content in paddock.window.transcript_text()
    assert [m.role for m in paddock.controller.messages] == ["system", "user", "assistant"]
    _say(paddock, qtbot, "Und mit Sauerteig?")
    qtbot.waitUntil(lambda: len(thread(db, conversation_id)) == 4, timeout=WAIT)
    qtbot.waitUntil(lambda: thread(db, conversation_id)[-1].status is MessageStatus.DONE, timeout=WAIT)
    assert len(list_conversations(db)) == 1
    continued = thread(db, conversation_id)[-1]
    assert continued.content == SCRIPTED_REPLY and continued.stats is not None
    # The saved history, reply included, was still in the cache (the title turn kept it).
    assert continued.stats.reused_tokens >= reply.stats.prompt_tokens + reply.stats.generated_tokens

    # Search: every message, folded (uber finds über), the match in bold; a hit opens its chat.
    qtbot.mouseClick(paddock.window.new_chat_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.search_field, "uber nacht")
    qtbot.waitUntil(lambda: panel.list.count() == 1 and bool(panel.list.item(0).data(HTML_ROLE)), timeout=WAIT)
    assert "<b>über</b>" in panel.list.item(0).data(HTML_ROLE) and "<b>Nacht</b>" in panel.list.item(0).data(HTML_ROLE)
    assert panel.note.text() == "1 message found"
    with qtbot.waitSignal(paddock.controller.conversationShown, timeout=WAIT):
        panel.list.itemClicked.emit(panel.list.item(0))
    assert paddock.controller.conversation_id == conversation_id
    panel.search_field.clear()
    qtbot.keyClicks(panel.search_field, "zzzqqq")
    qtbot.waitUntil(lambda: "Nothing found" in panel.note.text(), timeout=WAIT)
    panel.search_field.clear()
    qtbot.waitUntil(lambda: panel.list.count() == 1 and not bool(panel.list.item(0).data(HTML_ROLE)), timeout=WAIT)


def test_rename_pin_export_delete(paddock: Paddock, qtbot, tiny_model_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open_model(paddock, qtbot, tiny_model_path)
    panel = paddock.window.history_panel
    _say(paddock, qtbot, "First chat")
    qtbot.mouseClick(paddock.window.new_chat_button, Qt.MouseButton.LeftButton)
    _say(paddock, qtbot, "Second chat")
    db = _db(paddock)
    qtbot.waitUntil(lambda: len(_titles(paddock)) == 2, timeout=WAIT)
    first, second = sorted(c.id for c in list_conversations(db))
    panel.renameRequested.emit(first, "Bread")
    qtbot.waitUntil(lambda: "Bread" in _titles(paddock), timeout=WAIT)
    assert get_conversation(db, first).title_source is TitleSource.PERSON
    panel.pinRequested.emit(first, True)
    qtbot.waitUntil(lambda: _titles(paddock)[0] == "★ Bread", timeout=WAIT)

    markdown = tmp_path / "out" / "bread.md"
    exported = Relay(paddock.history.task.exported)
    with qtbot.waitSignal(exported.fired, timeout=WAIT):
        panel.exportRequested.emit(first, str(markdown), True)
    assert markdown.read_text(encoding="utf-8").startswith("# Bread") and "First chat" in markdown.read_text()
    as_json = tmp_path / "bread.json"
    with qtbot.waitSignal(exported.fired, timeout=WAIT):
        panel.exportRequested.emit(first, str(as_json), False)
    assert json.loads(as_json.read_text())["conversations"][0]["title"] == "Bread"
    assert "Exported to" in paddock.window.statusBar().currentMessage()
    # Export to a place that cannot be written: a clear message, nothing half-written.
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    failures = Relay(paddock.history.task.failed)
    with qtbot.waitSignal(failures.fired, timeout=WAIT) as failed:
        panel.exportRequested.emit(first, str(blocked / "x.md"), True)
    assert failed.args[0][0] == "export_write"
    box = paddock.window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.text() == "The export could not be written"
    box.close()

    # Deleting the conversation on screen starts a new one.
    assert paddock.controller.conversation_id == second
    panel.deleteRequested.emit(second)
    qtbot.waitUntil(lambda: _titles(paddock) == ["★ Bread"], timeout=WAIT)
    assert paddock.controller.conversation_id is None and paddock.window.transcript_text() == ""


def test_killed_engine_saves_the_partial_reply(paddock: Paddock, qtbot, endless_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open_model(paddock, qtbot, endless_model_path)
    paddock.controller.sampling = SamplingSettings(temperature=1.0, max_tokens=5000, seed=9)
    paddock.window.input.setPlainText("Talk")
    with qtbot.waitSignal(paddock.controller.replyText, timeout=WAIT):
        paddock.window.send()
    db = _db(paddock)
    qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)
    conversation_id = paddock.controller.conversation_id
    qtbot.waitUntil(lambda: len(thread(db, conversation_id)) == 2, timeout=WAIT)
    assert thread(db, conversation_id)[-1].status is MessageStatus.STREAMING  # a row from the first tokens
    with qtbot.waitSignal(paddock.controller.replyFailed, timeout=WAIT):
        os.kill(paddock.engine.task._client.worker_pid, signal.SIGKILL)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: thread(db, conversation_id)[-1].status is MessageStatus.FAILED, timeout=WAIT)
    saved = thread(db, conversation_id)[-1]
    assert saved.content and saved.content == paddock.controller.messages[-1].content
    assert saved.content == endless_text(len(saved.content.split()))  # " and on and ...": one word a token
    assert saved.error is not None and "killed (SIGKILL)" in saved.error
    box = paddock.window.findChild(QMessageBox, "errorBox")
    if box is not None:
        box.close()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def _build(qapp: QApplication, home: Path) -> Paddock:
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(home)}), language="en")
    app.window.show()
    return app


def test_conversations_survive_a_restart(qapp: QApplication, qtbot, tiny_model_path: Path, home: Path) -> None:  # type: ignore[no-untyped-def]
    first = _build(qapp, home)
    try:
        first.controller.sampling = SamplingSettings(temperature=0.0, max_tokens=4)
        _open_model(first, qtbot, tiny_model_path)
        _say(first, qtbot, "Remember me")
        qtbot.waitUntil(lambda: len(_titles(first)) == 1, timeout=WAIT)
    finally:
        first.window.close()
        first.shutdown()
    again = _build(qapp, home)
    try:
        qtbot.waitUntil(lambda: len(_titles(again)) == 1, timeout=WAIT)
        with qtbot.waitSignal(again.controller.conversationShown, timeout=WAIT):
            again.window.history_panel.list.itemClicked.emit(again.window.history_panel.list.item(0))
        assert "Remember me" in again.window.transcript_text()
    finally:
        again.window.close()
        again.shutdown()


@pytest.fixture
def newer_database(home: Path) -> Iterator[Path]:
    path = database_path(AppPaths.from_environment({"PADDOCK_HOME": str(home)}))
    path.parent.mkdir(parents=True)
    with open_store(path) as store:
        store.connection().execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('paddock', 'm999_add_future_things', '2030-01-01')")
    yield path


def test_a_history_from_a_newer_paddock_is_left_alone_and_chat_still_works(  # type: ignore[no-untyped-def]
        qapp: QApplication, qtbot, scripted_model_path: Path, home: Path, newer_database: Path) -> None:
    before = newer_database.read_bytes()
    app = _build(qapp, home)
    try:
        panel = app.window.history_panel
        qtbot.waitUntil(lambda: "not being saved" in panel.note.text(), timeout=WAIT)
        assert "newer Paddock" in panel.note.text() and not panel.search_field.isEnabled()
        box = app.window.findChild(QMessageBox, "errorBox")
        assert box is not None and "newer version of Paddock" in box.informativeText()
        box.close()
        with qtbot.waitSignal(app.controller.modelLoaded, timeout=WAIT):
            app.window.open_model(scripted_model_path)
        app.controller.sampling = SamplingSettings(temperature=0.0, max_tokens=4)
        _say(app, qtbot, "Still works")
        assert app.controller.messages[-1] == ChatMessage("assistant", "Bread needs flour")
    finally:
        app.window.close()
        app.shutdown()
    assert newer_database.read_bytes() == before


def test_a_failed_save_is_reported_once_and_the_chat_goes_on(qapp: QApplication, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The history task on this thread: a write that fails while a reply streams (a full
    disk) is reported once, the rest of that reply is not saved, the next exchange is."""
    from app.chat.conversation_recorder import ConversationRecorder
    from app.chat.messages import ReplyStats, StopReason
    from app.store.errors import DiskFullError
    from ui.tasks.history_task import HistoryTask

    task = HistoryTask(tmp_path / "paddock.sqlite3")
    failures: list[tuple[str, str]] = []
    bugs: list[str] = []
    task.failed.connect(lambda kind, detail: failures.append((kind, detail)))
    task.bugOccurred.connect(bugs.append)
    task.open()
    stats = ReplyStats(prompt_tokens=5, reused_tokens=0, generated_tokens=3, time_to_first_token_s=0.1,
                       prompt_tokens_per_s=50.0, tokens_per_s=10.0, stop_reason=StopReason.END_OF_TURN)
    try:
        task.record_user("Hi", "", "tiny", None)
        task.record_reply_started("tiny", None)
        task.record_reply_text("Hel")

        def full(self: ConversationRecorder, text: str) -> None:
            raise DiskFullError("The disk is full.")

        with monkeypatch.context() as patch:
            patch.setattr(ConversationRecorder, "add_reply_text", full)
            for piece in ("lo", " the", "re"):
                task.record_reply_text(piece)
        task.record_reply_finished(stats)
        assert failures == [("disk_full", "The disk is full.")] and bugs == []
        task.record_user("Again", "", "tiny", None)
        task.record_reply_started("tiny", None)
        task.record_reply_text("Yes")
        task.record_reply_finished(stats)
        db = task.store.connection()  # type: ignore[union-attr]
        saved = thread(db, list_conversations(db)[0].id)
        assert [(m.content, m.status) for m in saved] == [
            ("Hi", MessageStatus.DONE), ("Hel", MessageStatus.STREAMING),
            ("Again", MessageStatus.DONE), ("Yes", MessageStatus.DONE)]
        assert bugs == []
    finally:
        task.shutdown()

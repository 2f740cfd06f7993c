"""Runs the conversation store off the GUI thread.

HistoryTask lives in its own QThread and owns the Store: opening it (integrity check,
backups, migrations: a second or more on a big file) and every read and write happen
there, so the window never waits on the disk. Requests arrive as queued signals, in
order, so the reply being streamed is always saved into the conversation its message
went to. Results leave as signals carrying immutable records. Expected store errors
become `failed(kind, detail)`; anything else is a bug for the crash dialog.
"""

from __future__ import annotations

import functools
import logging
import traceback
from pathlib import Path
from typing import Any, Callable, Optional

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from app.chat.conversation_recorder import ConversationRecorder, chat_history
from app.chat.messages import ReplyStats
from app.errors import AppError
from app.store import conversations as conv
from app.store.alternatives import alternatives
from app.store.attached_collections import attached_collections, set_attached
from app.store.export_files import export_to_file
from app.store.messages import select_branch
from app.store.opening import Store, open_store
from app.store.search import SearchFilters, search
from ui.error_texts import error_detail

log = logging.getLogger(__name__)

LIST_LIMIT = 500  # conversations shown in the list; search reaches all of them
SEARCH_LIMIT = 50


def _guarded(method: Callable[..., None]) -> Callable[..., None]:
    """Run a slot: AppErrors become `failed`, other exceptions go to the crash dialog."""

    @functools.wraps(method)
    def run(self: "HistoryTask", *args: Any) -> None:
        if self._store is None:
            return  # the history could not be opened: the chat goes on unsaved
        try:
            method(self, *args)
        except AppError as exc:
            log.warning("history: %s", exc.detail)
            self.failed.emit(exc.kind, error_detail(exc))
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())

    return run


class HistoryTask(QObject):
    opened = Signal(object)  # OpenReport
    openFailed = Signal(str, str)  # kind, detail
    conversationsListed = Signal(object)  # list[ConversationSummary]
    conversationLoaded = Signal(object, object, object)  # Conversation, list[Message], history (list[ChatMessage])
    alternativesListed = Signal(object)  # before conversationLoaded: {message id: ids of its alternatives}
    conversationStarted = Signal(int)  # the first message created this conversation
    titleWanted = Signal(int, object)  # conversation id, history to ask the model with
    searchFinished = Signal(str, object)  # query, list[SearchHit]
    exported = Signal(str)  # path written
    collectionsLoaded = Signal(int, object)  # conversation id, tuple of collection names
    failed = Signal(str, str)  # kind, detail
    bugOccurred = Signal(str)

    def __init__(self, database: Path) -> None:
        super().__init__()
        self._database = database
        self._store: Optional[Store] = None
        self._recorder: Optional[ConversationRecorder] = None
        self._message_saved = False  # the person's last message reached the database

    @property
    def store(self) -> Optional[Store]:
        return self._store

    def _db(self) -> Any:
        assert self._store is not None
        return self._store.connection()

    def _replying(self) -> bool:
        """A reply is being saved (not when its message or an earlier piece failed to be)."""
        return self._recorder is not None and self._recorder.replying

    def _recorder_now(self) -> ConversationRecorder:
        if self._recorder is None:
            self._recorder = ConversationRecorder(self._db())
        return self._recorder

    # --- opening and listing --------------------------------------------------------------

    @Slot()
    def open(self) -> None:
        try:
            self._store = open_store(self._database)
        except AppError as exc:
            log.error("conversation history unavailable: %s", exc.detail)
            self.openFailed.emit(exc.kind, error_detail(exc))
            return
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            return
        self.opened.emit(self._store.report)
        self.refresh()

    @Slot()
    @_guarded
    def refresh(self) -> None:
        self.conversationsListed.emit(conv.list_conversations(self._db(), limit=LIST_LIMIT))

    # --- the conversation on screen ---------------------------------------------------------

    @Slot()
    @_guarded
    def new_conversation(self) -> None:
        self._recorder = None  # created with its first message

    @Slot(int)
    @_guarded
    def load_conversation(self, conversation_id: int) -> None:
        recorder = ConversationRecorder(self._db(), conversation_id)
        conversation = recorder.conversation()
        messages = recorder.messages()
        self._recorder = recorder
        assert conversation is not None
        self.alternativesListed.emit(alternatives(self._db(), conversation_id, messages))
        self.conversationLoaded.emit(conversation, messages, chat_history(conversation, messages))

    @Slot(int, object, object)
    @_guarded
    def save_settings(self, conversation_id: int, model: Optional[str], settings: Any) -> None:
        conv.set_model(self._db(), conversation_id, model, settings)

    @Slot(int, object)
    @_guarded
    def save_collections(self, conversation_id: int, names: Any) -> None:
        set_attached(self._db(), conversation_id, tuple(names))

    @Slot(int)
    @_guarded
    def load_collections(self, conversation_id: int) -> None:
        self.collectionsLoaded.emit(conversation_id, tuple(attached_collections(self._db(), conversation_id)))

    @Slot(int, str)
    @_guarded
    def save_system_prompt(self, conversation_id: int, system_prompt: str) -> None:
        conv.set_system_prompt(self._db(), conversation_id, system_prompt)

    @Slot(int, int)
    @_guarded
    def show_alternative(self, conversation_id: int, message_id: int) -> None:
        """Switch the conversation to the branch through `message_id`, then show it."""
        select_branch(self._db(), message_id)
        self.load_conversation(conversation_id)

    # --- a turn, as the QueuedRecorder reports it (app/chat/turn.py, in the engine thread) ---

    @Slot(str, str, object, object)
    @_guarded
    def record_user(self, text: str, system_prompt: str, model: Optional[str], settings: Any) -> None:
        self._message_saved = False
        recorder = self._recorder_now()
        first = recorder.conversation_id is None
        recorder.add_user(text, system_prompt=system_prompt, model=model, settings=settings)
        self._message_saved = True
        if first and recorder.conversation_id is not None:
            self.conversationStarted.emit(recorder.conversation_id)
            self.refresh()  # the new conversation is listed now; others move when the reply ends

    @Slot(object)
    @_guarded
    def record_answer_again(self, position: Optional[int] = None) -> None:
        self._message_saved = False
        self._recorder_now().answer_again(position)
        self._message_saved = True  # the message being answered is saved already

    @Slot(object)
    @_guarded
    def record_edit_last(self, position: Optional[int] = None) -> None:
        self._recorder_now().edit_last(position)  # then record_user saves the new version

    @Slot(object, object)
    @_guarded
    def record_reply_started(self, model: Optional[str], settings: Any) -> None:
        # A reply to a message that could not be saved (disk full...) is not saved either:
        # that failure was already reported once.
        if self._message_saved and self._recorder is not None:
            self._recorder.start_reply(model=model, settings=settings)

    @Slot(str)
    @_guarded
    def record_reply_text(self, text: str) -> None:
        if not self._replying():
            return
        assert self._recorder is not None
        try:
            self._recorder.add_reply_text(text)
        except AppError:
            self._recorder.abandon_reply()  # reported once, not once per streamed piece
            raise

    @Slot(object)
    @_guarded
    def record_reply_finished(self, stats: ReplyStats) -> None:
        if not self._replying():
            return
        assert self._recorder is not None
        self._recorder.finish_reply(stats)
        if self._recorder.needs_model_title() and self._recorder.conversation_id is not None:
            # The history as the engine just saw it, so the title turn reuses its cache.
            self.titleWanted.emit(self._recorder.conversation_id, self._recorder.history())
        self.refresh()

    @Slot(str, str)
    @_guarded
    def record_reply_failed(self, detail: str, partial: str) -> None:
        if self._replying():
            assert self._recorder is not None
            self._recorder.fail_reply(detail, partial)
            self.refresh()

    @Slot(str)
    @_guarded
    def record_reply_stopped(self, partial: str) -> None:
        if self._replying():
            assert self._recorder is not None
            self._recorder.stop_reply(partial)
            self.refresh()

    @Slot(int, str)
    @_guarded
    def record_model_title(self, conversation_id: int, title: str) -> None:
        recorder = ConversationRecorder(self._db(), conversation_id)
        recorder.title_from_model(lambda _prompt: title)
        self.refresh()

    # --- managing conversations -------------------------------------------------------------

    @Slot(int, str)
    @_guarded
    def rename(self, conversation_id: int, title: str) -> None:
        conv.rename_conversation(self._db(), conversation_id, title)
        self.refresh()

    @Slot(int, bool)
    @_guarded
    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        conv.set_pinned(self._db(), conversation_id, pinned)
        self.refresh()

    @Slot(int)
    @_guarded
    def delete(self, conversation_id: int) -> None:
        conv.delete_conversation(self._db(), conversation_id)
        if self._recorder is not None and self._recorder.conversation_id == conversation_id:
            self._recorder = None
        self.refresh()

    @Slot(str, object)
    @_guarded
    def search(self, query: str, filters: Optional[SearchFilters] = None) -> None:
        hits = search(self._db(), query, filters=filters or SearchFilters(), limit=SEARCH_LIMIT)
        self.searchFinished.emit(query, hits)

    @Slot(int, str, bool)
    @_guarded
    def export(self, conversation_id: int, path: str, markdown: bool) -> None:
        export_to_file(self._db(), [conversation_id], Path(path), markdown=markdown)
        self.exported.emit(path)

    @Slot()
    def shutdown(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class HistoryThread:
    """Owns the QThread that HistoryTask runs in."""

    def __init__(self, database: Path) -> None:
        self.thread = QThread()
        self.thread.setObjectName("paddock-history-task")
        self.task = HistoryTask(database)
        self.task.moveToThread(self.thread)
        self.thread.start()

    def stop(self) -> None:
        """Close the database on its own thread, then end the thread; call at quit."""
        QMetaObject.invokeMethod(self.task, "shutdown", Qt.ConnectionType.BlockingQueuedConnection)
        self.thread.quit()
        self.thread.wait(10_000)

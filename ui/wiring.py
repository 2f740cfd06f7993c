"""All cross-thread wiring in one place: controller commands to the engine and history
tasks, their results back to the controller and the window (queued connections: each task
lives in its own thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.controllers.chat_controller import ChatController
from ui.crash import CrashReporter
from ui.tasks.engine_task import EngineTask
from ui.tasks.history_task import HistoryTask
from ui.widgets.main_window import MainWindow

QUEUED = Qt.ConnectionType.QueuedConnection


def connect_engine(controller: ChatController, task: EngineTask, crash: CrashReporter) -> None:
    controller.loadRequested.connect(task.load, QUEUED)
    # First, in the GUI thread: a title being written gives way; then the request itself.
    controller.chatRequested.connect(task.chat_coming, Qt.ConnectionType.DirectConnection)
    controller.chatRequested.connect(task.chat, QUEUED)
    task.loaded.connect(controller.on_loaded, QUEUED)
    task.loadFailed.connect(controller.on_load_failed, QUEUED)
    task.textStreamed.connect(controller.on_text, QUEUED)
    task.replyFinished.connect(controller.on_reply_finished, QUEUED)
    task.replyFailed.connect(controller.on_reply_failed, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)


def connect_history(controller: ChatController, history: HistoryTask, engine: EngineTask, window: MainWindow,
                    crash: CrashReporter) -> None:
    """The store thread records what the controller sends and what the engine streams.

    Streamed text and the reply's end go from the engine thread straight to the history
    thread (no detour through the GUI); both queues keep their order, and the person's
    message is queued before the engine is asked to answer it.
    """
    panel = window.history_panel
    controller.recordUserRequested.connect(history.record_user, QUEUED)
    controller.newConversationRequested.connect(history.new_conversation, QUEUED)
    controller.conversationRequested.connect(history.load_conversation, QUEUED)
    controller.deleteRequested.connect(history.delete, QUEUED)
    engine.textStreamed.connect(history.record_reply_text, QUEUED)
    engine.replyFinished.connect(history.record_reply_finished, QUEUED)
    engine.replyFailed.connect(history.record_reply_failed, QUEUED)
    history.titleWanted.connect(engine.write_title, QUEUED)
    engine.titleWritten.connect(history.record_model_title, QUEUED)
    history.conversationLoaded.connect(controller.on_conversation_loaded, QUEUED)
    history.conversationStarted.connect(controller.on_conversation_started, QUEUED)
    panel.searchRequested.connect(history.search, QUEUED)
    panel.renameRequested.connect(history.rename, QUEUED)
    panel.pinRequested.connect(history.set_pinned, QUEUED)
    panel.exportRequested.connect(history.export, QUEUED)
    history.conversationsListed.connect(panel.show_conversations, QUEUED)
    history.searchFinished.connect(panel.show_hits, QUEUED)
    history.opened.connect(window.show_history_opened, QUEUED)
    history.openFailed.connect(window.show_history_unavailable, QUEUED)
    history.failed.connect(window.show_history_error, QUEUED)
    history.exported.connect(window.show_exported, QUEUED)
    history.bugOccurred.connect(crash.report, QUEUED)

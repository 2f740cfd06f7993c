"""All cross-thread wiring in one place: controller commands to the engine task, task
results back to the controller (queued connections: the task lives in its own thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.controllers.chat_controller import ChatController
from ui.crash import CrashReporter
from ui.tasks.engine_task import EngineTask

QUEUED = Qt.ConnectionType.QueuedConnection


def connect_engine(controller: ChatController, task: EngineTask, crash: CrashReporter) -> None:
    controller.loadRequested.connect(task.load, QUEUED)
    controller.chatRequested.connect(task.chat, QUEUED)
    task.loaded.connect(controller.on_loaded, QUEUED)
    task.loadFailed.connect(controller.on_load_failed, QUEUED)
    task.textStreamed.connect(controller.on_text, QUEUED)
    task.replyFinished.connect(controller.on_reply_finished, QUEUED)
    task.replyFailed.connect(controller.on_reply_failed, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)

"""Runs EngineClient calls off the GUI thread.

This module is one of the only places that create threads (ui/tasks/). EngineTask lives
in its own QThread; requests arrive as queued signals and results leave as signals
carrying immutable data. Streamed text is coalesced to at most one signal every ~30 ms,
so a fast model never floods the GUI thread. Stop does not go through the queue (it
would wait behind the running reply): the controller sets the request's CancelToken.
A title the model writes after the first reply gives way to the person's next message:
it is stopped when a message is coming, or skipped if it has not started.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from typing import Optional

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.chat.titles import engine_summarizer
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import AppError, WorkerDiedError
from app.jobs import CancelToken

log = logging.getLogger(__name__)

COALESCE_SECONDS = 0.03


class EngineTask(QObject):
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str, str)  # AppError.kind, detail
    textStreamed = Signal(str)  # new text since the last signal
    replyFinished = Signal(object)  # ChatReply
    replyFailed = Signal(str, str, str)  # kind, detail, text streamed before the failure
    titleWritten = Signal(int, str)  # conversation id, the model's raw title
    bugOccurred = Signal(str)  # a traceback: shown in the crash dialog

    def __init__(self, client: EngineClient) -> None:
        super().__init__()
        self._client = client
        self._title_lock = threading.Lock()
        self._chats_coming = 0  # chat requests queued and not yet started
        self._title_cancel: Optional[CancelToken] = None  # the title being written

    @Slot()
    def chat_coming(self) -> None:
        """Runs in the sender's thread (direct connection), before the chat request is
        queued: a title being written stops at once, and one still queued is skipped, so
        the person's message never waits behind a title."""
        with self._title_lock:
            self._chats_coming += 1
            if self._title_cancel is not None:
                self._title_cancel.cancel()

    @Slot(object)
    def load(self, settings: LoadSettings) -> None:
        try:
            info = self._client.load(settings)
        except AppError as exc:
            self.loadFailed.emit(exc.kind, exc.detail)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            self.loaded.emit(info)

    @Slot(object, object, object)
    def chat(self, messages: tuple, sampling: SamplingSettings, cancel: CancelToken) -> None:
        with self._title_lock:
            self._chats_coming = max(0, self._chats_coming - 1)
        pending: list[str] = []
        last_flush = time.monotonic()

        def on_token(text: str) -> None:
            nonlocal last_flush
            pending.append(text)
            now = time.monotonic()
            if now - last_flush >= COALESCE_SECONDS:
                self.textStreamed.emit("".join(pending))
                pending.clear()
                last_flush = now

        try:
            reply = self._client.chat(messages, sampling, on_token=on_token, cancel=cancel)
        except WorkerDiedError as exc:
            if pending:
                self.textStreamed.emit("".join(pending))
            self.replyFailed.emit(exc.kind, exc.detail, exc.partial_text)
        except AppError as exc:
            if pending:
                self.textStreamed.emit("".join(pending))
            self.replyFailed.emit(exc.kind, exc.detail, "")
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            if pending:
                self.textStreamed.emit("".join(pending))
            self.replyFinished.emit(reply)

    @Slot(int, object)
    def write_title(self, conversation_id: int, history: list) -> None:
        """Ask the loaded model for a title, as one more turn of the conversation (its
        cached tokens are reused, and kept for the next real turn). Failing is harmless:
        the conversation keeps its first words as title."""
        with self._title_lock:
            if self._chats_coming:
                log.info("title for conversation %s skipped: a message is waiting", conversation_id)
                return
            cancel = self._title_cancel = CancelToken()
        try:
            title = engine_summarizer(self._client, history=history, cancel=cancel)("")
        except AppError as exc:
            log.info("no title from the model: %s", exc.detail)
            return
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            return
        finally:
            with self._title_lock:
                self._title_cancel = None
        if cancel.cancelled:
            log.info("title for conversation %s stopped: a message came", conversation_id)
            return
        self.titleWritten.emit(conversation_id, title)

    @Slot()
    def shutdown(self) -> None:
        self._client.close()


class EngineThread:
    """Owns the QThread that EngineTask runs in."""

    def __init__(self, client: EngineClient) -> None:
        self.thread = QThread()
        self.thread.setObjectName("paddock-engine-task")
        self.task = EngineTask(client)
        self.task.moveToThread(self.thread)
        self._client = client
        self.thread.start()

    def stop(self) -> None:
        """Close the engine (its worker process) and end the thread; call at quit."""
        self._client.stop()
        self.thread.quit()
        self.thread.wait(10_000)
        self._client.close()

"""Runs model loads and chat turns off the GUI thread.

This module is one of the only places that create threads (ui/tasks/). EngineTask lives
in its own QThread; requests arrive as queued signals and results leave as signals
carrying immutable data. Loads go through the planner's fit check (app/chat/model_loading);
a turn is app/chat/turn.py's, the same as paddock-cli's: its text arrives coalesced to at
most one piece every ~30 ms (a fast model never floods the GUI thread) and is recorded
through the QueuedRecorder at the same moment. Stop does not go through the queue (it
would wait behind the running reply): the controller sets the request's CancelToken.
A title the model writes after the first reply gives way to the person's next message:
it is stopped when a message is coming, or skipped if it has not started.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import traceback
from typing import TYPE_CHECKING, Callable, Optional

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.chat.model_loading import ModelLoader
from app.chat.titles import engine_summarizer
from app.chat.turn import TurnRecorder, TurnRequest, run_turn
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings
from app.errors import AppError
from app.jobs import CancelToken
from app.remote.engine_switch import EngineSwitch
from ui.error_texts import error_detail

if TYPE_CHECKING:  # the planner loads with the first model, not at start
    from app.planner.fit_check import HardwareSource

log = logging.getLogger(__name__)


class EngineTask(QObject):
    loaded = Signal(object)  # ModelInfo
    loadFailed = Signal(str, str)  # AppError.kind, detail
    modelKept = Signal(object)  # before loadFailed: the ModelInfo still loaded, or None
    textStreamed = Signal(str)  # new text since the last signal
    turnEnded = Signal(object)  # TurnResult (its error set when the reply failed)
    sourcesFound = Signal(object)  # tuple[Passage, ...] the reply being written may cite
    titleWritten = Signal(int, str)  # conversation id, the model's raw title
    bugOccurred = Signal(str)  # a traceback: shown in the crash dialog

    def __init__(self, client: EngineClient, hardware: HardwareSource,
                 recorder: Optional[TurnRecorder] = None) -> None:
        super().__init__()
        # Local or remote: a remote model chosen in the picker takes the chats until the next load.
        self._client = client if isinstance(client, EngineSwitch) else EngineSwitch(client)
        self._loader = ModelLoader(self._client, hardware)
        self._recorder = recorder
        self._title_lock = threading.Lock()
        self._chats_coming = 0  # chat requests queued and not yet started
        self._title_cancel: Optional[CancelToken] = None  # the title being written
        # (collections, question, whole) -> passages; set by the composition root
        self.find_passages: Optional[Callable[..., tuple]] = None

    @Slot()
    def chat_coming(self) -> None:
        """Runs in the sender's thread (direct connection), before the chat request is
        queued: a title being written stops at once, and one still queued is skipped, so
        the person's message never waits behind a title."""
        with self._title_lock:
            self._chats_coming += 1
            if self._title_cancel is not None:
                self._title_cancel.cancel()

    @Slot(object, bool)
    def load(self, settings: LoadSettings, force: bool = False) -> None:
        """Load after the planner's fit check (skipped when the person chose to load anyway)."""
        try:
            info = self._loader.load(settings, force=force)
        except AppError as exc:
            # A file refused before the worker saw it leaves the model that was loaded in place.
            self.modelKept.emit(self._client.model_info)
            self.loadFailed.emit(exc.kind, error_detail(exc))
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            self.loaded.emit(info)

    @Slot(object, object)
    def select_remote(self, endpoint: object, model: object) -> None:
        """Chat with a remote model from now on (its "load": nothing is read or allocated here)."""
        self.loaded.emit(self._client.use_remote(endpoint, model))  # type: ignore[arg-type]

    @Slot(object, object)
    def turn(self, request: TurnRequest, cancel: CancelToken) -> None:
        with self._title_lock:
            self._chats_coming = max(0, self._chats_coming - 1)
        try:
            request = self._with_passages(request)
            result = run_turn(self._client, request, recorder=self._recorder, on_text=self.textStreamed.emit,
                              cancel=cancel)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            self.turnEnded.emit(result)

    def _with_passages(self, request: TurnRequest) -> TurnRequest:
        """The turn with its documents' passages (none found: said so to the model)."""
        if not request.collections or request.passages is not None or self.find_passages is None:
            return request
        try:
            passages = self.find_passages(request.collections, request.text, request.whole_documents)
        except AppError as exc:
            log.warning("documents not searched: %s", exc.detail)
            return request
        self.sourcesFound.emit(passages)
        return dataclasses.replace(request, passages=passages)

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

    def __init__(self, client: EngineClient, hardware: HardwareSource, recorder: Optional[TurnRecorder] = None) -> None:
        self.thread = QThread()
        self.thread.setObjectName("paddock-engine-task")
        self.task = EngineTask(client, hardware, recorder)
        self.task.moveToThread(self.thread)
        self._client = client
        self.thread.start()

    @property
    def client(self) -> EngineClient:
        """The engine client, shared with the window's local API (ui/tasks/serve_task.py)."""
        return self._client

    def stop(self) -> None:
        """Close the engine (its worker process) and end the thread; call at quit."""
        self._client.stop()
        self.thread.quit()
        self.thread.wait(10_000)
        self._client.close()

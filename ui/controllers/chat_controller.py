"""ChatController: the GUI-thread state of one conversation with one loaded model.

Widgets call its methods (user intents) and listen to its signals; it sends work to
EngineTask through `*Requested` signals and never blocks. It holds no UI strings: the
widgets translate what it reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.chat.system_prompt import default_system_prompt
from app.engine.chat_template import ChatMessage
from app.engine.client import ChatReply
from app.engine.settings import DEFAULT_CONTEXT, LoadSettings, ModelInfo, SamplingSettings
from app.jobs import CancelToken


class ChatController(QObject):
    # commands to EngineTask (queued across threads)
    loadRequested = Signal(object)  # LoadSettings
    chatRequested = Signal(object, object, object)  # messages, SamplingSettings, CancelToken

    # state for the widgets
    modelLoading = Signal(str)  # file name
    modelLoaded = Signal(object)  # ModelInfo
    modelFailed = Signal(str, str)  # error kind, detail
    messageAdded = Signal(str, str)  # role, text (a finished message)
    replyStarted = Signal()
    replyText = Signal(str)  # new text of the reply in progress
    replyFinished = Signal(object)  # ReplyStats
    replyFailed = Signal(str, str)  # error kind, detail
    conversationCleared = Signal()
    busyChanged = Signal(bool)

    def __init__(self, sampling: SamplingSettings = SamplingSettings(), ui_language: str = "en") -> None:
        super().__init__()
        self.sampling = sampling
        self.ui_language = ui_language
        self.model_info: Optional[ModelInfo] = None
        self.messages: list[ChatMessage] = []
        self._reply_parts: list[str] = []
        self._cancel: Optional[CancelToken] = None
        self._loading = False

    # --- state ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._loading or self._cancel is not None

    @property
    def generating(self) -> bool:
        return self._cancel is not None

    def _set_busy(self) -> None:
        self.busyChanged.emit(self.busy)

    # --- user intents ----------------------------------------------------------------------

    def open_model(self, path: Path, n_ctx: int = DEFAULT_CONTEXT) -> None:
        if self.busy:
            return
        self._loading = True
        self.modelLoading.emit(Path(path).name)
        self._set_busy()
        self.loadRequested.emit(LoadSettings(model_path=Path(path), n_ctx=n_ctx))

    def send(self, text: str) -> bool:
        """Ask for a reply to `text`; False if it cannot be sent now."""
        text = text.strip()
        if not text or self.busy or self.model_info is None:
            return False
        if not self.messages:
            self.messages.append(ChatMessage("system", default_system_prompt(self.ui_language)))
        self.messages.append(ChatMessage("user", text))
        self.messageAdded.emit("user", text)
        self._reply_parts = []
        self._cancel = CancelToken()
        self.replyStarted.emit()
        self._set_busy()
        self.chatRequested.emit(tuple(self.messages), self.sampling, self._cancel)
        return True

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def new_conversation(self) -> None:
        if self.generating:
            return
        self.messages = []
        self.conversationCleared.emit()

    # --- results from EngineTask -------------------------------------------------------------

    @Slot(object)
    def on_loaded(self, info: ModelInfo) -> None:
        self._loading = False
        self.model_info = info
        self.modelLoaded.emit(info)
        self._set_busy()

    @Slot(str, str)
    def on_load_failed(self, kind: str, detail: str) -> None:
        self._loading = False
        self.modelFailed.emit(kind, detail)
        self._set_busy()

    @Slot(str)
    def on_text(self, text: str) -> None:
        self._reply_parts.append(text)
        self.replyText.emit(text)

    @Slot(object)
    def on_reply_finished(self, reply: ChatReply) -> None:
        self._cancel = None
        if reply.text:
            self.messages.append(ChatMessage("assistant", reply.text))
        self.replyFinished.emit(reply.stats)
        self._set_busy()

    @Slot(str, str, str)
    def on_reply_failed(self, kind: str, detail: str, partial: str) -> None:
        self._cancel = None
        kept = partial or "".join(self._reply_parts)
        if kept:
            self.messages.append(ChatMessage("assistant", kept))
        self.replyFailed.emit(kind, detail)
        self._set_busy()

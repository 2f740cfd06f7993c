"""ChatController: the GUI-thread state of one conversation with one loaded model.

Widgets call its methods (user intents) and listen to its signals; it sends work to
EngineTask through `*Requested` signals and never blocks. It holds no UI strings: the
widgets translate what it reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.chat.messages import ChatMessage, ChatReply
from app.chat.system_prompt import default_system_prompt
from app.engine.settings import DEFAULT_CONTEXT, LoadSettings, ModelInfo, SamplingSettings
from app.jobs import CancelToken
from app.store.records import Conversation


class ChatController(QObject):
    # commands to EngineTask (queued across threads)
    loadRequested = Signal(object)  # LoadSettings
    chatRequested = Signal(object, object, object)  # messages, SamplingSettings, CancelToken
    # commands to HistoryTask (queued, in order: a reply is saved where its message went)
    recordUserRequested = Signal(str, str, object, object)  # text, system prompt, model, settings
    newConversationRequested = Signal()
    conversationRequested = Signal(int)
    deleteRequested = Signal(int)

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
    conversationShown = Signal(object)  # list[Message] of a saved conversation, now on screen
    conversationChanged = Signal(object)  # the id of the conversation on screen, or None
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
        self._load_settings: Optional[LoadSettings] = None
        self.conversation_id: Optional[int] = None

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
        self._load_settings = LoadSettings(model_path=Path(path), n_ctx=n_ctx)
        self.loadRequested.emit(self._load_settings)

    def send(self, text: str) -> bool:
        """Ask for a reply to `text`; False if it cannot be sent now."""
        text = text.strip()
        if not text or self.busy or self.model_info is None:
            return False
        if not self.messages:
            self.messages.append(ChatMessage("system", default_system_prompt(self.ui_language)))
        system_prompt = self.messages[0].content if self.messages[0].role == "system" else ""
        self.recordUserRequested.emit(text, system_prompt, self.model_info.name, self._saved_settings())
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
        self._set_conversation(None)
        self.newConversationRequested.emit()
        self.conversationCleared.emit()

    def open_conversation(self, conversation_id: int) -> None:
        """Show a saved conversation and continue it (not while a reply is written)."""
        if self.generating or conversation_id == self.conversation_id:
            return
        self.conversationRequested.emit(conversation_id)

    def delete_conversation(self, conversation_id: int) -> None:
        if self.generating and conversation_id == self.conversation_id:
            return
        self.deleteRequested.emit(conversation_id)
        if conversation_id == self.conversation_id:
            self.new_conversation()

    def _set_conversation(self, conversation_id: Optional[int]) -> None:
        if conversation_id != self.conversation_id:
            self.conversation_id = conversation_id
            self.conversationChanged.emit(conversation_id)

    def _saved_settings(self) -> dict[str, Any]:
        """What is stored with each message: how its reply was made."""
        saved: dict[str, Any] = {
            "temperature": self.sampling.temperature,
            "max_tokens": self.sampling.max_tokens,
            "seed": self.sampling.seed,
        }
        if self._load_settings is not None:
            saved.update(model_file=str(self._load_settings.model_path), kv_cache_type=self._load_settings.kv_cache_type)
        if self.model_info is not None:
            saved["n_ctx"] = self.model_info.n_ctx
        return saved

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

    @Slot(object, object, object)
    def on_conversation_loaded(self, conversation: Conversation, messages: list, history: list) -> None:
        if self.generating:
            return  # cannot happen through the UI (the list is locked meanwhile); keep the reply
        self.messages = list(history)
        self._set_conversation(conversation.id)
        self.conversationShown.emit(messages)

    @Slot(int)
    def on_conversation_started(self, conversation_id: int) -> None:
        self._set_conversation(conversation_id)

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

"""ChatController: the GUI-thread state of one conversation with one loaded model.

Widgets call its methods (user intents) and listen to its signals; it sends work to
EngineTask and HistoryTask through `*Requested` signals and never blocks. A message goes
out as a TurnRequest (app/chat/turn.py, the same turn paddock-cli runs), which records it
before anything else happens. It holds no UI strings: the widgets translate what it
reports, including `status`, the one place the window's status line comes from.

This module owns the conversation itself: its state, sending a message, the turn and the
saved conversations shown. Its other parts, mixed in: ui/controllers/model_choice.py
(loading a model), chat_branches.py (regenerate, edit, alternatives) and
chat_settings.py (sampling, system prompt, the context choice, saved with the chat).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.chat.context_meter import DROP_OLDEST, OVERFLOW_KEY, saved_left_out, seen_counts
from app.chat.messages import ChatMessage, ReplyStats
from app.chat.sampling_settings import LLAMA_31_RECOMMENDED, sampling_from_settings
from app.chat.turn import TurnRequest, TurnResult, system_prompt_for
from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings
from app.jobs import CancelToken
from app.store.records import Conversation
from ui.controllers.chat_branches import ChatBranches
from ui.controllers.chat_settings import ChatSettings
from ui.controllers.chat_status import ChatState, ChatStatus
from ui.controllers.model_choice import ModelChoice
from ui.error_texts import error_detail

__all__ = ["ChatController", "ChatState", "ChatStatus"]


class ChatController(ModelChoice, ChatBranches, ChatSettings, QObject):
    # commands to EngineTask (queued across threads)
    loadRequested = Signal(object, bool)  # LoadSettings, load even if the planner says it does not fit
    remoteRequested = Signal(object, object)  # RemoteEndpoint, RemoteModel: chat with it from now on
    turnRequested = Signal(object, object)  # TurnRequest, CancelToken
    # commands to HistoryTask (queued, in order with what the turn records)
    newConversationRequested = Signal()
    conversationRequested = Signal(int)
    deleteRequested = Signal(int)
    alternativeRequested = Signal(int, int)  # conversation id, the message whose branch to show
    settingsSaveRequested = Signal(int, object, object)  # conversation id, model name, settings dict
    systemPromptSaveRequested = Signal(int, str)  # conversation id, system prompt

    # state for the widgets
    modelLoading = Signal(str)  # file name
    modelLoaded = Signal(object)  # ModelInfo
    modelFailed = Signal(str, str)  # error kind, detail
    messageAdded = Signal(str, str)  # role, text (a finished message)
    messagesCut = Signal(int)  # the messages from this position on give way (regenerate, edit; the store keeps them)
    replyStarted = Signal()
    sourcesFound = Signal(object)  # tuple[Passage, ...] the reply being written may cite
    replyText = Signal(str)  # new text of the reply in progress
    replyFinished = Signal(object)  # ReplyStats
    replyFailed = Signal(str, str)  # error kind, detail
    conversationCleared = Signal()
    conversationShown = Signal(object)  # list[Message] of a saved conversation, now on screen
    alternativesChanged = Signal(object)  # before conversationShown: {message id: ids of its alternatives}
    conversationChanged = Signal(object)  # the id of the conversation on screen, or None
    busyChanged = Signal(bool)
    samplingChanged = Signal(object)  # SamplingSettings of the next replies
    statusChanged = Signal(object)  # ChatStatus
    contextCut = Signal(int)  # the earliest messages on screen the last reply was made without
    overflowChoiceChanged = Signal(str)  # what to do when a message does not fit ("" : ask)

    def __init__(self, sampling: SamplingSettings = LLAMA_31_RECOMMENDED, ui_language: str = "en") -> None:
        # Meta's values for Llama 3.1 Instruct until a model file recommends its own.
        super().__init__()
        self.sampling = sampling
        self.default_sampling = sampling  # what a conversation saved without settings gets
        self.recommended_sampling = LLAMA_31_RECOMMENDED  # the settings' "Restore Defaults"
        self.ui_language = ui_language
        self.model_info: Optional[ModelInfo] = None
        self.loading_name = ""  # the file being loaded, while it loads
        self.messages: list[ChatMessage] = []  # what the engine sees: system prompt, then the chat
        self.status = ChatStatus(ChatState.NO_MODEL)
        self._cancel: Optional[CancelToken] = None
        self._load_settings: Optional[LoadSettings] = None
        self._attempted: Optional[LoadSettings] = None  # the load asked for last
        self._before_load: tuple[Optional[ModelInfo], Optional[LoadSettings]] = (None, None)
        self.conversation_id: Optional[int] = None
        self._regenerating = False
        self._new_system_prompt: Optional[str] = None  # for the chat not yet started (None: the default)
        self.overflow_choice = ""  # the conversation's answer to "it does not fit" (context_meter.py)
        self.last_stats: Optional[ReplyStats] = None  # of the reply that ends `messages`, when known
        self.collections: tuple[str, ...] = ()  # the documents this conversation answers from
        self.whole_documents = False  # send them whole instead of the passages found
        self.left_out = 0  # the earliest messages the last reply was written without (saved, dimmed)

    # --- state ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self.loading_name) or self._cancel is not None

    @property
    def generating(self) -> bool:
        return self._cancel is not None

    def _set_status(self, state: ChatState, stats: Optional[ReplyStats] = None, error_kind: str = "",
                    seen: Optional[tuple[int, int]] = None) -> None:
        self.status = ChatStatus(state, stats, error_kind, seen)
        self.statusChanged.emit(self.status)

    def _set_busy(self) -> None:
        self.busyChanged.emit(self.busy)

    def _idle_state(self) -> ChatState:
        return ChatState.READY if self.model_info is not None else ChatState.NO_MODEL

    # --- user intents ----------------------------------------------------------------------

    def send(self, text: str, *, drop_oldest: bool = False) -> bool:
        """Ask for a reply to `text`; False if it cannot be sent now. `drop_oldest` (or the
        conversation's remembered choice): only the most recent turns that fit are sent."""
        text = text.strip()
        if not text or self.busy or self.model_info is None or self._load_settings is None:
            return False
        request = TurnRequest(
            text, tuple(self.messages), self.sampling, self.model_info.name,
            self._saved_settings(self.sampling),
            system_prompt_for(self._new_system_prompt, self.ui_language),
            drop_oldest=drop_oldest or self.overflow_choice == DROP_OLDEST,
        )
        self.messageAdded.emit("user", text)
        self._start_turn(request)
        return True

    def _start_turn(self, request: TurnRequest) -> None:
        if self.collections:  # the engine task finds their passages for this turn only
            request = replace(request, collections=self.collections,
                                          whole_documents=self.whole_documents)
        self.messages = list(request.messages())
        self._cancel = CancelToken()
        self.replyStarted.emit()
        self._set_status(ChatState.WRITING)
        self._set_busy()
        self.turnRequested.emit(request, self._cancel)

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def new_conversation(self) -> None:
        if self.generating:
            return
        self.messages = []
        self.last_stats = None
        self.left_out = 0
        self._new_system_prompt = None
        self._set_overflow_choice_shown("")
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

    # --- results from the tasks ------------------------------------------------------------
    # All here, on the QObject class itself: a queued slot defined in a mixin was run off
    # the GUI thread (tests/ui/test_chat_controller_parts.py).

    @Slot(object)
    def on_loaded(self, info: ModelInfo) -> None:
        self.loading_name = ""
        self.model_info = info
        self._take_model_sampling(info)
        self.modelLoaded.emit(info)
        self._set_status(ChatState.READY)
        self._set_busy()

    @Slot(object)
    def on_model_kept(self, info: Optional[ModelInfo]) -> None:
        """The engine still has the model loaded before the failed load: keep using it."""
        before, settings = self._before_load
        if info is not None and info == before:
            self.model_info, self._load_settings = before, settings

    @Slot(str, str)
    def on_load_failed(self, kind: str, detail: str) -> None:
        self.loading_name = ""
        self._set_status(ChatState.FAILED, error_kind=kind)
        self.modelFailed.emit(kind, detail)
        self._set_busy()

    @Slot(object)
    def on_alternatives_listed(self, found: dict) -> None:
        if not self.generating:
            self.alternativesChanged.emit(found)

    @Slot(object, object, object)
    def on_conversation_loaded(self, conversation: Conversation, messages: list, history: list) -> None:
        if self.generating:
            return  # cannot happen through the UI (the list is locked meanwhile); keep the reply
        self.messages = list(history)
        last = messages[-1] if messages else None
        self.last_stats = last.stats if last is not None and last.role.value == "assistant" else None
        same = conversation.id == self.conversation_id  # shown again (regenerated, switched)
        if not same:
            self._set_overflow_choice_shown(str((conversation.settings or {}).get(OVERFLOW_KEY, "")))
            self.left_out = saved_left_out(conversation.settings)
        if not same and conversation.settings:  # the conversation goes on as it was set
            self.sampling = sampling_from_settings(conversation.settings, self.default_sampling)
            self.samplingChanged.emit(self.sampling)
        self._set_conversation(conversation.id)
        self.conversationShown.emit(messages)
        if 0 < self.left_out < len(self.chat):  # dimmed again: reopened, or shown again after a turn
            self.contextCut.emit(self.left_out)
        if not same:
            self._set_status(self._idle_state())

    @Slot(int)
    def on_conversation_started(self, conversation_id: int) -> None:
        self._set_conversation(conversation_id)

    @Slot(str)
    def on_sources_found(self, passages: object) -> None:
        self.sourcesFound.emit(passages)

    def on_text(self, text: str) -> None:
        self.replyText.emit(text)

    @Slot(object)
    def on_turn_ended(self, result: TurnResult) -> None:
        self._cancel = None
        self.messages = list(result.history)
        self.last_stats = result.stats if result.text else None
        seen = seen_counts(result.history, result.left_out, bool(result.text)) if result.left_out else None
        if self._regenerating and result.text and self.conversation_id is not None:
            # Shown again from the store, so the reply gets its "‹ 2/2 ›".
            self.conversationRequested.emit(self.conversation_id)
        self._regenerating = False
        if result.error is not None:
            self._set_status(ChatState.FAILED, error_kind=result.error.kind)
            self.replyFailed.emit(result.error.kind, error_detail(result.error))
        else:
            self._set_status(ChatState.REPLIED, stats=result.stats, seen=seen)
            self.replyFinished.emit(result.stats)
        if result.left_out:
            self.contextCut.emit(result.left_out)
        if result.left_out != self.left_out:
            self.left_out = result.left_out
            self._save_settings()  # so the dimming comes back when the chat is reopened
        self._set_busy()

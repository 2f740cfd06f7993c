"""ChatController: the GUI-thread state of one conversation with one loaded model.

Widgets call its methods (user intents) and listen to its signals; it sends work to
EngineTask and HistoryTask through `*Requested` signals and never blocks. A message goes
out as a TurnRequest (app/chat/turn.py, the same turn paddock-cli runs), which records it
before anything else happens. It holds no UI strings: the widgets translate what it
reports, including `status`, the one place the window's status line comes from.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.chat.context_meter import (
    DROP_OLDEST,
    LEFT_OUT_KEY,
    OVERFLOW_KEY,
    ContextUsage,
    context_usage,
    saved_left_out,
    seen_counts,
)
from app.chat.messages import ChatMessage, ReplyStats
from app.chat.sampling_settings import LLAMA_31_RECOMMENDED, sampling_from_gguf, sampling_from_settings
from app.chat.turn import TurnRequest, TurnResult, saved_settings, system_prompt_for
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.settings import DEFAULT_CONTEXT, LoadSettings, ModelInfo, SamplingSettings
from app.jobs import CancelToken
from app.remote.records import RemoteModel
from app.remote.remote_engine import DEFAULT_CONTEXT as REMOTE_CONTEXT
from app.store.records import Conversation


class ChatState(enum.Enum):
    NO_MODEL = "no_model"
    LOADING = "loading"
    READY = "ready"
    WRITING = "writing"
    REPLIED = "replied"  # `stats` says how the last reply went
    FAILED = "failed"  # `error_kind` says what failed


@dataclass(frozen=True)
class ChatStatus:
    state: ChatState
    stats: Optional[ReplyStats] = None
    error_kind: str = ""
    seen: Optional[tuple[int, int]] = None  # (messages the model saw, messages) when some were left out


class ChatController(QObject):
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

    @property
    def refused_load(self) -> Optional[LoadSettings]:
        """The load the planner refused (the person may load it anyway), else None."""
        failed = self.status.state is ChatState.FAILED and self.status.error_kind == "model_too_large"
        return self._attempted if failed else None

    def _set_status(self, state: ChatState, stats: Optional[ReplyStats] = None, error_kind: str = "",
                    seen: Optional[tuple[int, int]] = None) -> None:
        self.status = ChatStatus(state, stats, error_kind, seen)
        self.statusChanged.emit(self.status)

    def _set_busy(self) -> None:
        self.busyChanged.emit(self.busy)

    def _idle_state(self) -> ChatState:
        return ChatState.READY if self.model_info is not None else ChatState.NO_MODEL

    # --- user intents ----------------------------------------------------------------------

    def open_model(self, path: Path, n_ctx: int = DEFAULT_CONTEXT, *, force: bool = False) -> None:
        if self.busy:
            return
        self._load(LoadSettings(model_path=Path(path), n_ctx=n_ctx), force)

    def load_with(self, settings: LoadSettings, *, force: bool = False) -> None:
        """Load with settings chosen in the load settings dialog (`force`: past the planner)."""
        if not self.busy:
            self._load(settings, force)

    def load_anyway(self) -> None:
        """Load the model the planner refused, at the person's explicit request."""
        settings = self.refused_load
        if settings is not None and not self.busy:
            self._load(settings, True)

    def choose_remote(self, endpoint: RemoteEndpoint, model: RemoteModel) -> None:
        """Chat with a model of a remote endpoint (app/remote): the same turns, history and stats."""
        if self.busy:
            return
        name = f"{model.model_id} @ {endpoint.name}"
        n_ctx = model.context_length or REMOTE_CONTEXT
        self.loading_name = name
        self._before_load = (self.model_info, self._load_settings)
        self.model_info = None
        # Saved with each message: which remote model answered (no file here).
        self._load_settings = self._attempted = LoadSettings(model_path=Path(f"remote:{name}"), n_ctx=n_ctx)
        self.modelLoading.emit(name)
        self._set_status(ChatState.LOADING)
        self._set_busy()
        self.remoteRequested.emit(endpoint, model)

    @property
    def is_remote(self) -> bool:
        """True when the loaded model runs elsewhere: what is sent (document passages too) leaves the machine."""
        return self.model_info is not None and self.model_info.file_type == "remote"

    def _load(self, settings: LoadSettings, force: bool) -> None:
        self.loading_name = settings.model_path.name
        self._before_load = (self.model_info, self._load_settings)
        self.model_info = None
        self._load_settings = self._attempted = settings
        self.modelLoading.emit(self.loading_name)
        self._set_status(ChatState.LOADING)
        self._set_busy()
        self.loadRequested.emit(settings, force)

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

    @property
    def load_settings(self) -> Optional[LoadSettings]:
        """How the loaded model was loaded (None without one)."""
        return self._load_settings if self.model_info is not None else None

    def usage(self, draft: str) -> Optional[ContextUsage]:
        """What the context would hold if `draft` were sent now (None without a model)."""
        if self.model_info is None:
            return None
        return context_usage(self.messages or self._start_messages(), draft, self.model_info.n_ctx,
                             self.sampling.max_tokens, self.last_stats)

    def _start_messages(self) -> list[ChatMessage]:
        prompt = system_prompt_for(self._new_system_prompt, self.ui_language)
        return [ChatMessage("system", prompt)] if prompt else []

    def set_overflow_choice(self, choice: str) -> None:
        """The conversation's answer when a message does not fit (DROP_OLDEST, RELOAD), saved with it."""
        if choice == self.overflow_choice:
            return
        self.overflow_choice = choice
        self.overflowChoiceChanged.emit(choice)
        self._save_settings()

    def _saved_settings(self, sampling: SamplingSettings) -> dict:
        assert self._load_settings is not None
        settings = saved_settings(self._load_settings, sampling)
        if self.overflow_choice:
            settings[OVERFLOW_KEY] = self.overflow_choice
        if self.left_out:
            settings[LEFT_OUT_KEY] = self.left_out
        return settings

    def _save_settings(self) -> None:
        if self.conversation_id is not None and self.model_info is not None and self._load_settings is not None:
            self.settingsSaveRequested.emit(self.conversation_id, self.model_info.name,
                                            self._saved_settings(self.sampling))

    @property
    def chat(self) -> list[ChatMessage]:
        """The conversation on screen, without its system prompt: the positions that
        regenerate_at() and edit_at() take."""
        return self.messages[1:] if self.messages and self.messages[0].role == "system" else list(self.messages)

    def _head(self) -> tuple[ChatMessage, ...]:
        return tuple(self.messages[:len(self.messages) - len(self.chat)])

    @property
    def can_regenerate(self) -> bool:
        m = self.messages
        return (not self.busy and self.model_info is not None and len(m) >= 2
                and m[-1].role == "assistant" and m[-2].role == "user")

    def can_regenerate_at(self, position: int) -> bool:
        chat = self.chat
        return (not self.busy and self.model_info is not None and 0 < position < len(chat)
                and chat[position].role == "assistant" and chat[position - 1].role == "user")

    def regenerate(self) -> bool:
        """Write the last reply again; the first stays in the store, beside the new one."""
        return self.can_regenerate and self.regenerate_at(len(self.chat) - 1)

    def regenerate_at(self, position: int) -> bool:
        """Write the reply at `position` again (any reply, not only the last): it and what
        followed give way on screen; the store keeps them all, beside the new branch."""
        if not self.can_regenerate_at(position) or self.model_info is None or self._load_settings is None:
            return False
        chat = self.chat
        question = chat[position - 1]
        last = position == len(chat) - 1
        # The same prompt as the first time up to the question (its system prompt, if any,
        # is in the history), so the engine reuses its cache up to the branch point.
        request = TurnRequest(
            question.content, self._head() + tuple(chat[:position - 1]), self.sampling, self.model_info.name,
            self._saved_settings(self.sampling), "", regenerate=True,
            drop_oldest=self.overflow_choice == DROP_OLDEST, branch_at=None if last else position - 1,
        )
        self.messagesCut.emit(position)
        self._regenerating = True
        self._start_turn(request)
        return True

    def editable(self, position: int) -> Optional[str]:
        """The text of the person's message at `position`, when it can be edited now."""
        chat = self.chat
        if self.busy or not 0 <= position < len(chat) or chat[position].role != "user":
            return None
        return chat[position].content

    def send_edit(self, text: str) -> bool:
        """Send `text` as a new version of the last message of the person."""
        chat = self.chat
        last = next((i for i in range(len(chat) - 1, -1, -1) if chat[i].role == "user"), None)
        return last is not None and self.edit_at(last, text)

    def edit_at(self, position: int, text: str) -> bool:
        """Send `text` as a new version of the person's message at `position` (any, not
        only the last): it and the replies after it give way on screen; the store keeps
        both versions, each with what followed it."""
        text = text.strip()
        if (not text or self.editable(position) is None or self.model_info is None
                or self._load_settings is None):
            return False
        chat = self.chat
        last = all(m.role != "user" for m in chat[position + 1:])
        request = TurnRequest(
            text, self._head() + tuple(chat[:position]), self.sampling, self.model_info.name,
            self._saved_settings(self.sampling), "", edit=True,
            drop_oldest=self.overflow_choice == DROP_OLDEST, branch_at=None if last else position,
        )
        self.messagesCut.emit(position)
        self.messageAdded.emit("user", text)
        self._regenerating = True  # shown again from the store afterwards, with its ‹ 2/2 ›
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

    def set_max_tokens(self, max_tokens: int) -> None:
        """The reply limit of the next replies (no reload: it is a sampling setting)."""
        if max_tokens != self.sampling.max_tokens:
            self.set_sampling(replace(self.sampling, max_tokens=max_tokens))

    @property
    def system_prompt(self) -> str:
        """The system prompt of the conversation on screen (or the one it will start with)."""
        if self.messages:
            return self.messages[0].content if self.messages[0].role == "system" else ""
        return system_prompt_for(self._new_system_prompt, self.ui_language)

    def default_system_prompt(self) -> str:
        """Paddock's own system prompt, in the interface language's hint (the default preset)."""
        return system_prompt_for(None, self.ui_language)

    def set_system_prompt(self, text: str) -> None:
        """What the model reads before the conversation, from the next reply on (the
        engine's cache is then read again); saved with the conversation."""
        if text == self.system_prompt:
            return
        if not self.messages:
            self._new_system_prompt = text
            return
        rest = self.messages[1:] if self.messages[0].role == "system" else self.messages
        self.messages = ([ChatMessage("system", text)] if text else []) + list(rest)
        if self.conversation_id is not None:
            self.systemPromptSaveRequested.emit(self.conversation_id, text)

    def set_sampling(self, sampling: SamplingSettings) -> None:
        """The sampling of the next replies (no reload), saved with the conversation."""
        self.sampling = sampling
        self.samplingChanged.emit(sampling)
        self._save_settings()

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

    def show_alternative(self, message_id: int) -> None:
        """Show another alternative of a message (and the branch under it); the next
        message then continues that branch."""
        if not self.generating and self.conversation_id is not None:
            self.left_out = 0  # another branch: the last reply's cut says nothing about it
            self.alternativeRequested.emit(self.conversation_id, message_id)

    def _set_overflow_choice_shown(self, choice: str) -> None:
        if choice != self.overflow_choice:
            self.overflow_choice = choice
            self.overflowChoiceChanged.emit(choice)

    def _set_conversation(self, conversation_id: Optional[int]) -> None:
        if conversation_id != self.conversation_id:
            self.conversation_id = conversation_id
            self.conversationChanged.emit(conversation_id)

    # --- results from the tasks ------------------------------------------------------------

    @Slot(object)
    def on_loaded(self, info: ModelInfo) -> None:
        self.loading_name = ""
        self.model_info = info
        self._take_model_sampling(info)
        self.modelLoaded.emit(info)
        self._set_status(ChatState.READY)
        self._set_busy()

    def _take_model_sampling(self, info: ModelInfo) -> None:
        """The file's own recommended sampling (general.sampling.*) becomes the defaults,
        and the sampling of a chat not yet started (a saved chat keeps its own)."""
        self.recommended_sampling = sampling_from_gguf(info.sampling_metadata, LLAMA_31_RECOMMENDED)
        if not info.sampling_metadata:
            return
        ours = self.recommended_sampling
        self.default_sampling = replace(ours, max_tokens=self.sampling.max_tokens, seed=self.sampling.seed)
        if self.conversation_id is None and not self.chat:
            self.sampling = self.default_sampling
            self.samplingChanged.emit(self.sampling)

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

    @Slot(object)
    def on_alternatives_listed(self, found: dict) -> None:
        if not self.generating:
            self.alternativesChanged.emit(found)

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
            self.replyFailed.emit(result.error.kind, result.error.detail)
        else:
            self._set_status(ChatState.REPLIED, stats=result.stats, seen=seen)
            self.replyFinished.emit(result.stats)
        if result.left_out:
            self.contextCut.emit(result.left_out)
        if result.left_out != self.left_out:
            self.left_out = result.left_out
            self._save_settings()  # so the dimming comes back when the chat is reopened
        self._set_busy()

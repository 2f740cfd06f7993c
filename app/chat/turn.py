"""One chat turn, the same for every front end: the person's message is recorded first,
then the model is made ready, the reply streams, and the reply is recorded with its stats.

`run_turn` is a plain blocking function: `paddock-cli chat` calls it in its own thread,
the window in the engine thread, the compare panes and the API will do the same. What it
records goes through a `TurnRecorder` (the store's ConversationRecorder, or the window's
proxy to the history thread); what it streams goes to `on_text` in pieces coalesced to at
most one every `coalesce_s`, and every piece shown is handed to the recorder at the same
moment, so a reply on screen is never more than one piece ahead of what is saved.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional, Protocol, Sequence

from app.chat.context_budget import fit_to_context, reply_room
from app.chat.grounding import Passage, grounded_text, sources_setting
from app.chat.messages import ChatMessage, ChatReply, ReplyStats, StopReason
from app.chat.sampling_settings import sampling_to_settings
from app.chat.system_prompt import default_system_prompt
from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings
from app.errors import AppError, WorkerDiedError
from app.jobs import CancelToken

TextCallback = Callable[[str], None]
COALESCE_SECONDS = 0.03


class ChatEngine(Protocol):
    """What a turn needs of an engine (EngineClient; FakeEngine in tests)."""

    @property
    def model_info(self) -> Optional[ModelInfo]: ...

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int: ...

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = ..., *,
             on_token: Optional[TextCallback] = None, cancel: Optional[CancelToken] = None) -> ChatReply: ...


class TurnRecorder(Protocol):
    """Where a turn is saved; ConversationRecorder is one."""

    def add_user(self, text: str, *, system_prompt: str = "", model: Optional[str] = None,
                 settings: Optional[Mapping[str, Any]] = None) -> Any: ...

    def answer_again(self, position: Optional[int] = None) -> Any: ...

    def edit_last(self, position: Optional[int] = None) -> Any: ...

    def start_reply(self, *, model: Optional[str] = None, settings: Optional[Mapping[str, Any]] = None) -> Any: ...

    def add_reply_text(self, text: str) -> None: ...

    def finish_reply(self, stats: ReplyStats) -> Any: ...

    def fail_reply(self, detail: str, partial_text: str = "") -> Any: ...

    def stop_reply(self, partial_text: str = "") -> Any: ...

    def abandon_reply(self) -> None: ...


def system_prompt_for(explicit: Optional[str], ui_language: Optional[str] = None) -> str:
    """The system prompt of a new conversation: the one asked for, else the default (answer
    in the person's language, with the interface language as the hint)."""
    return default_system_prompt(ui_language) if explicit is None else explicit


def saved_settings(load: LoadSettings, sampling: SamplingSettings) -> dict[str, Any]:
    """What is stored with each message: how its reply was made."""
    return {
        "model_file": str(load.model_path),
        "n_ctx": load.n_ctx,
        "kv_cache_type": load.kv_cache_type,
        **sampling_to_settings(sampling),
    }


@dataclass(frozen=True)
class TurnRequest:
    """One message to answer, with everything the turn needs (immutable: it crosses threads).

    `history` is what the engine sees before the message: the system prompt first (empty for
    a new conversation: `system_prompt` is then put first), then the messages on screen.
    """

    text: str
    history: tuple[ChatMessage, ...]
    sampling: SamplingSettings
    model: str  # the model's name, stored with each message
    settings: Mapping[str, Any] = field(default_factory=dict)
    system_prompt: str = ""
    drop_oldest: bool = False  # too long for the context: send only the most recent exchanges
    # Answer `text` again (regenerate): it is already recorded, as the last message of the
    # branch; the new reply goes beside the earlier ones. The engine sees the same prompt.
    regenerate: bool = False
    # `text` is a new version of the branch's last message of the person: recorded beside
    # it (both kept), `history` being what came before that message.
    edit: bool = False
    # Documents attached: the passages found for `text` (empty: nothing relevant found), put
    # into this turn only (see grounding.py); None: no documents attached.
    passages: Optional[tuple[Passage, ...]] = None
    # The document collections the conversation answers from (the front end's retrieval
    # fills `passages` from them before the turn); `whole_documents`: send them whole.
    collections: tuple[str, ...] = ()
    whole_documents: bool = False
    # Where the branch starts, when not at the end: the position (in the conversation on
    # screen, the system prompt not counted) of the message answered again (regenerate)
    # or replaced (edit). `history` then ends just before that message.
    branch_at: Optional[int] = None

    def messages(self) -> tuple[ChatMessage, ...]:
        """The conversation sent to the engine, ending with the person's message."""
        start = self.history or ((ChatMessage("system", self.system_prompt),) if self.system_prompt else ())
        text = self.text if self.passages is None else grounded_text(self.text, self.passages)
        return (*start, ChatMessage("user", text))

    def reply_settings(self) -> Mapping[str, Any]:
        """Stored with the reply: the settings, and the sources its citations point to."""
        if self.passages is None:
            return self.settings
        return {**self.settings, "sources": sources_setting(self.passages)}


@dataclass(frozen=True)
class TurnResult:
    """How a turn ended. `history` is the conversation after it (the reply included when it
    has text, cut-off replies too; without the message when it got no answer at all); `error` is set when the reply failed; `save_error` when
    the reply could not be saved (it was still shown in full)."""

    history: tuple[ChatMessage, ...]
    text: str
    stats: Optional[ReplyStats]
    error: Optional[AppError] = None
    save_error: Optional[AppError] = None
    left_out: int = 0  # earliest messages not sent, to fit the context (drop_oldest)

    @property
    def stop_reason(self) -> StopReason:
        return self.stats.stop_reason if self.stats is not None else StopReason.ERROR


class _Recording:
    """The reply's saving: after the first failure (a full disk...) the rest of the reply
    is not written, and the failure is kept to be reported once."""

    def __init__(self, recorder: Optional[TurnRecorder]) -> None:
        self._recorder = recorder
        self.error: Optional[AppError] = None

    def __call__(self, write: Callable[[TurnRecorder], Any]) -> None:
        if self._recorder is None or self.error is not None:
            return
        try:
            write(self._recorder)
        except AppError as exc:
            self.error = exc
            self._recorder.abandon_reply()  # the row keeps what was saved; it is not finalized


class _Coalescer:
    """Joins streamed pieces: at most one `emit` every `interval_s` (the first at once)."""

    def __init__(self, emit: TextCallback, interval_s: float, clock: Callable[[], float]) -> None:
        self._emit, self._interval, self._clock = emit, interval_s, clock
        self._pending: list[str] = []
        self._last: Optional[float] = None

    def add(self, piece: str) -> None:
        self._pending.append(piece)
        now = self._clock()
        if self._last is None or now - self._last >= self._interval:
            self._last = now
            self.flush()

    def flush(self) -> None:
        if self._pending:
            text = "".join(self._pending)
            self._pending.clear()
            self._emit(text)


def run_turn(
    engine: ChatEngine,
    request: TurnRequest,
    *,
    recorder: Optional[TurnRecorder] = None,
    prepare: Optional[Callable[[], Any]] = None,
    on_text: Optional[TextCallback] = None,
    cancel: Optional[CancelToken] = None,
    coalesce_s: float = COALESCE_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> TurnResult:
    """Answer `request.text`: record it, `prepare()` (e.g. load the model: slow, so after the
    message is safe), stream the reply to `on_text` and the recorder, record how it ended.

    An AppError (the model does not fit, the worker died, the context is full...) is
    recorded as the reply's failure and returned in `TurnResult.error` with the text
    streamed so far; anything else is a bug and propagates. Ctrl-C (KeyboardInterrupt)
    stops the reply, records it as stopped with its text, and propagates.
    """
    messages = request.messages()
    typed = messages[:-1] + (ChatMessage("user", request.text),)  # what the history keeps
    at = () if request.branch_at is None else (request.branch_at,)  # recorders without positions still work
    if recorder is not None and request.regenerate:
        recorder.answer_again(*at)
    elif recorder is not None:
        if request.edit:
            recorder.edit_last(*at)  # a message that cannot be saved is not sent: the AppError propagates
        recorder.add_user(request.text, system_prompt=messages[0].content if messages[0].role == "system" else "",
                          model=request.model, settings=request.settings)
    record = _Recording(recorder)
    record(lambda r: r.start_reply(model=request.model, settings=request.reply_settings()))
    streamed: list[str] = []

    def deliver(text: str) -> None:
        streamed.append(text)
        if on_text is not None:
            on_text(text)
        record(lambda r: r.add_reply_text(text))

    pieces = _Coalescer(deliver, coalesce_s, clock)
    left_out = 0
    try:
        if prepare is not None:
            prepare()
        sent = messages
        info = engine.model_info
        if request.drop_oldest and info is not None:
            sent, left_out = fit_to_context(messages, engine.count_tokens, info.n_ctx,
                                            reply_room(info.n_ctx, request.sampling.max_tokens))
        reply = engine.chat(sent, request.sampling, on_token=pieces.add, cancel=cancel)
    except KeyboardInterrupt:
        if cancel is not None:
            cancel.cancel()
        pieces.flush()
        record(lambda r: r.stop_reply("".join(streamed)))
        raise
    except AppError as exc:
        pieces.flush()
        partial = exc.partial_text if isinstance(exc, WorkerDiedError) and exc.partial_text else "".join(streamed)
        failure = exc
        record(lambda r: r.fail_reply(failure.detail, partial))
        # A message that got no answer at all is not sent again with the next one (the store
        # keeps it, beside the branch: see ConversationRecorder).
        history = _with_reply(typed, partial) if partial else typed[:-1]
        return TurnResult(history, partial, None, failure, record.error, left_out)
    pieces.flush()
    record(lambda r: r.finish_reply(reply.stats))
    return TurnResult(_with_reply(typed, reply.text), reply.text, reply.stats, None, record.error, left_out)


def _with_reply(messages: tuple[ChatMessage, ...], text: str) -> tuple[ChatMessage, ...]:
    return (*messages, ChatMessage("assistant", text)) if text else messages


class ChatSession:
    """A conversation driven turn after turn from one thread (the CLI's, or a test's):
    the history the engine sees and, unless `recorder` is None, the store it is saved to."""

    def __init__(self, engine: ChatEngine, *, model: str, sampling: SamplingSettings,
                 settings: Mapping[str, Any], system_prompt: str = "",
                 recorder: Optional[TurnRecorder] = None, history: Sequence[ChatMessage] = (),
                 drop_oldest: bool = False) -> None:
        self.engine = engine
        self.recorder = recorder
        self.model = model
        self.sampling = sampling
        self.settings = dict(settings)
        self.system_prompt = system_prompt
        self.history: tuple[ChatMessage, ...] = tuple(history)
        self.drop_oldest = drop_oldest

    def turn(self, text: str, *, prepare: Optional[Callable[[], Any]] = None,
             on_text: Optional[TextCallback] = None, cancel: Optional[CancelToken] = None) -> TurnResult:
        request = TurnRequest(text, self.history, self.sampling, self.model, self.settings, self.system_prompt,
                              self.drop_oldest)
        try:
            result = run_turn(self.engine, request, recorder=self.recorder, prepare=prepare,
                              on_text=on_text, cancel=cancel)
        except KeyboardInterrupt:
            sent = request.messages()  # the person's message stays in the conversation, as typed
            self.history = (*sent[:-1], ChatMessage("user", text))
            raise
        self.history = result.history
        return result

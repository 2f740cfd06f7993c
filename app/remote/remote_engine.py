"""RemoteEngine: a model on an OpenAI-compatible server, driven like the local EngineClient.

It offers what a chat turn needs (`model_info`, `count_tokens`, `chat` with streaming and a
CancelToken, `stop`), so `run_turn` records its replies into the same history with the same
stats: time to first token and tokens/s are measured on the stream (the server's usage
counts when it sends them, else the pieces counted). "Loading" is choosing the model: no
memory is spent here, so there is no fit check.

The context meter: a remote server does not share its tokenizer, so `count_tokens` is an
estimate (about 4 characters a token, plus a few per message for the template), and the
context size is what the server reports in /v1/models (vLLM's max_model_len, llama-server's
n_ctx) or DEFAULT_CONTEXT. The meter shows it as an estimate; the server is the judge.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from app.chat.messages import ChatMessage, ChatReply, ReplyStats, StopReason
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings
from app.errors import QT_TRANSLATE_NOOP
from app.jobs import CancelToken
from app.remote.errors import RemoteServerError
from app.remote.records import READ_TIMEOUT_S, RemoteModel, StreamEnd

DEFAULT_CONTEXT = 8192
CHARS_PER_TOKEN = 4
TOKENS_PER_MESSAGE = 4  # the template's role header and end-of-turn marks
_STOP_REASONS = {"stop": StopReason.END_OF_TURN, "length": StopReason.LENGTH, "cancelled": StopReason.STOPPED}


_ADAPTER_IMPORT = threading.Lock()


def openai_adapter() -> Any:
    """The adapter module (app/remote/openai_client.py), imported at the first remote request
    and under a lock: the listing thread and the engine thread importing openai (and pydantic,
    with its lazy attributes) at the same moment could see a half-initialized module."""
    with _ADAPTER_IMPORT:
        from app.remote import openai_client
    return openai_client


def is_remote(engine: object) -> bool:
    """True when replies (and what is sent with them: document passages) leave the machine."""
    return bool(getattr(engine, "is_remote", False))


def remote_model_label(model: RemoteModel) -> str:
    """How a remote model is named in the history: its id and the endpoint's name."""
    return f"{model.model_id} @ {model.endpoint}"


def remote_load_settings(model: RemoteModel) -> LoadSettings:
    """What stands for a remote model where settings are saved (no file: its name)."""
    return LoadSettings(model_path=Path(f"remote:{remote_model_label(model)}"),
                        n_ctx=model.context_length or DEFAULT_CONTEXT)


def estimate_tokens(messages: Sequence[ChatMessage]) -> int:
    return sum(TOKENS_PER_MESSAGE + -(-len(m.content) // CHARS_PER_TOKEN) for m in messages) + TOKENS_PER_MESSAGE


class RemoteEngine:
    """One endpoint; `select()` picks the model its chats go to. One reply at a time."""

    is_remote = True

    def __init__(self, endpoint: RemoteEndpoint, *, read_timeout_s: float = READ_TIMEOUT_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.endpoint = endpoint
        self._read_timeout_s = read_timeout_s
        self._clock = clock
        self._model: Optional[RemoteModel] = None
        self._info: Optional[ModelInfo] = None
        self._lock = threading.Lock()
        self._cancel: Optional[CancelToken] = None

    @property
    def model_info(self) -> Optional[ModelInfo]:
        return self._info

    @property
    def model(self) -> Optional[RemoteModel]:
        return self._model

    def models(self) -> list[RemoteModel]:
        return openai_adapter().list_models(self.endpoint)

    def select(self, model: RemoteModel) -> ModelInfo:
        """Chat with `model` from now on (the load of a remote model)."""
        n_ctx = model.context_length or DEFAULT_CONTEXT
        self._model = model
        self._info = ModelInfo(
            path=Path(model.model_id), architecture="remote", name=remote_model_label(model), file_type="remote",
            n_ctx=n_ctx, n_ctx_train=n_ctx, n_vocab=0, n_embd=0, has_chat_template=True,
            llama_cpp_version="remote")
        return self._info

    def unload(self) -> None:
        self._model, self._info = None, None

    def close(self) -> None:
        self.stop()

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return estimate_tokens(messages)

    def stop(self) -> None:
        cancel = self._cancel
        if cancel is not None:
            cancel.cancel()

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = SamplingSettings(), *,
             on_token: Optional[Callable[[str], None]] = None,
             cancel: Optional[CancelToken] = None) -> ChatReply:
        """Stream the reply to `on_token`; raise a Remote*Error when the server fails (the
        turn keeps what was streamed and marks the reply failed)."""
        from app.errors import NoModelLoadedError

        if self._model is None:
            raise NoModelLoadedError(QT_TRANSLATE_NOOP("AppError", "No remote model is chosen."))
        with self._lock:
            self._cancel = cancel = cancel or CancelToken()
            try:
                return self._stream(messages, sampling, on_token, cancel)
            finally:
                self._cancel = None

    def _stream(self, messages: Sequence[ChatMessage], sampling: SamplingSettings,
                on_token: Optional[Callable[[str], None]], cancel: CancelToken) -> ChatReply:
        stream_chat = openai_adapter().stream_chat
        assert self._model is not None
        started = self._clock()
        first: Optional[float] = None
        pieces: list[str] = []
        end = StreamEnd(None, None, None)
        for item in stream_chat(self.endpoint, self._model.model_id, messages, sampling, cancel=cancel,
                                read_timeout_s=self._read_timeout_s):
            if isinstance(item, StreamEnd):
                end = item
                continue
            if first is None:
                first = self._clock()
            pieces.append(item)
            if on_token is not None:
                on_token(item)
        if end.finish_reason is None:  # the connection ended before the server said why
            raise RemoteServerError(
                QT_TRANSLATE_NOOP("AppError", "{name} broke off the reply before its end."), name=self.endpoint.name
            )
        return ChatReply("".join(pieces), self._stats(messages, pieces, end, started, first, self._clock()))

    def _stats(self, messages: Sequence[ChatMessage], pieces: list[str], end: StreamEnd, started: float,
               first: Optional[float], finished: float) -> ReplyStats:
        generated = end.completion_tokens if end.completion_tokens is not None else len(pieces)
        prompt = end.prompt_tokens if end.prompt_tokens is not None else estimate_tokens(messages)
        ttft = (first - started) if first is not None else finished - started
        after_first = finished - first if first is not None else 0.0
        return ReplyStats(
            prompt_tokens=prompt, reused_tokens=0, generated_tokens=generated, time_to_first_token_s=ttft,
            prompt_tokens_per_s=prompt / ttft if ttft > 0 else 0.0,
            tokens_per_s=(generated - 1) / after_first if generated > 1 and after_first > 0 else 0.0,
            stop_reason=_STOP_REASONS.get(end.finish_reason or "stop", StopReason.END_OF_TURN))

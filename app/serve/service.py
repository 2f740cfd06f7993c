"""ApiService: the served chat model, one API request at a time against the engine.

Requests take turns in arrival order (ServedModel's line); each one's CancelToken is set
when its client goes away, which stops its generation in the worker or takes it out of
the line. Stop sequences are cut here (StopText): the engine is stopped as soon as one
appears. With tools offered, a reply that may be a tool call is held back until it
ends (ToolCallWatch), then answered as the call.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Optional, Protocol, Sequence

from app.chat.messages import ChatMessage, ChatReply, ReplyStats
from app.engine.settings import ModelInfo, SamplingSettings
from app.errors import AppError, Cancelled
from app.jobs import CancelToken
from app.serve.api_errors import ApiError, from_app_error
from app.serve.openai_requests import GenerationRequest
from app.serve.openai_responses import finish_reason
from app.serve.served_model import ServedModel
from app.serve.stop_text import StopText
from app.serve.tool_calls import ToolCall, ToolCallWatch

log = logging.getLogger(__name__)
TextCallback = Callable[[str], None]


class ServeEngine(Protocol):
    """What the API needs of an engine (EngineClient)."""

    @property
    def model_info(self) -> Optional[ModelInfo]: ...

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = ..., *,
             on_token: Optional[TextCallback] = None, cancel: Optional[CancelToken] = None) -> ChatReply: ...

    def complete(self, prompt: str, sampling: SamplingSettings = ..., *,
                 on_token: Optional[TextCallback] = None, cancel: Optional[CancelToken] = None) -> ChatReply: ...


@dataclass(frozen=True)
class Generation:
    """A finished reply: its text (cut at a stop sequence), stats and OpenAI finish reason."""

    text: str
    stats: ReplyStats
    finish_reason: str
    tool_call: Optional[ToolCall] = None


class ApiService(ServedModel):
    """Serves one model for chat and text completions, loaded by `load` (the planner's
    checked load), as `model_id`."""

    def __init__(self, engine: ServeEngine, load: Callable[[], ModelInfo], model_id: str) -> None:
        super().__init__(load, model_id)
        self._engine = engine
        self._active: set[CancelToken] = set()
        self._active_lock = threading.Lock()

    # --- requests -------------------------------------------------------------------

    def generate(self, request: GenerationRequest, *, cancel: CancelToken,
                 on_text: Optional[TextCallback] = None) -> Generation:
        """Wait for the engine's turn, then generate the reply, streaming its text to
        `on_text`. Setting `cancel` while generating ends the reply early; while waiting, it
        takes the request out of the line. ApiError for a request that cannot be answered."""
        self.check_model(request.model)
        with self._tracked(cancel), self._turn(cancel):
            info = self._engine.model_info
            n_ctx = info.n_ctx if info is not None else 0
            sampling = replace(request.sampling, max_tokens=request.max_tokens or max(n_ctx, 1))
            stop = StopText(request.stop)
            watch = ToolCallWatch(request.tools)
            parts: list[str] = []

            def deliver(text: str) -> None:
                text = watch.feed(text)
                if text:
                    parts.append(text)
                    if on_text is not None:
                        on_text(text)

            def on_token(piece: str) -> None:
                deliver(stop.feed(piece))
                if stop.hit:
                    cancel.cancel()

            try:
                if request.prompt is not None:
                    reply = self._engine.complete(request.prompt, sampling, on_token=on_token, cancel=cancel)
                else:
                    reply = self._engine.chat(request.messages, sampling, on_token=on_token, cancel=cancel)
            except AppError as exc:
                log.warning("request failed: %s", exc.detail)
                raise from_app_error(exc) from exc
            deliver(stop.flush())
            rest, call = watch.finish()
            if rest:
                parts.append(rest)
                if on_text is not None:
                    on_text(rest)
        finish = "tool_calls" if call is not None else finish_reason(reply.stats.stop_reason, stop.hit)
        s = reply.stats
        log.info("reply: %d prompt tokens (%d reused), %d generated, %s, finish_reason %s%s", s.prompt_tokens,
                 s.reused_tokens, s.generated_tokens, s.stop_reason.value, finish, " (stop sequence)" if stop.hit else "")
        return Generation("".join(parts), reply.stats, finish, call)

    def stop_all(self) -> None:
        """Stop every reply in progress and empty the line (the server is shutting down)."""
        with self._active_lock:
            active = list(self._active)
        for cancel in active:
            cancel.cancel()

    @contextlib.contextmanager
    def _turn(self, cancel: CancelToken) -> Iterator[None]:
        """The engine's turn; a request stopped while waiting (the server is stopping, or
        its client left and nobody reads the answer) gets a 503."""
        try:
            with self._queue.turn(cancel):
                yield
        except Cancelled as exc:
            raise ApiError(503, "The request was stopped before its turn.", type="server_error",
                           code="cancelled") from exc

    @contextlib.contextmanager
    def _tracked(self, cancel: CancelToken) -> Iterator[None]:
        """Keep the request's CancelToken in `_active` while it waits or runs."""
        with self._active_lock:
            self._active.add(cancel)
        try:
            yield
        finally:
            with self._active_lock:
                self._active.discard(cancel)

"""Messages between EngineClient (app process) and the engine worker process.

Frozen dataclasses, pickled through a multiprocessing Pipe. Every request carries a
request id; every reply names the request it answers, so a late message from an old
request can never be mistaken for a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from app.chat.messages import ChatMessage, ReplyStats
from app.engine.settings import LoadSettings, SamplingSettings


@dataclass(frozen=True)
class Request:
    request_id: int


@dataclass(frozen=True)
class LoadRequest(Request):
    settings: LoadSettings


@dataclass(frozen=True)
class ChatRequest(Request):
    messages: tuple[ChatMessage, ...]
    sampling: SamplingSettings


@dataclass(frozen=True)
class CompleteRequest(Request):
    """Continue `prompt` as it is (no chat template): a raw text completion."""

    prompt: str
    sampling: SamplingSettings


@dataclass(frozen=True)
class RenderRequest(Request):
    messages: tuple[ChatMessage, ...]
    add_generation_prompt: bool = True


@dataclass(frozen=True)
class TokenizeRequest(Request):
    text: str
    special: bool = True


@dataclass(frozen=True)
class DetokenizeRequest(Request):
    tokens: tuple[int, ...]


@dataclass(frozen=True)
class EmbedRequest(Request):
    texts: tuple[str, ...]


@dataclass(frozen=True)
class UnloadRequest(Request):
    pass


@dataclass(frozen=True)
class Event:
    request_id: int


@dataclass(frozen=True)
class TokenEvent(Event):
    text: str


@dataclass(frozen=True)
class ResultEvent(Event):
    """A request finished; `value` is its answer (ModelInfo, list of ids, text...)."""

    value: Any


@dataclass(frozen=True)
class ChatDoneEvent(Event):
    text: str
    stats: ReplyStats


@dataclass(frozen=True)
class FailedEvent(Event):
    kind: str  # AppError.kind
    detail: str
    expected: bool  # False: a bug in the worker (traceback in detail)
    template: str = ""  # the AppError's template and parameters (for its translation)
    params: Optional[dict[str, Any]] = None

"""OpenAI's response JSON: models, completions, streamed chunks, usage, finish reasons.

Plain dicts, written exactly as OpenAI's API writes them, so that its official clients
and the tools built on them read Paddock's answers unchanged.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any, Optional

from app.chat.messages import ReplyStats, StopReason
from app.serve.tool_calls import ToolCall

OWNER = "paddock"


def finish_reason(reason: StopReason, stop_sequence: bool) -> str:
    """OpenAI's finish_reason: "length" when a limit cut the reply (max_tokens or a full
    context), else "stop" (the end of the turn, a stop sequence, or a stop)."""
    if stop_sequence:
        return "stop"
    return "length" if reason in (StopReason.LENGTH, StopReason.CONTEXT_FULL) else "stop"


def usage(stats: ReplyStats) -> dict[str, int]:
    return {"prompt_tokens": stats.prompt_tokens, "completion_tokens": stats.generated_tokens,
            "total_tokens": stats.prompt_tokens + stats.generated_tokens}


def model_object(model_id: str, created: int) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": created, "owned_by": OWNER}


def model_list(models: list[tuple[str, int]]) -> dict[str, Any]:
    """The list of (id, created) models."""
    return {"object": "list", "data": [model_object(model_id, created) for model_id, created in models]}


def sse(data: Any) -> bytes:
    """One server-sent event carrying `data` as JSON."""
    return b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n"


SSE_DONE = b"data: [DONE]\n\n"


@dataclass(frozen=True)
class ReplyIds:
    """What every object of one reply shares: its id, creation time and model."""

    id: str
    created: int
    model: str

    @classmethod
    def new(cls, prefix: str, model: str) -> "ReplyIds":
        return cls(f"{prefix}-{uuid.uuid4().hex[:24]}", int(time.time()), model)


class ChatObjects:
    """The objects of one /v1/chat/completions reply."""

    def __init__(self, model: str) -> None:
        self.ids = ReplyIds.new("chatcmpl", model)

    def _base(self, kind: str) -> dict[str, Any]:
        return {"id": self.ids.id, "object": kind, "created": self.ids.created, "model": self.ids.model,
                "system_fingerprint": None}

    def completion(self, text: str, finish: str, stats: ReplyStats,
                   tool_call: Optional[ToolCall] = None) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None}
        if tool_call is not None:
            message.update(content=None, tool_calls=[tool_call.openai()])
        choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": finish}
        return {**self._base("chat.completion"), "choices": [choice], "usage": usage(stats)}

    def chunk(self, delta: dict[str, Any], finish: Optional[str] = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return {**self._base("chat.completion.chunk"), "choices": [choice]}

    def first_chunk(self) -> dict[str, Any]:
        return self.chunk({"role": "assistant", "content": ""})

    def text_chunk(self, text: str) -> dict[str, Any]:
        return self.chunk({"content": text})

    def tool_call_chunk(self, call: ToolCall) -> dict[str, Any]:
        return self.chunk({"tool_calls": [call.openai(index=0)]})

    def finish_chunk(self, finish: str) -> dict[str, Any]:
        return self.chunk({}, finish)

    def usage_chunk(self, stats: ReplyStats) -> dict[str, Any]:
        return {**self._base("chat.completion.chunk"), "choices": [], "usage": usage(stats)}


class TextObjects:
    """The objects of one /v1/completions reply."""

    def __init__(self, model: str) -> None:
        self.ids = ReplyIds.new("cmpl", model)

    def _object(self, text: str, finish: Optional[str]) -> dict[str, Any]:
        choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": finish}
        return {"id": self.ids.id, "object": "text_completion", "created": self.ids.created,
                "model": self.ids.model, "system_fingerprint": None, "choices": [choice]}

    def completion(self, text: str, finish: str, stats: ReplyStats,
                   tool_call: Optional[ToolCall] = None) -> dict[str, Any]:
        return {**self._object(text, finish), "usage": usage(stats)}

    def tool_call_chunk(self, call: ToolCall) -> Optional[dict[str, Any]]:
        return None  # a text completion is offered no tools

    def first_chunk(self) -> Optional[dict[str, Any]]:
        return None  # a text completion streams no role

    def text_chunk(self, text: str) -> dict[str, Any]:
        return self._object(text, None)

    def finish_chunk(self, finish: str) -> dict[str, Any]:
        return self._object("", finish)

    def usage_chunk(self, stats: ReplyStats) -> dict[str, Any]:
        return {**self._object("", None), "choices": [], "usage": usage(stats)}

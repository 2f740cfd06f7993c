"""The chat's own types: a message, a finished reply, why it stopped and its statistics.

Shared by the engine (which produces replies), the store (which saves them), the chat
use cases and the front ends; they depend on nothing else in Paddock. All frozen: they
cross thread and process boundaries unchanged.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class ChatMessage:
    role: str  # "system", "user", "assistant"
    content: str


class StopReason(str, enum.Enum):
    """Why a reply ended. Stored on disk: never change or reuse values."""

    END_OF_TURN = "end_of_turn"
    LENGTH = "length"
    CONTEXT_FULL = "context_full"
    STOPPED = "stopped"
    ERROR = "error"


@dataclass(frozen=True)
class ReplyStats:
    prompt_tokens: int  # the whole prompt, as tokens
    reused_tokens: int  # taken from the KV cache, not evaluated again
    generated_tokens: int
    time_to_first_token_s: float
    prompt_tokens_per_s: float
    tokens_per_s: float  # generation speed after the first token
    stop_reason: StopReason

    @property
    def evaluated_prompt_tokens(self) -> int:
        return self.prompt_tokens - self.reused_tokens


@dataclass(frozen=True)
class ChatReply:
    """A reply the engine finished (ended, stopped or cut off), with its statistics."""

    text: str
    stats: ReplyStats

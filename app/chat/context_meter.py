"""What the context holds before the next message is sent: the numbers behind the window's
context meter and its "this will not fit" warning.

The history's size comes from the engine when it is known (the last reply's stats: the
prompt it read plus what it wrote, both counted by the model's own tokenizer); the message
being typed, and a history not yet read by the engine, are estimated cheaply so the meter
can follow every keystroke without a round trip to the engine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from app.chat.context_budget import reply_room
from app.chat.messages import ChatMessage, ReplyStats

# Llama 3's tokenizer gives about 4 characters a token in English and fewer in scripts such
# as Devanagari or Thai; 3 keeps the estimate on the side of warning too early, not too late.
CHARS_PER_TOKEN = 3
MESSAGE_OVERHEAD = 5  # the chat template's header and end-of-turn tokens around each message

# Stored in a conversation's settings: never change these values.
OVERFLOW_KEY = "context_overflow"
DROP_OLDEST = "drop_oldest"
RELOAD = "reload"
# How many of the earliest messages the last reply was written without (drop_oldest): the
# transcript dims them again when the conversation is reopened.
LEFT_OUT_KEY = "context_left_out"


def saved_left_out(settings: object) -> int:
    """The LEFT_OUT_KEY of a conversation's settings; 0 when missing or not a count."""
    value = settings.get(LEFT_OUT_KEY) if isinstance(settings, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def estimate_tokens(text: str, tokens_per_char: float = 1 / CHARS_PER_TOKEN) -> int:
    """A cheap guess of `text`'s size in tokens (0 for no text); upper-leaning by default,
    or at the rate the engine measured on this conversation."""
    return math.ceil(len(text) * tokens_per_char - 1e-9) if text else 0


def measured_rate(messages: Sequence[ChatMessage], tokens: int) -> float:
    """Tokens a character in `messages`, which the engine counted as `tokens` (within
    bounds: a short history says little)."""
    chars = sum(len(m.content) for m in messages)
    rate = max(1, tokens - MESSAGE_OVERHEAD * len(messages)) / max(1, chars)
    return min(1.0, max(1 / 6, rate))


def estimate_messages(messages: Sequence[ChatMessage]) -> int:
    return sum(estimate_tokens(m.content) + MESSAGE_OVERHEAD for m in messages)


@dataclass(frozen=True)
class ContextUsage:
    """Tokens the next turn needs, against the loaded context length."""

    system: int
    history: int
    draft: int
    reserve: int  # kept free for the reply
    n_ctx: int

    @property
    def used(self) -> int:
        return self.system + self.history + self.draft + self.reserve

    @property
    def fits(self) -> bool:
        return self.used <= self.n_ctx


def context_usage(messages: Sequence[ChatMessage], draft: str, n_ctx: int, max_tokens: int,
                  last_stats: Optional[ReplyStats] = None) -> ContextUsage:
    """The usage if `draft` were sent now after `messages` (system prompt first, if any).
    `last_stats`: the stats of the reply that ends `messages`, when known (exact counts)."""
    system = [m for m in messages[:1] if m.role == "system"]
    rest = messages[len(system):]
    system_tokens = estimate_messages(system)
    rate = 1 / CHARS_PER_TOKEN
    if last_stats is not None and rest and rest[-1].role == "assistant":
        counted = last_stats.prompt_tokens + last_stats.generated_tokens
        history = max(0, counted - system_tokens)
        rate = measured_rate(messages, counted)  # the engine's own tokenizer, on this chat
    else:
        history = estimate_messages(rest)
    typed = estimate_tokens(draft.strip(), rate) + MESSAGE_OVERHEAD if draft.strip() else 0
    return ContextUsage(system_tokens, history, typed, reply_room(n_ctx, max_tokens), n_ctx)


def seen_counts(history: Sequence[ChatMessage], left_out: int, replied: bool) -> tuple[int, int]:
    """(messages the model saw, messages in the conversation) for the last turn: the system
    prompt not counted, nor the reply it wrote (`replied`)."""
    total = sum(1 for m in history if m.role != "system") - (1 if replied else 0)
    return max(0, total - left_out), max(0, total)

"""Fitting a conversation into the context: the way out when it has grown too long.

With `drop_oldest`, a turn sends the system prompt and the most recent whole exchanges that
leave room for a reply; the saved conversation keeps everything (only what the model sees
is shortened). The cut is found with a binary search over exchange boundaries, each probe
one render-and-tokenize of the prompt in the engine.
"""

from __future__ import annotations

from typing import Callable, Sequence

from app.chat.messages import ChatMessage

TokenCounter = Callable[[Sequence[ChatMessage]], int]


def reply_room(n_ctx: int, max_tokens: int) -> int:
    """Tokens kept free for the reply: its length limit, at most a quarter of the context."""
    return max(1, min(max_tokens, n_ctx // 4))


def fit_to_context(messages: Sequence[ChatMessage], count: TokenCounter, n_ctx: int,
                   room: int) -> tuple[tuple[ChatMessage, ...], int]:
    """`messages` without their oldest exchanges, so that they and `room` fit in `n_ctx`;
    also how many messages were left out. The system prompt and the last message always
    stay (if those alone do not fit, the engine says so)."""
    messages = tuple(messages)
    budget = n_ctx - room
    if count(messages) <= budget:
        return messages, 0
    head = messages[:1] if messages and messages[0].role == "system" else ()
    body = messages[len(head):]
    # Cut only before a user message: the model never sees a reply without its question.
    cuts = [i for i in range(1, len(body)) if body[i].role == "user"]
    if not cuts:
        return messages, 0
    lo, hi = 0, len(cuts) - 1  # find the earliest cut that fits; the last cut always stays
    while lo < hi:
        mid = (lo + hi) // 2
        if count(head + body[cuts[mid]:]) <= budget:
            hi = mid
        else:
            lo = mid + 1
    kept = head + body[cuts[lo]:]
    return kept, len(messages) - len(kept)

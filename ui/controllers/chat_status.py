"""What ChatController reports as its state: the one source of the window's status line
(the widgets translate it)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Optional

from app.chat.messages import ReplyStats


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

"""What the store hands out: stored enums, frozen records, and time conversions.

Times are stored as integer milliseconds since the Unix epoch (UTC) and exported as
ISO 8601 strings with milliseconds ("2025-01-31T09:15:00.250Z"); both convert exactly.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import time
from dataclasses import dataclass
from typing import Any, Mapping, Optional

from app.chat.messages import ReplyStats, StopReason

_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_MS = _dt.timedelta(milliseconds=1)


class MessageStatus(str, enum.Enum):
    """Where a message stands. Stored on disk: never change or reuse values."""

    STREAMING = "streaming"  # the reply is being written (a row from its first token)
    DONE = "done"
    STOPPED = "stopped"  # the person pressed Stop; the text so far is kept
    FAILED = "failed"  # the engine failed; `error` says why, the text so far is kept
    INTERRUPTED = "interrupted"  # the app crashed or was killed while it streamed

    @property
    def final(self) -> bool:
        return self is not MessageStatus.STREAMING


class Role(str, enum.Enum):
    """Who wrote a message. Stored on disk: never change or reuse values.
    (The system prompt belongs to the conversation, not to a message.)"""

    USER = "user"
    ASSISTANT = "assistant"


class TitleSource(str, enum.Enum):
    """Where a conversation's title came from. Stored on disk: never change or reuse values."""

    NONE = "none"  # no title yet
    FIRST_WORDS = "first_words"  # the first words of the first message
    MODEL = "model"  # summarized by the loaded model
    PERSON = "person"  # typed by the person: never replaced automatically
    IMPORTED = "imported"  # came with an imported conversation


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def ms_to_iso(ms: int) -> str:
    moment = _EPOCH + _dt.timedelta(milliseconds=ms)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def iso_to_ms(text: str) -> int:
    """Parse an ISO 8601 time (naive means UTC) to epoch milliseconds."""
    moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return (moment - _EPOCH) // _MS


def to_json_text(value: Optional[Mapping[str, Any]]) -> Optional[str]:
    """Settings as stored: canonical JSON text (sorted keys), or NULL."""
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def from_json_text(text: Optional[str]) -> Optional[dict[str, Any]]:
    return None if text is None else json.loads(text)


@dataclass(frozen=True)
class Conversation:
    id: int
    uuid: str
    title: str
    title_source: TitleSource
    created_ms: int
    updated_ms: int
    pinned: bool
    model: Optional[str]
    settings: Optional[dict[str, Any]]
    system_prompt: str
    current_message_id: Optional[int]

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "Conversation":
        return cls(
            id=row["id"],
            uuid=row["uuid"],
            title=row["title"],
            title_source=TitleSource(row["title_source"]),
            created_ms=row["created_ms"],
            updated_ms=row["updated_ms"],
            pinned=bool(row["pinned"]),
            model=row["model"],
            settings=from_json_text(row["settings_json"]),
            system_prompt=row["system_prompt"],
            current_message_id=row["current_message_id"],
        )


@dataclass(frozen=True)
class ConversationSummary:
    """One line of the conversation list."""

    id: int
    title: str
    updated_ms: int
    pinned: bool
    model: Optional[str]
    message_count: int


STATS_COLUMNS = (
    "prompt_tokens",
    "reused_tokens",
    "generated_tokens",
    "time_to_first_token_s",
    "prompt_tokens_per_s",
    "tokens_per_s",
    "stop_reason",
)


def stats_to_row(stats: Optional[ReplyStats]) -> dict[str, Any]:
    if stats is None:
        return {name: None for name in STATS_COLUMNS}
    return {
        "prompt_tokens": stats.prompt_tokens,
        "reused_tokens": stats.reused_tokens,
        "generated_tokens": stats.generated_tokens,
        "time_to_first_token_s": stats.time_to_first_token_s,
        "prompt_tokens_per_s": stats.prompt_tokens_per_s,
        "tokens_per_s": stats.tokens_per_s,
        "stop_reason": stats.stop_reason.value,
    }


def stats_from_row(row: Mapping[str, Any]) -> Optional[ReplyStats]:
    if row["stop_reason"] is None:
        return None
    return ReplyStats(
        prompt_tokens=row["prompt_tokens"] or 0,
        reused_tokens=row["reused_tokens"] or 0,
        generated_tokens=row["generated_tokens"] or 0,
        time_to_first_token_s=row["time_to_first_token_s"] or 0.0,
        prompt_tokens_per_s=row["prompt_tokens_per_s"] or 0.0,
        tokens_per_s=row["tokens_per_s"] or 0.0,
        stop_reason=StopReason(row["stop_reason"]),
    )


@dataclass(frozen=True)
class Message:
    id: int
    uuid: str
    conversation_id: int
    parent_id: Optional[int]
    role: Role
    content: str
    status: MessageStatus
    model: Optional[str]
    settings: Optional[dict[str, Any]]
    stats: Optional[ReplyStats]
    error: Optional[str]
    created_ms: int
    updated_ms: int

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "Message":
        return cls(
            id=row["id"],
            uuid=row["uuid"],
            conversation_id=row["conversation_id"],
            parent_id=row["parent_id"],
            role=Role(row["role"]),
            content=row["content"],
            status=MessageStatus(row["status"]),
            model=row["model"],
            settings=from_json_text(row["settings_json"]),
            stats=stats_from_row(row),
            error=row["error"],
            created_ms=row["created_ms"],
            updated_ms=row["updated_ms"],
        )

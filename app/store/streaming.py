"""An assistant reply saved while it streams, and recovery after a crash.

The reply is a row from its first token (status `streaming`), rewritten at most once per
`min_interval_s` however fast tokens come, and finalized exactly once: `done`,
`stopped` or `failed`, with the engine's ReplyStats. If the process dies meanwhile, the
row keeps the text of its last write; the next `open_store()` marks it `interrupted`
(only when the process that wrote it is gone, see sessions.py).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from app.chat.messages import ReplyStats, StopReason
from app.store import sessions
from app.store.database import Database
from app.store.messages import CURRENT, add_message, get_message
from app.store.records import Message, MessageStatus, Role, now_ms, stats_to_row
from app.store.textfold import search_text_for

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 0.5


def status_for(stop_reason: StopReason) -> MessageStatus:
    if stop_reason is StopReason.STOPPED:
        return MessageStatus.STOPPED
    if stop_reason is StopReason.ERROR:
        return MessageStatus.FAILED
    return MessageStatus.DONE


class StreamingReply:
    """Feed it tokens (`add`), then call one of `finish`, `stop` or `fail` once.

    Use it from the thread that owns `db`. `clock` is injectable so tests can decide
    when time has passed.
    """

    def __init__(
        self,
        db: Database,
        conversation_id: int,
        *,
        parent_id: Any = CURRENT,
        model: Optional[str] = None,
        settings: Optional[Mapping[str, Any]] = None,
        min_interval_s: float = DEFAULT_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._conversation_id = conversation_id
        self._parent_id = parent_id
        self._model = model
        self._settings = settings
        self._interval = min_interval_s
        self._clock = clock
        self._parts: list[str] = []
        self._saved_chars = 0
        self._last_write = 0.0
        self._message_id: Optional[int] = None
        self._final: Optional[Message] = None
        self.writes = 0  # row writes so far (insert and updates): the rate is bounded

    @property
    def message_id(self) -> Optional[int]:
        return self._message_id

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def saved_chars(self) -> int:
        """How much of `text` is on disk now."""
        return self._saved_chars

    def add(self, token: str) -> None:
        """One more piece of the reply (the engine's `on_token` callback)."""
        if self._final is not None:
            raise RuntimeError("this reply was already finalized")
        self._parts.append(token)
        if self._message_id is None:
            self._insert(MessageStatus.STREAMING)
        elif self._clock() - self._last_write >= self._interval:
            self.flush()

    def flush(self) -> None:
        """Write the text so far now (normally left to `add`)."""
        if self._message_id is None or self._final is not None:
            return
        text = self.text
        if len(text) != self._saved_chars:
            # Crash-safe, not power-cut-safe: the final write (finish/stop/fail) syncs it all.
            self._db.execute_crash_safe(
                "UPDATE messages SET content = ?, search_text = ?, updated_ms = ? WHERE id = ?",
                (text, search_text_for(text), now_ms(), self._message_id),
            )
            self._saved_chars = len(text)
            self.writes += 1
        self._last_write = self._clock()

    def _insert(self, status: MessageStatus, stats: Optional[ReplyStats] = None,
                error: Optional[str] = None) -> Message:
        message = add_message(
            self._db, self._conversation_id, Role.ASSISTANT, self.text, parent_id=self._parent_id,
            status=status, model=self._model, settings=self._settings, stats=stats, error=error,
        )
        self._message_id = message.id
        self._saved_chars = len(message.content)
        self._last_write = self._clock()
        self.writes += 1
        return message

    def finish(self, stats: ReplyStats) -> Message:
        """The engine returned: done, stopped or failed according to `stats.stop_reason`."""
        return self._finalize(status_for(stats.stop_reason), stats, None)

    def stop(self, stats: Optional[ReplyStats] = None) -> Message:
        return self._finalize(MessageStatus.STOPPED, stats, None)

    def fail(self, detail: str, stats: Optional[ReplyStats] = None) -> Message:
        return self._finalize(MessageStatus.FAILED, stats, detail)

    def _finalize(self, status: MessageStatus, stats: Optional[ReplyStats], error: Optional[str]) -> Message:
        if self._final is not None:
            raise RuntimeError("a reply is finalized only once")
        if self._message_id is None:
            self._final = self._insert(status, stats, error)
            return self._final
        text = self.text
        values = {"content": text, "search_text": search_text_for(text), "status": status.value,
                  **stats_to_row(stats), "error": error, "updated_ms": now_ms(), "id": self._message_id}
        assignments = ", ".join(f"{name} = :{name}" for name in values if name != "id")
        with self._db.transaction():
            self._db.execute(f"UPDATE messages SET {assignments} WHERE id = :id", values)
            self._db.execute("UPDATE conversations SET updated_ms = max(updated_ms, ?) WHERE id = ?",
                             (values["updated_ms"], self._conversation_id))
        self.writes += 1
        self._final = get_message(self._db, self._message_id)
        return self._final


def recover_interrupted(db: Database, sessions_dir: Path, *, own_session: Optional[str]) -> int:
    """Mark `interrupted` the streaming rows whose writing process is gone; return how many."""
    rows = db.query("SELECT DISTINCT stream_session FROM messages WHERE status = 'streaming'")
    total = 0
    for row in rows:
        session = row["stream_session"]
        if session == own_session or not sessions.is_dead(sessions_dir, session):
            continue
        total += db.execute(
            "UPDATE messages SET status = 'interrupted', updated_ms = ? "
            "WHERE status = 'streaming' AND stream_session IS ?",
            (now_ms(), session),
        ).rowcount
        if session:
            sessions.forget(sessions_dir, session)
    for session in sessions.dead_sessions(sessions_dir):
        sessions.forget(sessions_dir, session)
    if total:
        log.warning("%d reply(ies) were cut off by a crash and are now marked interrupted", total)
    return total

"""A streaming reply: a row from its first token, written at a bounded rate, finalized
once; rows of dead writers become interrupted, rows of live ones are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.chat.messages import ReplyStats, StopReason
from app.store.conversations import create_conversation
from app.store.database import Database
from app.store.messages import add_message, get_message
from app.store.opening import open_store
from app.store.records import MessageStatus, Role
from app.store.streaming import StreamingReply


class FakeClock:
    """Time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _stats(reason: StopReason) -> ReplyStats:
    return ReplyStats(120, 100, 7, 0.35, 480.0, 21.5, reason)


def _reply(db: Database, clock: FakeClock) -> StreamingReply:
    conversation = create_conversation(db)
    add_message(db, conversation.id, Role.USER, "Hello")
    return StreamingReply(db, conversation.id, model="tiny", settings={"temperature": 0.7}, clock=clock,
                          min_interval_s=0.5)


def test_row_exists_from_the_first_token(db: Database) -> None:
    clock = FakeClock()
    reply = _reply(db, clock)
    assert reply.message_id is None
    reply.add("Hel")
    assert reply.message_id is not None
    row = get_message(db, reply.message_id)
    assert (row.status, row.content, row.model, row.settings) == (MessageStatus.STREAMING, "Hel", "tiny", {"temperature": 0.7})


def test_writes_are_rate_limited_not_per_token(db: Database) -> None:
    clock = FakeClock()
    reply = _reply(db, clock)
    for i in range(1000):  # 1000 tokens over 2 seconds
        reply.add(f"t{i} ")
        clock.now += 0.002
    assert 4 <= reply.writes <= 1 + 2 / 0.5 + 1
    saved = get_message(db, reply.message_id).content
    assert saved == reply.text[: reply.saved_chars] and len(saved) > len(reply.text) // 2
    reply.flush()
    clock.now += 0.4  # within the interval: kept in memory
    reply.add("more")
    assert get_message(db, reply.message_id).content == reply.text.removesuffix("more")
    clock.now += 0.1  # the interval has passed
    reply.add("!")
    assert get_message(db, reply.message_id).content == reply.text


@pytest.mark.parametrize(
    ("reason", "status"),
    [(StopReason.END_OF_TURN, MessageStatus.DONE), (StopReason.LENGTH, MessageStatus.DONE),
     (StopReason.STOPPED, MessageStatus.STOPPED), (StopReason.ERROR, MessageStatus.FAILED)],
)
def test_finalized_once_with_stats(db: Database, reason: StopReason, status: MessageStatus) -> None:
    reply = _reply(db, FakeClock())
    for token in ["Hi", " there", "!"]:
        reply.add(token)
    final = reply.finish(_stats(reason))
    assert (final.status, final.content, final.stats) == (status, "Hi there!", _stats(reason))
    with pytest.raises(RuntimeError):
        reply.finish(_stats(reason))
    with pytest.raises(RuntimeError):
        reply.add("late")


def test_failure_keeps_the_text_and_says_why(db: Database) -> None:
    reply = _reply(db, FakeClock())
    reply.add("Partial answ")
    final = reply.fail("The model's worker process crashed (SIGSEGV).")
    assert (final.status, final.content, final.error) == (
        MessageStatus.FAILED, "Partial answ", "The model's worker process crashed (SIGSEGV).")


def test_reply_without_tokens_is_still_recorded(db: Database) -> None:
    reply = _reply(db, FakeClock())
    final = reply.finish(_stats(StopReason.END_OF_TURN))
    assert (final.status, final.content) == (MessageStatus.DONE, "")


def test_only_rows_of_dead_writers_become_interrupted(db_path: Path) -> None:
    writer = open_store(db_path)
    reply = _reply(writer.connection(), FakeClock())
    reply.add("still coming")

    with open_store(db_path) as other:  # e.g. the CLI while the app streams
        assert other.report.interrupted_messages == 0
        assert get_message(other.connection(), reply.message_id).status is MessageStatus.STREAMING
    reply.flush()

    writer.close()  # the writer goes away without finalizing (as in a crash)
    with open_store(db_path) as later:
        assert later.report.interrupted_messages == 1
        row = get_message(later.connection(), reply.message_id)
        assert (row.status, row.content) == (MessageStatus.INTERRUPTED, "still coming")
    assert list((db_path.parent / (db_path.name + "-sessions")).iterdir()) == []  # no stale locks


def test_pieces_are_written_without_a_disk_sync_and_the_end_with_one(db: Database) -> None:
    """A piece of a streaming reply is committed with synchronous=NORMAL (it survives a
    kill; its fsync would cost more than the write), everything else, the final write
    included, with FULL, which also syncs the pieces before it."""
    clock = FakeClock()
    reply = _reply(db, clock)
    statements: list[str] = []
    db._conn.set_trace_callback(statements.append)
    try:
        reply.add("Hel")
        clock.now += 1
        reply.add("lo")
        relaxed = statements.index("PRAGMA synchronous = NORMAL")
        restored = statements.index("PRAGMA synchronous = FULL", relaxed)
        between = statements[relaxed:restored]
        assert any(s.startswith("UPDATE messages SET content") for s in between) and "COMMIT" in between
        assert not any(s.startswith("UPDATE messages SET content") for s in statements[:relaxed])
        reply.finish(_stats(StopReason.END_OF_TURN))
    finally:
        db._conn.set_trace_callback(None)
    assert db.scalar("PRAGMA synchronous") == 2  # FULL again
    assert statements.count("PRAGMA synchronous = NORMAL") == 1  # the insert and the end: FULL
    assert get_message(db, reply.message_id).content == "Hello"

"""Child process for the kill test: writes turns with streaming replies until it is killed.

Run by the test through a multiprocessing fork server (imports done once, so each child
starts in milliseconds), or by hand: `python -m tests.app.store.stream_child DB SEED`.
Reports one line after each commit it makes ("user ID", "saved ID CHARS", "done ID"), so
whatever the parent has received is known to be on disk.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any, Callable

from app.chat.messages import ReplyStats, StopReason
from app.store.conversations import create_conversation
from app.store.messages import add_message
from app.store.opening import open_store
from app.store.records import Role
from app.store.streaming import StreamingReply

WORDS = ["Hallo", " über", " ข้าว", "ผัด", " दुनिया", " the", " answer", " is", " 42", ",", "\n", " é"]


def user_text(seed: int, k: int) -> str:
    return f"Question {k} of run {seed}: was ist über ข้าวผัด और दुनिया?"


def reply_tokens(seed: int, k: int) -> list[str]:
    rng = random.Random(seed * 100_003 + k)
    return [rng.choice(WORDS) for _ in range(rng.randint(40, 160))]


def write_forever(db_path: str, seed: int, tell: Callable[[str], None]) -> None:
    store = open_store(Path(db_path), backup_every=None)
    db = store.connection()
    conversation = create_conversation(db, title=f"run {seed}")
    tell(f"conversation {conversation.id}")
    for k in range(10_000):
        user = add_message(db, conversation.id, Role.USER, user_text(seed, k))
        tell(f"user {user.id}")
        reply = StreamingReply(db, conversation.id, model="tiny", min_interval_s=0.001)
        writes = 0
        for token in reply_tokens(seed, k):
            reply.add(token)
            if reply.writes != writes:
                writes = reply.writes
                tell(f"saved {reply.message_id} {reply.saved_chars}")
        final = reply.finish(ReplyStats(20, 0, 5, 0.1, 200.0, 30.0, StopReason.END_OF_TURN))
        tell(f"done {final.id}")
    store.close()


def run_with_pipe(db_path: str, seed: int, connection: Any) -> None:
    """Entry point in the child: lines go to the parent through a multiprocessing pipe."""
    write_forever(db_path, seed, lambda line: connection.send_bytes(line.encode()))


if __name__ == "__main__":
    write_forever(sys.argv[1], int(sys.argv[2]), lambda line: print(line, flush=True))

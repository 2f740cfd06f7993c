"""The alternatives of a thread's messages: for each message that has siblings (the other
answers to the same message, the other versions of an edited one), all their ids, so a
front end can show "‹ 2/3 ›" and switch with select_branch(). One query for the whole
conversation, however long it is. Empty replies (failed before any text) are no
alternative worth showing and are left out.
"""

from __future__ import annotations

from typing import Sequence

from app.store.database import Database
from app.store.records import Message


def alternatives(db: Database, conversation_id: int, messages: Sequence[Message]) -> dict[int, tuple[int, ...]]:
    """{message id: the ids of it and its siblings, oldest first} for the messages of
    `messages` (a thread) that have at least one sibling with text."""
    rows = db.query(
        "SELECT id, parent_id FROM messages WHERE conversation_id = ? AND NOT (role = 'assistant' AND content = '')"
        " ORDER BY id",
        (conversation_id,),
    )
    by_parent: dict[object, list[int]] = {}
    for row in rows:
        by_parent.setdefault(row["parent_id"], []).append(row["id"])
    found: dict[int, tuple[int, ...]] = {}
    for message in messages:
        ids = by_parent.get(message.parent_id, [])
        if len(ids) > 1 and message.id in ids:
            found[message.id] = tuple(ids)
    return found

"""Messages and branches.

Messages form a tree per conversation: `parent_id` is the message answered or followed.
Editing a user message or regenerating a reply adds a sibling (same parent) instead of
changing anything, so every alternative is kept. The conversation's `current_message_id`
is the leaf of the branch on screen; `thread()` walks from it up to the root, and
`select_branch()` switches to another alternative (down to its newest leaf).
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from app.chat.messages import ReplyStats
from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError
from app.store.conversations import get_conversation, new_uuid
from app.store.database import Database
from app.store.errors import NotFoundError
from app.store.records import (
    Message,
    MessageStatus,
    Role,
    now_ms,
    stats_to_row,
    to_json_text,
)
from app.store.textfold import search_text_for


class _Current:
    """Default for `parent_id`: after the conversation's current message."""

    def __repr__(self) -> str:
        return "CURRENT"


CURRENT: Any = _Current()


def add_message(
    db: Database,
    conversation_id: int,
    role: Role,
    content: str,
    *,
    parent_id: Optional[int] | _Current = CURRENT,
    status: MessageStatus = MessageStatus.DONE,
    model: Optional[str] = None,
    settings: Optional[Mapping[str, Any]] = None,
    stats: Optional[ReplyStats] = None,
    error: Optional[str] = None,
    uuid: Optional[str] = None,
    created_ms: Optional[int] = None,
    updated_ms: Optional[int] = None,
    select: bool = True,
    touch: bool = True,
) -> Message:
    """Insert a message (by default after the current one) and make it current."""
    role, status = Role(role), MessageStatus(status)
    with db.transaction():
        conversation = get_conversation(db, conversation_id)
        parent = conversation.current_message_id if isinstance(parent_id, _Current) else parent_id
        if parent is not None:
            owner = db.scalar("SELECT conversation_id FROM messages WHERE id = ?", (parent,))
            if owner != conversation_id:
                raise InvalidRequestError(
                    QT_TRANSLATE_NOOP("AppError", "Message {message_id} is not part of conversation {conversation_id}."),
                    message_id=parent,
                    conversation_id=conversation_id,
                )
        created = now_ms() if created_ms is None else created_ms
        row = {
            "uuid": uuid or new_uuid(),
            "conversation_id": conversation_id,
            "parent_id": parent,
            "role": role.value,
            "content": content,
            "search_text": search_text_for(content),
            "status": status.value,
            "model": model,
            "settings_json": to_json_text(settings),
            **stats_to_row(stats),
            "error": error,
            "stream_session": db.session_id if status is MessageStatus.STREAMING else None,
            "created_ms": created,
            "updated_ms": created if updated_ms is None else updated_ms,
        }
        names = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        message_id = db.execute(f"INSERT INTO messages ({names}) VALUES ({marks})", row).lastrowid
        if select:
            db.execute("UPDATE conversations SET current_message_id = ? WHERE id = ?", (message_id, conversation_id))
        if touch:
            db.execute("UPDATE conversations SET updated_ms = max(updated_ms, ?) WHERE id = ?",
                       (created, conversation_id))
    assert message_id is not None
    return get_message(db, message_id)


def get_message(db: Database, message_id: int) -> Message:
    row = db.query_one("SELECT * FROM messages WHERE id = ?", (message_id,))
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("AppError", "There is no message number {message_id}."), message_id=message_id)
    return Message.from_row(row)


def thread(db: Database, conversation_id: int, leaf_id: Optional[int] = None) -> list[Message]:
    """The branch ending at `leaf_id` (default: the current one), first message first."""
    if leaf_id is None:
        leaf_id = get_conversation(db, conversation_id).current_message_id
        if leaf_id is None:
            return []
    rows = db.query(
        "WITH RECURSIVE up (id, depth) AS ("
        " SELECT id, 0 FROM messages WHERE id = ? AND conversation_id = ?"
        " UNION ALL SELECT m.parent_id, up.depth + 1 FROM messages m JOIN up ON m.id = up.id"
        " WHERE m.parent_id IS NOT NULL)"
        " SELECT messages.* FROM up JOIN messages ON messages.id = up.id ORDER BY up.depth DESC",
        (leaf_id, conversation_id),
    )
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("AppError", "Message {message_id} is not part of conversation {conversation_id}."),
            message_id=leaf_id,
            conversation_id=conversation_id,
        )
    return [Message.from_row(row) for row in rows]


def all_messages(db: Database, conversation_id: int) -> list[Message]:
    """Every message of the conversation, every branch, oldest first (parents before children)."""
    rows = db.query("SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", (conversation_id,))
    return [Message.from_row(row) for row in rows]


def siblings(db: Database, message_id: int) -> list[Message]:
    """The alternatives at this point of the conversation (the message included), oldest first."""
    message = get_message(db, message_id)
    rows = db.query(
        "SELECT * FROM messages WHERE conversation_id = ? AND parent_id IS ? ORDER BY id",
        (message.conversation_id, message.parent_id),
    )
    return [Message.from_row(row) for row in rows]


def newest_leaf(db: Database, message_id: int) -> int:
    """Follow the newest child from `message_id` down to a leaf."""
    current = message_id
    while True:
        child = db.scalar("SELECT max(id) FROM messages WHERE parent_id = ?", (current,))
        if child is None:
            return current
        current = child


def select_branch(db: Database, message_id: int) -> int:
    """Show the branch through `message_id` (down to its newest leaf); return that leaf."""
    with db.transaction():
        message = get_message(db, message_id)
        leaf = newest_leaf(db, message_id)
        db.execute("UPDATE conversations SET current_message_id = ? WHERE id = ?", (leaf, message.conversation_id))
    return leaf


def edit_user_message(db: Database, message_id: int, content: str) -> Message:
    """Keep the original: the edited text becomes a new alternative, shown from now on."""
    original = get_message(db, message_id)
    if original.role is not Role.USER:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "Only your own messages can be edited; regenerate a reply instead.")
        )
    return add_message(db, original.conversation_id, Role.USER, content, parent_id=original.parent_id)


def regeneration_parent(db: Database, reply_id: int) -> Optional[int]:
    """Where a regenerated reply goes: beside `reply_id`, under the same user message."""
    reply = get_message(db, reply_id)
    if reply.role is not Role.ASSISTANT:
        raise InvalidRequestError(QT_TRANSLATE_NOOP("AppError", "Only a reply of the model can be regenerated."))
    return reply.parent_id

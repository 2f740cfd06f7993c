"""Conversations: create, read, list (pinned first, then most recent), rename, pin, delete."""

from __future__ import annotations

import uuid as _uuid
from typing import Any, Mapping, Optional

from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError
from app.store.database import Database
from app.store.errors import NotFoundError
from app.store.records import Conversation, ConversationSummary, TitleSource, now_ms, to_json_text

MAX_TITLE_CHARS = 200


def new_uuid() -> str:
    return _uuid.uuid4().hex


def create_conversation(
    db: Database,
    *,
    title: str = "",
    title_source: Optional[TitleSource] = None,
    model: Optional[str] = None,
    settings: Optional[Mapping[str, Any]] = None,
    system_prompt: str = "",
    pinned: bool = False,
    uuid: Optional[str] = None,
    created_ms: Optional[int] = None,
    updated_ms: Optional[int] = None,
) -> Conversation:
    created = now_ms() if created_ms is None else created_ms
    source = title_source or (TitleSource.PERSON if title else TitleSource.NONE)
    outcome = db.execute(
        "INSERT INTO conversations (uuid, title, title_source, created_ms, updated_ms, pinned, "
        "model, settings_json, system_prompt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uuid or new_uuid(), title, source.value, created, created if updated_ms is None else updated_ms,
         int(pinned), model, to_json_text(settings), system_prompt),
    )
    assert outcome.lastrowid is not None
    return get_conversation(db, outcome.lastrowid)


def get_conversation(db: Database, conversation_id: int) -> Conversation:
    row = db.query_one("SELECT * FROM conversations WHERE id = ?", (conversation_id,))
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("AppError", "There is no conversation number {conversation_id}."),
            conversation_id=conversation_id,
        )
    return Conversation.from_row(row)


def find_by_uuid(db: Database, uuid: str) -> Optional[Conversation]:
    row = db.query_one("SELECT * FROM conversations WHERE uuid = ?", (uuid,))
    return None if row is None else Conversation.from_row(row)


def list_conversations(db: Database, *, limit: int = 100, offset: int = 0) -> list[ConversationSummary]:
    """Pinned conversations first, then the most recently updated."""
    rows = db.query(
        "SELECT c.id, c.title, c.updated_ms, c.pinned, c.model, "
        "(SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count "
        "FROM conversations c ORDER BY c.pinned DESC, c.updated_ms DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [
        ConversationSummary(r["id"], r["title"], r["updated_ms"], bool(r["pinned"]), r["model"], r["message_count"])
        for r in rows
    ]


def all_conversation_ids(db: Database) -> list[int]:
    """Every conversation, oldest first (the order of a full export)."""
    return [r["id"] for r in db.query("SELECT id FROM conversations ORDER BY created_ms, id")]


def count_conversations(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM conversations"))


def _update(db: Database, conversation_id: int, assignments: str, params: tuple[Any, ...]) -> Conversation:
    outcome = db.execute(f"UPDATE conversations SET {assignments} WHERE id = ?", (*params, conversation_id))
    if outcome.rowcount == 0:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("AppError", "There is no conversation number {conversation_id}."),
            conversation_id=conversation_id,
        )
    return get_conversation(db, conversation_id)


def clean_title(title: str) -> str:
    return " ".join(title.split())[:MAX_TITLE_CHARS]


def rename_conversation(db: Database, conversation_id: int, title: str) -> Conversation:
    """A title typed by the person: automatic titles never replace it."""
    cleaned = clean_title(title)
    if not cleaned:
        raise InvalidRequestError(QT_TRANSLATE_NOOP("AppError", "A conversation title cannot be empty."))
    return set_title(db, conversation_id, cleaned, TitleSource.PERSON)


def set_title(db: Database, conversation_id: int, title: str, source: TitleSource) -> Conversation:
    return _update(db, conversation_id, "title = ?, title_source = ?", (clean_title(title), source.value))


def set_pinned(db: Database, conversation_id: int, pinned: bool) -> Conversation:
    return _update(db, conversation_id, "pinned = ?", (int(pinned),))


def set_system_prompt(db: Database, conversation_id: int, system_prompt: str) -> Conversation:
    return _update(db, conversation_id, "system_prompt = ?, updated_ms = ?", (system_prompt, now_ms()))


def set_model(db: Database, conversation_id: int, model: Optional[str],
              settings: Optional[Mapping[str, Any]]) -> Conversation:
    """The model and settings the conversation now uses."""
    return _update(db, conversation_id, "model = ?, settings_json = ?", (model, to_json_text(settings)))


def delete_conversation(db: Database, conversation_id: int) -> None:
    """Delete a conversation with all its messages (and their search index entries)."""
    with db.transaction():
        get_conversation(db, conversation_id)
        # Children first keeps the delete triggers simple: no cascade through deep trees.
        db.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
        db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

"""The document collections attached to a conversation (by name; see m006).

`mode` (stored on disk: never change or reuse values): "passages" (retrieve the passages
that match each question) or "whole" (send the whole documents, when they fit).
"""

from __future__ import annotations

import time

from app.store.database import Database

PASSAGES = "passages"
WHOLE = "whole"


def attached_collections(db: Database, conversation_id: int) -> list[str]:
    rows = db.query("SELECT collection FROM conversation_collections WHERE conversation_id = ? "
                    "ORDER BY collection", [conversation_id])
    return [r["collection"] for r in rows]


def attach_collection(db: Database, conversation_id: int, name: str) -> None:
    db.execute("INSERT OR IGNORE INTO conversation_collections (conversation_id, collection, attached_ms) "
               "VALUES (?, ?, ?)", [conversation_id, name, int(time.time() * 1000)])


def detach_collection(db: Database, conversation_id: int, name: str) -> None:
    db.execute("DELETE FROM conversation_collections WHERE conversation_id = ? AND collection = ?",
               [conversation_id, name])


def documents_mode(db: Database, conversation_id: int) -> str:
    row = db.query_one("SELECT mode FROM conversation_collections WHERE conversation_id = ? LIMIT 1",
                       [conversation_id])
    return row["mode"] if row else PASSAGES


def set_documents_mode(db: Database, conversation_id: int, mode: str) -> None:
    if mode not in (PASSAGES, WHOLE):
        raise ValueError(mode)
    db.execute("UPDATE conversation_collections SET mode = ? WHERE conversation_id = ?", [mode, conversation_id])


def set_attached(db: Database, conversation_id: int, names: list[str] | tuple[str, ...]) -> None:
    """The conversation now answers from exactly `names`."""
    with db.transaction():
        db.execute("DELETE FROM conversation_collections WHERE conversation_id = ?", [conversation_id])
        for name in names:
            attach_collection(db, conversation_id, name)

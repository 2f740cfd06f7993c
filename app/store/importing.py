"""Storing parsed conversations (from any format) in one transaction.

A conversation whose id is already in the database is skipped, so importing the same
file twice adds nothing; one that came without an id gets one from its content
(`content_uuid`), so a second import of it is skipped too. A conversation a parser
could not recover arrives as `LeftOut` and is reported, never stored empty. Reading
files is app/store/import_files.py.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sized
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence, Union

from app.chat.messages import ReplyStats
from app.errors import AppError
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.store.conversations import create_conversation, find_by_uuid, new_uuid
from app.store.database import Database
from app.store.messages import add_message
from app.store.records import MessageStatus, Role, TitleSource

PADDOCK_FORMAT = "paddock.conversations"


@dataclass(frozen=True)
class ImportedMessage:
    uuid: str
    parent_uuid: Optional[str]
    role: Role
    content: str
    status: MessageStatus
    created_ms: int
    updated_ms: int
    model: Optional[str] = None
    settings: Optional[dict[str, Any]] = None
    stats: Optional[ReplyStats] = None
    error: Optional[str] = None


@dataclass(frozen=True)
class ImportedConversation:
    uuid: str
    title: str
    title_source: TitleSource
    created_ms: int
    updated_ms: int
    pinned: bool = False
    model: Optional[str] = None
    settings: Optional[dict[str, Any]] = None
    system_prompt: str = ""
    current_uuid: Optional[str] = None
    messages: tuple[ImportedMessage, ...] = ()


@dataclass(frozen=True)
class LeftOut:
    """A conversation of the file that could not be imported: `why` is an error whose detail
    is one sentence naming it, without a full stop ("conversation 3 (\"Sourdough\") holds no
    user or assistant text"); `reason` is that sentence in English."""

    why: AppError

    @property
    def reason(self) -> str:
        return self.why.detail


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int  # already in the database (same id)
    messages: int
    conversation_ids: tuple[int, ...] = field(default=())
    left_out: tuple[str, ...] = field(default=())  # LeftOut reasons, in file order
    left_out_errors: tuple[AppError, ...] = field(default=())  # the same, translatable


# Marks ids made from content (stored on disk in conversations.uuid: never change).
CONTENT_UUID_PREFIX = "content-"


def content_uuid(title: str, system_prompt: str, messages: Sequence[ImportedMessage]) -> str:
    """A stable id for a conversation that came without one: a hash of its title, system
    prompt and messages (role, text and place in the tree, not times a file may lack)."""
    place = {m.uuid: index for index, m in enumerate(messages)}
    content = [title, system_prompt,
               [[m.role.value, m.content, -1 if m.parent_uuid is None else place[m.parent_uuid]] for m in messages]]
    digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()
    return CONTENT_UUID_PREFIX + digest[:32]


def store_imported(
    db: Database,
    conversations: Iterable[Union[ImportedConversation, LeftOut]],
    *,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> ImportResult:
    """Insert `conversations` all at once (nothing is kept if cancelled or failing). They
    may come from a generator that parses a file as it goes (the total is then unknown:
    progress reports 0)."""
    imported: list[int] = []
    left_out: list[AppError] = []
    skipped = messages = 0
    total = len(conversations) if isinstance(conversations, Sized) else 0
    seen = 0
    with db.transaction():
        for index, item in enumerate(conversations):
            seen += 1
            check(cancel)
            if isinstance(item, LeftOut):
                left_out.append(item.why)
                continue
            report(progress, ProgressUpdate("import", index, total, item.title))
            if find_by_uuid(db, item.uuid) is not None:
                skipped += 1
                continue
            conversation = create_conversation(
                db, title=item.title, title_source=item.title_source, model=item.model,
                settings=item.settings, system_prompt=item.system_prompt, pinned=item.pinned,
                uuid=item.uuid, created_ms=item.created_ms, updated_ms=item.updated_ms,
            )
            ids: dict[str, int] = {}
            for message in item.messages:
                taken = db.scalar("SELECT 1 FROM messages WHERE uuid = ?", (message.uuid,))
                status = MessageStatus.INTERRUPTED if message.status is MessageStatus.STREAMING else message.status
                row = add_message(
                    db, conversation.id, message.role, message.content,
                    parent_id=None if message.parent_uuid is None else ids[message.parent_uuid],
                    status=status, model=message.model, settings=message.settings, stats=message.stats,
                    error=message.error, uuid=new_uuid() if taken else message.uuid,
                    created_ms=message.created_ms, updated_ms=message.updated_ms, select=False, touch=False,
                )
                ids[message.uuid] = row.id
                messages += 1
            current = ids.get(item.current_uuid) if item.current_uuid else None
            db.execute("UPDATE conversations SET current_message_id = ? WHERE id = ?", (current, conversation.id))
            imported.append(conversation.id)
    report(progress, ProgressUpdate("import", seen, total or seen))
    return ImportResult(
        len(imported), skipped, messages, tuple(imported), tuple(e.detail for e in left_out), tuple(left_out)
    )

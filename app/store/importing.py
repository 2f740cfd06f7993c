"""Bringing conversations in: reading the file, telling formats apart, and storing parsed
conversations (from any format) in one transaction.

A conversation whose id is already in the database is skipped, so importing the same
file twice adds nothing.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from app.chat.messages import ReplyStats
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.store.conversations import create_conversation, find_by_uuid, new_uuid
from app.store.database import Database
from app.store.errors import ImportFormatError
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
class ImportResult:
    imported: int
    skipped: int  # already in the database (same id)
    messages: int
    conversation_ids: tuple[int, ...] = field(default=())


def read_import_file(path: Path) -> Any:
    """The JSON document in `path`: a .json file, or ChatGPT's export .zip."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == "conversations.json"]
                if not names:
                    raise ImportFormatError(f"{path} is a zip file without a conversations.json inside.")
                raw = archive.read(names[0])
        else:
            raw = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except zipfile.BadZipFile as exc:
        raise ImportFormatError(f"{path} is a damaged zip file: {exc}.") from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(f"{path} is not a JSON file ({exc}).") from exc


def detect_format(document: Any) -> str:
    """"paddock" or "chatgpt"; ImportFormatError otherwise."""
    if isinstance(document, dict) and document.get("format") == PADDOCK_FORMAT:
        return "paddock"
    if isinstance(document, list) and all(isinstance(c, dict) and "mapping" in c for c in document):
        return "chatgpt"
    raise ImportFormatError(
        "This file is neither a Paddock export (JSON with \"format\": \"paddock.conversations\") "
        "nor ChatGPT's conversations.json."
    )


def store_imported(
    db: Database,
    conversations: list[ImportedConversation],
    *,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> ImportResult:
    """Insert `conversations` all at once (nothing is kept if cancelled or failing)."""
    imported: list[int] = []
    skipped = messages = 0
    with db.transaction():
        for index, item in enumerate(conversations):
            check(cancel)
            report(progress, ProgressUpdate("import", index, len(conversations), item.title))
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
    report(progress, ProgressUpdate("import", len(conversations), len(conversations)))
    return ImportResult(len(imported), skipped, messages, tuple(imported))

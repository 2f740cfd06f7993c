"""Paddock JSON: export and import of conversations, every branch included.

Exporting, importing into an empty database and exporting again gives the same bytes.
The schema (stored on disk by people: never change a field's meaning; a new version
number for incompatible changes):

    {
      "format": "paddock.conversations",
      "version": 1,
      "conversations": [{
        "id": "<stable id>",                 # re-importing skips known ids
        "title": "...",
        "title_source": "none|first_words|model|person|imported",
        "created_at": "2025-01-31T09:15:00.250Z", "updated_at": "...",  # UTC, milliseconds
        "pinned": false,
        "model": "<model name>" | null,
        "settings": {...} | null,           # load/sampling settings used
        "system_prompt": "...",
        "collections": ["..."],             # document collections attached (by name)
        "current_message_id": "<message id>" | null,  # leaf of the branch shown
        "messages": [{                       # all branches, parents before children
          "id": "<stable id>", "parent_id": "<message id>" | null,
          "role": "user|assistant",
          "content": "...",
          "status": "done|stopped|failed|interrupted|streaming",
          "created_at": "...", "updated_at": "...",
          "model": "..." | null, "settings": {...} | null,
          "stats": null | {"prompt_tokens": 0, "reused_tokens": 0, "generated_tokens": 0,
                           "time_to_first_token_s": 0.0, "prompt_tokens_per_s": 0.0,
                           "tokens_per_s": 0.0,
                           "stop_reason": "end_of_turn|length|context_full|stopped|error"},
          "error": "..." | null
        }]
      }]
    }
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterator, Optional, Sequence

from app.chat.messages import ReplyStats, StopReason
from app.errors import QT_TRANSLATE_NOOP
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.store.attached_collections import attached_collections
from app.store.conversations import all_conversation_ids, get_conversation
from app.store.database import Database
from app.store.errors import ImportFormatError
from app.store.importing import PADDOCK_FORMAT, ImportedConversation, ImportedMessage
from app.store.messages import all_messages
from app.store.records import Message, MessageStatus, Role, TitleSource, iso_to_ms, ms_to_iso, stats_to_row

VERSION = 1
# `settings` objects nested deeper are refused at import (Paddock writes two levels at most).
MAX_SETTINGS_DEPTH = 32


def _stats(stats: Optional[ReplyStats]) -> Optional[dict[str, Any]]:
    """The export's `stats` object: the same fields as the stored columns."""
    return None if stats is None else stats_to_row(stats)


def _message(message: Message, uuids: dict[int, str]) -> dict[str, Any]:
    return {
        "id": message.uuid,
        "parent_id": None if message.parent_id is None else uuids[message.parent_id],
        "role": message.role.value,
        "content": message.content,
        "status": message.status.value,
        "created_at": ms_to_iso(message.created_ms),
        "updated_at": ms_to_iso(message.updated_ms),
        "model": message.model,
        "settings": message.settings,
        "stats": _stats(message.stats),
        "error": message.error,
    }


def conversation_to_json(db: Database, conversation_id: int) -> dict[str, Any]:
    conversation = get_conversation(db, conversation_id)
    messages = all_messages(db, conversation_id)
    uuids = {m.id: m.uuid for m in messages}
    return {
        "id": conversation.uuid,
        "title": conversation.title,
        "title_source": conversation.title_source.value,
        "created_at": ms_to_iso(conversation.created_ms),
        "updated_at": ms_to_iso(conversation.updated_ms),
        "pinned": conversation.pinned,
        "model": conversation.model,
        "settings": conversation.settings,
        "system_prompt": conversation.system_prompt,
        "collections": attached_collections(db, conversation_id),
        "current_message_id": uuids.get(conversation.current_message_id) if conversation.current_message_id else None,
        "messages": [_message(m, uuids) for m in messages],
    }


def export_json(
    db: Database,
    conversation_ids: Optional[Sequence[int]] = None,
    *,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> dict[str, Any]:
    """The export document for `conversation_ids` (default: all, oldest first)."""
    ids = list(conversation_ids) if conversation_ids is not None else all_conversation_ids(db)
    out = []
    for index, conversation_id in enumerate(ids):
        check(cancel)
        report(progress, ProgressUpdate("export", index, len(ids)))
        out.append(conversation_to_json(db, conversation_id))
    report(progress, ProgressUpdate("export", len(ids), len(ids)))
    return {"format": PADDOCK_FORMAT, "version": VERSION, "conversations": out}


def dumps(document: dict[str, Any]) -> str:
    """The file's text: UTF-8 friendly, indented, stable."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_json_text(
    db: Database,
    conversation_ids: Optional[Sequence[int]] = None,
    *,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> Iterator[str]:
    """The text of `dumps(export_json(...))`, a conversation at a time: a large history is
    written without holding the whole document (JSON strings hold no line breaks, so a
    conversation dumped alone and indented by two levels reads exactly as inside it)."""
    ids = list(conversation_ids) if conversation_ids is not None else all_conversation_ids(db)
    yield f'{{\n  "format": {json.dumps(PADDOCK_FORMAT)},\n  "version": {VERSION},\n  "conversations": ['
    for index, conversation_id in enumerate(ids):
        check(cancel)
        report(progress, ProgressUpdate("export", index, len(ids)))
        one = json.dumps(conversation_to_json(db, conversation_id), ensure_ascii=False, indent=2)
        yield ("," if index else "") + "\n    " + one.replace("\n", "\n    ")
    report(progress, ProgressUpdate("export", len(ids), len(ids)))
    yield "\n  ]\n}\n" if ids else "]\n}\n"


# --- import ------------------------------------------------------------------------


class _Reader:
    """Typed access to one JSON object, with error messages that say where."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise ImportFormatError(QT_TRANSLATE_NOOP("AppError", "{where}: expected an object."), where=where)
        self.value, self.where = value, where

    def get(self, key: str, kind: type | tuple[type, ...], *, optional: bool = False, default: Any = None) -> Any:
        if key not in self.value:
            if optional:
                return default
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{where}: the field \"{key}\" is missing."), where=self.where, key=key
            )
        item = self.value[key]
        if item is None and optional:
            return default
        if not isinstance(item, kind) or (kind is int and isinstance(item, bool)):
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{where}.{key}: unexpected value {value}."),
                where=self.where,
                key=key,
                value=repr(item),
            )
        return item

    def choice(self, key: str, make: Callable[[Any], Any], *, optional: bool = False) -> Any:
        raw = self.get(key, str, optional=optional)
        if raw is None:
            return None
        try:
            return make(raw)
        except ValueError as exc:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{where}.{key}: unexpected value {value}."),
                where=self.where,
                key=key,
                value=repr(raw),
            ) from exc

    def time(self, key: str) -> int:
        return self.choice(key, iso_to_ms)


def _parse_stats(value: Any, where: str) -> Optional[ReplyStats]:
    if value is None:
        return None
    r = _Reader(value, where)
    number = (int, float)
    return ReplyStats(
        prompt_tokens=r.get("prompt_tokens", int),
        reused_tokens=r.get("reused_tokens", int),
        generated_tokens=r.get("generated_tokens", int),
        time_to_first_token_s=r.get("time_to_first_token_s", number),
        prompt_tokens_per_s=r.get("prompt_tokens_per_s", number),
        tokens_per_s=r.get("tokens_per_s", number),
        stop_reason=r.choice("stop_reason", StopReason),
    )


def _parse_message(value: Any, where: str, seen: set[str]) -> ImportedMessage:
    r = _Reader(value, where)
    uuid = r.get("id", str)
    parent = r.get("parent_id", str, optional=True)
    if parent is not None and parent not in seen:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "{where}.parent_id: {parent} is not an earlier message of this conversation."),
            where=where,
            parent=repr(parent),
        )
    if uuid in seen:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "{where}.id: {id} appears twice."), where=where, id=repr(uuid)
        )
    seen.add(uuid)
    return ImportedMessage(
        uuid=uuid, parent_uuid=parent, role=r.choice("role", Role), content=r.get("content", str),
        status=r.choice("status", MessageStatus), created_ms=r.time("created_at"),
        updated_ms=r.time("updated_at"), model=r.get("model", str, optional=True),
        settings=_settings(r),
        stats=_parse_stats(r.get("stats", dict, optional=True), f"{where}.stats"),
        error=r.get("error", str, optional=True),
    )


def _settings(r: _Reader) -> Optional[dict[str, Any]]:
    """The free-form `settings` object, refused when nested deeper than any settings are
    (storing a JSON value nested thousands deep would exhaust Python's stack)."""
    value = r.get("settings", dict, optional=True)
    level, depth = ([value] if value is not None else []), 0
    while level:
        depth += 1
        if depth > MAX_SETTINGS_DEPTH:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("AppError", "{where}.settings: nested more than {levels} levels deep."),
                where=r.where,
                levels=MAX_SETTINGS_DEPTH,
            )
        level = [v for item in level for v in (item.values() if isinstance(item, dict) else item)
                 if isinstance(v, (dict, list))]
    return value


def _parse_conversation(value: Any, where: str) -> ImportedConversation:
    r = _Reader(value, where)
    raw_messages = r.get("messages", list)
    seen: set[str] = set()
    messages = tuple(_parse_message(m, f"{where}.messages[{i}]", seen) for i, m in enumerate(raw_messages))
    current = r.get("current_message_id", str, optional=True)
    if current is not None and current not in seen:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("AppError", "{where}.current_message_id: {current} is not one of its messages."),
            where=where,
            current=repr(current),
        )
    return ImportedConversation(
        uuid=r.get("id", str), title=r.get("title", str), title_source=r.choice("title_source", TitleSource),
        created_ms=r.time("created_at"), updated_ms=r.time("updated_at"), pinned=r.get("pinned", bool),
        model=r.get("model", str, optional=True), settings=_settings(r),
        system_prompt=r.get("system_prompt", str), current_uuid=current, messages=messages,
    )


def parse_paddock_conversation(value: Any, index: int) -> ImportedConversation:
    """Conversation number `index` (from 0) of an export's list, validated."""
    return _parse_conversation(value, f"conversations[{index}]")


def check_paddock_header(fields: dict[str, Any]) -> None:
    """Refuse a file whose top-level fields ("format", "version") are not a Paddock export
    this version can read."""
    r = _Reader(fields, "file")
    if r.get("format", str) != PADDOCK_FORMAT:
        raise ImportFormatError(QT_TRANSLATE_NOOP("AppError", "This file is not a Paddock conversations export."))
    version = r.get("version", int)
    if version > VERSION:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "This export was made by a newer Paddock (format version {version}); update Paddock to import it.",
            ),
            version=version,
        )


def parse_paddock_json(document: Any) -> list[ImportedConversation]:
    """Validate a Paddock export and turn it into conversations to store."""
    check_paddock_header(_Reader(document, "file").value)
    conversations = _Reader(document, "file").get("conversations", list)
    return [parse_paddock_conversation(c, i) for i, c in enumerate(conversations)]

"""Markdown export: the branch on screen of each conversation, readable anywhere.

Markdown is for reading and sharing; it keeps only the branch shown. Use the JSON export
for a complete copy that can be imported again.
"""

from __future__ import annotations

import datetime as _dt
from typing import Iterator, Optional, Sequence

from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.store.attached_collections import attached_collections
from app.store.conversations import all_conversation_ids, get_conversation
from app.store.database import Database
from app.store.messages import thread
from app.store.records import MessageStatus, Role

_NOTES = {
    MessageStatus.STREAMING: "*(still being written when exported)*",
    MessageStatus.STOPPED: "*(stopped)*",
    MessageStatus.INTERRUPTED: "*(interrupted: Paddock closed while this reply was written)*",
}


def _when(ms: int) -> str:
    moment = _dt.datetime.fromtimestamp(ms / 1000, tz=_dt.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _fence(text: str) -> str:
    """A code fence longer than any backtick run in `text`."""
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def conversation_markdown(db: Database, conversation_id: int) -> str:
    conversation = get_conversation(db, conversation_id)
    lines = [f"# {conversation.title or 'Untitled conversation'}", ""]
    details = [f"Created {_when(conversation.created_ms)}", f"updated {_when(conversation.updated_ms)}"]
    if conversation.model:
        details.append(f"model {conversation.model}")
    lines += ["*" + " · ".join(details) + "*", ""]
    collections = attached_collections(db, conversation_id)
    if collections:
        lines += ["**Documents:** " + ", ".join(collections), ""]
    if conversation.system_prompt:
        fence = _fence(conversation.system_prompt)
        lines += ["**System prompt**", "", fence, conversation.system_prompt, fence, ""]
    for message in thread(db, conversation_id):
        if message.role is Role.USER:
            heading = "## You"
        else:
            heading = f"## Assistant ({message.model})" if message.model else "## Assistant"
        lines += [heading, "", message.content, ""]
        if message.status is MessageStatus.FAILED:
            lines += [f"*(failed: {message.error or 'unknown error'})*", ""]
        elif message.status in _NOTES:
            lines += [_NOTES[message.status], ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def export_markdown_text(
    db: Database,
    conversation_ids: Optional[Sequence[int]] = None,
    *,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> Iterator[str]:
    """The Markdown document a conversation at a time (see export_markdown)."""
    ids = list(conversation_ids) if conversation_ids is not None else all_conversation_ids(db)
    for index, conversation_id in enumerate(ids):
        check(cancel)
        report(progress, ProgressUpdate("export", index, len(ids)))
        yield ("\n---\n\n" if index else "") + conversation_markdown(db, conversation_id)
    report(progress, ProgressUpdate("export", len(ids), len(ids)))


def export_markdown(
    db: Database,
    conversation_ids: Optional[Sequence[int]] = None,
    *,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> str:
    """One Markdown document: the conversations (default: all, oldest first) separated by rules."""
    return "".join(export_markdown_text(db, conversation_ids, progress=progress, cancel=cancel))

"""What the transcript shows, as data: one Entry per message, made from the store's
Message, and the two ways of counting them.

The view counts entries by their index on screen; ChatController.chat counts positions
among the messages the engine is sent (a reply without text is not one). The messages of
a long conversation not drawn yet ("Show N earlier messages") count too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from app.chat.grounding import Passage, passages_from_setting
from app.chat.messages import StopReason
from app.store.records import Message, MessageStatus


@dataclass(slots=True)  # one per message: a conversation may have tens of thousands
class Entry:
    role: str  # "user" or "assistant"
    text: str
    status: MessageStatus = MessageStatus.DONE
    context_full: bool = False  # the reply was cut off by the end of the context
    message_id: Optional[int] = None  # in the store (messages shown from it)
    left_out: bool = False  # outside the context: the last reply was written without it
    code_blocks: tuple[str, ...] = field(default=())
    sources: tuple[Passage, ...] = field(default=())  # what its citations [n] point to


_SENT_STATUSES = (MessageStatus.DONE, MessageStatus.STOPPED, MessageStatus.INTERRUPTED, MessageStatus.FAILED)


def sent_again(message: Message) -> bool:
    """app/chat/conversation_recorder.py's rule (what the engine is sent), for the messages
    not drawn yet: a reply without text, or still being written, is not counted."""
    return message.role.value != "assistant" or (bool(message.content) and message.status in _SENT_STATUSES)


def counted(entry: Entry) -> bool:
    """Whether the entry is part of what the engine is sent (a reply without text is not)."""
    return entry.role != "assistant" or bool(entry.text)


def entry_from(message: Message) -> Entry:
    """The entry of a saved message (a reply cut off by the context is marked so)."""
    stats = message.stats
    return Entry(message.role.value, message.content, message.status,
                 stats is not None and stats.stop_reason is StopReason.CONTEXT_FULL, message.id,
                 sources=tuple(passages_from_setting((message.settings or {}).get("sources"))))


def position_of(earlier: Sequence[Message], entries: Sequence[Entry], index: int) -> int:
    """The position (ChatController.chat's) of the entry at `index`."""
    return sum(1 for m in earlier if sent_again(m)) + sum(1 for entry in entries[:index] if counted(entry))


def index_of(earlier: Sequence[Message], entries: Sequence[Entry], position: int) -> Optional[int]:
    """The entry index at `position`; negative: that many earlier messages must be drawn
    first; None: there is none."""
    sent = [i for i, m in enumerate(earlier) if sent_again(m)]
    if position < len(sent):
        return sent[position] - len(earlier)
    position -= len(sent)
    for index, entry in enumerate(entries):
        if counted(entry):
            if position == 0:
                return index
            position -= 1
    return None

"""One conversation as a chat front end sees it: the history to send to the engine, and
every message saved to the store as it happens.

`ConversationRecorder` is the store side of a chat turn (app/chat/turn.py), used by
`paddock-cli chat` and by the window's history task, on the thread that owns the
Database. The conversation row is created with the first message (an empty "New chat"
leaves nothing behind); the person's message is saved before the engine sees it; the
reply is a row from its first piece (StreamingReply, written at every piece: the turn
coalesces them) and is finalized once.

Links are fixed by what this recorder saw, never by what is current in the database when
a row is written: a message follows the last message of the branch this recorder is on,
and a reply answers the message it was started for. Two writers continuing the same
conversation (two windows, the window and the CLI) therefore make two branches, never
replies hanging under the wrong message. The conversation gets the first words as its
title at once, and a title from the model after the first reply when a summarizer is given.
"""

from __future__ import annotations

import logging
from typing import Any, Mapping, Optional

from app.chat.messages import ChatMessage, ReplyStats
from app.chat.titles import Summarizer, auto_title
from app.store.conversations import create_conversation, get_conversation
from app.store.database import Database
from app.store.messages import add_message, get_message, regeneration_parent, thread
from app.store.records import Conversation, Message, MessageStatus, Role, TitleSource
from app.store.streaming import StreamingReply

log = logging.getLogger(__name__)

# Replies worth sending back to the model: cut-off ones included (the person saw them).
_KEPT_STATUSES = (MessageStatus.DONE, MessageStatus.STOPPED, MessageStatus.INTERRUPTED, MessageStatus.FAILED)


def chat_history(conversation: Conversation, messages: list[Message]) -> list[ChatMessage]:
    """What the engine is sent to continue `conversation`: its system prompt, then the
    messages on screen; empty failed replies are left out."""
    history = [ChatMessage("system", conversation.system_prompt)] if conversation.system_prompt else []
    history += [ChatMessage(message.role.value, message.content) for message in messages if sent_again(message)]
    return history


def sent_again(message: Message) -> bool:
    """Whether `message` is part of what the engine is sent (chat_history's rule): the
    positions a front end gives (regenerate or edit at position N) count only these."""
    return not (message.role is Role.ASSISTANT and (message.status not in _KEPT_STATUSES or not message.content))


class ConversationRecorder:
    """Saves one conversation (new, or continued from the store) as the chat goes on."""

    def __init__(self, db: Database, conversation_id: Optional[int] = None) -> None:
        self._db = db
        self._conversation_id = conversation_id
        self._reply: Optional[StreamingReply] = None
        self._tip: Optional[int] = None  # the last message of the branch this recorder writes
        if conversation_id is not None:
            # NotFoundError now, not at the first message
            self._tip = get_conversation(db, conversation_id).current_message_id

    @property
    def conversation_id(self) -> Optional[int]:
        """None until the first message is saved."""
        return self._conversation_id

    @property
    def replying(self) -> bool:
        """A reply was started and not yet finalized."""
        return self._reply is not None

    def conversation(self) -> Optional[Conversation]:
        return None if self._conversation_id is None else get_conversation(self._db, self._conversation_id)

    def messages(self) -> list[Message]:
        """The branch this recorder writes, first message first (the reply being written
        included once it has a row)."""
        streaming = self._reply.message_id if self._reply is not None else None
        leaf = streaming if streaming is not None else self._tip
        if self._conversation_id is None or leaf is None:
            return []
        return thread(self._db, self._conversation_id, leaf)

    def history(self) -> list[ChatMessage]:
        conversation = self.conversation()
        return [] if conversation is None else chat_history(conversation, self.messages())

    def add_user(
        self,
        text: str,
        *,
        system_prompt: str = "",
        model: Optional[str] = None,
        settings: Optional[Mapping[str, Any]] = None,
    ) -> Message:
        """Save the person's message (creating the conversation with the first one)."""
        if self._reply is not None:
            raise RuntimeError("the previous reply was not finalized")
        first = self._conversation_id is None
        if first:
            conversation = create_conversation(self._db, model=model, settings=settings, system_prompt=system_prompt)
            self._conversation_id = conversation.id
        assert self._conversation_id is not None
        message = add_message(self._db, self._conversation_id, Role.USER, text, parent_id=self._after_tip(),
                              model=model, settings=settings)
        self._tip = message.id
        if first:
            auto_title(self._db, self._conversation_id)  # the first words, until the model names it
        return message

    def answer_again(self, position: Optional[int] = None) -> None:
        """The next reply answers a message of the person again (regenerate): the branch's
        last one, or the one at `position` of the conversation (as chat_history() lists
        it, the system prompt not counted). It goes beside the earlier replies, which are
        all kept, with everything that followed them."""
        if self._reply is not None:
            raise RuntimeError("the previous reply was not finalized")
        if position is not None:
            message = self._at(position)
            if message.role is not Role.USER:
                raise RuntimeError(f"message {position} is not one of the person's")
            self._tip = message.id
            return
        if self._tip is None:
            raise RuntimeError("there is no message to answer again")
        if get_message(self._db, self._tip).role is Role.ASSISTANT:
            self._tip = regeneration_parent(self._db, self._tip)

    def edit_last(self, position: Optional[int] = None) -> None:
        """The next message is a new version of a message of the person (the branch's last
        one, or the one at `position`, counted as in answer_again): it goes beside that
        message, which is kept with its replies and everything after them."""
        if self._reply is not None:
            raise RuntimeError("the previous reply was not finalized")
        if position is not None:
            message: Optional[Message] = self._at(position)
        else:
            message = get_message(self._db, self._tip) if self._tip is not None else None
            if message is not None and message.role is Role.ASSISTANT and message.parent_id is not None:
                message = get_message(self._db, message.parent_id)
        if message is None or message.role is not Role.USER:
            raise RuntimeError("there is no message of the person to edit")
        self._tip = message.parent_id

    def _at(self, position: int) -> Message:
        """The message at `position` of the branch, counting only what the engine is sent."""
        sent = [message for message in self.messages() if sent_again(message)]
        if not 0 <= position < len(sent):
            raise RuntimeError(f"the conversation has no message {position}")
        return sent[position]

    def start_reply(self, *, model: Optional[str] = None, settings: Optional[Mapping[str, Any]] = None) -> StreamingReply:
        """The reply to the last message: feed it tokens, then finish, stop or fail it."""
        if self._conversation_id is None:
            raise RuntimeError("a reply needs a message to answer")
        if self._reply is not None:
            raise RuntimeError("the previous reply was not finalized")
        # Every piece is written: the turn already coalesces what it streams (~30 ms).
        self._reply = StreamingReply(self._db, self._conversation_id, parent_id=self._tip, model=model,
                                     settings=settings, min_interval_s=0.0)
        return self._reply

    def _after_tip(self) -> Optional[int]:
        """The parent of the next message: the tip, or, when the tip is a message that got
        no answer (its reply failed before writing anything), that message's parent: the new
        message then stands beside the unanswered one instead of piling up behind it."""
        if self._tip is None:
            return None
        tip = get_message(self._db, self._tip)
        if tip.role is Role.ASSISTANT and not tip.content and tip.parent_id is not None:
            tip = get_message(self._db, tip.parent_id)  # an empty failed reply: its question
        if tip.role is Role.USER and not self._answered(tip.id):
            return tip.parent_id
        return tip.id

    def _answered(self, message_id: int) -> bool:
        return self._db.scalar(
            "SELECT EXISTS (SELECT 1 FROM messages WHERE parent_id = ? AND role = 'assistant' AND content != '')",
            (message_id,),
        ) == 1

    def add_reply_text(self, text: str) -> None:
        if self._reply is None:
            raise RuntimeError("no reply was started")
        self._reply.add(text)

    def abandon_reply(self) -> None:
        """Stop saving the reply after a write failed (a full disk...): its row keeps the
        text saved so far and becomes `interrupted` at the next start; the next message
        follows it, as it follows the reply on screen."""
        if self._reply is not None and self._reply.message_id is not None:
            self._tip = self._reply.message_id
        self._reply = None

    def finish_reply(self, stats: ReplyStats) -> Message:
        return self._keep(self._end_reply().finish(stats))

    def fail_reply(self, detail: str, partial_text: str = "") -> Message:
        """The reply failed; text the engine returned beyond what was streamed is kept."""
        return self._keep(self._end_reply(partial_text).fail(detail))

    def stop_reply(self, partial_text: str = "") -> Message:
        """Stopped before the engine returned (e.g. Ctrl-C); the text so far is kept."""
        return self._keep(self._end_reply(partial_text).stop())

    def _keep(self, reply: Message) -> Message:
        """A reply with text is the new tip; an empty failed one stays beside the branch."""
        if reply.content:
            self._tip = reply.id
        return reply

    def _end_reply(self, partial_text: str = "") -> StreamingReply:
        if self._reply is None:
            raise RuntimeError("no reply was started")
        reply, self._reply = self._reply, None
        if partial_text.startswith(reply.text) and len(partial_text) > len(reply.text):
            reply.add(partial_text[len(reply.text):])
        return reply

    def needs_model_title(self) -> bool:
        """True after the first exchange while the title is only the first words."""
        conversation = self.conversation()
        if conversation is None or conversation.title_source not in (TitleSource.NONE, TitleSource.FIRST_WORDS):
            return False
        return any(m.role is Role.ASSISTANT and m.content for m in self.messages())

    def title_from_model(self, summarize: Summarizer) -> Conversation:
        """Ask the model for a short title (falls back to the first words); build
        `summarize` with `engine_summarizer(client, history=...)`."""
        assert self._conversation_id is not None
        return auto_title(self._db, self._conversation_id, summarize)

"""ChatController's branches: writing any reply again, sending a new version of any of the
person's messages, and switching between the alternatives (‹ 2/3 ›) the store keeps.

A part of ChatController (mixed into it; its signals and state are declared there).
Positions count ChatController.chat: the conversation on screen without its system prompt.
The store keeps every version; what follows the branch point gives way on screen only.
"""

from __future__ import annotations

from typing import Optional

from app.chat.context_meter import DROP_OLDEST
from app.chat.messages import ChatMessage
from app.chat.turn import TurnRequest


class ChatBranches:
    """Regenerate, edit and the alternatives of a conversation (a part of ChatController)."""

    @property
    def chat(self) -> list[ChatMessage]:
        """The conversation on screen, without its system prompt: the positions that
        regenerate_at() and edit_at() take."""
        return self.messages[1:] if self.messages and self.messages[0].role == "system" else list(self.messages)

    def _head(self) -> tuple[ChatMessage, ...]:
        return tuple(self.messages[:len(self.messages) - len(self.chat)])

    @property
    def can_regenerate(self) -> bool:
        m = self.messages
        return (not self.busy and self.model_info is not None and len(m) >= 2
                and m[-1].role == "assistant" and m[-2].role == "user")

    def can_regenerate_at(self, position: int) -> bool:
        chat = self.chat
        return (not self.busy and self.model_info is not None and 0 < position < len(chat)
                and chat[position].role == "assistant" and chat[position - 1].role == "user")

    def regenerate(self) -> bool:
        """Write the last reply again; the first stays in the store, beside the new one."""
        return self.can_regenerate and self.regenerate_at(len(self.chat) - 1)

    def regenerate_at(self, position: int) -> bool:
        """Write the reply at `position` again (any reply, not only the last): it and what
        followed give way on screen; the store keeps them all, beside the new branch."""
        if not self.can_regenerate_at(position) or self.model_info is None or self._load_settings is None:
            return False
        chat = self.chat
        question = chat[position - 1]
        last = position == len(chat) - 1
        # The same prompt as the first time up to the question (its system prompt, if any,
        # is in the history), so the engine reuses its cache up to the branch point.
        request = TurnRequest(
            question.content, self._head() + tuple(chat[:position - 1]), self.sampling, self.model_info.name,
            self._saved_settings(self.sampling), "", regenerate=True,
            drop_oldest=self.overflow_choice == DROP_OLDEST, branch_at=None if last else position - 1,
        )
        self.messagesCut.emit(position)
        self._regenerating = True
        self._start_turn(request)
        return True

    def editable(self, position: int) -> Optional[str]:
        """The text of the person's message at `position`, when it can be edited now."""
        chat = self.chat
        if self.busy or not 0 <= position < len(chat) or chat[position].role != "user":
            return None
        return chat[position].content

    def send_edit(self, text: str) -> bool:
        """Send `text` as a new version of the last message of the person."""
        chat = self.chat
        last = next((i for i in range(len(chat) - 1, -1, -1) if chat[i].role == "user"), None)
        return last is not None and self.edit_at(last, text)

    def edit_at(self, position: int, text: str) -> bool:
        """Send `text` as a new version of the person's message at `position` (any, not
        only the last): it and the replies after it give way on screen; the store keeps
        both versions, each with what followed it."""
        text = text.strip()
        if (not text or self.editable(position) is None or self.model_info is None
                or self._load_settings is None):
            return False
        chat = self.chat
        last = all(m.role != "user" for m in chat[position + 1:])
        request = TurnRequest(
            text, self._head() + tuple(chat[:position]), self.sampling, self.model_info.name,
            self._saved_settings(self.sampling), "", edit=True,
            drop_oldest=self.overflow_choice == DROP_OLDEST, branch_at=None if last else position,
        )
        self.messagesCut.emit(position)
        self.messageAdded.emit("user", text)
        self._regenerating = True  # shown again from the store afterwards, with its ‹ 2/2 ›
        self._start_turn(request)
        return True

    def show_alternative(self, message_id: int) -> None:
        """Show another alternative of a message (and the branch under it); the next
        message then continues that branch."""
        if not self.generating and self.conversation_id is not None:
            self.left_out = 0  # another branch: the last reply's cut says nothing about it
            self.alternativeRequested.emit(self.conversation_id, message_id)

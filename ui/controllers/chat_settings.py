"""ChatController's conversation settings: the sampling and reply limit of the next
replies, the system prompt, the answer to "it does not fit" (DROP_OLDEST or RELOAD), the
count of messages the last reply was written without, and what the context would hold.

A part of ChatController (mixed into it; its signals and state are declared there). These
are saved with the conversation, through settingsSaveRequested and
systemPromptSaveRequested.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from app.chat.context_meter import LEFT_OUT_KEY, OVERFLOW_KEY, ContextUsage, context_usage
from app.chat.messages import ChatMessage
from app.chat.turn import saved_settings, system_prompt_for
from app.engine.settings import SamplingSettings


class ChatSettings:
    """How the conversation is set, and saving it (a part of ChatController)."""

    def usage(self, draft: str) -> Optional[ContextUsage]:
        """What the context would hold if `draft` were sent now (None without a model)."""
        if self.model_info is None:
            return None
        return context_usage(self.messages or self._start_messages(), draft, self.model_info.n_ctx,
                             self.sampling.max_tokens, self.last_stats)

    def _start_messages(self) -> list[ChatMessage]:
        prompt = system_prompt_for(self._new_system_prompt, self.ui_language)
        return [ChatMessage("system", prompt)] if prompt else []

    def set_overflow_choice(self, choice: str) -> None:
        """The conversation's answer when a message does not fit (DROP_OLDEST, RELOAD), saved with it."""
        if choice == self.overflow_choice:
            return
        self.overflow_choice = choice
        self.overflowChoiceChanged.emit(choice)
        self._save_settings()

    def _saved_settings(self, sampling: SamplingSettings) -> dict:
        assert self._load_settings is not None
        settings = saved_settings(self._load_settings, sampling)
        if self.overflow_choice:
            settings[OVERFLOW_KEY] = self.overflow_choice
        if self.left_out:
            settings[LEFT_OUT_KEY] = self.left_out
        return settings

    def _save_settings(self) -> None:
        if self.conversation_id is not None and self.model_info is not None and self._load_settings is not None:
            self.settingsSaveRequested.emit(self.conversation_id, self.model_info.name,
                                            self._saved_settings(self.sampling))

    def set_max_tokens(self, max_tokens: int) -> None:
        """The reply limit of the next replies (no reload: it is a sampling setting)."""
        if max_tokens != self.sampling.max_tokens:
            self.set_sampling(replace(self.sampling, max_tokens=max_tokens))

    @property
    def system_prompt(self) -> str:
        """The system prompt of the conversation on screen (or the one it will start with)."""
        if self.messages:
            return self.messages[0].content if self.messages[0].role == "system" else ""
        return system_prompt_for(self._new_system_prompt, self.ui_language)

    def default_system_prompt(self) -> str:
        """Paddock's own system prompt, in the interface language's hint (the default preset)."""
        return system_prompt_for(None, self.ui_language)

    def set_system_prompt(self, text: str) -> None:
        """What the model reads before the conversation, from the next reply on (the
        engine's cache is then read again); saved with the conversation."""
        if text == self.system_prompt:
            return
        if not self.messages:
            self._new_system_prompt = text
            return
        rest = self.messages[1:] if self.messages[0].role == "system" else self.messages
        self.messages = ([ChatMessage("system", text)] if text else []) + list(rest)
        if self.conversation_id is not None:
            self.systemPromptSaveRequested.emit(self.conversation_id, text)

    def set_sampling(self, sampling: SamplingSettings) -> None:
        """The sampling of the next replies (no reload), saved with the conversation."""
        self.sampling = sampling
        self.samplingChanged.emit(sampling)
        self._save_settings()

    def _set_overflow_choice_shown(self, choice: str) -> None:
        if choice != self.overflow_choice:
            self.overflow_choice = choice
            self.overflowChoiceChanged.emit(choice)

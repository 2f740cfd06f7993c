"""QueuedRecorder: the window's TurnRecorder. A turn runs in the engine thread while the
store belongs to the history thread, so each call of the turn becomes a queued signal to
HistoryTask (wired in ui/wiring.py). All of a turn's calls come from one thread and go to
one receiver, so they arrive in order; none waits for the disk. A write that fails is the
history thread's to report (once), so these calls never raise.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional

from PySide6.QtCore import QObject, Signal

from app.chat.messages import ReplyStats


class QueuedRecorder(QObject):
    userAdded = Signal(str, str, object, object)  # text, system prompt, model, settings
    answeredAgain = Signal(object)  # the next reply answers a message again (regenerate): its position, or None: the last
    lastEdited = Signal(object)  # the next message is a new version of one (edit): its position, or None: the last
    replyStarted = Signal(object, object)  # model, settings
    replyText = Signal(str)
    replyFinished = Signal(object)  # ReplyStats
    replyFailed = Signal(str, str)  # detail, text kept
    replyStopped = Signal(str)  # text kept

    def add_user(self, text: str, *, system_prompt: str = "", model: Optional[str] = None,
                 settings: Optional[Mapping[str, Any]] = None) -> None:
        self.userAdded.emit(text, system_prompt, model, dict(settings or {}))

    def answer_again(self, position: Optional[int] = None) -> None:
        self.answeredAgain.emit(position)

    def edit_last(self, position: Optional[int] = None) -> None:
        self.lastEdited.emit(position)

    def start_reply(self, *, model: Optional[str] = None, settings: Optional[Mapping[str, Any]] = None) -> None:
        self.replyStarted.emit(model, dict(settings or {}))

    def add_reply_text(self, text: str) -> None:
        self.replyText.emit(text)

    def finish_reply(self, stats: ReplyStats) -> None:
        self.replyFinished.emit(stats)

    def fail_reply(self, detail: str, partial_text: str = "") -> None:
        self.replyFailed.emit(detail, partial_text)

    def stop_reply(self, partial_text: str = "") -> None:
        self.replyStopped.emit(partial_text)

    def abandon_reply(self) -> None:
        """Never needed: these calls do not fail (the history thread reports its own)."""

"""The context meter under the message box: how much of the loaded context the next turn
takes (system prompt, history, the message being typed and the reply's reserve), in the
warning colour when the next message would not fit.

It follows typing through a short debounce (the count is a cheap estimate, refined by the
engine's own counts after each reply: app/chat/context_meter.py), so a keystroke never
waits on anything.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QEvent, QLocale, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ui.controllers.chat_controller import ChatController
from ui.controllers.context_choice import ContextUsage

DEBOUNCE_MS = 250
WARNING = QColor("#c62828")


class ContextMeter(QWidget):
    def __init__(self, controller: ChatController, draft: Callable[[], str], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("contextMeter")
        self.controller = controller
        self._draft = draft
        self.usage: Optional[ContextUsage] = None
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(80)
        self.bar.setMaximumHeight(10)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self._normal = self.bar.palette()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        c = controller
        for signal in (c.modelLoaded, c.statusChanged, c.conversationShown, c.conversationCleared, c.samplingChanged):
            signal.connect(lambda *_args: self.refresh())
        self.refresh()

    def draft_changed(self) -> None:
        """The message being typed changed: counted again after a short pause."""
        self._timer.start()

    @property
    def fits(self) -> bool:
        return self.usage is None or self.usage.fits

    def refresh(self) -> None:
        self._timer.stop()
        self.usage = self.controller.usage(self._draft())
        self.setVisible(self.usage is not None)
        self._show()

    def _show(self) -> None:
        usage = self.usage
        if usage is None:
            return
        locale = QLocale()
        self.bar.setRange(0, usage.n_ctx)
        self.bar.setValue(min(usage.used, usage.n_ctx))
        # Numbers only beside the bar (the row must fit a small window in every language);
        # the sentence and the parts are in the tooltip.
        self.label.setText(f"{locale.toString(usage.used)} / {locale.toString(usage.n_ctx)}")
        title = (self.tr("Context: %1 of %2 tokens")
                 .replace("%1", locale.toString(usage.used)).replace("%2", locale.toString(usage.n_ctx)))
        parts = (self.tr("System prompt: %1").replace("%1", locale.toString(usage.system)),
                 self.tr("Conversation: %1").replace("%1", locale.toString(usage.history)),
                 self.tr("Your message: %1").replace("%1", locale.toString(usage.draft)),
                 self.tr("Kept for the reply: %1").replace("%1", locale.toString(usage.reserve)))
        tip = title + "\n\n" + "\n".join(parts)
        if not usage.fits:
            tip += "\n\n" + self.tr("The next message does not fit in the context.")
        self.setToolTip(tip)
        palette = QPalette(self._normal)
        if not usage.fits:
            palette.setColor(QPalette.ColorRole.Highlight, WARNING)
            palette.setColor(QPalette.ColorRole.WindowText, WARNING)
        self.bar.setPalette(palette)
        self.label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

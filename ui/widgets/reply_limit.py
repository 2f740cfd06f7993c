"""The reply limit beside the message box: how many tokens a reply may have before it
stops (the sampling's max_tokens), shown so a reply never ends at a hidden number, and
changeable without a reload."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from ui.controllers.chat_controller import ChatController

LIMIT_RANGE = (16, 131072)
LIMIT_STEP = 256


class ReplyLimitBox(QWidget):
    def __init__(self, controller: ChatController, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel()
        self.spin = QSpinBox()
        self.spin.setObjectName("replyLimit")
        self.spin.setRange(*LIMIT_RANGE)
        self.spin.setSingleStep(LIMIT_STEP)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setValue(controller.sampling.max_tokens)
        self.label.setBuddy(self.spin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.spin)
        self.spin.valueChanged.connect(controller.set_max_tokens)
        controller.samplingChanged.connect(self._show)
        self.retranslate_ui()

    def _show(self, sampling: object) -> None:
        value = getattr(sampling, "max_tokens", self.spin.value())
        if value != self.spin.value():
            self.spin.blockSignals(True)  # shown, not changed again
            self.spin.setValue(value)
            self.spin.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Reply limit (tokens):"))
        self.spin.setToolTip(self.tr("A reply stops after this many tokens; a token is about three quarters of a word."))
        self.spin.setAccessibleName(self.tr("Reply limit in tokens"))

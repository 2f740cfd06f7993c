"""A word-wrapped label exactly as tall as its text needs at its current width.

Translations run up to ~40% longer than English, so a line that fits in English must be
able to wrap instead of being clipped. A plain QLabel with word wrap reports
height-for-width, and QMainWindow then gives its status bar several lines of height even
where the text fits on one; this label puts the height for its current width into its
size hints instead.
"""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappingLabel(QLabel):
    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def _height(self) -> int:
        if not self.text() or not self.isVisible():
            # Before the first layout the width is a placeholder (a few pixels): asking for
            # the height at that width would fix the status bar at a dozen lines.
            return self.fontMetrics().height()
        return self.heightForWidth(self.width())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        # The size hints carry the height for the current width instead: QMainWindow
        # gives a status bar with a height-for-width child far more height than it needs.
        return False

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._update_height()  # the height it needs depends on the width it got

    def _update_height(self) -> None:
        self.updateGeometry()

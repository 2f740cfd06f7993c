"""The interface language chooser: every language under its own name (a person who
switched to a language they cannot read still finds their own), applied live."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from ui.i18n import LANGUAGES


class LanguageBox(QComboBox):
    languageChosen = Signal(str)  # a code from ui.i18n.LANGUAGES

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        for language in LANGUAGES:
            self.addItem(language.native_name, language.code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.activated.connect(self._on_activated)
        self.retranslate_ui()

    def show_language(self, code: str) -> None:
        """Select `code` without announcing a choice (the pseudo-locale selects nothing)."""
        index = self.findData(code)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setToolTip(self.tr("Interface language"))
        self.setAccessibleName(self.tr("Interface language"))

    def _on_activated(self, index: int) -> None:
        self.languageChosen.emit(str(self.itemData(index)))

"""The model and date filters under the history panel's search field: the same filters as
`paddock-cli history search --model/--since` (app/store/search.py's SearchFilters). The
models offered are those of the listed conversations; the dates are the usual spans
counted back from now."""

from __future__ import annotations

import time
from typing import Iterable, Optional

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from app.store.search import SearchFilters

DAY_MS = 86_400_000
SPANS = (0, 1, 7, 30, 365)  # days back; 0: any time


class SearchFilterRow(QWidget):
    changed = Signal()

    def __init__(self, parent: Optional[QWidget] = None, clock=time.time) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._clock = clock
        self.model_box = QComboBox()
        self.model_box.setObjectName("searchModel")
        self.date_box = QComboBox()
        self.date_box.setObjectName("searchDate")
        for box in (self.model_box, self.date_box):
            # Long model names and translations are elided: the panel never widens for them.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
            box.activated.connect(lambda _index: self.changed.emit())
        # One above the other: side by side, neither would hold its longer translations.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.model_box)
        layout.addWidget(self.date_box)
        self._models: list[str] = []
        self.retranslate_ui()

    def set_models(self, models: Iterable[Optional[str]]) -> None:
        """The models of the listed conversations (the choice made stays if still there)."""
        names = sorted({name for name in models if name}, key=str.casefold)
        if names == self._models:
            return
        chosen = self.model()
        self._models = names
        self._fill_models(chosen)

    def model(self) -> Optional[str]:
        return self.model_box.currentData() or None

    def filters(self) -> SearchFilters:
        days = SPANS[max(0, self.date_box.currentIndex())]
        since = int(self._clock() * 1000) - days * DAY_MS if days else None
        return SearchFilters(model=self.model(), since_ms=since)

    def _fill_models(self, chosen: Optional[str]) -> None:
        self.model_box.clear()
        self.model_box.addItem(self.tr("Any model"), "")
        for name in self._models:
            self.model_box.addItem(name, name)
        index = self.model_box.findData(chosen) if chosen else 0
        self.model_box.setCurrentIndex(max(0, index))

    def retranslate_ui(self) -> None:
        self._fill_models(self.model())
        span = max(0, self.date_box.currentIndex())
        self.date_box.clear()
        self.date_box.addItems([self.tr("Any time"), self.tr("Today"), self.tr("Last 7 days"),
                                self.tr("Last 30 days"), self.tr("Last year")])
        self.date_box.setCurrentIndex(span)
        self.model_box.setToolTip(self.tr("Only replies of this model"))
        self.date_box.setToolTip(self.tr("Only messages from this time on"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

"""The quantize dialog (model manager > Quantize…): a float GGUF becomes a smaller one
in the models folder. For each quantization it shows the planner's expected file size
and whether that file fits this computer; then progress and Cancel, and Load opens the
load settings for the result. A view of QuantizeController."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.controllers.quantize_controller import QuantizeController
from ui.error_texts import error_headline
from ui.widgets.plan_texts import FIT_COLOURS, fit_badge, size_text, tokens_text

RECOMMENDED = "Q4_K_M"  # selected first when it fits: the usual balance of size and quality


class RoomyHeader(QHeaderView):
    """A header whose sections leave room around their text: Qt sizes a section to the
    text's advance plus 2 px a side, and the header draws it bold, which clipped the last
    letters of the Thai labels ("ขนาดที่คาดไว้" lost its last glyph)."""

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        return QSize(size.width() + 2 * self.fontMetrics().averageCharWidth(), size.height())


class QuantizeDialog(QDialog):
    def __init__(self, quantize: QuantizeController, load: Callable[[Path], object],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("quantizeDialog")
        self.quantize = quantize
        self._load = load
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("quantizeTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHorizontalHeader(RoomyHeader(Qt.Orientation.Horizontal, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status_label = QLabel()
        self.status_label.setObjectName("quantizeStatus")
        self.status_label.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("quantizeStartButton")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("quantizeCancelButton")
        self.load_button = QPushButton()
        self.load_button.setObjectName("quantizeLoadButton")
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.start_button, self.cancel_button, self.load_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self.show_state)
        self.start_button.clicked.connect(self.start_selected)
        self.cancel_button.clicked.connect(quantize.cancel)
        self.load_button.clicked.connect(self._load_result)
        self.close_button.clicked.connect(self.accept)
        quantize.optionsChanged.connect(self.show_options)
        quantize.changed.connect(self.show_state)
        self.retranslate_ui()
        self.resize(620, 480)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Quantize a model"))
        self.table.setHorizontalHeaderLabels([self.tr("Quantization"), self.tr("Expected size"),
                                              self.tr("On this computer")])
        self.start_button.setText(self.tr("Quantize"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.load_button.setText(self.tr("Load"))
        self.close_button.setText(self.tr("Close"))
        self.show_options()

    def show_options(self) -> None:
        q = self.quantize
        options = q.options
        self.table.setRowCount(len(options))
        for row, option in enumerate(options):
            fit = option.fit.value
            cells = (option.quant_type, size_text(option.file_bytes), fit_badge(fit))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setForeground(QColor(FIT_COLOURS[fit]))
                    item.setToolTip(self.tr("At a context of %1").replace("%1", tokens_text(option.n_ctx)))
                self.table.setItem(row, column, item)
        if options and not self.table.selectionModel().selectedRows():
            fitting = [i for i, o in enumerate(options) if o.fits]
            preferred = [i for i in fitting if options[i].quant_type == RECOMMENDED]
            chosen = (preferred or fitting or [0])[-1]
            self.table.selectRow(chosen)
        self.show_state()

    def selected_type(self) -> Optional[str]:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.quantize.options):
            return None
        return self.quantize.options[rows[0].row()].quant_type

    def select_type(self, quant_type: str) -> None:
        for row, option in enumerate(self.quantize.options):
            if option.quant_type == quant_type:
                self.table.selectRow(row)

    def start_selected(self) -> None:
        quant_type = self.selected_type()
        if quant_type is not None:
            self.quantize.start(quant_type)

    def show_state(self) -> None:
        q = self.quantize
        name = q.source.name if q.source is not None else ""
        self.source_label.setText(self.tr("%1 to a smaller file in the models folder: choose a quantization.")
                                  .replace("%1", name))
        self.bar.setValue(int(1000 * q.done / q.total) if q.total and q.running else 1000 if q.outcome == "done" else 0)
        self.status_label.setText(self.status_text())
        self.table.setEnabled(not q.running)
        self.start_button.setVisible(not q.running)
        self.start_button.setEnabled(self.selected_type() is not None)
        self.cancel_button.setVisible(q.running)
        self.load_button.setVisible(q.outcome == "done" and not q.running)
        self.close_button.setVisible(not q.running)

    def status_text(self) -> str:
        q = self.quantize
        if q.running:
            if q.stage == "quantize":
                return self.tr("Quantizing to %1: tensor %2 of %3").replace("%1", q.quant_type) \
                    .replace("%2", str(int(q.done))).replace("%3", str(int(q.total)))
            if q.stage == "validate":
                return self.tr("Checking that llama.cpp loads the result…")
            return self.tr("Starting llama.cpp's quantizer…")
        if q.outcome == "done" and q.path is not None:
            return self.tr("Done: %1").replace("%1", str(q.path))
        if q.outcome == "cancelled":
            return self.tr("Cancelled; nothing was left behind.")
        if q.outcome == "failed":
            return error_headline(q.error_kind) + (" — " + q.detail if q.detail else "")
        if q.options_error[0]:
            kind, detail = q.options_error
            return error_headline(kind) + (" — " + detail if detail else "")
        if not q.options:
            return self.tr("Reading the model's header…")
        return ""

    def _load_result(self) -> None:
        if self.quantize.path is not None:
            self._load(self.quantize.path)
            self.accept()

"""The convert dialog: a Hugging Face Llama folder (safetensors) becomes an F16 GGUF in
the models folder, with progress and Cancel; Load opens the load settings for the result.
A view of ConvertController."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.controllers.convert_controller import ConvertController
from ui.error_texts import error_headline
from ui.widgets.plan_texts import size_text


class ConvertDialog(QDialog):
    def __init__(self, convert: ConvertController, load: Callable[[Path], object],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("convertDialog")
        self.convert = convert
        self._load = load
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.status_label = QLabel()
        self.status_label.setObjectName("convertStatus")
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.load_button = QPushButton()
        self.load_button.setObjectName("convertLoadButton")
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(convert.cancel)
        self.load_button.clicked.connect(self._load_result)
        self.close_button.clicked.connect(self.accept)
        convert.changed.connect(self.show_state)
        self.retranslate_ui()
        self.resize(560, 200)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Convert a Hugging Face model"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.load_button.setText(self.tr("Load"))
        self.close_button.setText(self.tr("Close"))
        self.show_state()

    def show_state(self) -> None:
        c = self.convert
        folder = str(c.folder) if c.folder is not None else ""
        self.folder_label.setText(self.tr("From %1 to an F16 GGUF in the models folder.").replace("%1", folder))
        self.bar.setValue(int(1000 * c.done / c.total) if c.total and c.running else 1000 if c.outcome == "done" else 0)
        self.status_label.setText(self.status_text())
        self.cancel_button.setVisible(c.running)
        self.load_button.setVisible(c.outcome == "done")
        self.close_button.setVisible(not c.running)

    def status_text(self) -> str:
        c = self.convert
        if c.running:
            if c.stage == "write":
                return self.tr("Writing the GGUF: %1 of %2").replace("%1", size_text(int(c.done))) \
                    .replace("%2", size_text(int(c.total)))
            if c.stage == "validate":
                return self.tr("Checking that llama.cpp loads the result…")
            return self.tr("Checking the folder: configuration, weights, tokenizer, disk space…")
        if c.outcome == "done" and c.path is not None:
            return self.tr("Done: %1").replace("%1", str(c.path))
        if c.outcome == "cancelled":
            return self.tr("Cancelled; nothing was left behind.")
        if c.outcome == "failed":
            return error_headline(c.error_kind) + (" — " + c.detail if c.detail else "")
        return ""

    def _load_result(self) -> None:
        if self.convert.path is not None:
            self._load(self.convert.path)
            self.accept()

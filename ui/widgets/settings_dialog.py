"""The settings dialog: models folder, hub address (a mirror), Hugging Face token (typed
into a password field; only its first and last characters are ever shown), threads,
default context and KV cache type. A view of SettingsController."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.engine.settings import KV_CACHE_TYPES
from ui.controllers.remote_controller import RemoteController
from ui.controllers.settings_controller import SettingsController
from ui.widgets.plan_texts import tokens_text
from ui.widgets.remote_endpoints_dialog import RemoteEndpointsDialog

CONTEXTS = (2048, 4096, 8192, 16384, 32768, 65536, 131072)


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsController, parent: Optional[QWidget] = None,
                 remote: Optional[RemoteController] = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.controller = settings
        self.remote = remote
        self.remote_button = QPushButton()
        self.remote_button.setObjectName("remoteBackendsButton")
        self.remote_button.setVisible(remote is not None)
        self.remote_button.clicked.connect(self.show_remote)
        self.remote_dialog: Optional[RemoteEndpointsDialog] = None
        s = settings.settings
        self.models_dir_edit = QLineEdit(s.models_dir)
        self.models_dir_edit.setObjectName("modelsDirEdit")
        self.browse_button = QPushButton()
        folder = QHBoxLayout()
        folder.addWidget(self.models_dir_edit, 1)
        folder.addWidget(self.browse_button)
        self.hub_edit = QLineEdit(s.hub_endpoint)
        self.hub_edit.setObjectName("hubEdit")
        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("tokenEdit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.forget_token_box = QCheckBox()
        self.forget_token_box.setObjectName("forgetTokenBox")
        self.threads_box = QSpinBox()
        self.threads_box.setObjectName("threadsBox")
        self.threads_box.setRange(0, 256)
        self.threads_box.setValue(s.threads)
        self.context_box = QComboBox()
        self.context_box.setObjectName("defaultContextBox")
        for n_ctx in CONTEXTS:
            self.context_box.addItem("", n_ctx)
        index = self.context_box.findData(s.default_context)
        if index < 0:
            self.context_box.addItem("", s.default_context)
            index = self.context_box.count() - 1
        self.context_box.setCurrentIndex(index)
        self.kv_box = QComboBox()
        self.kv_box.setObjectName("defaultKvBox")
        for kv in KV_CACHE_TYPES:
            self.kv_box.addItem(kv, kv)
        self.kv_box.setCurrentIndex(max(0, self.kv_box.findData(s.kv_type)))
        self.labels = [QLabel() for _ in range(7)]
        self.note_label = QLabel()
        self.note_label.setObjectName("settingsNote")
        self.note_label.setWordWrap(True)
        form = QFormLayout()
        fields = (folder, self.hub_edit, self.token_edit, self.forget_token_box, self.threads_box, self.context_box,
                  self.kv_box)
        for label, field in zip(self.labels, fields):
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.remote_button)
        layout.addWidget(self.buttons)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def add_section(self, section: QWidget) -> None:
        """A group of settings of its own (the local API...), above the note."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.note_label), section)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("Models folder:"), self.tr("Hub address:"), self.tr("Hugging Face token:"), "",
                 self.tr("Threads:"), self.tr("Default context:"), self.tr("Default KV cache:"))
        for label, text in zip(self.labels, texts):
            label.setText(text)
        self.browse_button.setText(self.tr("Choose…"))
        self.remote_button.setText(self.tr("Remote backends…"))
        self.models_dir_edit.setPlaceholderText(self.tr("Paddock's own folder"))
        self.hub_edit.setPlaceholderText(self.tr("https://huggingface.co, or a mirror"))
        hint = self.controller.token_hint
        self.token_edit.setPlaceholderText(
            self.tr("Saved: %1 (type a new one to replace it)").replace("%1", hint) if hint
            else self.tr("Only for Meta's gated repositories"))
        self.forget_token_box.setText(self.tr("Forget the saved token"))
        self.forget_token_box.setVisible(bool(hint))
        self.threads_box.setSpecialValueText(self.tr("One per core"))
        for index in range(self.context_box.count()):
            self.context_box.setItemText(index, tokens_text(int(self.context_box.itemData(index))))
        self.note_label.setText(self.tr("Changes apply at once; models in the previous folder stay where they are."))

    def show_remote(self) -> RemoteEndpointsDialog:
        """The remote endpoints (saved as they are added, apart from OK/Cancel here)."""
        assert self.remote is not None
        if self.remote_dialog is None:
            self.remote_dialog = RemoteEndpointsDialog(self.remote, self)
        self.remote_dialog.open()
        return self.remote_dialog

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Models folder"), self.models_dir_edit.text()
                                                  or str(Path.home()))
        if folder:
            self.models_dir_edit.setText(folder)

    def chosen(self):  # type: ignore[no-untyped-def]
        """The settings as the dialog shows them (a UserSettings)."""
        return replace(
            self.controller.settings, models_dir=self.models_dir_edit.text().strip(), hub_endpoint=self.hub_edit.text().strip(),
            threads=self.threads_box.value(), default_context=int(self.context_box.currentData()),
            kv_type=str(self.kv_box.currentData()),
        )

    def save(self) -> None:
        self.controller.apply(self.chosen(), token=self.token_edit.text(),
                              forget_token=self.forget_token_box.isChecked())
        self.token_edit.clear()  # the typed token leaves the widget as soon as it is saved
        self.accept()

"""Settings → Remote backends: the OpenAI-compatible servers whose models the picker lists
(name, base URL, optional API key). The key field is a password field, cleared once saved;
the list shows whether an endpoint has a key, never the key."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.controllers.remote_controller import RemoteController

EXAMPLE_URL = "http://gpu-box:8080/v1"  # an address, the same in every language


class RemoteEndpointsDialog(QDialog):
    def __init__(self, remote: RemoteController, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("remoteEndpointsDialog")
        self.remote = remote
        self.list = QListWidget()
        self.list.setObjectName("remoteEndpointList")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("remoteNameEdit")
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("remoteUrlEdit")
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("remoteKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.add_button.setObjectName("remoteAddButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remoteRemoveButton")
        self.note_label = QLabel()
        self.note_label.setObjectName("remoteNote")
        self.note_label.setWordWrap(True)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name_edit, self.url_edit, self.key_edit)):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)
        layout.addWidget(self.close_box)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.close_box.rejected.connect(self.reject)
        remote.endpointsChanged.connect(self.show_endpoints)
        remote.modelsChanged.connect(self.show_endpoints)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Remote backends"))
        for label, text in zip(self.labels, (self.tr("Name:"), self.tr("Base URL:"), self.tr("API key:"))):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. lab"))
        self.url_edit.setPlaceholderText(EXAMPLE_URL)
        self.key_edit.setPlaceholderText(self.tr("Only if the server asks for one"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.note_label.setText(self.tr(
            "Any OpenAI-compatible server: llama.cpp's llama-server, vLLM, Ollama. What you send to a remote model leaves this computer."))
        self.show_endpoints()

    def show_endpoints(self) -> None:
        self.list.clear()
        for endpoint in self.remote.endpoints:
            models = self.remote.models.get(endpoint.name)
            if endpoint.name in self.remote.failures:
                state = self.tr("not reachable")
            elif models is None:
                state = self.tr("not listed yet")
            else:
                state = self.tr("models: %1").replace("%1", str(len(models)))
            key = " · " + self.tr("key saved") if endpoint.has_key else ""
            self.list.addItem(f"{endpoint.name} — {endpoint.base_url}{key} · {state}")

    def add(self) -> bool:
        if not self.remote.add(self.name_edit.text(), self.url_edit.text(), self.key_edit.text()):
            self.note_label.setText(self.tr("Give a name and an address starting with http:// or https://."))
            return False
        self.name_edit.clear()
        self.url_edit.clear()
        self.key_edit.clear()  # the typed key leaves the widget as soon as it is saved
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.remote.endpoints):
            self.remote.remove(self.remote.endpoints[row].name)

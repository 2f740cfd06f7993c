"""The settings dialog's "Local API" group: the switch that serves the window's loaded
model to other programs on this computer, its port, and where it listens now (or why it
could not). A view of ServeController; saved with the dialog's OK."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from ui.controllers.serve_controller import ServeController


class ServeGroup(QGroupBox):
    def __init__(self, controller: ServeController, dialog: QDialog, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("serveGroup")
        self.controller = controller
        self.switch = QCheckBox()
        self.switch.setObjectName("serveSwitch")
        self.switch.setChecked(controller.settings.enabled)
        self.port_box = QSpinBox()
        self.port_box.setObjectName("servePortBox")
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(controller.settings.port)
        self.port_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("serveStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.port_label, self.port_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        self.port_box.valueChanged.connect(self.retranslate_ui)
        controller.changed.connect(self.retranslate_ui)
        dialog.accepted.connect(self.save)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Local API"))
        address = f"{self.controller.host}:{self.port_box.value()}"
        self.switch.setText(self.tr("Serve the loaded model to other programs on this computer (%1)").replace(
            "%1", address))
        self.port_label.setText(self.tr("Port:"))
        c = self.controller
        if c.error:
            self.status_label.setText(self.tr(
                "Port %1 is taken by another program (or cannot be opened): choose another port.").replace(
                "%1", str(c.settings.port)))
            self.status_label.setToolTip(c.error)
        elif c.url:
            self.status_label.setText(self.tr(
                "Listening at %1/v1 for OpenAI-compatible programs; only programs on this computer can connect.").replace(
                "%1", c.url))
            self.status_label.setToolTip("")
        else:
            self.status_label.setText(self.tr("Off: Paddock opens no port."))
            self.status_label.setToolTip("")

    def save(self) -> None:
        self.controller.switch(self.switch.isChecked(), self.port_box.value())

"""The documents in the window: a Documents menu (before Help) that opens the Documents
window, and a line above the message box naming the collections the chat answers from
(click it to change them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from ui.controllers.documents_controller import DocumentsController
from ui.widgets.documents_dialog import DocumentsDialog
from ui.widgets.models_menu import install_models_menu


def open_dialog(dialog: DocumentsDialog) -> None:
    if dialog.isVisible():
        dialog.raise_()  # already open, behind the window
    else:
        dialog.show()


class DocumentsMenu(QMenu):
    def __init__(self, dialog: DocumentsDialog, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("documentsMenu")
        self.open_action = QAction(self)
        self.open_action.triggered.connect(lambda: open_dialog(dialog))
        self.addAction(self.open_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Documents"))
        self.open_action.setText(self.tr("&Collections…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

class AttachedLabel(QLabel):
    """"Answers from: home, work" above the message box; hidden when none is attached."""

    def __init__(self, controller: DocumentsController, dialog: DocumentsDialog) -> None:
        super().__init__()
        self.setObjectName("attachedDocuments")
        self._controller = controller
        self._dialog = dialog
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        controller.attachedChanged.connect(lambda _names: self.retranslate_ui())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = self._controller.attached
        self.setVisible(bool(names))
        if not names:
            return
        mode = (self.tr("whole documents") if self._controller.whole_documents
                else self.tr("passages found for each question"))
        text = self.tr("Answers from your documents: %1 (%2)").replace("%1", ", ".join(names)).replace("%2", mode)
        self.setText(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        open_dialog(self._dialog)  # to change what the chat answers from
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

@dataclass
class DocumentsUi:
    dialog: DocumentsDialog
    menu: DocumentsMenu
    label: AttachedLabel

def install_documents_ui(window: QMainWindow, controller: DocumentsController) -> DocumentsUi:
    dialog = DocumentsDialog(controller, window)
    menu = DocumentsMenu(dialog, window)
    install_models_menu(window, menu)  # before Help, like the Models menu
    label = AttachedLabel(controller, dialog)
    layout = getattr(window, "above_composer", None)
    if layout is not None:
        layout.addWidget(label)
    transcript = getattr(window, "transcript", None)
    chat = getattr(window, "controller", None)
    if transcript is not None and chat is not None:
        chat.sourcesFound.connect(transcript.set_reply_sources)
    return DocumentsUi(dialog, menu, label)


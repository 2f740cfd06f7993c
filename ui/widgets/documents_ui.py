"""The documents in the window: a Documents menu (before Help) that opens the Documents
window, and a line above the message box naming the collections the chat answers from
(click it to change them), with a warning above it while the model runs elsewhere (the
passages found are sent there with each question)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from ui.controllers.documents_controller import DocumentsController
from ui.controllers.downloads_controller import DownloadsController
from ui.widgets.documents_dialog import DocumentsDialog
from ui.widgets.models_menu import install_models_menu
from ui.widgets.remote_texts import passages_leave_warning


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

class RemotePassagesWarning(QLabel):
    """Shown above "Answers from…" while documents are attached and the model is remote
    (ChatController.is_remote): the passages leave this computer with each question."""

    def __init__(self, controller: DocumentsController) -> None:
        super().__init__()
        self.setObjectName("remotePassagesWarning")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b45309;")  # amber: a warning, not an error
        self._controller = controller
        chat = controller.chat
        controller.attachedChanged.connect(lambda _names: self.retranslate_ui())
        chat.modelLoaded.connect(lambda _info: self.retranslate_ui())
        chat.modelLoading.connect(lambda _name: self.retranslate_ui())
        chat.modelFailed.connect(lambda _kind, _detail: self.retranslate_ui())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        chat = self._controller.chat
        remote = bool(self._controller.attached) and chat.is_remote
        self.setVisible(remote)
        if remote and chat.model_info is not None:
            # A remote model is named "model @ endpoint" (app/remote: remote_model_label).
            self.setText(passages_leave_warning(chat.model_info.name.rpartition(" @ ")[2] or chat.model_info.name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


@dataclass
class DocumentsUi:
    dialog: DocumentsDialog
    menu: DocumentsMenu
    label: AttachedLabel
    remote_warning: RemotePassagesWarning

def install_documents_ui(window: QMainWindow, controller: DocumentsController) -> DocumentsUi:
    dialog = DocumentsDialog(controller, window)
    menu = DocumentsMenu(dialog, window)
    install_models_menu(window, menu)  # before Help, like the Models menu
    label = AttachedLabel(controller, dialog)
    warning = RemotePassagesWarning(controller)
    layout = getattr(window, "above_composer", None)
    if layout is not None:
        layout.addWidget(warning)
        layout.addWidget(label)
    transcript = getattr(window, "transcript", None)
    chat = getattr(window, "controller", None)
    if transcript is not None and chat is not None:
        chat.sourcesFound.connect(transcript.set_reply_sources)
    return DocumentsUi(dialog, menu, label, warning)



def offer_embedding_downloads(ui: DocumentsUi, controller: DocumentsController, offers: list,
                              downloads: DownloadsController) -> None:
    """The catalog's embedding models offered in the Documents window through the downloads
    queue; each finished download lists the installed embedding models again."""
    ui.dialog.offer_downloads(offers, downloads.start)
    downloads.jobFinished.connect(lambda _job: controller.listRequested.emit())

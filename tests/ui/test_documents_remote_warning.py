"""The warning above the message box while a chat with attached collections uses a remote
model: shown, translated, and gone for a local model or without documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from app.engine.settings import ModelInfo
from ui.controllers.chat_controller import ChatController
from ui.controllers.documents_controller import DocumentsController
from ui.tasks.documents_task import CollectionSummary
from ui.widgets.documents_ui import install_documents_ui


def _info(name: str, file_type: str) -> ModelInfo:
    return ModelInfo(path=Path("m"), architecture="llama", name=name, file_type=file_type, n_ctx=8192,
                     n_ctx_train=8192, n_vocab=0, n_embd=0, has_chat_template=True, llama_cpp_version="0.3.36")


def _window() -> QMainWindow:
    window = QMainWindow()
    central = QWidget()
    window.above_composer = QVBoxLayout(central)  # type: ignore[attr-defined]  # as MainWindow has
    window.setCentralWidget(central)
    return window


def test_the_warning_shows_while_documents_go_to_a_remote_model(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.i18n import Languages

    chat = ChatController()
    controller = DocumentsController(chat)
    window = _window()
    qtbot.addWidget(window)
    ui = install_documents_ui(window, controller)
    window.show()
    warning = ui.remote_warning
    controller.on_listed([CollectionSummary("work", 1, 3, 90)])
    chat.on_loaded(_info("llama3.1:8b @ Office server", "remote"))
    assert not warning.isVisible()  # nothing attached: nothing of the documents is sent
    controller.attach("work")
    assert warning.isVisible()
    assert warning.text().startswith("The model runs on Office server:") and "leave this computer" in warning.text()
    languages = Languages(qapp, tmp_path)
    try:
        languages.apply("de")
        assert warning.text().startswith("Das Modell läuft auf Office server:")
    finally:
        languages.apply("en")
    chat.on_loaded(_info("Llama 3.2 1B", "Q4_K_M"))
    assert not warning.isVisible()  # a local model: the passages stay here
    chat.on_loaded(_info("llama3.1:8b @ Office server", "remote"))
    assert warning.isVisible()
    controller.detach("work")
    assert not warning.isVisible()

"""The privacy warning of Document Q&A with a remote model (the documents view shows it
when ChatController.is_remote). The remote errors' headlines are in ui/error_texts.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def passages_leave_warning(endpoint: str) -> str:
    """Shown before Document Q&A asks a remote model: the passages are sent with the question."""
    return QCoreApplication.translate(
        "RemoteTexts", "The model runs on %1: the passages found in your documents are sent there with your question and leave this computer.").replace("%1", endpoint)

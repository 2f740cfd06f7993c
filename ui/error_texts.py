"""Translated headlines for expected errors (AppError.kind). The English detail from
app/ is shown under the headline: it is data, not a UI string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorTexts", text)


def error_headline(kind: str) -> str:
    headlines = {
        "model_file": _tr("This model file cannot be used"),
        "unsupported_model": _tr("This model is not supported"),
        "context_too_long": _tr("The context is longer than this model supports"),
        "context_overflow": _tr("The conversation no longer fits in the context"),
        "chat_template": _tr("The model's chat template was refused"),
        "engine": _tr("The model engine reported a problem"),
        "worker_died": _tr("The model stopped unexpectedly"),
        "no_model": _tr("No model is loaded"),
        "invalid_request": _tr("These settings cannot be used"),
        "model_too_large": _tr("This model does not fit in memory"),
    }
    return headlines.get(kind, _tr("Something went wrong"))

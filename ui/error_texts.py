"""Translated texts for expected errors: the headline by AppError.kind, and the detail
from the template app/ marked with QT_TRANSLATE_NOOP("AppError", ...) and its parameters.
What the operating system or a library said (an OSError's text) stays as it came: it is
a parameter, not a Paddock text."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.errors import AppError

log = logging.getLogger(__name__)
DETAIL_CONTEXT = "AppError"


def error_detail(error: AppError) -> str:
    """The error's detail in the current language (English where it has no translation,
    or where a translation does not fit its parameters)."""
    if not error.params:
        return QCoreApplication.translate(DETAIL_CONTEXT, error.template)
    params = {
        key: error_detail(value) if isinstance(value, AppError) else value
        for key, value in error.params.items()
    }
    translated = QCoreApplication.translate(DETAIL_CONTEXT, error.template)
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError) as exc:  # a translation that lost a {name}
        log.warning("translation of %r does not fit its parameters: %s", error.template, exc)
        return error.detail


def error_headline(kind: str) -> str:
    return headlines().get(kind, QCoreApplication.translate("ErrorTexts", "Something went wrong"))


def headlines() -> dict[str, str]:
    """Every AppError kind's headline, in the current language (a test checks that each
    kind in app/ has one)."""
    # Literal QCoreApplication.translate() calls: lupdate reads only those (a helper
    # taking the text as a variable would hide every headline from the .ts files).
    return {
        "model_file": QCoreApplication.translate("ErrorTexts", "This model file cannot be used"),
        "unsupported_model": QCoreApplication.translate("ErrorTexts", "This model is not supported"),
        "context_too_long": QCoreApplication.translate(
            "ErrorTexts", "The context is longer than this model supports"
        ),
        "context_overflow": QCoreApplication.translate(
            "ErrorTexts", "The conversation no longer fits in the context"
        ),
        "chat_template": QCoreApplication.translate("ErrorTexts", "The model's chat template was refused"),
        "engine": QCoreApplication.translate("ErrorTexts", "The model engine reported a problem"),
        "worker_died": QCoreApplication.translate("ErrorTexts", "The model stopped unexpectedly"),
        "no_model": QCoreApplication.translate("ErrorTexts", "No model is loaded"),
        "remote_unreachable": QCoreApplication.translate(
            "ErrorTexts", "The remote backend cannot be reached (is the server running, is the address right?)"),
        "remote_timeout": QCoreApplication.translate("ErrorTexts", "The remote backend did not answer in time"),
        "remote_failed": QCoreApplication.translate("ErrorTexts", "The remote backend answered with an error"),
        "invalid_request": QCoreApplication.translate("ErrorTexts", "These settings cannot be used"),
        "model_too_large": QCoreApplication.translate("ErrorTexts", "This model does not fit in memory"),
        "store": QCoreApplication.translate("ErrorTexts", "The conversation history cannot be used"),
        "disk_full": QCoreApplication.translate("ErrorTexts", "The disk is full"),
        "database_corrupt": QCoreApplication.translate("ErrorTexts", "The conversation database is damaged"),
        "database_busy": QCoreApplication.translate("ErrorTexts", "The conversation database is busy"),
        "database_access": QCoreApplication.translate("ErrorTexts", "The conversation database cannot be opened"),
        "database_too_new": QCoreApplication.translate(
            "ErrorTexts", "The conversation history was written by a newer Paddock"
        ),
        "not_found": QCoreApplication.translate("ErrorTexts", "This conversation no longer exists"),
        "export_write": QCoreApplication.translate("ErrorTexts", "The export could not be written"),
        "import_format": QCoreApplication.translate("ErrorTexts", "This file cannot be imported"),
        "catalog": QCoreApplication.translate("ErrorTexts", "Paddock's model list is damaged"),
        "hub_access": QCoreApplication.translate("ErrorTexts", "Hugging Face refused access to this model"),
        "hub_not_found": QCoreApplication.translate("ErrorTexts", "This model was not found on Hugging Face"),
        "hub_connection": QCoreApplication.translate("ErrorTexts", "Hugging Face cannot be reached"),
        "download_corrupt": QCoreApplication.translate("ErrorTexts", "The download is damaged"),
        "disk_space": QCoreApplication.translate("ErrorTexts", "There is not enough disk space"),
        "download_conflict": QCoreApplication.translate("ErrorTexts", "This download is in the way of another"),
    }

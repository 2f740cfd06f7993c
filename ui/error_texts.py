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

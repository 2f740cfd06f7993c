"""Expected errors: the environment's fault, shown to the person with a clear message.

Everything that is an `AppError` is expected (a missing file, a model too big, a dead
worker). The UI shows a translated headline chosen by `kind` and the translated detail.
Any other exception that escapes is a bug and goes to the crash dialog.

A detail is an English template marked with `QT_TRANSLATE_NOOP("AppError", ...)` plus
named parameters: `ModelFileError(QT_TRANSLATE_NOOP("AppError", "{path} is not a GGUF
file."), path=path)`. `detail` is the English text (the CLI and the logs print it); the UI
translates `template` (packaging/translations.py collects the marked texts from app/) and
fills in `params`. app/ never imports Qt: the marker is a plain function whose name is the
one Qt's lupdate looks for.
"""

from __future__ import annotations

from typing import Any, Optional

ERROR_KINDS: dict[str, type["AppError"]] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def portable_params(params: dict[str, Any]) -> dict[str, Any]:
    """`params` as plain data that can cross a process boundary: an AppError parameter (a
    cause whose detail is part of this one) as its template and parameters, other objects
    (paths, exceptions) as their text."""
    return {key: _portable(value) for key, value in params.items()}


def _portable(value: Any) -> Any:
    if isinstance(value, AppError):
        return {_NESTED: value.template, "params": portable_params(value.params)}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


_NESTED = "error_template"


class AppError(Exception):
    """Base of all expected errors. `kind` is stable: the UI maps it to a headline.

    Every subclass registers its `kind`, so an error that crossed a process boundary
    as (kind, detail) comes back as the same class.
    """

    kind = "error"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        ERROR_KINDS.setdefault(cls.kind, cls)

    def __init__(self, detail: str, **params: Any) -> None:
        self.template = detail
        self.params = params
        self.detail = detail.format(**params) if params else detail
        super().__init__(self.detail)


class Cancelled(Exception):
    """Raised by long operations when their CancelToken was set. Not an error."""


class ModelFileError(AppError):
    """The model file is missing, is not a GGUF, or is damaged."""

    kind = "model_file"


class UnsupportedModelError(AppError):
    """The file is a valid GGUF but llama.cpp cannot run this model."""

    kind = "unsupported_model"


class ContextTooLongError(AppError):
    """A context length was asked for that the model was not trained for."""

    kind = "context_too_long"


class ContextOverflowError(AppError):
    """The conversation does not fit into the loaded context window."""

    kind = "context_overflow"


class ChatTemplateError(AppError):
    """The model's chat template is unsafe or broken."""

    kind = "chat_template"


class EngineError(AppError):
    """llama.cpp refused an operation (load failed, decode failed)."""

    kind = "engine"


class WorkerDiedError(AppError):
    """The engine's worker process died; `partial_text` is what was streamed so far."""

    kind = "worker_died"

    def __init__(self, detail: str, partial_text: str = "", **params: Any) -> None:
        super().__init__(detail, **params)
        self.partial_text = partial_text


class NoModelLoadedError(AppError):
    """An operation needs a loaded model and none is loaded."""

    kind = "no_model"


class InvalidRequestError(AppError):
    """Settings or arguments that cannot be used (e.g. an unknown KV cache type)."""

    kind = "invalid_request"


ERROR_KINDS["error"] = AppError


def error_from_kind(
    kind: str, detail: str, template: Optional[str] = None, params: Optional[dict[str, Any]] = None
) -> AppError:
    """Rebuild an AppError that crossed a process boundary as its kind, English detail,
    template and `portable_params` (or as (kind, detail) alone)."""
    error = ERROR_KINDS.get(kind, AppError)(template or detail, **_rebuilt(params or {}))
    error.detail = detail  # as it read where it was raised
    error.args = (detail,)
    return error


def _rebuilt(params: dict[str, Any]) -> dict[str, Any]:
    return {
        key: AppError(value[_NESTED], **_rebuilt(value["params"]))
        if isinstance(value, dict) and _NESTED in value else value
        for key, value in params.items()
    }

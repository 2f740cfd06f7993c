"""Expected errors: the environment's fault, shown to the person with a clear message.

Everything that is an `AppError` is expected (a missing file, a model too big, a dead
worker). The UI shows a translated headline chosen by `kind` plus the English `detail`.
Any other exception that escapes is a bug and goes to the crash dialog.
"""

from __future__ import annotations

ERROR_KINDS: dict[str, type["AppError"]] = {}


class AppError(Exception):
    """Base of all expected errors. `kind` is stable: the UI maps it to a headline.

    Every subclass registers its `kind`, so an error that crossed a process boundary
    as (kind, detail) comes back as the same class.
    """

    kind = "error"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        ERROR_KINDS.setdefault(cls.kind, cls)

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


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

    def __init__(self, detail: str, partial_text: str = "") -> None:
        super().__init__(detail)
        self.partial_text = partial_text


class NoModelLoadedError(AppError):
    """An operation needs a loaded model and none is loaded."""

    kind = "no_model"


class InvalidRequestError(AppError):
    """Settings or arguments that cannot be used (e.g. an unknown KV cache type)."""

    kind = "invalid_request"


ERROR_KINDS["error"] = AppError


def error_from_kind(kind: str, detail: str) -> AppError:
    """Rebuild an AppError that crossed a process boundary as (kind, detail)."""
    return ERROR_KINDS.get(kind, AppError)(detail)

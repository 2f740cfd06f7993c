"""ApiError: a request the API answers with an error, in OpenAI's error shape.

Not an AppError: it never leaves the server (the HTTP front writes it as JSON with its
status code) and is never shown in the window. Expected engine failures (AppErrors) are
mapped to one by `from_app_error`.
"""

from __future__ import annotations

from typing import Optional

from app.errors import (
    AppError,
    ContextOverflowError,
    InvalidRequestError,
    NoModelLoadedError,
    WorkerDiedError,
)


class ApiError(Exception):
    """`status` is the HTTP status; `type`, `code` and `param` are OpenAI's error fields."""

    def __init__(self, status: int, message: str, *, type: str = "invalid_request_error",
                 code: Optional[str] = None, param: Optional[str] = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def bad_request(message: str, param: Optional[str] = None) -> ApiError:
    return ApiError(400, message, param=param)


def model_loading(model: str) -> ApiError:
    return ApiError(503, f"The model {model} is still loading; try again in a moment.",
                    type="server_error", code="model_loading")


def from_app_error(exc: AppError) -> ApiError:
    """The API's answer to an expected engine failure."""
    if isinstance(exc, ContextOverflowError):
        return ApiError(400, exc.detail, code="context_length_exceeded", param="messages")
    if isinstance(exc, InvalidRequestError):
        return ApiError(400, exc.detail)
    if isinstance(exc, NoModelLoadedError):
        return ApiError(503, exc.detail, type="server_error", code="model_not_loaded")
    if isinstance(exc, WorkerDiedError):
        return ApiError(500, exc.detail + " The model is loaded again for the next request.",
                        type="server_error", code="worker_died")
    return ApiError(500, exc.detail, type="server_error", code=exc.kind)

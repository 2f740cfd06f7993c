"""What can go wrong with a remote backend, as expected errors the window explains."""

from __future__ import annotations

from app.errors import AppError


class RemoteUnreachableError(AppError):
    """The server could not be reached (down, wrong address, refused connection)."""

    kind = "remote_unreachable"


class RemoteTimeoutError(AppError):
    """The server did not answer in time."""

    kind = "remote_timeout"


class RemoteServerError(AppError):
    """The server answered with an error (HTTP status, unknown model, bad key)."""

    kind = "remote_failed"

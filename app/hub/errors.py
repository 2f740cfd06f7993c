"""Expected errors of getting models: hub access, missing files, network, disk, corruption.

Each is an `AppError` with an English detail that says what to do next. `kind` is
stable (the UI maps it to a translated headline).
"""

from __future__ import annotations

from app.errors import AppError


class HubAccessError(AppError):
    """The hub refused access: a gated model, a missing or refused token."""

    kind = "hub_access"


class HubNotFoundError(AppError):
    """No such repository, revision or file on the hub."""

    kind = "hub_not_found"


class HubConnectionError(AppError):
    """The hub (or its download servers) could not be reached, even after retries."""

    kind = "hub_connection"


class DownloadCorruptError(AppError):
    """The bytes received do not match the hub's sha256 (or size): nothing was installed."""

    kind = "download_corrupt"


class DiskSpaceError(AppError):
    """Not enough free disk space, found before starting or when the disk filled up."""

    kind = "disk_space"


class DownloadConflictError(AppError):
    """Another download of the same file is running, or a different file is in the way."""

    kind = "download_conflict"

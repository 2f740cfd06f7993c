"""Expected errors of the conversation store: the environment's fault, shown to the person.

`kind` values are stable (the UI maps them to translated headlines); `detail` is English.
"""

from __future__ import annotations

from app.errors import AppError


class StoreError(AppError):
    """The conversation database could not be used."""

    kind = "store"


class DiskFullError(StoreError):
    kind = "disk_full"


class DatabaseCorruptError(StoreError):
    kind = "database_corrupt"


class DatabaseBusyError(StoreError):
    kind = "database_busy"


class DatabaseAccessError(StoreError):
    """The file or its folder cannot be opened or written (permissions, read-only disk)."""

    kind = "database_access"


class DatabaseTooNewError(StoreError):
    """The database was written by a newer Paddock; it is left untouched."""

    kind = "database_too_new"


class NotFoundError(StoreError):
    """A conversation or message that does not exist (deleted, or a wrong number)."""

    kind = "not_found"


class ImportFormatError(StoreError):
    """A file to import is not in a format Paddock understands."""

    kind = "import_format"


class ExportWriteError(StoreError):
    """An export file could not be written (no permission, a missing drive...)."""

    kind = "export_write"


STORE_ERROR_KINDS: dict[str, type[AppError]] = {
    cls.kind: cls
    for cls in (
        StoreError,
        DiskFullError,
        DatabaseCorruptError,
        DatabaseBusyError,
        DatabaseAccessError,
        DatabaseTooNewError,
        NotFoundError,
        ImportFormatError,
        ExportWriteError,
    )
}

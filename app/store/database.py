"""The one adapter to SQLite: the only module in Paddock that imports sqlite_utils.

It owns connections (WAL, foreign keys on, full fsync, a busy timeout), transactions
(`BEGIN IMMEDIATE`, so two writers wait for each other instead of failing), online
backups, and the mapping of SQLite failures (disk full, damaged file, locked, no access)
to `StoreError`s with clear English messages. Other store modules receive a `Database`
and never see sqlite3 or sqlite_utils objects. A `Database` is one connection: use it from
one thread only (`opening.Store.connection()` hands each thread its own).

sqlite_utils (and numpy, which it imports when it can) is imported when the first
connection opens or the migrations are defined, not with this module: the window imports
the store's records and shows before the history thread opens the database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence

from app.errors import QT_TRANSLATE_NOOP
from app.store.errors import (
    DatabaseAccessError,
    DatabaseBusyError,
    DatabaseCorruptError,
    DiskFullError,
    StoreError,
)

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils import Migrations

__all__ = ["Database", "Outcome", "connect", "migration_set", "SQLITE_VERSION", "is_sqlite_file"]

SQLITE_VERSION: tuple[int, ...] = tuple(int(part) for part in sqlite3.sqlite_version.split("."))

# SQLite primary result codes (sqlite3.h); extended codes carry them in the low byte.
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _AUTH, _NOTADB = 13, 14, 23, 26

Params = Sequence[Any] | dict[str, Any]


def _translate(exc: sqlite3.Error, path: Path) -> Optional[StoreError]:
    """The StoreError for an environment failure; None for a bug (bad SQL, constraint)."""
    code = getattr(exc, "sqlite_errorcode", None)
    message = str(exc)
    if code is None:
        if "database disk image is malformed" in message or "file is not a database" in message:
            code = _CORRUPT
        else:
            return None
    primary = code & 0xFF
    if primary == _FULL:
        return DiskFullError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "The disk is full: Paddock could not save to its conversation database ({path}). "
                "Free some disk space and try again; what was saved before is kept.",
            ),
            path=path,
        )
    if primary in (_CORRUPT, _NOTADB):
        return DatabaseCorruptError(
            QT_TRANSLATE_NOOP("AppError", "The conversation database {path} is damaged ({reason})."),
            path=path,
            reason=message,
        )
    if primary in (_BUSY, _LOCKED):
        return DatabaseBusyError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "The conversation database {path} is locked by another program ({reason}). "
                "Close other programs that use it and try again.",
            ),
            path=path,
            reason=message,
        )
    if primary in (_PERM, _READONLY, _CANTOPEN, _AUTH):
        return DatabaseAccessError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Paddock cannot open or write its conversation database {path} ({reason}). "
                "Check that the folder exists, that the disk is not read-only and that you may write there.",
            ),
            path=path,
            reason=message,
        )
    if primary == _IOERR:
        return StoreError(
            QT_TRANSLATE_NOOP("AppError", "The disk reported an error while Paddock used {path} ({reason})."),
            path=path,
            reason=message,
        )
    if primary == _NOMEM:
        return StoreError(QT_TRANSLATE_NOOP("AppError", "SQLite ran out of memory while using {path}."), path=path)
    return None


@contextlib.contextmanager
def translated(path: Path) -> Iterator[None]:
    """Turn SQLite's environment failures into StoreErrors; let bugs through unchanged."""
    try:
        yield
    except sqlite3.Error as exc:
        error = _translate(exc, path)
        if error is None:
            raise
        raise error from exc


@dataclass(frozen=True)
class Outcome:
    rowcount: int
    lastrowid: Optional[int]


class Database:
    """One SQLite connection to the conversation database."""

    def __init__(self, raw: sqlite_utils.Database, path: Path, session_id: Optional[str]) -> None:
        self._raw = raw
        self._conn: sqlite3.Connection = raw.conn
        self.path = path
        # The process session that owns streaming rows written through this connection.
        self.session_id = session_id

    # --- statements ------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> Outcome:
        """Run one statement; committed at once unless a transaction is open."""
        with translated(self.path):
            cursor = self._raw.execute(sql, params)
            return Outcome(cursor.rowcount, cursor.lastrowid)

    def execute_crash_safe(self, sql: str, params: Params = ()) -> Outcome:
        """Run one statement committed without waiting for the disk (`synchronous =
        NORMAL`): it survives Paddock being killed, as every commit does in WAL mode, but
        a power cut may take it back. For writes repeated every few milliseconds (a
        streaming reply's text), whose fsync would otherwise cost more than the write;
        the next ordinary commit (FULL) makes them durable too. Inside a transaction it is
        a plain `execute`."""
        if self._conn.in_transaction:
            return self.execute(sql, params)
        with translated(self.path):
            self._conn.execute("PRAGMA synchronous = NORMAL")
        try:
            return self.execute(sql, params)
        finally:
            with translated(self.path):
                self._conn.execute("PRAGMA synchronous = FULL")

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        with translated(self.path):
            if self._conn.in_transaction:
                self._conn.executemany(sql, rows)
            else:
                with self.transaction():
                    self._conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        with translated(self.path):
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def query_one(self, sql: str, params: Params = ()) -> Optional[dict[str, Any]]:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        with translated(self.path):
            row = self._conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @property
    def in_transaction(self) -> bool:
        return self._conn.in_transaction

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Database"]:
        """All or nothing. Nested blocks become savepoints.

        `BEGIN IMMEDIATE` takes the write lock up front: a deferred transaction that
        reads and then writes can fail at once when another process wrote meanwhile.
        """
        if self._conn.in_transaction:
            with translated(self.path), self._raw.atomic():
                yield self
            return
        with translated(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self._conn.in_transaction:
                with translated(self.path):
                    self._conn.execute("ROLLBACK")
            raise
        with translated(self.path):
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    # --- schema and maintenance ------------------------------------------------------

    def quick_check(self) -> list[str]:
        """`PRAGMA quick_check`: ["ok"] for a sound file, else SQLite's findings."""
        with translated(self.path):
            return [str(row[0]) for row in self._conn.execute("PRAGMA quick_check").fetchall()]

    def pragma(self, name: str) -> Any:
        with translated(self.path):
            row = self._conn.execute(f"PRAGMA {name}").fetchone()
        return None if row is None else row[0]

    def table_names(self) -> list[str]:
        with translated(self.path):
            return self._raw.table_names()

    def columns(self, table: str) -> dict[str, type]:
        """Column name -> Python type, as sqlite-utils reports them (used by tests)."""
        with translated(self.path):
            return dict(self._raw.table(table).columns_dict)

    def trigger_names(self) -> set[str]:
        with translated(self.path):
            return {trigger.name for trigger in self._raw.triggers}

    def applied_migrations(self, migrations: Migrations) -> list[str]:
        """Names recorded as applied for this migration set (read-only)."""
        with translated(self.path):
            return [m.name for m in migrations.applied(self._raw)]

    def apply_migrations(self, migrations: Migrations, stop_before: Optional[str] = None) -> None:
        """Apply pending migrations, each in its own transaction with its record."""
        with translated(self.path):
            migrations.apply(self._raw, stop_before=stop_before)

    def backup_to(self, destination: Path) -> None:
        """A consistent copy of the live database (safe while others write), made atomically."""
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + ".partial")
        with translated(destination):
            target = sqlite3.connect(str(partial))
            try:
                self._conn.backup(target)
            finally:
                target.close()
        os.replace(partial, destination)

    def checkpoint(self) -> None:
        """Fold the WAL back into the main file (used before handing the file to others)."""
        with translated(self.path):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        self._conn.close()


def connect(path: Path, *, busy_timeout_s: float = 5.0, session_id: Optional[str] = None) -> Database:
    """Open (creating if needed) `path` in WAL mode with foreign keys on.

    A damaged file raises DatabaseCorruptError here or on first use.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseAccessError(
            QT_TRANSLATE_NOOP("AppError", "Paddock cannot create the folder {folder}: {reason}"),
            folder=path.parent,
            reason=exc,
        ) from exc
    import sqlite_utils

    with translated(path):
        # check_same_thread=False only so that Store.close() may close every thread's
        # connection; each connection is still used by one thread at a time.
        conn = sqlite3.connect(str(path), timeout=busy_timeout_s, check_same_thread=False)
        try:
            raw = sqlite_utils.Database(conn, execute_plugins=False)
            conn.execute("PRAGMA foreign_keys = ON")
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                raw.enable_wal()
            # FULL: a committed message survives a power cut too, not only a crash.
            conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.close()
            raise
    return Database(raw, path, session_id)


def migration_set(name: str) -> Migrations:
    """An empty sqlite-utils migration set; `set()(fn)` adds a migration to it."""
    from sqlite_utils import Migrations

    return Migrations(name)


def is_sqlite_file(path: Path) -> bool:
    """True when `path` starts with SQLite's file header."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False

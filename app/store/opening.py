"""open_store(): everything that happens once when Paddock opens its conversation database.

In order: `PRAGMA quick_check` (a damaged file is kept aside and the newest sound backup
takes its place, and the person is told); refuse a database from a newer Paddock before
writing anything; back up, then apply pending migrations; a daily backup; rows left
`streaming` by a dead process become `interrupted`. The resulting `Store` hands each
thread its own connection.
"""

from __future__ import annotations

import datetime as _dt
import logging
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.store import backups as bk, streaming
from app.store.database import Database, connect
from app.store.errors import DatabaseCorruptError
from app.store.location import backups_dir_for, sessions_dir_for
from app.store.sessions import SessionLock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenReport:
    """What opening found and did. `notices` are English sentences for the person."""

    created: bool = False
    notices: tuple[str, ...] = ()
    damaged_copy: Optional[Path] = None
    restored_from: Optional[Path] = None
    backups_made: tuple[Path, ...] = ()
    migrations_applied: tuple[str, ...] = ()
    interrupted_messages: int = 0


class Store:
    """An open conversation database: one connection per thread, one session lock."""

    def __init__(self, path: Path, session: SessionLock, first: Database, busy_timeout_s: float,
                 report: OpenReport) -> None:
        self.path = path
        self.report = report
        self._session = session
        self._busy_timeout_s = busy_timeout_s
        self._local = threading.local()
        self._local.db = first
        self._lock = threading.Lock()
        self._all: list[Database] = [first]
        self._closed = False

    @property
    def session_id(self) -> str:
        return self._session.id

    def connection(self) -> Database:
        """This thread's connection (opened on first use)."""
        db = getattr(self._local, "db", None)
        if db is None:
            with self._lock:
                if self._closed:
                    raise RuntimeError("the store is closed")
                db = connect(self.path, busy_timeout_s=self._busy_timeout_s, session_id=self._session.id)
                self._all.append(db)
            self._local.db = db
        return db

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for db in self._all:
                db.close()
            self._all.clear()
        self._session.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class _Findings:
    notices: list[str] = field(default_factory=list)
    damaged_copy: Optional[Path] = None
    restored_from: Optional[Path] = None


def _cause(exc: DatabaseCorruptError) -> str:
    """SQLite's own words ("database disk image is malformed"), not our sentence around them."""
    return str(exc.__cause__) if exc.__cause__ is not None else exc.detail


def _sound(db: Database) -> Optional[str]:
    """None when quick_check passes, else what is wrong."""
    try:
        findings = db.quick_check()
    except DatabaseCorruptError as exc:
        return _cause(exc)
    return None if findings == ["ok"] else "; ".join(findings[:3])


def _open_checked(path: Path, backups_dir: Path, timeout: float, session_id: str, found: _Findings) -> Database:
    try:
        db = connect(path, busy_timeout_s=timeout, session_id=session_id)
    except DatabaseCorruptError as exc:
        problem: Optional[str] = _cause(exc)
    else:
        problem = _sound(db)
        if problem is None:
            return db
        db.close()
    log.error("conversation database %s is damaged: %s", path, problem)
    found.damaged_copy = bk.set_aside(path)
    for candidate in reversed(bk.list_backups(backups_dir)):
        shutil.copyfile(candidate, path)
        try:
            db = connect(path, busy_timeout_s=timeout, session_id=session_id)
        except DatabaseCorruptError:
            db = None
        if db is not None and _sound(db) is None:
            found.restored_from = candidate
            break
        if db is not None:
            db.close()
        for leftover in bk.companions(path):
            leftover.unlink(missing_ok=True)
    else:
        db = connect(path, busy_timeout_s=timeout, session_id=session_id)
    if found.restored_from is not None:
        when = bk.backup_time(found.restored_from).astimezone().strftime("%Y-%m-%d %H:%M")
        outcome = (f"Paddock restored the backup of {when}; conversations changed after that "
                   "time are not in it.")
    else:
        outcome = "No sound backup was found, so Paddock started a new, empty history."
    found.notices.append(
        f"Paddock's conversation database was damaged ({problem}). The damaged file was kept "
        f"as {found.damaged_copy}. {outcome}"
    )
    return db


def open_store(
    path: Path,
    *,
    backups_dir: Optional[Path] = None,
    keep_backups: int = 5,
    backup_every: Optional[_dt.timedelta] = _dt.timedelta(days=1),
    busy_timeout_s: float = 5.0,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> Store:
    """Open the conversation database at `path`, ready to use (see the module docstring).

    Raises DatabaseTooNewError (file untouched) for a database from a newer Paddock.
    """
    # Here, not at the top: the migrations need sqlite_utils, and the window imports this
    # module (for OpenReport) before the history thread opens the database.
    from app.store import migrations

    path = Path(path)
    backups_dir = backups_dir or backups_dir_for(path)
    sessions_dir = sessions_dir_for(path)
    migrations.check_sqlite_supported()
    created = not path.exists() or path.stat().st_size == 0
    session = SessionLock(sessions_dir)
    found = _Findings()
    made: list[Path] = []
    db: Optional[Database] = None
    try:
        report(progress, ProgressUpdate("check", 0, 1, "Checking the conversation database"))
        db = _open_checked(path, backups_dir, busy_timeout_s, session.id, found)
        check(cancel)
        migrations.check_not_newer(db)
        todo = migrations.pending(db)
        empty = created or not db.scalar(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
        if todo and not empty:
            report(progress, ProgressUpdate("backup", 0, 1, "Backing up before updating the database"))
            made.append(bk.make_backup(db, backups_dir, f"before-{todo[0]}", keep=keep_backups))
        elif backup_every is not None and not empty and bk.is_due(backups_dir, backup_every):
            report(progress, ProgressUpdate("backup", 0, 1, "Daily backup"))
            made.append(bk.make_backup(db, backups_dir, "daily", keep=keep_backups))
        check(cancel)
        if todo:
            report(progress, ProgressUpdate("migrate", 0, len(todo), "Updating the database"))
            migrations.migrate(db)
        report(progress, ProgressUpdate("recover", 0, 1, "Recovering interrupted replies"))
        interrupted = streaming.recover_interrupted(db, sessions_dir, own_session=session.id)
    except BaseException:
        if db is not None:
            db.close()
        session.release()
        raise
    for notice in found.notices:
        log.warning("%s", notice)
    result = OpenReport(
        created=created,
        notices=tuple(found.notices),
        damaged_copy=found.damaged_copy,
        restored_from=found.restored_from,
        backups_made=tuple(made),
        migrations_applied=tuple(todo),
        interrupted_messages=interrupted,
    )
    return Store(path, session, db, busy_timeout_s, result)

"""Backups of the conversation database: made before migrations and once a day, and
restored when the database is found damaged.

Names carry the UTC time and the reason ("paddock-20250131-091500-250-daily.sqlite3"),
so the newest is found by name alone. Copies are made with SQLite's online backup, which
is consistent even while another process writes.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from pathlib import Path
from typing import Optional

from app.store.database import Database

log = logging.getLogger(__name__)

_NAME = re.compile(r"^paddock-(\d{8}-\d{6}-\d{3})-([a-z0-9_\-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


def _stamp(moment: _dt.datetime) -> str:
    return moment.strftime(_STAMP) + f"-{moment.microsecond // 1000:03d}"


def list_backups(directory: Path) -> list[Path]:
    """Backups in `directory`, oldest first."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if _NAME.match(p.name))


def backup_time(path: Path) -> _dt.datetime:
    match = _NAME.match(path.name)
    if match is None:
        raise ValueError(f"not a Paddock backup name: {path.name}")
    moment = _dt.datetime.strptime(match.group(1)[:15], _STAMP)
    return moment.replace(microsecond=int(match.group(1)[16:]) * 1000, tzinfo=_dt.timezone.utc)


def is_due(directory: Path, every: _dt.timedelta, now: Optional[_dt.datetime] = None) -> bool:
    backups = list_backups(directory)
    if not backups:
        return True
    now = now or _dt.datetime.now(_dt.timezone.utc)
    return now - backup_time(backups[-1]) >= every


def make_backup(db: Database, directory: Path, reason: str, *, keep: int = 5) -> Path:
    """Copy the live database into `directory`, then keep only the newest `keep` backups."""
    now = _dt.datetime.now(_dt.timezone.utc)
    safe_reason = re.sub(r"[^a-z0-9_\-]", "-", reason.lower())
    destination = directory / f"paddock-{_stamp(now)}-{safe_reason}.sqlite3"
    while destination.exists():  # two backups within one millisecond
        now += _dt.timedelta(milliseconds=1)
        destination = directory / f"paddock-{_stamp(now)}-{safe_reason}.sqlite3"
    db.backup_to(destination)
    log.info("backed up %s to %s", db.path, destination)
    for old in list_backups(directory)[:-keep]:
        old.unlink(missing_ok=True)
    return destination


def companions(path: Path) -> list[Path]:
    """The database file with its WAL and shared-memory files."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def set_aside(path: Path) -> Path:
    """Rename a damaged database (with its WAL) to `<name>.damaged-<time>`; return the new path."""
    stamp = _stamp(_dt.datetime.now(_dt.timezone.utc))
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for source, destination in zip(companions(path), companions(target)):
        if source.exists():
            source.replace(destination)
    return target

"""Where the conversation database, its backups and its session locks live."""

from __future__ import annotations

from pathlib import Path

from app.paths import AppPaths

DATABASE_NAME = "paddock.sqlite3"


def database_path(paths: AppPaths) -> Path:
    """The one conversation database of this Paddock installation."""
    return paths.data_dir / DATABASE_NAME


def backups_dir_for(database: Path) -> Path:
    """Backups of `database` (before migrations, daily): a folder beside it."""
    return database.parent / "backups"


def sessions_dir_for(database: Path) -> Path:
    """Lock files of the processes that have `database` open."""
    return database.with_name(database.name + "-sessions")

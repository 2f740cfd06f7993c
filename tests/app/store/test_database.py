"""The SQLite adapter: connection settings, SQLite failures as clear StoreErrors, one
connection per thread, transactions, and the rule that only it imports sqlite_utils."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

from app.errors import AppError
from app.paths import REPO_ROOT, AppPaths
from app.store.database import Database, connect
from app.store.errors import DatabaseAccessError, DatabaseBusyError, DatabaseCorruptError, DiskFullError
from app.store.location import database_path
from app.store.opening import Store


def test_connection_settings(db: Database) -> None:
    assert db.pragma("journal_mode") == "wal"
    assert db.pragma("foreign_keys") == 1
    assert db.pragma("synchronous") == 2  # FULL


def test_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    paths = AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path)})
    assert database_path(paths) == tmp_path / "data" / "paddock.sqlite3"


def test_disk_full_is_a_clear_error(db: Database) -> None:
    db.execute("CREATE TABLE filler (x TEXT)")
    # A page limit makes SQLite report SQLITE_FULL exactly as a full disk does.
    db.pragma(f"max_page_count = {db.pragma('page_count') + 2}")
    with pytest.raises(DiskFullError, match="The disk is full") as caught:
        with db.transaction():
            for _ in range(50):
                db.execute("INSERT INTO filler VALUES (?)", ("x" * 4000,))
    assert caught.value.kind == "disk_full"
    assert db.scalar("SELECT count(*) FROM filler") == 0  # rolled back, still usable


def test_damaged_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(DatabaseCorruptError, match="is damaged"):
        connect(path)


def test_locked_database_is_a_clear_error(db_path: Path, store: Store) -> None:
    holder = connect(db_path)
    with holder.transaction():  # BEGIN IMMEDIATE: holds the write lock
        holder.execute("CREATE TABLE held (x)")
        waiting = connect(db_path, busy_timeout_s=0.05)
        with pytest.raises(DatabaseBusyError, match="locked by another program"):
            waiting.execute("CREATE TABLE other (x)")
        waiting.close()
    holder.close()


def test_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DatabaseAccessError, match="cannot create the folder"):
        connect(blocker / "paddock.sqlite3")


def test_bugs_are_not_disguised_as_store_errors(db: Database) -> None:
    with pytest.raises(Exception) as caught:
        db.execute("SELEKT nonsense")
    assert not isinstance(caught.value, AppError)


def test_transaction_is_all_or_nothing(db: Database) -> None:
    db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(ZeroDivisionError):
        with db.transaction():
            db.execute("INSERT INTO t VALUES (1)")
            with db.transaction():  # nested: a savepoint
                db.execute("INSERT INTO t VALUES (2)")
            1 / 0
    assert db.scalar("SELECT count(*) FROM t") == 0
    with db.transaction():
        db.execute("INSERT INTO t VALUES (3)")
    assert db.scalar("SELECT count(*) FROM t") == 1


def test_one_connection_per_thread(store: Store) -> None:
    main = store.connection()
    assert store.connection() is main
    seen: list[Database] = []
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            db = store.connection()
            seen.append(db)
            for i in range(20):
                db.execute("INSERT INTO conversations (uuid, created_ms, updated_ms) VALUES (?, 0, 0)", (f"{n}-{i}",))
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len({id(db) for db in seen}) == 3 and main not in seen
    assert main.scalar("SELECT count(*) FROM conversations") == 60


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_only_the_adapter_imports_sqlite() -> None:
    everywhere = {str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "app").rglob("*.py") if "sqlite_utils" in _imports(p)}
    in_store = {
        str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "app" / "store").rglob("*.py") if "sqlite3" in _imports(p)
    }
    assert everywhere == {"app/store/database.py"}
    assert in_store == {"app/store/database.py"}


def test_store_never_imports_qt() -> None:
    for path in (REPO_ROOT / "app" / "store").rglob("*.py"):
        assert not _imports(path) & {"PySide6", "ui", "shiboken6"}, path

"""Opening the store: quick_check, a damaged file kept aside and the newest backup restored
(the person is told), daily backups with pruning."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from app.store import backups
from app.store.conversations import create_conversation, list_conversations
from app.store.messages import add_message
from app.store.opening import open_store
from app.store.records import Role

PAGE = 4096


def _fill(path: Path, title: str, messages: int = 60) -> None:
    with open_store(path, backup_every=None) as store:
        db = store.connection()
        conversation = create_conversation(db, title=title)
        for i in range(messages):
            add_message(db, conversation.id, Role.USER, f"{title} message {i} " + "lorem ipsum " * 40)


def _damage(path: Path, seed: int = 7) -> bytes:
    """Overwrite a run of pages in the middle of the file with random bytes."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages > 20
    rng = random.Random(seed)
    for page in range(pages // 2, pages // 2 + 6):
        data[page * PAGE:(page + 1) * PAGE] = bytes(rng.randrange(256) for _ in range(PAGE))
    path.write_bytes(bytes(data))
    return bytes(data)


def _titles(path: Path) -> list[str]:
    with open_store(path, backup_every=None) as store:
        return sorted(c.title for c in list_conversations(store.connection()))


def test_sound_database_opens_without_notices(db_path: Path) -> None:
    _fill(db_path, "one")
    with open_store(db_path) as store:
        assert store.report.notices == () and store.report.damaged_copy is None
        assert store.connection().quick_check() == ["ok"]


def test_damaged_database_is_kept_and_latest_backup_restored(db_path: Path) -> None:
    backups_dir = db_path.parent / "backups"
    _fill(db_path, "older")
    with open_store(db_path, backup_every=dt.timedelta(0)) as store:  # a backup now
        (first_backup,) = store.report.backups_made
    _fill(db_path, "backed-up")
    with open_store(db_path, backup_every=dt.timedelta(0)) as store:
        (latest_backup,) = store.report.backups_made
    _fill(db_path, "after the backup")
    damaged_bytes = _damage(db_path)

    store = open_store(db_path, backup_every=None)
    try:
        report = store.report
        assert report.restored_from == latest_backup != first_backup
        assert report.damaged_copy is not None and report.damaged_copy.read_bytes() == damaged_bytes
        (notice,) = report.notices
        assert "was damaged" in notice and str(report.damaged_copy) in notice and "restored the backup" in notice
        assert store.connection().quick_check() == ["ok"]
    finally:
        store.close()
    assert _titles(db_path) == ["backed-up", "older"]  # what the backup had; later work is in the damaged copy
    assert backups.list_backups(backups_dir) == [first_backup, latest_backup]  # backups themselves untouched


def test_damaged_database_without_backup_starts_empty(db_path: Path) -> None:
    _fill(db_path, "lost")
    _damage(db_path)
    with open_store(db_path) as store:
        (notice,) = store.report.notices
        assert "No sound backup" in notice and store.report.damaged_copy is not None
        assert store.report.damaged_copy.exists()
        assert list_conversations(store.connection()) == []


def test_file_that_is_not_a_database_is_kept(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\x00garbage" * 1000)
    with open_store(db_path) as store:
        assert store.report.notices and store.report.damaged_copy is not None
        assert store.report.damaged_copy.read_bytes() == b"\x00garbage" * 1000


def test_damaged_latest_backup_falls_back_to_an_older_one(db_path: Path) -> None:
    _fill(db_path, "kept")
    with open_store(db_path, backup_every=dt.timedelta(0)) as store:
        (good,) = store.report.backups_made
    _fill(db_path, "more")
    with open_store(db_path, backup_every=dt.timedelta(0)) as store:
        (bad,) = store.report.backups_made
    _damage(bad, seed=1)
    _damage(db_path, seed=2)
    with open_store(db_path, backup_every=None) as store:
        assert store.report.restored_from == good
    assert _titles(db_path) == ["kept"]


def test_daily_backup_is_made_when_due_and_old_ones_pruned(db_path: Path) -> None:
    _fill(db_path, "x", messages=1)
    made = []
    for _ in range(4):
        with open_store(db_path, backup_every=dt.timedelta(0), keep_backups=2) as store:
            made += store.report.backups_made
    assert len(made) == 4
    assert backups.list_backups(db_path.parent / "backups") == made[-2:]
    with open_store(db_path, backup_every=dt.timedelta(days=1)) as store:
        assert store.report.backups_made == ()  # the last one is recent


def test_new_database_needs_no_backup(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert store.report.created and store.report.backups_made == ()

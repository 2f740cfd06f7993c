"""Migrations: from nothing, from every earlier schema (with rows in it), with a backup
first; and a database from a newer Paddock is refused untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.store import backups
from app.store.database import Database, connect
from app.store.errors import DatabaseTooNewError
from app.store.migrations import KNOWN, MIGRATIONS, migrate
from app.store.opening import open_store
from app.store.search import search
from app.store.textfold import search_text_for

CONVERSATION_COLUMNS = {
    "id": int, "uuid": str, "title": str, "title_source": str, "created_ms": int, "updated_ms": int,
    "pinned": int, "model": str, "settings_json": str, "system_prompt": str, "current_message_id": int,
}
MESSAGE_COLUMNS = {
    "id": int, "uuid": str, "conversation_id": int, "parent_id": int, "role": str, "content": str,
    "search_text": str, "status": str, "model": str, "settings_json": str, "prompt_tokens": int,
    "reused_tokens": int, "generated_tokens": int, "time_to_first_token_s": float,
    "prompt_tokens_per_s": float, "tokens_per_s": float, "stop_reason": str, "error": str,
    "stream_session": str, "created_ms": int, "updated_ms": int,
}


def _check_final_schema(db: Database) -> None:
    assert db.columns("conversations") == CONVERSATION_COLUMNS
    assert db.columns("messages") == MESSAGE_COLUMNS
    assert "message_fts" in db.table_names()
    assert db.trigger_names() == {"messages_fts_insert", "messages_fts_delete", "messages_fts_update"}
    assert {"votes", "vote_models", "conversation_collections"} <= set(db.table_names())
    assert db.applied_migrations(MIGRATIONS) == list(KNOWN)
    assert db.quick_check() == ["ok"]
    db.execute("INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")


def test_migrate_blank(tmp_path: Path) -> None:
    db = connect(tmp_path / "blank.sqlite3")
    assert migrate(db) == list(KNOWN)
    _check_final_schema(db)
    assert migrate(db) == []  # nothing pending the second time


def _rows_as_written_before(db: Database, migration: str) -> None:
    """Rows as a Paddock that stopped before `migration` wrote them."""
    db.execute(
        "INSERT INTO conversations (id, uuid, title, title_source, created_ms, updated_ms, pinned, model, "
        "settings_json, system_prompt, current_message_id) VALUES "
        "(1, 'c1', 'Grüße', 'person', 1000, 2000, 1, 'llama', '{\"n_ctx\":4096}', 'Be brief.', NULL)"
    )
    if migration == "m002_create_messages":
        return
    for mid, parent, role, content in [
        (1, None, "user", "Sag mir etwas über Brot"),
        (2, 1, "assistant", "ฉันชอบกินข้าวผัดมาก"),
        (3, 1, "assistant", "नमस्ते दुनिया"),
    ]:
        db.execute(
            "INSERT INTO messages (id, uuid, conversation_id, parent_id, role, content, search_text, status, "
            "prompt_tokens, reused_tokens, generated_tokens, time_to_first_token_s, prompt_tokens_per_s, "
            "tokens_per_s, stop_reason, created_ms, updated_ms) "
            "VALUES (?, ?, 1, ?, ?, ?, ?, 'done', 10, 2, 5, 0.25, 100.0, 20.5, 'end_of_turn', 1000, 1500)",
            (mid, f"m{mid}", parent, role, content, search_text_for(content)),
        )
    db.execute("UPDATE conversations SET current_message_id = 3 WHERE id = 1")


@pytest.mark.parametrize("migration", KNOWN[1:])
def test_migrate_from_previous_schema_keeps_rows(tmp_path: Path, migration: str) -> None:
    db = connect(tmp_path / "old.sqlite3")
    migrate(db, stop_before=migration)
    assert db.applied_migrations(MIGRATIONS) == list(KNOWN[: KNOWN.index(migration)])
    _rows_as_written_before(db, migration)
    if migration == "m004_index_replies_once_written":
        db.execute("UPDATE messages SET status = 'streaming' WHERE id = 3")
    before = db.query("SELECT * FROM conversations")

    applied = migrate(db)

    assert applied == list(KNOWN[KNOWN.index(migration):])
    _check_final_schema(db)
    assert db.query("SELECT * FROM conversations") == before
    if migration != "m002_create_messages":
        message = db.query_one("SELECT * FROM messages WHERE id = 2")
        assert message is not None
        assert (message["content"], message["parent_id"], message["tokens_per_s"]) == ("ฉันชอบกินข้าวผัดมาก", 1, 20.5)
        # rows written before the search index existed are found once it is built
        assert [h.message_id for h in search(db, "uber")] == [1]
        assert [h.message_id for h in search(db, "ข้าวผัด")] == [2]
        assert [h.message_id for h in search(db, "दुनिया")] == ([] if migration.startswith("m004") else [3])
    if migration == "m004_index_replies_once_written":
        # Indexed at every piece before: a reply still streaming when the file was migrated
        # leaves the index (it comes back when finished) and the index stays sound.
        assert search(db, "Brot")
        db.execute("INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")


def test_open_store_backs_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "paddock.sqlite3"
    old = connect(path)
    migrate(old, stop_before=KNOWN[-1])
    _rows_as_written_before(old, KNOWN[-1])
    old.close()

    store = open_store(path)
    try:
        assert store.report.migrations_applied == (KNOWN[-1],)
        (backup,) = store.report.backups_made
        assert backup.name.endswith(f"-before-{KNOWN[-1]}.sqlite3")
        assert backups.list_backups(tmp_path / "backups") == [backup]
        saved = connect(backup)
        assert saved.applied_migrations(MIGRATIONS) == list(KNOWN[:-1])  # the old schema, as it was
        assert saved.scalar("SELECT count(*) FROM messages") == 3
        saved.close()
        assert [h.message_id for h in search(store.connection(), "uber")] == [1]
    finally:
        store.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "paddock.sqlite3"
    with open_store(path) as store:
        db = store.connection()
        db.execute("INSERT INTO conversations (uuid, title, created_ms, updated_ms) VALUES ('c', 'kept', 1, 1)")
        # What a future Paddock records after its own migration:
        db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('paddock', 'm999_add_future_things', '2030-01-01')"
        )
    assert not path.with_name(path.name + "-wal").exists()  # all in the main file
    digest = _digest(path)
    files = sorted(p.name for p in tmp_path.rglob("*"))

    with pytest.raises(DatabaseTooNewError) as caught:
        open_store(path)

    assert "newer version of Paddock" in caught.value.detail
    assert "m999_add_future_things" in caught.value.detail
    assert "left unchanged" in caught.value.detail
    assert _digest(path) == digest
    assert sorted(p.name for p in tmp_path.rglob("*")) == files  # no backup, no leftovers
    with pytest.raises(DatabaseTooNewError):
        migrate(connect(path))
    assert _digest(path) == digest

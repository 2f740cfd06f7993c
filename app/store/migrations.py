"""The schema, as append-only migrations (sqlite-utils `Migrations`, set "paddock").

Rules: never edit or rename a released migration; add `mNNN_verb_noun` at the end. Each
one spells out its SQL so that it means the same thing forever, and runs in one
transaction together with its record in `_sqlite_migrations`. A database that records a
migration this version does not know was written by a newer Paddock: it is refused
before anything is written (see `check_not_newer`).
"""

from __future__ import annotations

from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.store.database import SQLITE_VERSION, Database, migration_set
from app.store.errors import DatabaseTooNewError, StoreError

MIGRATIONS = migration_set("paddock")
_NAMES: list[str] = []


def _migration(fn: Any) -> Any:
    _NAMES.append(fn.__name__)
    return MIGRATIONS()(fn)


@_migration
def m001_create_conversations(db: Any) -> None:
    db.execute(
        """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            title_source TEXT NOT NULL DEFAULT 'none',
            created_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL,
            pinned INTEGER NOT NULL DEFAULT 0,
            model TEXT,
            settings_json TEXT,
            system_prompt TEXT NOT NULL DEFAULT '',
            current_message_id INTEGER
        )
        """
    )
    db.execute("CREATE INDEX conversations_recent ON conversations (pinned DESC, updated_ms DESC)")


@_migration
def m002_create_messages(db: Any) -> None:
    # parent_id makes a tree: siblings (same parent) are the alternatives kept when a
    # user message is edited or a reply regenerated. search_text holds the text with
    # diacritics folded, only where it differs from content.
    db.execute(
        """
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES messages (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            search_text TEXT,
            status TEXT NOT NULL,
            model TEXT,
            settings_json TEXT,
            prompt_tokens INTEGER,
            reused_tokens INTEGER,
            generated_tokens INTEGER,
            time_to_first_token_s REAL,
            prompt_tokens_per_s REAL,
            tokens_per_s REAL,
            stop_reason TEXT,
            error TEXT,
            stream_session TEXT,
            created_ms INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX messages_conversation ON messages (conversation_id, id)")
    db.execute("CREATE INDEX messages_parent ON messages (parent_id)")
    db.execute("CREATE INDEX messages_created ON messages (created_ms)")
    db.execute("CREATE INDEX messages_streaming ON messages (status) WHERE status = 'streaming'")


@_migration
def m003_create_search_index(db: Any) -> None:
    # Trigram: substrings match in every script, Thai (no spaces) and Hindi included.
    # The index reads the folded text through a view; triggers keep it in step.
    db.execute(
        "CREATE VIEW message_search_source AS "
        "SELECT id, coalesce(search_text, content) AS body FROM messages"
    )
    db.execute(
        "CREATE VIRTUAL TABLE message_fts USING fts5 (body, content = 'message_search_source', "
        "content_rowid = 'id', tokenize = 'trigram case_sensitive 0')"
    )
    db.execute(
        """
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
            INSERT INTO message_fts (rowid, body) VALUES (new.id, coalesce(new.search_text, new.content));
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
            INSERT INTO message_fts (message_fts, rowid, body)
            VALUES ('delete', old.id, coalesce(old.search_text, old.content));
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, search_text ON messages BEGIN
            INSERT INTO message_fts (message_fts, rowid, body)
            VALUES ('delete', old.id, coalesce(old.search_text, old.content));
            INSERT INTO message_fts (rowid, body) VALUES (new.id, coalesce(new.search_text, new.content));
        END
        """
    )
    db.execute("INSERT INTO message_fts (message_fts) VALUES ('rebuild')")


@_migration
def m004_index_replies_once_written(db: Any) -> None:
    # A streaming reply is rewritten at every piece (~30 ms); re-indexing its whole text each
    # time was most of that write's cost. The index now leaves streaming rows out and takes a
    # reply in once it is finished (done, stopped, failed, or interrupted after a crash).
    for trigger in ("messages_fts_insert", "messages_fts_delete", "messages_fts_update"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP VIEW message_search_source")
    db.execute(
        "CREATE VIEW message_search_source AS "
        "SELECT id, coalesce(search_text, content) AS body FROM messages WHERE status != 'streaming'"
    )
    db.execute(
        """
        CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages WHEN new.status != 'streaming' BEGIN
            INSERT INTO message_fts (rowid, body) VALUES (new.id, coalesce(new.search_text, new.content));
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages WHEN old.status != 'streaming' BEGIN
            INSERT INTO message_fts (message_fts, rowid, body)
            VALUES ('delete', old.id, coalesce(old.search_text, old.content));
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, search_text, status ON messages BEGIN
            INSERT INTO message_fts (message_fts, rowid, body)
            SELECT 'delete', old.id, coalesce(old.search_text, old.content) WHERE old.status != 'streaming';
            INSERT INTO message_fts (rowid, body)
            SELECT new.id, coalesce(new.search_text, new.content) WHERE new.status != 'streaming';
        END
        """
    )
    db.execute("INSERT INTO message_fts (message_fts) VALUES ('rebuild')")


@_migration
def m005_create_votes(db: Any) -> None:
    # Side-by-side votes (app/arena). A vote compares two or more panes; each pane's model
    # identity (file, quantization, the settings that shape its replies) is a row of
    # vote_models, `position` its place in the vote as shown. outcome, stored on disk (never
    # change or reuse values): 'winner' (winner_position names the best pane), 'tie',
    # 'both_bad'. The prompt's conversation and message stay linked while they exist.
    db.execute(
        """
        CREATE TABLE votes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            created_ms INTEGER NOT NULL,
            conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
            message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('winner', 'tie', 'both_bad')),
            winner_position INTEGER,
            blind INTEGER NOT NULL,
            tags_json TEXT,
            CHECK ((outcome = 'winner') = (winner_position IS NOT NULL))
        )
        """
    )
    db.execute(
        """
        CREATE TABLE vote_models (
            vote_id INTEGER NOT NULL REFERENCES votes (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            quantization TEXT NOT NULL DEFAULT '',
            settings_json TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (vote_id, position)
        )
        """
    )
    db.execute("CREATE INDEX votes_created ON votes (created_ms)")


@_migration
def m006_create_conversation_collections(db: Any) -> None:
    # The document collections a conversation answers from. The collections themselves live
    # in documents.sqlite3 (a rebuildable index, kept out of the history's backups), so they
    # are named here, not linked: a name survives the index being deleted and rebuilt, and
    # reads the same in an export.
    db.execute(
        """
        CREATE TABLE conversation_collections (
            conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
            collection TEXT NOT NULL,
            mode TEXT NOT NULL DEFAULT 'passages',
            attached_ms INTEGER NOT NULL,
            PRIMARY KEY (conversation_id, collection)
        )
        """
    )


KNOWN: tuple[str, ...] = tuple(_NAMES)


def check_sqlite_supported() -> None:
    if SQLITE_VERSION < (3, 34, 0):
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "This Python's SQLite is version {version}; Paddock's "
                "history search needs SQLite 3.34 or newer (FTS5 trigram).",
            ),
            version=".".join(map(str, SQLITE_VERSION)),
        )


def check_not_newer(db: Database) -> None:
    """Refuse, without writing anything, a database written by a newer Paddock."""
    unknown = [name for name in db.applied_migrations(MIGRATIONS) if name not in KNOWN]
    if unknown:
        raise DatabaseTooNewError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "The conversation database {path} was written by a newer version of Paddock "
                "(it has changes this version does not know: {changes}). "
                "Update Paddock to open it. The file was left unchanged.",
            ),
            path=db.path,
            changes=", ".join(unknown),
        )


def pending(db: Database) -> list[str]:
    applied = set(db.applied_migrations(MIGRATIONS))
    return [name for name in KNOWN if name not in applied]


def migrate(db: Database, *, stop_before: str | None = None) -> list[str]:
    """Apply pending migrations (the caller backs the file up first); return their names."""
    check_sqlite_supported()
    check_not_newer(db)
    todo = pending(db)
    if stop_before is not None and stop_before in todo:
        todo = todo[: todo.index(stop_before)]
    db.apply_migrations(MIGRATIONS, stop_before=stop_before)
    return todo

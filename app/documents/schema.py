"""The documents database: its own file beside the conversation database, its own
append-only migrations (sqlite-utils set "paddock-documents"), through the store's one
SQLite adapter.

A separate file, not more tables in the history: an index can grow to gigabytes and be
rebuilt from the files at any time, so it stays out of the history's daily backups, and
a damaged index never puts conversations at risk. Rules as for the history: never edit
a released migration; a database from a newer Paddock is refused untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.paths import AppPaths
from app.store.database import Database, connect, migration_set
from app.store.errors import DatabaseTooNewError

DATABASE_NAME = "documents.sqlite3"
MIGRATIONS = migration_set("paddock-documents")
_NAMES: list[str] = []


def _migration(fn: Any) -> Any:
    _NAMES.append(fn.__name__)
    return MIGRATIONS()(fn)


@_migration
def m001_create_documents(db: Any) -> None:
    db.execute(
        """
        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            created_ms INTEGER NOT NULL
        )
        """
    )
    # What the person added: files or folders (a folder is read with everything under it).
    db.execute(
        """
        CREATE TABLE sources (
            collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            PRIMARY KEY (collection_id, path)
        )
        """
    )
    # status: records.FileStatus values (stored on disk: never change or reuse values).
    db.execute(
        """
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            content_hash TEXT,
            size INTEGER,
            mtime_ns INTEGER,
            status TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            pages INTEGER,
            indexed_ms INTEGER NOT NULL,
            UNIQUE (collection_id, path)
        )
        """
    )
    # search_text: the text's words, segmented (Thai) and folded, joined by spaces.
    db.execute(
        """
        CREATE TABLE chunks (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            search_text TEXT NOT NULL,
            page INTEGER,
            heading TEXT NOT NULL DEFAULT '',
            line_start INTEGER,
            line_end INTEGER,
            token_count INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX chunks_file ON chunks (file_id, ordinal)")
    # The words are already split in Python; the ascii tokenizer then only cuts at the
    # spaces between them (unicode61 would cut Thai and Hindi words at their vowel marks).
    db.execute(
        "CREATE VIRTUAL TABLE chunk_fts USING fts5 (search_text, content = 'chunks', "
        "content_rowid = 'id', tokenize = 'ascii')"
    )
    db.execute(
        """
        CREATE TRIGGER chunks_fts_insert AFTER INSERT ON chunks BEGIN
            INSERT INTO chunk_fts (rowid, search_text) VALUES (new.id, new.search_text);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER chunks_fts_delete AFTER DELETE ON chunks BEGIN
            INSERT INTO chunk_fts (chunk_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        END
        """
    )
    # One vector per chunk and model, stored as little-endian float16 or int8 bytes of
    # `dim` values (embedder.py writes float16).
    db.execute(
        """
        CREATE TABLE vectors (
            chunk_id INTEGER NOT NULL REFERENCES chunks (id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            dim INTEGER NOT NULL,
            dtype TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (chunk_id, model)
        )
        """
    )


@_migration
def m002_add_index_version(db: Any) -> None:
    # Raised by every index run that changed chunks or vectors: the vector matrix a
    # search keeps in memory is valid while the version it was read at is current.
    db.execute("ALTER TABLE collections ADD COLUMN index_version INTEGER NOT NULL DEFAULT 0")


@_migration
def m003_add_embedding_model(db: Any) -> None:
    # The embedding GGUF the collection is indexed and searched with (its path); NULL:
    # keyword search only.
    db.execute("ALTER TABLE collections ADD COLUMN embedding_model TEXT")


@_migration
def m004_add_detail_note(db: Any) -> None:
    # files.detail as a template and its fields, so the window can translate it: JSON
    # {"template": ..., "params": {...}} (records.Extraction.note); NULL: no note, or one
    # written before this column (only its English `detail` is known).
    db.execute("ALTER TABLE files ADD COLUMN detail_note TEXT")


KNOWN: tuple[str, ...] = tuple(_NAMES)


def documents_database_path(paths: AppPaths) -> Path:
    return paths.data_dir / DATABASE_NAME


def open_documents(path: Path) -> Database:
    """The documents database at `path`, created or brought up to date."""
    db = connect(Path(path))
    try:
        unknown = [name for name in db.applied_migrations(MIGRATIONS) if name not in KNOWN]
        if unknown:
            raise DatabaseTooNewError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The documents database {path} was written by a newer version of Paddock "
                    "(it has changes this version does not know: {changes}). "
                    "Update Paddock to open it. The file was left unchanged.",
                ),
                path=db.path,
                changes=", ".join(unknown),
            )
        db.apply_migrations(MIGRATIONS)
    except BaseException:
        db.close()
        raise
    return db

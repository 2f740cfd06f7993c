"""Named collections and the files and folders added to them."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError
from app.store.database import Database


@dataclass(frozen=True)
class Collection:
    id: int
    name: str


@dataclass(frozen=True)
class FileRow:
    path: str
    status: str
    detail: str
    pages: Optional[int]
    chunks: int


def find_collection(db: Database, name: str) -> Optional[Collection]:
    row = db.query_one("SELECT id, name FROM collections WHERE name = ?", [name])
    return Collection(row["id"], row["name"]) if row else None


def get_collection(db: Database, name: str) -> Collection:
    found = find_collection(db, name)
    if found is None:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "There is no document collection named {name}."), name=repr(name)
        )
    return found


def ensure_collection(db: Database, name: str) -> Collection:
    name = name.strip()
    if not name:
        raise InvalidRequestError(QT_TRANSLATE_NOOP("AppError", "A document collection needs a name."))
    db.execute("INSERT OR IGNORE INTO collections (name, created_ms) VALUES (?, ?)",
               [name, int(time.time() * 1000)])
    return get_collection(db, name)


def resolve_sources(paths: Iterable[Path]) -> list[Path]:
    """Absolute paths of files or folders; a missing one is refused."""
    resolved = []
    for path in paths:
        path = Path(path).expanduser().resolve()
        if not path.exists():
            raise InvalidRequestError(QT_TRANSLATE_NOOP("AppError", "{path} does not exist."), path=path)
        resolved.append(path)
    return resolved


def add_sources(db: Database, collection: Collection, paths: Iterable[Path]) -> list[Path]:
    """Record files or folders (as absolute paths); a missing path is refused."""
    added = resolve_sources(paths)
    db.executemany("INSERT OR IGNORE INTO sources (collection_id, path) VALUES (?, ?)",
                   [[collection.id, str(p)] for p in added])
    return added


def remove_sources(db: Database, collection: Collection, paths: Iterable[Path]) -> list[Path]:
    """Forget files or folders added before (their index goes at the next index_collection)."""
    known = set(sources(db, collection))
    chosen = [Path(p).expanduser().absolute() for p in paths]
    chosen = [p if p in known else Path(p).resolve() for p in chosen]
    unknown = [str(p) for p in chosen if p not in known]
    if unknown:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "These were not added to {collection} as such: {paths} (see `paddock-cli docs list {name}`).",
            ),
            collection=repr(collection.name),
            paths=", ".join(unknown),
            name=collection.name,
        )
    db.executemany("DELETE FROM sources WHERE collection_id = ? AND path = ?",
                   [[collection.id, str(p)] for p in chosen])
    return chosen


def embedding_model_of(db: Database, collection: Collection) -> Optional[Path]:
    """The embedding GGUF saved with the collection (None: keyword search only)."""
    value = db.scalar("SELECT embedding_model FROM collections WHERE id = ?", [collection.id])
    return Path(value) if value else None


def set_embedding_model(db: Database, collection: Collection, model: Optional[Path]) -> None:
    """Save the collection's embedding model (None: keyword only); its vectors are made at
    the next index_collection with it (the vectors of another model are kept, unused)."""
    db.execute("UPDATE collections SET embedding_model = ? WHERE id = ?",
               [str(Path(model).expanduser().resolve()) if model else None, collection.id])


def delete_collection(db: Database, collection: Collection) -> None:
    """The collection and its whole index (the files themselves are not touched)."""
    db.execute("DELETE FROM collections WHERE id = ?", [collection.id])


def sources(db: Database, collection: Collection) -> list[Path]:
    rows = db.query("SELECT path FROM sources WHERE collection_id = ? ORDER BY path", [collection.id])
    return [Path(r["path"]) for r in rows]


def list_collections(db: Database) -> list[Collection]:
    return [Collection(r["id"], r["name"]) for r in db.query("SELECT id, name FROM collections ORDER BY name")]


def list_files(db: Database, collection: Collection) -> list[FileRow]:
    rows = db.query(
        "SELECT f.path, f.status, f.detail, f.pages, count(c.id) AS chunks FROM files f "
        "LEFT JOIN chunks c ON c.file_id = f.id WHERE f.collection_id = ? GROUP BY f.id ORDER BY f.path",
        [collection.id],
    )
    return [FileRow(r["path"], r["status"], r["detail"], r["pages"], r["chunks"]) for r in rows]

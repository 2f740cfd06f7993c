"""The documents' background work: collections listed, files added, indexing with
progress, ETA and cancel, the quiet re-scan at start; and the passages for a turn.

This module is one of the only places that create threads (ui/tasks/). DocumentsTask lives
in its own QThread (TaskThread) and opens the documents database there, once. The engine
thread asks for a turn's passages through `PassageFinder`, which opens its own connection
(SQLite connections stay on the thread that made them).
"""

from __future__ import annotations

import logging
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.chat.grounding import Passage
from app.documents.collections import (
    Collection,
    add_sources,
    ensure_collection,
    get_collection,
    list_collections,
    list_files,
)
from app.documents.indexing import index_collection
from app.documents.passages import find_passages, total_tokens, whole_documents
from app.documents.schema import open_documents
from app.errors import AppError, Cancelled
from app.jobs import CancelToken, ProgressUpdate
from app.store.database import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CollectionSummary:
    name: str
    files: int
    passages: int
    tokens: int


@dataclass(frozen=True)
class Skipped:
    path: str
    status: str  # FileStatus value: skipped, no_text, damaged
    detail: str  # English, from the reader


class DocumentsTask(QObject):
    listed = Signal(object)  # list[CollectionSummary]
    progressed = Signal(int, int, str, float)  # done, total, file, seconds left (-1: not known yet)
    indexed = Signal(str, object)  # collection, list[Skipped] (every file not indexed, with why)
    cancelled = Signal(str)
    failed = Signal(str, str)  # kind, detail
    bugOccurred = Signal(str)

    def __init__(self, database_path: Path) -> None:
        super().__init__()
        self._path = Path(database_path)
        self._connection: Optional[Database] = None
        self.cancel = CancelToken()  # set from the GUI thread; a fresh one per indexing

    def _db(self) -> Database:
        if self._connection is None:
            self._connection = open_documents(self._path)
        return self._connection

    @Slot()
    def list(self) -> None:
        try:
            db = self._db()
            found = []
            for collection in list_collections(db):
                files = list_files(db, collection)
                found.append(CollectionSummary(collection.name, len(files), sum(f.chunks for f in files),
                                               total_tokens(db, [collection])))
        except AppError as exc:
            self.failed.emit(exc.kind, exc.detail)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            self.listed.emit(found)

    @Slot(str, object, object)
    def add(self, name: str, paths: list, cancel: CancelToken) -> None:
        """Create `name` if needed, add the files or folders, and index it."""
        try:
            collection = ensure_collection(self._db(), name)
            if paths:
                add_sources(self._db(), collection, [Path(p) for p in paths])
        except AppError as exc:
            self.failed.emit(exc.kind, exc.detail)
            return
        self._index(collection, cancel)

    @Slot(str, object)
    def reindex(self, name: str, cancel: CancelToken) -> None:
        try:
            collection = get_collection(self._db(), name)
        except AppError as exc:
            self.failed.emit(exc.kind, exc.detail)
            return
        self._index(collection, cancel)

    @Slot()
    def rescan_all(self) -> None:
        """At start: bring every collection up to date, quietly (only the listing is sent)."""
        try:
            for collection in list_collections(self._db()):
                index_collection(self._db(), collection, cancel=self.cancel)
        except (AppError, Cancelled) as exc:
            log.info("re-scan at start stopped: %s", exc)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            return
        self.list()

    def _index(self, collection: Collection, cancel: CancelToken) -> None:
        started = time.monotonic()

        def progress(update: ProgressUpdate) -> None:
            elapsed = time.monotonic() - started
            left = elapsed / update.done * (update.total - update.done) if update.done else -1.0
            self.progressed.emit(update.done, update.total, update.message if update.done else "", left)

        try:
            report = index_collection(self._db(), collection, progress=progress, cancel=cancel)
        except Cancelled:
            self.cancelled.emit(collection.name)
        except AppError as exc:
            self.failed.emit(exc.kind, exc.detail)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            skipped = [Skipped(o.path, o.status, o.detail) for o in report.not_indexed()]
            self.indexed.emit(collection.name, skipped)
        self.list()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class PassageFinder:
    """A turn's passages from its collections (called in the engine thread)."""

    def __init__(self, database_path: Path, limit: int = 8) -> None:
        self._path = Path(database_path)
        self._limit = limit

    def __call__(self, names: tuple[str, ...], question: str, whole: bool = False) -> tuple[Passage, ...]:
        db = open_documents(self._path)
        try:
            collections = [c for c in list_collections(db) if c.name in names]
            hits = whole_documents(db, collections) if whole else find_passages(db, collections, question,
                                                                                  self._limit)
        finally:
            db.close()
        return tuple(Passage(h.path, h.text, h.location.page, h.location.describe()) for h in hits)

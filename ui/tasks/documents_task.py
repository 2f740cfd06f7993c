"""The documents' background work: collections listed, files added, indexing with
progress, ETA and cancel, the quiet re-scan at start; and the passages for a turn.

A collection indexed with an embedding model (saved with it, m003) is embedded here in
process (LlamaEmbedder) and searched hybrid by PassageFinder with the same model; one
without is searched by keywords only. Each thread keeps its own open models (llama.cpp
contexts stay on the thread that uses them).

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

from app.catalog.embedding_entries import ENCODER_ARCHITECTURES
from app.chat.grounding import Passage
from app.documents.collections import (
    Collection,
    add_sources,
    embedding_model_of,
    ensure_collection,
    get_collection,
    list_collections,
    list_files,
    set_embedding_model,
)
from app.documents.embedding_model import LlamaEmbedder
from app.documents.indexing import index_collection
from app.documents.passages import find_passages, total_tokens, whole_documents
from app.documents.schema import open_documents
from app.errors import AppError, Cancelled
from app.jobs import CancelToken, ProgressUpdate
from app.store.database import Database
from ui.error_texts import error_detail

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CollectionSummary:
    name: str
    files: int
    passages: int
    tokens: int
    embedding_model: str = ""  # the GGUF's path; "": keyword search only


class EmbedderCache:
    """The embedding models opened by one thread, by path (opened once, closed at the end)."""

    def __init__(self) -> None:
        self._open: dict[str, LlamaEmbedder] = {}

    def get(self, path: Optional[Path]) -> Optional[LlamaEmbedder]:
        if path is None:
            return None
        key = str(path)
        if key not in self._open:
            self._open[key] = LlamaEmbedder.open(path)
        return self._open[key]

    def close(self) -> None:
        for embedder in self._open.values():
            embedder.close()
        self._open.clear()


def installed_embedding_models(models_dir: Optional[Path]) -> tuple[str, ...]:
    """The embedding GGUFs (BERT-family encoders: multilingual-e5, bge-m3) in the models folder."""
    if models_dir is None or not Path(models_dir).is_dir():
        return ()
    from app.hub.installed import list_installed

    return tuple(str(m.path) for m in list_installed(Path(models_dir))
                 if m.problem is None and m.architecture in ENCODER_ARCHITECTURES)


@dataclass(frozen=True)
class Skipped:
    path: str
    status: str  # FileStatus value: skipped, no_text, damaged
    detail: str  # English, from the reader
    note: Optional[AppError] = None  # the same, to translate (None: only the English is known)


class DocumentsTask(QObject):
    listed = Signal(object)  # list[CollectionSummary]
    progressed = Signal(int, int, str, float)  # done, total, file, seconds left (-1: not known yet)
    embedProgressed = Signal(int, int, float)  # passages embedded, of, seconds left (-1: not known yet)
    modelsFound = Signal(object)  # tuple of the installed embedding GGUFs' paths
    indexed = Signal(str, object)  # collection, list[Skipped] (every file not indexed, with why)
    cancelled = Signal(str)
    failed = Signal(str, str)  # kind, detail
    bugOccurred = Signal(str)

    def __init__(self, database_path: Path, models_dir: Optional[Path] = None) -> None:
        super().__init__()
        self._path = Path(database_path)
        self.models_dir = models_dir  # where installed embedding models are looked for
        self._connection: Optional[Database] = None
        self._embedders = EmbedderCache()
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
                model = embedding_model_of(db, collection)
                found.append(CollectionSummary(collection.name, len(files), sum(f.chunks for f in files),
                                               total_tokens(db, [collection]), str(model) if model else ""))
            models = installed_embedding_models(self.models_dir)
        except AppError as exc:
            self.failed.emit(exc.kind, error_detail(exc))
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            self.listed.emit(found)
            self.modelsFound.emit(models)

    @Slot(str, str)
    def set_model(self, name: str, model: str) -> None:
        """Save the collection's embedding model ("": keyword only), creating it if needed;
        the next index run embeds its passages."""
        try:
            set_embedding_model(self._db(), ensure_collection(self._db(), name), Path(model) if model else None)
        except AppError as exc:
            self.failed.emit(exc.kind, error_detail(exc))

    @Slot(str, object, object)
    def add(self, name: str, paths: list, cancel: CancelToken) -> None:
        """Create `name` if needed, add the files or folders, and index it."""
        try:
            collection = ensure_collection(self._db(), name)
            if paths:
                add_sources(self._db(), collection, [Path(p) for p in paths])
        except AppError as exc:
            self.failed.emit(exc.kind, error_detail(exc))
            return
        self._index(collection, cancel)

    @Slot(str, object)
    def reindex(self, name: str, cancel: CancelToken) -> None:
        try:
            collection = get_collection(self._db(), name)
        except AppError as exc:
            self.failed.emit(exc.kind, error_detail(exc))
            return
        self._index(collection, cancel)

    @Slot()
    def rescan_all(self) -> None:
        """At start: bring every collection up to date, quietly (only the listing is sent)."""
        try:
            for collection in list_collections(self._db()):
                try:
                    embedder = self._embedders.get(embedding_model_of(self._db(), collection))
                except AppError as exc:  # its model moved or broke: the files are still re-read
                    log.warning("re-scan of %s without its embedding model: %s", collection.name, exc.detail)
                    embedder = None
                index_collection(self._db(), collection, embedder=embedder, cancel=self.cancel)
        except (AppError, Cancelled) as exc:
            log.info("re-scan at start stopped: %s", exc)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            return
        self.list()

    def _index(self, collection: Collection, cancel: CancelToken) -> None:
        started = time.monotonic()

        stage_started = {"index": started}

        def progress(update: ProgressUpdate) -> None:
            begun = stage_started.setdefault(update.stage, time.monotonic())
            elapsed = time.monotonic() - begun
            left = elapsed / update.done * (update.total - update.done) if update.done else -1.0
            if update.stage == "embed":
                self.embedProgressed.emit(update.done, update.total, left)
            else:
                self.progressed.emit(update.done, update.total, update.message if update.done else "", left)

        try:
            embedder = self._embedders.get(embedding_model_of(self._db(), collection))
            report = index_collection(self._db(), collection, embedder=embedder, progress=progress, cancel=cancel)
        except Cancelled:
            self.cancelled.emit(collection.name)
        except AppError as exc:
            self.failed.emit(exc.kind, error_detail(exc))
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
        else:
            skipped = [Skipped(o.path, o.status, o.detail, o.note) for o in report.not_indexed()]
            self.indexed.emit(collection.name, skipped)
        self.list()

    def close(self) -> None:
        self._embedders.close()
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class PassageFinder:
    """A turn's passages from its collections (called in the engine thread)."""

    def __init__(self, database_path: Path, limit: int = 8) -> None:
        self._path = Path(database_path)
        self._limit = limit
        self._embedders = EmbedderCache()  # the engine thread's own
        self.last_hits: tuple = ()  # the Hits of the last question (ranks included), for tests

    def __call__(self, names: tuple[str, ...], question: str, whole: bool = False) -> tuple[Passage, ...]:
        db = open_documents(self._path)
        try:
            collections = [c for c in list_collections(db) if c.name in names]
            hits = whole_documents(db, collections) if whole else find_passages(
                db, collections, question, self._limit, embedder=self._embedder(db, collections))
        finally:
            db.close()
        self.last_hits = tuple(hits)
        return tuple(Passage(h.path, h.text, h.location.page, h.location.describe()) for h in hits)

    def _embedder(self, db: Database, collections: list[Collection]) -> Optional[LlamaEmbedder]:
        """The first attached collection's embedding model (a collection indexed with another
        model adds its keyword hits only); None when none has one or it cannot be opened."""
        for collection in collections:
            model = embedding_model_of(db, collection)
            if model is not None:
                try:
                    return self._embedders.get(model)
                except AppError as exc:
                    log.warning("searching %s by keywords only: %s", collection.name, exc.detail)
                    return None
        return None

    def close(self) -> None:
        self._embedders.close()

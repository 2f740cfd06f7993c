"""The `vectors` table: embedding the chunks that have no vector for a model yet, and
reading a collection's vectors back as one matrix.

Incremental by construction: a vector belongs to a chunk (deleted with it), so an
unchanged file keeps its vectors, a changed file's new chunks are embedded, a deleted
file's vectors go with its chunks; a new embedding model embeds everything once.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from app.documents.collections import Collection
from app.documents.embedder import VECTOR_DTYPE, Embedder, from_blobs, to_blob
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.store.database import Database

BATCH = 64  # chunks per transaction: a cancel keeps every batch done


def missing_chunks(db: Database, collection: Collection, model: str) -> list[tuple[int, str]]:
    rows = db.query(
        "SELECT c.id, c.text FROM chunks c JOIN files f ON f.id = c.file_id "
        "WHERE f.collection_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM vectors v WHERE v.chunk_id = c.id AND v.model = ?) ORDER BY c.id",
        [collection.id, model],
    )
    return [(r["id"], r["text"]) for r in rows]


def embed_missing(db: Database, collection: Collection, embedder: Embedder, *,
                  progress: Optional[ProgressCallback] = None, cancel: Optional[CancelToken] = None) -> int:
    """Embed every chunk of `collection` without a vector from `embedder`; how many.
    Raises Cancelled between batches (the batches done are kept)."""
    todo = missing_chunks(db, collection, embedder.model)
    done = 0
    for start in range(0, len(todo), BATCH):
        check(cancel)
        batch = todo[start:start + BATCH]
        matrix = embedder.embed_passages([text for _, text in batch])
        with db.transaction():
            db.executemany(
                "INSERT OR REPLACE INTO vectors (chunk_id, model, dim, dtype, data) VALUES (?, ?, ?, ?, ?)",
                [[chunk_id, embedder.model, embedder.dim, VECTOR_DTYPE, to_blob(row)]
                 for (chunk_id, _), row in zip(batch, matrix)],
            )
            bump_version(db, collection)
        done += len(batch)
        report(progress, ProgressUpdate("embed", done, len(todo), "Embedding passages"))
    return done


def bump_version(db: Database, collection: Collection) -> None:
    db.execute("UPDATE collections SET index_version = index_version + 1 WHERE id = ?", [collection.id])


def index_version(db: Database, collection: Collection) -> int:
    return int(db.scalar("SELECT index_version FROM collections WHERE id = ?", [collection.id]) or 0)


def load_matrix(db: Database, collection: Collection, model: str) -> tuple[np.ndarray, np.ndarray]:
    """(chunk ids, (n, dim) float32 matrix) of the collection's vectors from `model`."""
    rows = db.query(
        "SELECT v.chunk_id, v.dim, v.data FROM vectors v JOIN chunks c ON c.id = v.chunk_id "
        "JOIN files f ON f.id = c.file_id WHERE f.collection_id = ? AND v.model = ? AND v.dtype = ? "
        "ORDER BY v.chunk_id",
        [collection.id, model, VECTOR_DTYPE],
    )
    dims = {r["dim"] for r in rows}
    dim = dims.pop() if len(dims) == 1 else 0
    if not rows or dims:
        return np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32)
    ids = np.fromiter((r["chunk_id"] for r in rows), dtype=np.int64, count=len(rows))
    return ids, from_blobs([r["data"] for r in rows], dim)

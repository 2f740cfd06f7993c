"""find_passages(): the one way answering asks the documents for passages.

Hybrid retrieval (retrieval.py: keyword and, with an embedding model, vector similarity,
fused by rank over all the attached collections at once, with its relevance floor).
"""

from __future__ import annotations

from typing import Optional, Sequence

from app.documents.collections import Collection
from app.documents.embedder import Embedder
from app.documents.records import Location
from app.documents.retrieval import retrieve
from app.documents.search import Hit
from app.store.database import Database


def find_passages(db: Database, collections: Sequence[Collection], question: str, limit: int = 8,
                  embedder: Optional[Embedder] = None) -> list[Hit]:
    """The best `limit` passages for `question`, best first (keyword only without `embedder`)."""
    return retrieve(db, collections, question, embedder=embedder, limit=limit)


def whole_documents(db: Database, collections: Sequence[Collection]) -> list[Hit]:
    """Every passage of the attached collections, in document order (for "read whole documents")."""
    hits: list[Hit] = []
    for collection in collections:
        rows = db.query(
            "SELECT f.path, c.page, c.heading, c.line_start, c.line_end, c.text FROM chunks c "
            "JOIN files f ON f.id = c.file_id WHERE f.collection_id = ? ORDER BY f.path, c.ordinal",
            [collection.id])
        hits.extend(Hit(r["path"], Location(r["page"], r["heading"], r["line_start"], r["line_end"]), 0.0, r["text"])
                    for r in rows)
    return hits


def total_tokens(db: Database, collections: Sequence[Collection]) -> int:
    """The attached documents' size in tokens (as measured when indexed)."""
    if not collections:
        return 0
    marks = ", ".join("?" for _ in collections)
    return int(db.scalar(
        f"SELECT coalesce(sum(c.token_count), 0) FROM chunks c JOIN files f ON f.id = c.file_id "
        f"WHERE f.collection_id IN ({marks})", [c.id for c in collections]) or 0)

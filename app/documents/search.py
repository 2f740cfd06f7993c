"""Keyword search over a collection's chunks (FTS5 over the segmented, folded words).

Any word of the question may match; BM25 ranks the chunks that hold more of the rarer
words first. retrieval.py fuses this ranking with vector similarity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from app.documents.collections import Collection
from app.documents.records import Location
from app.documents.thai_words import search_terms
from app.store.database import Database


@dataclass(frozen=True)
class Hit:
    path: str
    location: Location
    score: float  # higher is better (BM25 for keyword_search, the fused score for retrieve)
    text: str
    collection: str = ""
    chunk_id: Optional[int] = None
    keyword_rank: Optional[int] = None  # 1-based place in the keyword ranking, None: not in it
    vector_rank: Optional[int] = None  # 1-based place in the vector ranking, None: not in it
    similarity: Optional[float] = None  # cosine similarity to the question, when embedded


def match_expression(query: str) -> str:
    """The FTS5 query: any of the question's folded words, each quoted."""
    return _match_expression(query)


def _match_expression(query: str) -> str:
    terms = dict.fromkeys(t.replace('"', "") for t in search_terms(query))
    return " OR ".join(f'"{t}"' for t in terms if t)


def keyword_search(db: Database, collection: Collection, query: str, *, limit: int = 5) -> list[Hit]:
    expression = _match_expression(query)
    if not expression:
        return []
    rows = db.query(
        "SELECT f.path, c.page, c.heading, c.line_start, c.line_end, c.text, bm25(chunk_fts) AS rank "
        "FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid JOIN files f ON f.id = c.file_id "
        "WHERE chunk_fts MATCH ? AND f.collection_id = ? ORDER BY rank, c.id LIMIT ?",
        [expression, collection.id, limit],
    )
    return [
        Hit(r["path"], Location(r["page"], r["heading"], r["line_start"], r["line_end"]), -float(r["rank"]), r["text"])
        for r in rows
    ]

"""retrieve(): the passages for a question from one or more collections, hybrid.

Two rankings: keyword (FTS5 BM25 over the segmented, folded words, as search.py) and,
with an embedder, vector similarity (exact: the question's normalized vector against
every stored vector of the collection, one float32 matrix product in numpy). They are
fused by reciprocal rank: score = sum over the rankings of 1 / (60 + rank), rank
1-based (Cormack et al.'s k = 60), so a passage high in both beats one high in one.

The relevance floor: a keyword candidate holds at least one word of the question (FTS
matched it) and always passes; a vector-only candidate passes when its cosine similarity
is at least `min_similarity` and within `margin` of the best candidate's. When nothing
passes, the result is empty: the answer step tells the model that nothing relevant was
found.

The matrices are cached per collection and model (VectorCache, owned by the caller) and
read again when the collection's index_version changed (every index run that changed
chunks or vectors raises it). Stored as float16, held as float32: at 384 dimensions
200,000 chunks take 307 MB and one exact search ~20 ms on one core (see README).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Sequence

import numpy as np

from app.documents.collections import Collection
from app.documents.embedder import Embedder
from app.documents.records import Location
from app.documents.search import Hit, match_expression
from app.documents.vectors import index_version, load_matrix
from app.store.database import Database

RRF_K = 60


@dataclass(frozen=True)
class RelevanceFloor:
    min_similarity: float = 0.3
    margin: float = 0.15


class VectorCache:
    """Vector matrices kept in memory between questions, one per (database, collection,
    model), each valid for the index_version it was read at."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, int, str], tuple[int, np.ndarray, np.ndarray]] = {}

    def matrix(self, db: Database, collection: Collection, model: str) -> tuple[np.ndarray, np.ndarray]:
        key = (str(db.path), collection.id, model)
        version = index_version(db, collection)
        cached = self._entries.get(key)
        if cached is None or cached[0] != version:
            ids, matrix = load_matrix(db, collection, model)
            cached = self._entries[key] = (version, ids, matrix)
        return cached[1], cached[2]

    def clear(self) -> None:
        self._entries.clear()


def keyword_ranking(db: Database, collections: Sequence[Collection], question: str, limit: int) -> list[int]:
    """Chunk ids, best BM25 first, from all `collections` at once."""
    expression = match_expression(question)
    if not expression or not collections:
        return []
    marks = ", ".join("?" for _ in collections)
    rows = db.query(
        "SELECT c.id FROM chunk_fts JOIN chunks c ON c.id = chunk_fts.rowid JOIN files f ON f.id = c.file_id "
        f"WHERE chunk_fts MATCH ? AND f.collection_id IN ({marks}) ORDER BY bm25(chunk_fts), c.id LIMIT ?",
        [expression, *[c.id for c in collections], limit],
    )
    return [r["id"] for r in rows]


def vector_ranking(db: Database, collections: Sequence[Collection], query: np.ndarray, model: str,
                   cache: VectorCache, limit: int) -> list[tuple[int, float]]:
    """(chunk id, cosine similarity), most similar first, the top `limit` of all collections."""
    found: list[tuple[int, float]] = []
    for collection in collections:
        ids, matrix = cache.matrix(db, collection, model)
        if not len(ids) or matrix.shape[1] != query.shape[0]:
            continue
        scores = matrix @ query
        top = np.argpartition(-scores, limit - 1)[:limit] if len(scores) > limit else np.arange(len(scores))
        found.extend((int(ids[i]), float(scores[i])) for i in top)
    found.sort(key=lambda item: (-item[1], item[0]))
    return found[:limit]


def fuse(rankings: Sequence[Sequence[int]], k: int = RRF_K) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: (id, sum of 1 / (k + rank)), best first (ties: lower id)."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))


def passing(ranked: list[tuple[int, float]], floor: RelevanceFloor) -> list[tuple[int, float]]:
    """The vector candidates above the relevance floor."""
    if not ranked:
        return []
    bar = max(floor.min_similarity, ranked[0][1] - floor.margin)
    return [(i, s) for i, s in ranked if s >= bar]


def _hits(db: Database, ids: Sequence[int]) -> dict[int, Hit]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = db.query(
        "SELECT c.id, f.path, c.page, c.heading, c.line_start, c.line_end, c.text, col.name FROM chunks c "
        f"JOIN files f ON f.id = c.file_id JOIN collections col ON col.id = f.collection_id WHERE c.id IN ({marks})",
        list(ids),
    )
    return {r["id"]: Hit(r["path"], Location(r["page"], r["heading"], r["line_start"], r["line_end"]), 0.0,
                         r["text"], collection=r["name"], chunk_id=r["id"]) for r in rows}


def retrieve(db: Database, collections: Sequence[Collection], question: str, *, embedder: Optional[Embedder] = None,
             limit: int = 8, cache: Optional[VectorCache] = None, floor: RelevanceFloor = RelevanceFloor(),
             candidates: Optional[int] = None) -> list[Hit]:
    """The best `limit` passages of `collections` for `question`, best first; keyword only
    without an embedder. Each ranking contributes its top `candidates` (default 4 x limit)."""
    if limit < 1 or not collections or not question.strip():
        return []
    depth = candidates or 4 * limit
    keyword = keyword_ranking(db, collections, question, depth)
    similar: list[tuple[int, float]] = []
    if embedder is not None:
        query = embedder.embed_query(question)
        similar = passing(vector_ranking(db, collections, query, embedder.model, cache or VectorCache(), depth), floor)
    vector = [i for i, _ in similar]
    fused = fuse([keyword, vector])[:limit]
    found = _hits(db, [i for i, _ in fused])
    similarity = dict(similar)
    k_rank = {i: r for r, i in enumerate(keyword, start=1)}
    v_rank = {i: r for r, i in enumerate(vector, start=1)}
    return [replace(found[i], score=score, keyword_rank=k_rank.get(i), vector_rank=v_rank.get(i),
                    similarity=similarity.get(i)) for i, score in fused if i in found]

"""Full-text search over every message, ranked, with highlighted snippets and filters.

The index (migration m003) is FTS5 with the trigram tokenizer over the folded text
(textfold.py), so a query matches any substring of 3 or more characters in any script:
a Thai word inside a Thai sentence, a Hindi word, and `uber` finds `über`. Words are
ANDed; "double quotes" keep a phrase together. Terms shorter than 3 characters cannot
use a trigram index: alongside longer terms they filter the indexed matches; alone they
fall back to a scan (LIKE), newest first.

Ranking is bm25 over the newest `RANK_WINDOW` matches: a word found in every other
message would otherwise cost a full sort of all its matches (seconds at a million
messages); a rarer word has fewer matches than the window and is ranked exactly.
Conversation and date filters narrow the scanned range of message ids first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from app.errors import InvalidRequestError
from app.store.database import Database
from app.store.records import Role
from app.store.textfold import Snippet, fold, make_snippet

MIN_INDEXED_CHARS = 3  # the trigram tokenizer cannot match fewer characters
RANK_WINDOW = 1000  # matches ranked per query, newest first
_MAX_ID = 2**63 - 1


@dataclass(frozen=True)
class SearchFilters:
    conversation_id: Optional[int] = None
    model: Optional[str] = None  # a part of the model name, any case
    since_ms: Optional[int] = None  # created at or after
    until_ms: Optional[int] = None  # created before


@dataclass(frozen=True)
class SearchHit:
    message_id: int
    conversation_id: int
    conversation_title: str
    role: Role
    created_ms: int
    model: Optional[str]
    snippet: Snippet
    score: float  # lower is better (bm25 as FTS5 reports it); 0 for scanned results


def parse_query(query: str) -> list[str]:
    """Terms of `query`: "quoted phrases" stay whole, other words split on spaces."""
    terms: list[str] = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        term = (phrase if phrase else word).strip().strip('"')
        if term:
            terms.append(term)
    return terms


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filter_sql(filters: SearchFilters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.conversation_id is not None:
        clauses.append("m.conversation_id = ?")
        params.append(filters.conversation_id)
    if filters.model:
        clauses.append("coalesce(m.model, c.model) LIKE ? ESCAPE '\\'")
        params.append(_like_pattern(filters.model))
    if filters.since_ms is not None:
        clauses.append("m.created_ms >= ?")
        params.append(filters.since_ms)
    if filters.until_ms is not None:
        clauses.append("m.created_ms < ?")
        params.append(filters.until_ms)
    return "".join(f" AND {clause}" for clause in clauses), params


_COLUMNS = (
    "m.id, m.conversation_id, m.role, m.content, m.created_ms, "
    "coalesce(m.model, c.model) AS model, c.title"
)


def _id_range(db: Database, filters: SearchFilters) -> tuple[Optional[int], Optional[int]]:
    """The message ids that can match the filters (an index lookup, narrowing the scan)."""
    if filters.conversation_id is None and filters.since_ms is None and filters.until_ms is None:
        return 0, _MAX_ID
    clauses, params = [], []
    if filters.conversation_id is not None:
        clauses.append("conversation_id = ?")
        params.append(filters.conversation_id)
    if filters.since_ms is not None:
        clauses.append("created_ms >= ?")
        params.append(filters.since_ms)
    if filters.until_ms is not None:
        clauses.append("created_ms < ?")
        params.append(filters.until_ms)
    where = " AND ".join(clauses) or "1"
    row = db.query_one(f"SELECT min(id) AS low, max(id) AS high FROM messages WHERE {where}", params)
    assert row is not None
    return row["low"], row["high"]


def search(
    db: Database,
    query: str,
    *,
    filters: SearchFilters = SearchFilters(),
    limit: int = 20,
    offset: int = 0,
) -> list[SearchHit]:
    """Messages matching every term of `query`, best first."""
    terms = parse_query(query)
    if not terms:
        raise InvalidRequestError("Type a word to search for.")
    folded = [fold(term) for term in terms]
    indexed = [term for term in folded if len(term) >= MIN_INDEXED_CHARS]
    short = [term for term in folded if len(term) < MIN_INDEXED_CHARS]
    where, params = _filter_sql(filters)
    for term in short:
        where += " AND coalesce(m.search_text, m.content) LIKE ? ESCAPE '\\'"
        params.append(_like_pattern(term))
    low, high = _id_range(db, filters)
    if low is None:
        return []
    if (low, high) != (0, _MAX_ID):
        where += " AND m.id BETWEEN ? AND ?"
        params += [low, high]
    if indexed:
        match = " ".join('"' + term.replace('"', '""') + '"' for term in indexed)
        # Filters need the message and conversation rows; without filters the window is
        # read from the index alone.
        joins = (" JOIN messages m ON m.id = f.rowid JOIN conversations c ON c.id = m.conversation_id"
                 if where else "")
        rows = db.query(
            "WITH hits AS ("
            f" SELECT f.rowid AS id, bm25(message_fts) AS score FROM message_fts f{joins}"
            f" WHERE message_fts MATCH ? AND f.rowid BETWEEN ? AND ?{where}"
            " ORDER BY f.rowid DESC LIMIT ?)"
            f" SELECT {_COLUMNS}, hits.score FROM hits JOIN messages m ON m.id = hits.id"
            " JOIN conversations c ON c.id = m.conversation_id"
            " ORDER BY hits.score, m.id DESC LIMIT ? OFFSET ?",
            (match, low, high, *params, RANK_WINDOW, limit, offset),
        )
    else:
        rows = db.query(
            f"SELECT {_COLUMNS}, 0.0 AS score FROM messages m "
            f"JOIN conversations c ON c.id = m.conversation_id WHERE 1{where} "
            "ORDER BY m.id DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    return [
        SearchHit(
            message_id=row["id"],
            conversation_id=row["conversation_id"],
            conversation_title=row["title"],
            role=Role(row["role"]),
            created_ms=row["created_ms"],
            model=row["model"],
            snippet=make_snippet(row["content"], terms),
            score=float(row["score"]),
        )
        for row in rows
    ]

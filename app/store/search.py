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

How a query runs, and why (measured at a million messages of ~570 characters):
  1. The newest matches come from the index in at most two statements (see
     `_newest_matches`): a common word stops after its newest matches; a rare one, which
     must be looked for in every message anyway, is read forwards, about 1.5 times faster
     than backwards. Several words that samples show to be rare together are read
     forwards at once. FTS5 walks a statement's lists from one end to its first candidate
     before it skips to the rowid range asked for, so a range cut into many statements
     repeats that walk (8 ms a statement for two rare words): no more than two.
  2. bm25 is computed here, with the formula and constants of FTS5's bm25(), from the
     matched texts. FTS5's bm25() first counts every match of every term in the whole
     table to weigh the terms, which doubled the time of a rare word and cost 50 ms for
     a word found in a fifth of the messages. Here a lone term's weight comes from the
     scan itself (it does not change the order anyway); with several terms, each one's
     share of the newest `DF_SAMPLE_IDS` messages estimates how many messages hold it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Optional, Sequence

from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError
from app.store.database import Database
from app.store.records import Role
from app.store.textfold import Snippet, count_overlapping, fold, folded_match_key, make_snippet, match_key

MIN_INDEXED_CHARS = 3  # the trigram tokenizer cannot match fewer characters
RANK_WINDOW = 1000  # matches ranked per query, newest first
PROBE_MATCHES = 16  # newest matches read first, to tell a rare term from a common one
FORWARD_FACTOR = 1.5  # read the rest forwards when it likely holds fewer than this x the matches wanted
DF_SAMPLE_IDS = 32_768  # newest message ids that estimate a term's share of all messages
DF_SAMPLE_CAP = 256  # matches counted in that sample (enough for a common term)
RELATED_TERMS_MARGIN = 10  # words of one query co-occur more often than unrelated words would
BM25_K1, BM25_B = 1.2, 0.75  # FTS5's bm25() defaults
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
    score: float  # lower is better (bm25, negated as FTS5 reports it); 0 for scanned results


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


def _marks(values: Sequence[Any]) -> str:
    """Placeholders for an IN list (at most the window: SQLite 3.32+ takes 32,766)."""
    return ", ".join("?" * len(values))


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


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


@dataclass(frozen=True)
class _Scan:
    ids: list[int]  # the newest matches, newest first, at most the window
    matched: int  # matches among the ids scanned (can exceed the window)
    scanned: int  # how many message ids were scanned, from the newest down
    complete: bool  # every id from low to high was scanned


def _newest_matches(db: Database, match: str, low: int, high: int, where: str, params: Sequence[Any],
                    window: int, expected: Optional[float] = None) -> _Scan:
    """The newest `window` messages matching `match` (and the SQL filter `where`) in ids
    low..high, newest first, in at most two statements.

    The first reads backwards until `PROBE_MATCHES` matches: a rare term ends there, having
    read everything. Their spacing tells how many of the older ids match. If it is likely
    fewer than `FORWARD_FACTOR` times the matches still wanted, the rest is read forwards
    in one pass (FTS5 reads about 1.5 times faster forwards, and a rare term must be
    looked for everywhere anyway); otherwise backwards again, up to the window. Each
    statement starts its walk through the index from one end, whatever its range, so the
    plan avoids more statements than these two. When the caller `expected` at most a
    window of matches (from samples of each term), one forward pass reads them all.
    """
    # Filters need the message and conversation rows; without them the index alone answers.
    joins = (" JOIN messages m ON m.id = f.rowid JOIN conversations c ON c.id = m.conversation_id"
             if where else "")
    sql = (f"SELECT f.rowid FROM message_fts f{joins} WHERE message_fts MATCH ? "
           f"AND f.rowid BETWEEN ? AND ?{where} ORDER BY f.rowid")

    def read(bottom: int, top: int, limit: Optional[int]) -> list[int]:
        order = " DESC LIMIT ?" if limit is not None else ""
        rows = db.query(sql + order, (match, bottom, top, *params, *([limit] if limit is not None else [])))
        ids = [row["rowid"] for row in rows]
        return ids if limit is not None else ids[::-1]

    if expected is not None and expected <= window:
        # Known rare (from samples of each term): one pass forwards over everything.
        found = read(low, high, None)
        return _Scan(found[:window], len(found), high - low + 1, True)
    first = read(low, high, min(window, PROBE_MATCHES))
    if len(first) < min(window, PROBE_MATCHES):
        return _Scan(first, len(first), high - low + 1, True)
    last = first[-1]
    need = window - len(first)
    if need <= 0:
        return _Scan(first, len(first), high - last + 1, last <= low)
    older = len(first) * (last - low) / (high - last + 1)  # matches likely left
    if older <= need * FORWARD_FACTOR:
        rest = read(low, last - 1, None)
        return _Scan(first + rest[:need], len(first) + len(rest), high - low + 1, True)
    rest = read(low, last - 1, need)
    if len(rest) < need:
        return _Scan(first + rest, len(first) + len(rest), high - low + 1, True)
    return _Scan(first + rest, window, high - rest[-1] + 1, False)


def _index_totals(db: Database) -> tuple[int, float]:
    """(rows, average tokens per row) of the whole index: what FTS5's bm25() reads.

    FTS5 keeps them in its "averages" record, rowid 1 of the table's `_data` shadow table:
    a varint row count, then one varint token total per column (SQLite's varint format;
    see fts5_index.c and fts5_storage.c). Read directly, they cost one row lookup, where a
    count of the messages costs a scan. Changes of a transaction still open on this
    connection are not in it yet; that only shifts scores slightly.
    """
    block = db.scalar("SELECT block FROM message_fts_data WHERE id = 1")
    try:
        rows, position = _varint(block, 0)
        tokens, _ = _varint(block, position)
    except (TypeError, IndexError):  # no record yet (nothing indexed)
        return 0, 0.0
    return rows, (tokens / rows if rows else 0.0)


def _varint(data: bytes, position: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `position`: (value, position after it)."""
    value = 0
    for index in range(9):
        byte = data[position]
        position += 1
        if index == 8:
            return (value << 8) | byte, position
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, position
    raise AssertionError("unreachable")


def _sampled_documents(db: Database, term: str, newest: int, rows: int) -> float:
    """About how many of the `rows` messages contain `term`, from the newest message ids
    (read backwards, from the end where the index walk starts)."""
    bottom = max(1, newest - DF_SAMPLE_IDS + 1)
    found = db.query(
        "SELECT rowid FROM message_fts WHERE message_fts MATCH ? AND rowid BETWEEN ? AND ? "
        "ORDER BY rowid DESC LIMIT ?",
        (_fts_phrase(term), bottom, newest, DF_SAMPLE_CAP),
    )
    if len(found) >= DF_SAMPLE_CAP:  # common: its share down to the last match counted
        return rows * len(found) / (newest - found[-1]["rowid"] + 1)
    if bottom == 1:  # the sample was the whole table: an exact count
        return len(found)
    # Not seen at all: rarer than one in the sample; half of that is the best guess.
    return rows * max(len(found), 0.5) / (newest - bottom + 1)


def _idf(documents: float, rows: int) -> float:
    """FTS5's inverse document frequency, floored as bm25() does for very common terms."""
    idf = math.log((rows - documents + 0.5) / (documents + 0.5)) if rows else 0.0
    return idf if idf > 0 else 1e-6


def _folded_bodies(db: Database, ids: list[int]) -> dict[int, str]:
    """Message id -> the text the index holds (folded)."""
    rows = db.query(
        f"SELECT id, coalesce(search_text, content) AS body FROM messages WHERE id IN ({_marks(ids)})", ids
    )
    return {row["id"]: row["body"] for row in rows}


def _bm25(bodies: dict[int, str], keys: list[str], weights: list[float], avgdl: float) -> dict[int, float]:
    """Message id -> bm25 score (negated: lower is better), from the folded texts."""
    # The trigram tokenizer makes a token at every character but the last two.
    sizes = {i: max(len(body) - 2, 0) for i, body in bodies.items()}
    if avgdl <= 0 and sizes:  # no totals from the index: the matches' own average
        avgdl = sum(sizes.values()) / len(sizes) or 1.0
    ascii_terms = all(key.isascii() for key in keys)
    # ASCII terms: lower-casing the UTF-8 bytes finds the same hits as case-folding the
    # text (a folded text has no other characters that fold to ASCII), 2-3 times faster.
    needles: list[Any] = [key.encode() for key in keys] if ascii_terms else list(keys)
    # str.count() skips overlapping hits; only a term that can overlap itself needs more.
    counters = [(count_overlapping if _overlaps_itself(needle) else type(needle).count, needle, weight)
                for needle, weight in zip(needles, weights)]
    scale = BM25_K1 * BM25_B / avgdl
    base = BM25_K1 * (1 - BM25_B)
    scores: dict[int, float] = {}
    for message_id, body in bodies.items():
        haystack: Any = body.encode().lower() if ascii_terms else folded_match_key(body)
        norm = base + scale * sizes[message_id]
        score = 0.0
        for counter, needle, weight in counters:
            hits = counter(haystack, needle) or 1  # the index matched it: at least once
            score += weight * hits * (BM25_K1 + 1) / (hits + norm)
        scores[message_id] = -score
    return scores


def _overlaps_itself(term: Any) -> bool:
    """Whether two occurrences of `term` can overlap ("aa" in "aaa")."""
    return any(term[:size] == term[-size:] for size in range(1, len(term)))


def _ranked(db: Database, terms: list[str], low: int, high: int, where: str,
            params: list[Any]) -> list[tuple[float, int]]:
    """(score, -id) of the newest `RANK_WINDOW` matches of every term, best first."""
    newest = db.scalar("SELECT max(id) FROM messages")
    if newest is None:
        return []
    high = min(high, newest)
    rows, avgdl = _index_totals(db)
    rows = max(rows, 1)
    expected: Optional[float] = None
    documents: list[float] = []
    if len(terms) > 1:
        # Each term's weight needs how common it is; together, if the terms were unrelated,
        # they also tell how many messages hold them all (a margin for related words).
        documents = [_sampled_documents(db, term, newest, rows) for term in terms]
        expected = math.prod(count / rows for count in documents) * rows * RELATED_TERMS_MARGIN
        expected *= (high - low + 1) / max(newest, 1)
    match = " ".join(_fts_phrase(term) for term in terms)
    scan = _newest_matches(db, match, low, high, where, params, RANK_WINDOW, expected)
    if not scan.ids:
        return []
    bodies = _folded_bodies(db, scan.ids)
    rows = max(rows, scan.matched)
    if len(terms) == 1:
        # A lone term's weight does not change the order; the scan tells how common it is
        # (exactly, when it read every message).
        documents = [scan.matched * (1 if scan.complete else rows / max(scan.scanned, 1))]
    weights = [_idf(count, rows) for count in documents]
    scores = _bm25(bodies, [match_key(term) for term in terms], weights, avgdl)
    return sorted((scores[i], -i) for i in scan.ids if i in scores)


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
        raise InvalidRequestError(QT_TRANSLATE_NOOP("AppError", "Type a word to search for."))
    folded = [fold(term) for term in terms]
    indexed = [term for term in folded if len(term) >= MIN_INDEXED_CHARS]
    short = [term for term in folded if len(term) < MIN_INDEXED_CHARS]
    where, params = _filter_sql(filters)
    for term in short:
        where += " AND coalesce(m.search_text, m.content) LIKE ? ESCAPE '\\'"
        params.append(_like_pattern(term))
    low, high = _id_range(db, filters)
    if low is None or high is None:
        return []
    if indexed:
        ranked = _ranked(db, indexed, low, high, where, params)
        page = ranked[offset: offset + limit]
        if not page:
            return []
        wanted = [-negated for _, negated in page]
        by_id = {row["id"]: row for row in db.query(
            f"SELECT {_COLUMNS} FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            f"WHERE m.id IN ({_marks(wanted)})",
            wanted,
        )}
        rows = [dict(by_id[-negated], score=score) for score, negated in page if -negated in by_id]
    else:
        if (low, high) != (0, _MAX_ID):
            where += " AND m.id BETWEEN ? AND ?"
            params += [low, high]
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

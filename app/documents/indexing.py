"""index_collection(): bring a collection's index in step with its files.

Incremental: a file whose content hash is unchanged is skipped, a changed one is read
again, one that is gone is removed. Each file is written in its own transaction, so a
cancel (checked between files) or a crash leaves every file either old or new. With an
embedder, chunks are measured in its tokens and every chunk without a vector from it is
embedded afterwards (vectors.py); the collection's index_version goes up whenever chunks
or vectors changed.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Iterator, Optional

from app.documents.chunking import TokenCounter, approximate_tokens, chunk_blocks
from app.documents.collections import Collection, sources
from app.documents.embedder import Embedder
from app.documents.extract import extract, skip_reason, unreadable
from app.documents.records import Extraction, FileOutcome, FileStatus, IndexReport
from app.documents.thai_words import search_terms
from app.documents.vectors import bump_version, embed_missing
from app.errors import AppError, error_from_kind, portable_params
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.store.database import Database


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root` (or `root` itself), sorted; hidden files and folders, and
    linked folders inside it, left out."""
    if root.is_file():
        yield root
        return
    if not root.is_dir():
        return
    for child in sorted(root.iterdir()):
        if child.name.startswith(".") or (child.is_symlink() and child.is_dir()):
            continue  # hidden; a linked folder may loop back to its parent
        yield from _walk(child)


def collection_files(db: Database, collection: Collection) -> list[Path]:
    seen: dict[str, Path] = {}
    for root in sources(db, collection):
        for path in _walk(root):
            seen.setdefault(str(path), path)
    return [seen[key] for key in sorted(seen)]


def _note_json(note: Optional[AppError]) -> Optional[str]:
    if note is None:
        return None
    return json.dumps({"template": note.template, "params": portable_params(note.params)}, ensure_ascii=False)


def _stored_note(row: dict) -> Optional[AppError]:
    """The note saved with a file; None when there is none or it predates m004."""
    if not row["detail_note"]:
        return None
    saved = json.loads(row["detail_note"])
    return error_from_kind(AppError.kind, row["detail"], saved["template"], saved["params"])


def _store(db: Database, collection: Collection, path: Path, digest: Optional[str],
           extraction: Extraction, count_tokens: TokenCounter, max_tokens: int, overlap: int) -> int:
    chunks = chunk_blocks(extraction.blocks, count_tokens=count_tokens, max_tokens=max_tokens,
                          overlap_tokens=overlap) if extraction.blocks else []
    try:
        stat = path.stat()
        size, mtime = stat.st_size, stat.st_mtime_ns
    except OSError:
        size = mtime = None
    with db.transaction():
        db.execute("DELETE FROM files WHERE collection_id = ? AND path = ?", [collection.id, str(path)])
        file_id = db.execute(
            "INSERT INTO files (collection_id, path, content_hash, size, mtime_ns, status, detail, detail_note, "
            "pages, indexed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [collection.id, str(path), digest, size, mtime, extraction.status.value,
             extraction.detail, _note_json(extraction.note), extraction.pages, int(time.time() * 1000)],
        ).lastrowid
        db.executemany(
            "INSERT INTO chunks (file_id, ordinal, text, search_text, page, heading, line_start, line_end, "
            "token_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [[file_id, i, c.text, " ".join(search_terms(c.text)), c.location.page, c.location.heading,
              c.location.line_start, c.location.line_end, c.token_count] for i, c in enumerate(chunks)],
        )
    return len(chunks)


def _index_file(db: Database, collection: Collection, path: Path, known: dict[str, dict],
                count_tokens: TokenCounter, max_tokens: int, overlap: int) -> FileOutcome:
    reason = skip_reason(path)
    old = known.get(str(path))
    if reason is not None:
        extraction, digest = Extraction(FileStatus.SKIPPED, note=reason), None
        if old is not None and old["status"] == FileStatus.SKIPPED.value:
            return FileOutcome(str(path), "skipped", reason.detail, status=FileStatus.SKIPPED.value, note=reason)
    else:
        try:
            digest = content_hash(path)
        except OSError as exc:
            digest, extraction = None, unreadable(exc)
        else:
            if old is not None and old["content_hash"] == digest:
                chunks = db.scalar("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id "
                                   "WHERE f.collection_id = ? AND f.path = ?", [collection.id, str(path)])
                return FileOutcome(str(path), "unchanged", old["detail"], chunks, status=old["status"],
                                   note=_stored_note(old))
            extraction = extract(path)
    chunks = _store(db, collection, path, digest, extraction, count_tokens, max_tokens, overlap)
    return FileOutcome(str(path), extraction.status.value, extraction.detail, chunks, extraction.status.value,
                       note=extraction.note)


def index_collection(
    db: Database,
    collection: Collection,
    *,
    count_tokens: TokenCounter = approximate_tokens,
    max_tokens: int = 256,
    overlap_tokens: int = 32,
    embedder: Optional[Embedder] = None,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> IndexReport:
    """Index every file of `collection`; raises Cancelled between files (and between
    embedding batches) when `cancel` is set."""
    if embedder is not None:
        count_tokens = embedder.count_tokens
        max_tokens = min(max_tokens, embedder.max_tokens)
        overlap_tokens = min(overlap_tokens, max_tokens // 4)
    files = collection_files(db, collection)
    rows = db.query("SELECT path, content_hash, status, detail, detail_note FROM files WHERE collection_id = ?",
                    [collection.id])
    known = {row["path"]: row for row in rows}
    result = IndexReport()
    report(progress, ProgressUpdate("index", 0, len(files), "Reading documents"))
    for done, path in enumerate(files):
        check(cancel)
        result.outcomes.append(_index_file(db, collection, path, known, count_tokens, max_tokens, overlap_tokens))
        report(progress, ProgressUpdate("index", done + 1, len(files), str(path)))
    present = {str(p) for p in files}
    gone = sorted(set(known) - present)
    if gone:
        db.executemany("DELETE FROM files WHERE collection_id = ? AND path = ?", [[collection.id, p] for p in gone])
        result.outcomes.extend(FileOutcome(p, "removed") for p in gone)
    if any(o.action != "unchanged" for o in result.outcomes):
        bump_version(db, collection)  # (a file skipped as before raises it too: harmless)
    if embedder is not None:
        embed_missing(db, collection, embedder, progress=progress, cancel=cancel)
    return result

"""`paddock-cli docs`: collections of private documents: add, index, list, search (and
ask, in docs_ask.py).

With `--embedding-model FILE.gguf` (a multilingual embedding model run by llama.cpp in
this process), indexing also stores a vector per passage and search is hybrid (keywords
and vector similarity, fused by rank); without one, search is keyword only and says so.
Nothing here opens a network connection.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path
from typing import Any, Iterator, Optional

from app.documents.collections import (
    add_sources,
    delete_collection,
    ensure_collection,
    get_collection,
    list_collections,
    list_files,
    remove_sources,
    resolve_sources,
)
from app.documents.indexing import index_collection
from app.documents.records import IndexReport
from app.documents.retrieval import retrieve
from app.documents.vectors import embed_missing
from app.jobs import ProgressUpdate
from app.store.database import Database


def register(subparsers: Any) -> None:
    docs = subparsers.add_parser(
        "docs", help="index your own documents and search them, offline",
        description="Collections of your own documents (PDF, DOCX, HTML, Markdown, text), indexed "
        "on this computer. Nothing is sent anywhere.",
    )
    actions = docs.add_subparsers(dest="action", metavar="ACTION")
    docs.set_defaults(handler=lambda args, context: _usage(docs))

    add = actions.add_parser("add", help="add files or folders to a collection (created if needed) and index it")
    add.add_argument("name", help="the collection")
    add.add_argument("paths", nargs="+", type=Path, help="files or folders (read with everything under them)")
    _embedding_option(add)
    add.set_defaults(handler=run_add)

    index = actions.add_parser("index", aliases=["reindex"],
                               help="bring a collection's index up to date with its files")
    index.add_argument("name")
    _embedding_option(index)
    index.set_defaults(handler=run_index)

    listing = actions.add_parser("list", help="the collections, or the files of one")
    listing.add_argument("name", nargs="?")
    listing.set_defaults(handler=run_list)

    remove = actions.add_parser(
        "remove", help="remove a collection's index, or files and folders from it",
        description="Without paths, forget the whole collection; with paths, forget those files or "
        "folders. Only the index is removed: your files are never touched.")
    remove.add_argument("name")
    remove.add_argument("paths", nargs="*", type=Path)
    remove.set_defaults(handler=run_remove)

    search = actions.add_parser("search", help="the passages that best match a question (keywords)")
    search.add_argument("name")
    search.add_argument("query", nargs="+")
    search.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    search.add_argument("--json", action="store_true", help="print a JSON list, best first")
    _embedding_option(search)
    search.set_defaults(handler=run_search)

    from app.cli.docs_ask import register as register_ask

    register_ask(actions, _embedding_option)


def _embedding_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--embedding-model", type=Path, default=None, metavar="FILE",
                        help="a multilingual embedding .gguf (multilingual-e5, bge-m3): passages get "
                        "vectors and search is hybrid; without it, keywords only")


@contextlib.contextmanager
def open_embedder(path: Optional[Path]) -> Iterator[Any]:
    """The embedding model at `path` (None: none), closed afterwards. Also for `docs ask`."""
    if path is None:
        yield None
        return
    from app.documents.embedding_model import LlamaEmbedder  # loads llama.cpp: only when asked for
    from app.errors import InvalidRequestError

    if not Path(path).is_file():
        raise InvalidRequestError(f"The embedding model {path} does not exist.")
    embedder = LlamaEmbedder.open(Path(path))
    try:
        yield embedder
    finally:
        embedder.close()


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


@contextlib.contextmanager
def _open(context: Any) -> Iterator[Database]:
    # Here, not at the top: the migrations load sqlite_utils, which `docs --help` does not need.
    from app.documents.schema import documents_database_path, open_documents

    db = open_documents(documents_database_path(context.paths))
    try:
        yield db
    finally:
        db.close()


def _progress(update: ProgressUpdate) -> None:
    if update.done:
        print(f"[{update.done}/{update.total}] {update.message}", file=sys.stderr)


def _print_report(report: IndexReport) -> None:
    counts: dict[str, int] = {}
    for outcome in report.outcomes:
        counts[outcome.action] = counts.get(outcome.action, 0) + 1
    chunks = sum(o.chunks for o in report.outcomes if o.action != "removed")
    summary = ", ".join(f"{n} {action.replace('_', ' ')}" for action, n in sorted(counts.items())) or "no files"
    print(f"{summary}; {chunks} passages in the index.")
    problems = report.not_indexed()
    if problems:
        print("Not indexed:")
        for outcome in problems:
            print(f"  {outcome.path}: {outcome.status.replace('_', ' ')}: {outcome.detail}")
    partial = [o for o in report.outcomes if o.status == "indexed" and o.detail]
    for outcome in partial:
        print(f"  note: {outcome.path}: {outcome.detail}")


def run_add(args: argparse.Namespace, context: Any) -> int:
    paths = resolve_sources(args.paths)  # a typo makes no empty collection
    with _open(context) as db, open_embedder(args.embedding_model) as embedder:
        collection = ensure_collection(db, args.name)
        add_sources(db, collection, paths)
        _print_report(index_collection(db, collection, embedder=embedder, progress=_progress))
    return 0


def run_index(args: argparse.Namespace, context: Any) -> int:
    with _open(context) as db, open_embedder(args.embedding_model) as embedder:
        _print_report(index_collection(db, get_collection(db, args.name), embedder=embedder, progress=_progress))
    return 0


def run_remove(args: argparse.Namespace, context: Any) -> int:
    with _open(context) as db:
        collection = get_collection(db, args.name)
        if not args.paths:
            delete_collection(db, collection)
            print(f"Removed the collection {collection.name!r} (your files were not touched).")
            return 0
        remove_sources(db, collection, args.paths)
        report = index_collection(db, collection, progress=_progress)
    print(f"Removed {len(report.with_action('removed'))} files from {collection.name!r}'s index.")
    return 0


def run_list(args: argparse.Namespace, context: Any) -> int:
    with _open(context) as db:
        if args.name is None:
            collections = list_collections(db)
            if not collections:
                print("No document collections yet: `paddock-cli docs add NAME PATH...` makes one.")
            for collection in collections:
                files = list_files(db, collection)
                print(f"{collection.name}  ({len(files)} files, {sum(f.chunks for f in files)} passages)")
            return 0
        for row in list_files(db, get_collection(db, args.name)):
            note = f"  ({row.detail})" if row.detail else ""
            print(f"{row.status:<8} {row.chunks:>5}  {row.path}{note}")
    return 0


def run_search(args: argparse.Namespace, context: Any) -> int:
    with _open(context) as db, open_embedder(args.embedding_model) as embedder:
        collection = get_collection(db, args.name)
        if embedder is not None:  # passages indexed without this model get their vectors first
            embed_missing(db, collection, embedder, progress=_progress)
        hits = retrieve(db, [collection], " ".join(args.query), embedder=embedder, limit=args.k)
    if args.json:
        print(json.dumps([
            {"path": h.path, "page": h.location.page, "location": h.location.describe(),
             "score": round(h.score, 4), "text": h.text} for h in hits
        ], ensure_ascii=False, indent=2))
        return 0
    if embedder is None:
        print("Keyword search only: no embedding model (--embedding-model FILE.gguf adds vector "
              "similarity).", file=sys.stderr)
    else:
        print(f"Hybrid search: keywords and {Path(args.embedding_model).name}.", file=sys.stderr)
    if not hits:
        print("Nothing found.")
    for number, hit in enumerate(hits, start=1):
        where = hit.location.describe()
        print(f"[{number}] {hit.path}" + (f"  ({where})" if where else ""))
        print(f"    {hit.text[:300]}")
    return 0

"""`paddock-cli history`: list, show, search, export, import and rename saved conversations."""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
from pathlib import Path
from typing import Any

from app.chat.messages import StopReason
from app.errors import InvalidRequestError
from app.store.conversations import get_conversation, list_conversations, rename_conversation
from app.store.export_files import MARKDOWN_SUFFIXES, export_pieces, write_pieces
from app.store.import_files import import_file
from app.store.location import database_path
from app.store.messages import siblings, thread
from app.store.opening import Store, open_store
from app.store.records import MessageStatus, Role
from app.store.search import SearchFilters, search


def register(subparsers: Any) -> None:
    history = subparsers.add_parser(
        "history",
        help="list, search, export and import saved conversations",
        description="Saved conversations. Conversations are numbered: see `paddock-cli history list`.",
    )
    actions = history.add_subparsers(dest="action", metavar="ACTION")
    history.set_defaults(handler=lambda args, context: _usage(history))

    listing = actions.add_parser("list", help="the most recent conversations (pinned first)")
    listing.add_argument("--limit", "-n", type=int, default=20, help="how many (default 20)")
    listing.set_defaults(handler=run_list)

    show = actions.add_parser("show", help="print a conversation (the branch shown in the app)")
    show.add_argument("conversation", help="conversation number, or `last` (the most recent)")
    show.add_argument("--stats", action="store_true", help="print speed statistics of each reply")
    show.set_defaults(handler=run_show)

    find = actions.add_parser(
        "search", help="search every message",
        description="Search every message. Words must all appear (any case, accents optional); "
        "\"quoted words\" must appear together. Parts of words match too.",
    )
    find.add_argument("query", nargs="+", help="words to find")
    find.add_argument("--conversation", "-c", help="only in this conversation (a number, or `last`)")
    find.add_argument("--model", "-m", help="only replies of models whose name contains this")
    find.add_argument("--since", type=_date, help="only messages from this day on (YYYY-MM-DD)")
    find.add_argument("--until", type=_date, help="only messages up to this day, included (YYYY-MM-DD)")
    find.add_argument("--limit", "-n", type=int, default=20, help="how many results (default 20)")
    find.set_defaults(handler=run_search)

    export = actions.add_parser(
        "export", help="export conversations to JSON or Markdown",
        description="Export conversations. JSON keeps everything (every branch) and can be "
        "imported again; Markdown is for reading (the branch shown).",
    )
    export.add_argument("conversations", nargs="*", help="conversation numbers (or `last`)")
    export.add_argument("--all", action="store_true", help="export every conversation")
    export.add_argument("--format", "-f", choices=("json", "markdown"),
                        help="default: from the output file's extension (.md is Markdown), else JSON")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: print)")
    export.set_defaults(handler=run_export)

    load = actions.add_parser(
        "import", help="import a Paddock JSON export or ChatGPT's export",
        description="Import conversations from a Paddock JSON export, or from ChatGPT's data "
        "export (its .zip or the conversations.json inside). Conversations already here are skipped. "
        "Exits with 1 when any conversation of the file could not be imported (each is named).",
    )
    load.add_argument("file", type=Path)
    load.add_argument("--format", choices=("auto", "paddock", "chatgpt"), default="auto")
    load.set_defaults(handler=run_import)

    rename = actions.add_parser("rename", help="give a conversation a title")
    rename.add_argument("conversation", help="conversation number, or `last`")
    rename.add_argument("title", nargs="+")
    rename.set_defaults(handler=run_rename)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-01-31") from None


def _local_ms(day: _dt.date) -> int:
    return int(_dt.datetime.combine(day, _dt.time()).astimezone().timestamp() * 1000)


def _when(ms: int) -> str:
    return _dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def resolve_conversation(db: Any, named: str, option: str = "a conversation") -> int:
    """The conversation number a person typed, or the most recent one for `last`."""
    if named.strip().lower() == "last":
        recent = list_conversations(db, limit=1)
        if not recent:
            raise InvalidRequestError("There is no saved conversation yet.")
        return recent[0].id
    try:
        return int(named)
    except ValueError:
        raise InvalidRequestError(f"{option} takes a conversation number or `last`, not {named!r}.") from None


def open_history(context: Any) -> Store:
    """The conversation store, with what opening it found told on stderr."""
    store = open_store(database_path(context.paths))
    for notice in store.report.notices:
        print(f"Note: {notice}", file=sys.stderr)
    if store.report.interrupted_messages:
        print(f"Note: {store.report.interrupted_messages} reply(ies) cut off by a crash are marked "
              "interrupted; their text so far was kept.", file=sys.stderr)
    return store


def run_list(args: argparse.Namespace, context: Any) -> int:
    with open_history(context) as store:
        rows = list_conversations(store.connection(), limit=args.limit)
    if not rows:
        print("No saved conversations yet. Import some with `paddock-cli history import FILE`.")
        return 0
    width = max(len(str(r.id)) for r in rows)
    for r in rows:
        pin = "*" if r.pinned else " "
        title = r.title or "(untitled)"
        model = f"  [{r.model}]" if r.model else ""
        print(f"{r.id:>{width}} {pin} {_when(r.updated_ms)}  {r.message_count:>4} msg{'s' if r.message_count != 1 else ' '}  {title}{model}")
    return 0


def _cut_off_note(message: Any) -> str:
    """A finished reply that did not end by itself says so."""
    reason = message.stats.stop_reason if message.stats is not None else None
    if reason is StopReason.CONTEXT_FULL:
        return "[cut off: the context was full]"
    if reason is StopReason.LENGTH:
        return "[cut off at the length limit]"
    return ""


_STATUS_NOTES = {
    MessageStatus.STREAMING: "[still being written]",
    MessageStatus.STOPPED: "[stopped]",
    MessageStatus.FAILED: "[failed]",
    MessageStatus.INTERRUPTED: "[interrupted: Paddock closed while writing this reply]",
}


def run_show(args: argparse.Namespace, context: Any) -> int:
    with open_history(context) as store:
        db = store.connection()
        conversation = get_conversation(db, resolve_conversation(db, args.conversation))
        messages = thread(db, conversation.id)
        print(f"# {conversation.title or '(untitled)'}")
        print(f"  conversation {conversation.id}, created {_when(conversation.created_ms)}"
              + (f", model {conversation.model}" if conversation.model else ""))
        if conversation.system_prompt:
            print(f"  system prompt: {conversation.system_prompt}")
        for message in messages:
            who = "You" if message.role is Role.USER else f"Assistant{f' ({message.model})' if message.model else ''}"
            alternatives = siblings(db, message.id)
            branch = ""
            if len(alternatives) > 1:
                position = [m.id for m in alternatives].index(message.id) + 1
                branch = f" (version {position} of {len(alternatives)})"
            print(f"\n{who}{branch}:")
            print(message.content)
            note = _STATUS_NOTES.get(message.status) or _cut_off_note(message)
            if note:
                print(note + (f" {message.error}" if message.error else ""))
            if args.stats and message.stats:
                s = message.stats
                print(f"[{s.prompt_tokens} prompt tokens ({s.reused_tokens} reused), {s.generated_tokens} "
                      f"generated, first token {s.time_to_first_token_s:.2f} s, {s.tokens_per_s:.1f} tokens/s]")
    return 0


def run_search(args: argparse.Namespace, context: Any) -> int:
    with open_history(context) as store:
        db = store.connection()
        filters = SearchFilters(
            conversation_id=resolve_conversation(db, args.conversation, "--conversation") if args.conversation else None,
            model=args.model,
            since_ms=_local_ms(args.since) if args.since else None,
            until_ms=_local_ms(args.until + _dt.timedelta(days=1)) if args.until else None,
        )
        hits = search(db, " ".join(args.query), filters=filters, limit=args.limit)
    if not hits:
        print("Nothing found.")
        return 0
    bold = sys.stdout.isatty() and os.environ.get("NO_COLOR") is None
    before, after = ("\033[1m", "\033[0m") if bold else ("[", "]")
    for hit in hits:
        who = "you" if hit.role is Role.USER else (hit.model or "assistant")
        print(f"{hit.conversation_id:>5}  {hit.conversation_title or '(untitled)'}  ·  {_when(hit.created_ms)}  ·  {who}")
        print(f"       {hit.snippet.marked(before, after)}")
    return 0


def run_export(args: argparse.Namespace, context: Any) -> int:
    if not args.conversations and not args.all:
        raise InvalidRequestError(
            "Name the conversations to export (numbers from `paddock-cli history list`) or use --all."
        )
    markdown = args.format == "markdown" or (
        args.format is None and args.output is not None and args.output.suffix.lower() in MARKDOWN_SUFFIXES
    )
    with open_history(context) as store:
        db = store.connection()
        ids = None if args.all else [resolve_conversation(db, named) for named in args.conversations]
        pieces = export_pieces(db, ids, markdown=markdown)  # a conversation at a time
        if args.output is None:
            for piece in pieces:
                sys.stdout.write(piece)
        else:
            write_pieces(pieces, args.output)
    if args.output is not None:
        print(f"Exported to {args.output}.", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace, context: Any) -> int:
    with open_history(context) as store:
        result = import_file(store.connection(), args.file, args.format)
    print(f"Imported {result.imported} conversation(s) with {result.messages} message(s)"
          + (f"; {result.skipped} were already here and were skipped." if result.skipped else "."))
    for reason in result.left_out:
        print(f"Not imported: {reason}.", file=sys.stderr)
    return 1 if result.left_out else 0


def run_rename(args: argparse.Namespace, context: Any) -> int:
    with open_history(context) as store:
        db = store.connection()
        conversation = rename_conversation(db, resolve_conversation(db, args.conversation), " ".join(args.title))
    print(f"Conversation {conversation.id} is now titled: {conversation.title}")
    return 0

"""`paddock-cli models`: list installed models (and ones other apps downloaded), import, delete."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any, Iterable

from app.cli.download_command import ProgressPrinter
from app.errors import InvalidRequestError
from app.hub.external import ExternalRoots, find_external_models
from app.hub.installed import (
    LocalModel,
    PartialDownload,
    delete_model,
    delete_partial,
    import_model,
    list_installed,
    list_partial_downloads,
)
from app.hub.progress import format_bytes

SOURCE_LABELS = {
    "models_folder": "models folder",
    "reference": "referenced",
    "hf_cache": "Hugging Face cache",
    "lm_studio": "LM Studio",
    "ollama": "Ollama",
}


def register(subparsers: Any) -> None:
    models = subparsers.add_parser(
        "models",
        help="list, import and delete local models",
        description="Models Paddock can run: its models folder and referenced files. "
        "Without a subcommand: list them.",
    )
    models.add_argument("--models-dir", type=Path, help="models folder (default: Paddock's)")
    models.set_defaults(handler=run_models, models_command="list", external=False)
    sub = models.add_subparsers(dest="models_command", metavar="SUBCOMMAND")

    listing = sub.add_parser("list", help="list installed models and paused downloads")
    listing.add_argument(
        "--external", action="store_true",
        help="also list GGUF models found in the Hugging Face cache, LM Studio and Ollama",
    )

    importing = sub.add_parser(
        "import", help="copy a GGUF file into the models folder, or reference it where it is",
        description="Import a GGUF model (any file, or one found by `models list --external`). "
        "All parts of a split model are taken.",
    )
    importing.add_argument("path", type=Path, help="the .gguf file (first part of a split model)")
    importing.add_argument("--reference", action="store_true", help="use the file where it is; do not copy")
    importing.add_argument("--name", help="file name for the copy (default: the source's, or Ollama's model name)")

    deleting = sub.add_parser(
        "delete", help="delete a model from the models folder (or forget a referenced file)",
        description="Delete a model (all parts) or a paused download from the models folder, freeing the "
        "space. A referenced file is only forgotten, never deleted.",
    )
    deleting.add_argument("name", help="the NAME shown by `paddock-cli models`, or the file's path")
    deleting.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    for parser in (listing, importing, deleting):
        parser.add_argument("--models-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def run_models(args: argparse.Namespace, context: Any) -> int:
    models_dir = Path(args.models_dir) if args.models_dir else context.paths.models_dir
    if args.models_command == "import":
        return _import(args, models_dir)
    if args.models_command == "delete":
        return _delete(args, models_dir)
    return _list(models_dir, args.external)


def _list(models_dir: Path, external: bool) -> int:
    installed = list_installed(models_dir)
    print(f"Models folder: {models_dir}")
    if installed:
        _table(installed)
    else:
        print("No models yet. Get one with: paddock-cli download REPO FILE")
    partials = list_partial_downloads(models_dir)
    if partials:
        print("\nPaused downloads (the same download command resumes them):")
        for partial in partials:
            print(f"  {_resume_command(partial)}   {format_bytes(partial.have)} of {format_bytes(partial.record.size)}")
    if external:
        found = [m for m in find_external_models(ExternalRoots.defaults()) if not _is_known(m, installed)]
        print("\nFound in other apps (use with: paddock-cli models import PATH [--reference]):")
        if found:
            _table(found, with_paths=True)
        else:
            print("  nothing found in the Hugging Face cache, LM Studio or Ollama folders")
    return 0


def _table(models: Iterable[LocalModel], with_paths: bool = False) -> None:
    rows = [("NAME", "ARCH", "QUANT", "SIZE", "WHERE")]
    problems = []
    for model in models:
        where = SOURCE_LABELS.get(model.source, model.source)
        if model.repo_id:
            where += f" (from {model.repo_id})"
        if with_paths or model.source == "reference":
            where += f": {model.path}"
        rows.append((model.name, model.architecture, model.quantization, format_bytes(model.size), where))
        if model.problem:
            problems.append(f"  ! {model.name}: {model.problem}")
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  " + "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])
    for line in problems:
        print(line)


def _is_known(model: LocalModel, installed: list[LocalModel]) -> bool:
    return any(model.path.resolve() == m.path.resolve() for m in installed)


def _resume_command(partial: PartialDownload) -> str:
    record = partial.record
    command = f"paddock-cli download {record.repo_id} {record.filename}"
    if record.revision != "main":
        command += f" --revision {record.revision}"
    if record.endpoint.rstrip("/") != "https://huggingface.co":
        command += f" --endpoint {record.endpoint}"
    return command


def _import(args: argparse.Namespace, models_dir: Path) -> int:
    source = Path(args.path).expanduser()
    name = args.name
    if name is None and not args.reference:
        for model in find_external_models(ExternalRoots.defaults()):
            if model.source == "ollama" and model.path.resolve() == source.resolve():
                name = re.sub(r"[^A-Za-z0-9._-]+", "-", model.name.split(",")[0])
    printer = ProgressPrinter(sys.stderr)
    try:
        model = import_model(source, models_dir, name=name, reference=args.reference, progress=printer)
    finally:
        printer.finish()
    verb = "Referenced" if args.reference else "Imported"
    facts = f"{model.architecture}, {model.quantization}, {format_bytes(model.size)}"
    print(f"{verb} {model.name}: {facts}", file=sys.stderr)
    print(model.path)
    return 0


def _delete(args: argparse.Namespace, models_dir: Path) -> int:
    models = [m for m in list_installed(models_dir) if _matches(args.name, m.name, m.path)]
    partials = [
        p for p in list_partial_downloads(models_dir)
        if _matches(args.name, _final(p).relative_to(models_dir).as_posix(), _final(p))
    ]
    if not models and not partials:
        raise InvalidRequestError(f"No model named {args.name!r} in {models_dir}. `paddock-cli models` lists them.")
    if len(models) > 1:
        names = ", ".join(m.name for m in models)
        raise InvalidRequestError(f"{args.name!r} matches several models ({names}); give the full NAME.")
    what = [f"{m.name} ({format_bytes(m.size)})" for m in models] + [
        f"paused download {p.record.filename} ({format_bytes(p.have)})" for p in partials
    ]
    if not args.yes and not _confirm("Delete " + " and ".join(what) + "?"):
        print("Nothing deleted.", file=sys.stderr)
        return 1
    freed = sum(delete_model(m, models_dir) for m in models) + sum(delete_partial(p) for p in partials)
    forgotten = [m.name for m in models if m.source == "reference"]
    if forgotten:
        print(f"Forgot the reference to {', '.join(forgotten)} (the file itself is kept).", file=sys.stderr)
    print(f"Deleted; {format_bytes(freed)} freed.", file=sys.stderr)
    return 0


def _final(partial: PartialDownload) -> Path:
    return partial.part.with_name(partial.part.name.removesuffix(".part"))


def _matches(query: str, name: str, path: Path) -> bool:
    query_path = Path(query).expanduser()
    if query_path.exists() and query_path.resolve() == path.resolve():
        return True
    return query in (name, name.removesuffix(".gguf"), path.name, path.name.removesuffix(".gguf"))


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise InvalidRequestError(f"{question} Add --yes to confirm (no terminal to ask).")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")

"""`paddock-cli download`: fetch a GGUF model from the Hugging Face hub, resumable and verified.

Progress (bytes, speed, ETA) goes to stderr; the installed paths go to stdout. Ctrl-C
pauses: the bytes so far are kept and the same command resumes.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable, Optional, TextIO

from app.cli.progress_text import describe
from app.hub.download import download_model
from app.hub.hub_api import HubClient, resolve_endpoint, resolve_token
from app.hub.installed import list_partial_downloads
from app.hub.model_files import default_target, split_set
from app.hub.progress import format_bytes
from app.jobs import ProgressUpdate


def register(subparsers: Any) -> None:
    download = subparsers.add_parser(
        "download",
        help="download a GGUF model from Hugging Face (resumable, verified)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Download a GGUF model from the Hugging Face hub into Paddock's models folder.\n"
            "Every file is checked against the hub's sha256 before it is installed. Ctrl-C\n"
            "pauses; the same command resumes where it stopped, even after a restart.\n"
            "Without FILE, lists the GGUF files of the repository."
        ),
        epilog=(
            "examples:\n"
            "  paddock-cli download bartowski/Llama-3.2-1B-Instruct-GGUF\n"
            "  paddock-cli download bartowski/Llama-3.2-1B-Instruct-GGUF Llama-3.2-1B-Instruct-Q4_K_M.gguf\n"
            "  HF_TOKEN=hf_... paddock-cli download meta-llama/Llama-3.2-1B-Instruct original/params.json"
        ),
    )
    download.add_argument("repo", metavar="REPO", help="repository, e.g. bartowski/Llama-3.2-1B-Instruct-GGUF")
    download.add_argument(
        "files", metavar="FILE", nargs="*",
        help="file in the repository; any part of a split model (…-00001-of-00003.gguf) brings all parts",
    )
    download.add_argument("--revision", default="main", help="branch, tag or commit (default: main)")
    download.add_argument(
        "--endpoint", help="hub address or mirror (default: $HF_ENDPOINT, else https://huggingface.co)"
    )
    download.add_argument(
        "--token",
        help="Hugging Face token for gated models such as Meta's (default: $HF_TOKEN, else the token of "
        "`hf auth login`); prefer HF_TOKEN, command lines are visible to other users",
    )
    download.add_argument("--models-dir", type=Path, help="models folder (default: Paddock's)")
    download.set_defaults(handler=run_download)


def run_download(args: argparse.Namespace, context: Any) -> int:
    hub = HubClient(resolve_endpoint(args.endpoint, os.environ), resolve_token(args.token, os.environ))
    models_dir = Path(args.models_dir) if args.models_dir else context.paths.models_dir
    if not args.files:
        return _list_files(hub, args.repo, args.revision)
    target = default_target(models_dir, args.repo)
    for filename in args.files:
        printer = ProgressPrinter(sys.stderr)
        try:
            result = download_model(hub, args.repo, filename, target, revision=args.revision, progress=printer)
        except KeyboardInterrupt:
            printer.finish()
            _paused(models_dir, args.repo, split_set(filename))
            return 130
        finally:
            printer.finish()
        if result.already_installed:
            print(f"Already installed and verified: {args.repo} {filename}", file=sys.stderr)
        else:
            print(
                f"Installed {args.repo} {filename} ({len(result.paths)} file{'s' if len(result.paths) > 1 else ''}, "
                f"{format_bytes(result.fetched_bytes)} downloaded now, sha256 verified).",
                file=sys.stderr,
            )
        for path in result.paths:
            print(path)
    return 0


def _list_files(hub: HubClient, repo_id: str, revision: str) -> int:
    files = hub.list_files(repo_id, revision)
    if not files:
        print(f"{repo_id} has no .gguf files at {revision}.", file=sys.stderr)
        return 1
    sizes = {f.filename: f.size for f in files}
    shown: set[str] = set()
    print(f"GGUF files in {repo_id} ({revision}):")
    for f in files:
        parts = split_set(f.filename)
        if parts[0] in shown:
            continue
        shown.add(parts[0])
        total = sum(sizes.get(p, 0) for p in parts)
        extra = f"  ({len(parts)} parts)" if len(parts) > 1 else ""
        print(f"  {parts[0]}  {format_bytes(total)}{extra}")
    print(f"Download one with: paddock-cli download {repo_id} FILE", file=sys.stderr)
    return 0


def _paused(models_dir: Path, repo_id: str, filenames: list[str]) -> None:
    kept = sum(
        p.have for p in list_partial_downloads(models_dir)
        if p.record.repo_id == repo_id and p.record.filename in filenames
    )
    print(
        f"\nPaused: {format_bytes(kept)} kept. Run the same command again to resume.",
        file=sys.stderr,
    )


class ProgressPrinter:
    """Progress lines on a terminal (rewritten in place) or a log (one line every few seconds)."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.interactive = stream.isatty()
        self._last: Optional[float] = None
        self._last_stage = ""
        self._width = 0

    def __call__(self, update: ProgressUpdate) -> None:
        if update.stage == "resolve":
            return
        now = self.clock()
        interval = 0.2 if self.interactive else 2.0
        new_stage = update.stage != self._last_stage
        if not new_stage and self._last is not None and now - self._last < interval and update.done < update.total:
            return
        self._last, self._last_stage = now, update.stage
        line = describe(update)
        if self.interactive:
            self.stream.write("\r" + line.ljust(self._width))
            self._width = len(line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.interactive and self._width:
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0


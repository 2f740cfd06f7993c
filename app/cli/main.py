"""paddock-cli entry point: builds the argument parser from the command modules.

Each command module (`app/cli/*_command.py`) has `register(subparsers)`, which adds its parser and sets
`handler(args, context) -> int`. Expected errors print one clear line and exit 1.
`name_command.py` registers the command `name`: a command line imports only the module of
the command it names (`--version` none; help, or a name no module has, every module, for
argparse to list them), so `paddock-cli --version` or `chat` does not wait for the others.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from dataclasses import dataclass
from typing import Optional, Sequence

from app import __version__
from app.errors import AppError, Cancelled
from app.jobs.child_process import support_frozen_children
from app.logging_setup import configure_logging
from app.paths import AppPaths


def command_modules() -> list[str]:
    """Every `app/cli/*_command.py`, sorted: adding a command is adding a module. Listed
    through the import system, not the folder: a frozen bundle has no .py files."""
    import app.cli

    names = (module.name for module in pkgutil.iter_modules(app.cli.__path__))
    return sorted(f"app.cli.{name}" for name in names if name.endswith("_command"))


@dataclass(frozen=True)
class CliContext:
    paths: AppPaths


HELP_FLAGS = ("-h", "--help")


def modules_for(argv: Sequence[str]) -> list[str]:
    """The command modules a command line needs. The top-level options take no values, so
    the first word that is not an option names the command."""
    modules = command_modules()
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    if command is None:
        wants_help = any(arg in HELP_FLAGS for arg in argv) or "--version" not in argv
        return modules if wants_help else []
    chosen = f"app.cli.{command}_command"
    return [chosen] if chosen in modules else modules


def build_parser(argv: Optional[Sequence[str]] = None) -> argparse.ArgumentParser:
    """The parser for `argv` (default: every command)."""
    parser = argparse.ArgumentParser(
        prog="paddock-cli",
        description="Paddock: run Meta's Llama models privately on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"Paddock {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules() if argv is None else modules_for(argv):
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    support_frozen_children()
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    paths = AppPaths.from_environment().ensure()
    configure_logging(paths.log_file)
    try:
        return int(args.handler(args, CliContext(paths)) or 0)
    except AppError as exc:
        print(f"Error: {exc.detail}", file=sys.stderr)
        return 1
    except (Cancelled, KeyboardInterrupt):
        print("\nCancelled.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`paddock-cli history show 1 | head`): not an error. Point
        # stdout at /dev/null so that the interpreter's final flush stays quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())

"""paddock-cli's entry point: a command line imports only the command module it names, so
`--version` or one command does not wait for the others (and their libraries)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli.main import build_parser, command_modules, modules_for

ROOT = Path(__file__).resolve().parents[3]
HEAVY = {"llama_cpp", "gguf", "numpy", "huggingface_hub", "sqlite_utils"}
COMMANDS = sorted(name.removeprefix("app.cli.").removesuffix("_command") for name in command_modules())


def run_cli(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run paddock-cli's main in a fresh interpreter; also the modules it had imported."""
    script = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: print('MODULES ' + json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
        "from app.cli.main import main\n"
        "sys.exit(main())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=120)
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    return result, set(json.loads(line.removeprefix("MODULES ")))


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


def test_version_imports_no_command_and_no_heavy_library() -> None:
    result, modules = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Paddock {__version__}"
    assert sorted(m for m in modules if m.endswith("_command")) == []
    assert sorted({m.split(".")[0] for m in modules} & HEAVY) == []


def test_one_command_imports_only_its_module() -> None:
    result, modules = run_cli("hardware", "--help")
    assert result.returncode == 0 and "usage: paddock-cli hardware" in result.stdout
    assert sorted(m for m in modules if m.endswith("_command")) == ["app.cli.hardware_command"]


def test_help_still_lists_every_command() -> None:
    result, _ = run_cli("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert f"    {command} " in result.stdout or f"    {command}\n" in result.stdout


@pytest.mark.parametrize("module", command_modules())
def test_each_module_registers_the_command_it_is_named_after(module: str) -> None:
    """What makes importing one module enough: `name_command.py` adds `name`, and only it."""
    command = module.removeprefix("app.cli.").removesuffix("_command")
    assert modules_for([command, "--help"]) == [module]
    assert _commands(build_parser([command])) == {command}


@pytest.mark.parametrize(("argv", "expected"), [
    (["--version"], []),
    ([], COMMANDS),
    (["--help"], COMMANDS),
    (["--version", "--help"], COMMANDS),
    (["no-such-command"], COMMANDS),  # argparse's error lists the choices
    (["--version", "chat"], ["chat"]),
])
def test_modules_for(argv: list[str], expected: list[str]) -> None:
    assert modules_for(argv) == [f"app.cli.{name}_command" for name in expected]


def test_an_unknown_command_names_the_real_ones() -> None:
    result, _ = run_cli("chta")
    assert result.returncode == 2 and "invalid choice: 'chta'" in result.stderr and "'chat'" in result.stderr

"""The dependency direction is a rule, checked here: app/ never imports Qt or ui/, each
heavy library is imported by exactly one adapter module, and app/ starts child
processes only through app/jobs/child_process.py."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# library -> the one module in app/ allowed to import it
ADAPTERS = {
    "llama_cpp": {"app/engine/llama_backend.py"},
    "gguf": {"app/gguf_file.py"},
    "huggingface_hub": {"app/hub/hub_api.py"},
    "sqlite_utils": {"app/store/database.py"},
    "pynvml": {"app/hardware/nvidia.py"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


APP_FILES = sorted((ROOT / "app").rglob("*.py"))

# Ways to start a process: modules, and functions of `os`.
PROCESS_MODULES = {"multiprocessing", "subprocess", "pty", "concurrent.futures.process"}
PROCESS_NAMES = {"ProcessPoolExecutor"}
OS_PROCESS_PREFIXES = ("fork", "spawn", "exec", "posix_spawn", "system", "popen")
# file -> what it may use besides the helper
PROCESS_EXCEPTIONS = {
    "app/jobs/child_process.py": {"multiprocessing"},
    "app/hardware/detect.py": {"subprocess"},
}


@pytest.mark.parametrize("path", APP_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_app_never_imports_qt_or_ui(path: Path) -> None:
    assert not _imports(path) & {"PySide6", "ui", "shiboken6"}


@pytest.mark.parametrize("library", sorted(ADAPTERS))
def test_heavy_library_has_one_adapter(library: str) -> None:
    importers = {
        str(p.relative_to(ROOT))
        for p in list((ROOT / "app").rglob("*.py")) + list((ROOT / "ui").rglob("*.py"))
        if library in _imports(p)
    }
    assert importers == ADAPTERS[library]


def _process_starters(path: Path) -> set[str]:
    """What in `path` can start a process: process modules it imports, ProcessPoolExecutor,
    and os.fork / os.spawn* / os.exec* / os.posix_spawn* / os.system / os.popen."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            if node.module == "os":
                found.update(f"os.{a.name}" for a in node.names if a.name.startswith(OS_PROCESS_PREFIXES))
            found.update(alias.name for alias in node.names if alias.name in PROCESS_NAMES)
        elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os"
              and node.attr.startswith(OS_PROCESS_PREFIXES)):
            found.add(f"os.{node.attr}")
            continue
        elif isinstance(node, ast.Attribute) and node.attr in PROCESS_NAMES:
            found.add(node.attr)
            continue
        else:
            continue
        for module in modules:
            found.update(m for m in PROCESS_MODULES if module == m or module.startswith(m + "."))
    return found


@pytest.mark.parametrize("path", APP_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_app_starts_processes_only_through_the_child_process_helper(path: Path) -> None:
    """A child process needs the same care everywhere: spawned, never forked (the app
    holds threads and llama.cpp state), its output in a log, its end told plainly (a
    signal, the out-of-memory killer, the log's error lines), stopped and reaped on
    every path. app/jobs/child_process.py does all of it; everything else in app/ goes
    through it.

    One exception: app/hardware/detect.py may use `subprocess` to ask `sysctl -n`
    (macOS memory and GPU facts). That runs a system tool for one line of output, with
    a timeout and captured output: no Python child, no pipe, no log, no crash to tell
    apart, so the helper would add nothing. (NVIDIA facts come from pynvml in
    app/hardware/nvidia.py, in this process: no nvidia-smi child.)
    """
    relative = str(path.relative_to(ROOT))
    assert _process_starters(path) <= PROCESS_EXCEPTIONS.get(relative, set())


def test_process_scanner_sees_every_way(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text(
        "import multiprocessing.pool\nfrom subprocess import run\nimport os\nfrom os import execv\n"
        "from concurrent.futures import ProcessPoolExecutor\nos.fork()\nos.spawnl(0, 'x')\nos.system('x')\n"
        "import concurrent.futures\nconcurrent.futures.ProcessPoolExecutor()\nos.getpid()\n"
    )
    assert _process_starters(sample) == {
        "multiprocessing", "subprocess", "os.execv", "ProcessPoolExecutor", "os.fork", "os.spawnl", "os.system",
    }


def test_scanner_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import PySide6.QtCore\nfrom ui.main import main\n")
    assert {"PySide6", "ui"} <= _imports(sample)

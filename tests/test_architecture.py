"""The architecture is a rule, checked here.

- app/ never imports Qt or ui/; each heavy library is imported by exactly one adapter.
- app/ is made of packages, each with a docstring saying what it owns; the only modules
  directly under app/ are the small shared ones.
- Each package imports only the packages below it (ALLOWED): the chat types depend on
  nothing, the store and the engine never import each other or the chat use cases, only
  the CLI reaches everything.
- In ui/, widgets talk to controllers only: no widget or controller imports a task (the
  threads), the wiring or the composition root, and widgets take from app/ only records.
- app/ starts child processes only through app/jobs/child_process.py.
"""

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
    "fastapi": {"app/serve/http_api.py"},
    "starlette": {"app/serve/http_api.py"},
    "uvicorn": {"app/serve/http_api.py"},
    "markdown_it": {"ui/markdown_html.py"},
    "pygments": {"ui/code_highlight.py"},
    "pypdfium2": {"app/documents/pdf_reader.py"},
    "docx": {"app/documents/docx_reader.py"},
    "selectolax": {"app/documents/html_reader.py"},
    "pythainlp": {"app/documents/thai_words.py"},
    "openai": {"app/remote/openai_client.py"},
}
SHARED_MODULES = {"__init__", "errors", "paths", "logging_setup", "gguf_file"}
SHARED = {"app", "app.errors", "app.jobs", "app.paths", "app.logging_setup"}  # app.jobs: a package
# package (or module) -> what else in app/ it may import, besides SHARED and itself
ALLOWED: dict[str, set[str]] = {
    "app.chat.messages": set(),
    "app.llama": {"app.gguf_file"},
    "app.gguf_file": set(),
    "app.catalog": {"app.gguf_file", "app.llama"},
    "app.store": {"app.chat.messages"},
    "app.engine": {"app.chat.messages", "app.gguf_file", "app.llama"},  # the Llama header check
    "app.hardware": {"app.engine.llama_backend"},  # does this llama.cpp build offload to GPUs?
    "app.planner": {"app.catalog", "app.engine.settings", "app.gguf_file", "app.hardware", "app.llama"},
    "app.dev": {"app.gguf_file", "app.llama"},
    "app.hub": {"app.gguf_file", "app.llama", "app.engine.llama_backend"},
    "app.chat": {"app.engine", "app.planner", "app.store"},
    "app.serve": {"app.chat.messages", "app.engine"},  # the API drives the engine, like the chat use cases
    "app.config": set(),
    "app.arena": {"app.store", "app.planner", "app.hardware", "app.engine", "app.chat.messages"},  # compare_run drives engines
    "app.remote": {"app.chat.messages", "app.config", "app.engine.settings"},
    "app.documents": {"app.store.database", "app.store.errors",  # its own database, the same adapter
                      "app.engine.llama_backend"},  # the embedding model, in process (embedding_model.py)
}
UI_INNER = {"ui.tasks", "ui.wiring", "ui.main"}
WIDGET_APP_IMPORTS = {
    "app.chat.messages", "app.engine.settings", "app.store.records", "app.store.opening",
    "app.store.search", "app.store.textfold", "app.chat.grounding",
    "app.arena.bradley_terry",  # the leaderboard's result records
}


def _imports(path: Path) -> set[str]:
    """Top-level names of every module `path` imports."""
    return {name.split(".")[0] for name in _modules(path)}


def _modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _rule_for(module: str) -> tuple[str, set[str]]:
    """The most specific ALLOWED entry that covers `module`."""
    for key in sorted(ALLOWED, key=len, reverse=True):
        if module == key or module.startswith(key + "."):
            return key, ALLOWED[key]
    raise AssertionError(f"{module} is in no package with a rule: add it to ALLOWED")


def _within(module: str, prefixes: set[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


APP_FILES = sorted((ROOT / "app").rglob("*.py"))
UI_FILES = sorted((ROOT / "ui").rglob("*.py"))

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
    importers = {str(p.relative_to(ROOT)) for p in APP_FILES + UI_FILES if library in _imports(p)}
    assert importers == ADAPTERS[library]


def test_app_is_made_of_packages_that_say_what_they_own() -> None:
    loose = sorted(p.stem for p in (ROOT / "app").glob("*.py") if p.stem not in SHARED_MODULES)
    assert loose == [], "put these modules in a package"
    for package in sorted(p for p in (ROOT / "app").iterdir() if p.is_dir() and p.name != "__pycache__"):
        init = package / "__init__.py"
        assert init.is_file(), f"{package.name} has no __init__.py"
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), f"{init} needs a docstring"


@pytest.mark.parametrize("path", [p for p in APP_FILES if not _module_name(p).startswith(("app.cli", "app.__"))],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_packages_import_only_what_is_below_them(path: Path) -> None:
    module = _module_name(path)
    if module in SHARED or _within(module, {"app.jobs"}) or module == "app.gguf_file":
        key, allowed = "shared", set()
    else:
        key, allowed = _rule_for(module)
    own = key if key != "shared" else module
    wrong = sorted(
        name for name in _modules(path)
        if name.split(".")[0] == "app" and not _within(name, {own} | allowed | SHARED)
    )
    assert wrong == [], f"{module} ({key}) may not import these"


@pytest.mark.parametrize("path", [p for p in UI_FILES if p.parent.name in ("widgets", "controllers")],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_widgets_and_controllers_never_reach_the_threads(path: Path) -> None:
    modules = _modules(path)
    assert sorted(m for m in modules if _within(m, UI_INNER)) == []
    if path.parent.name == "widgets":
        from_app = {m for m in modules if m.split(".")[0] == "app"}
        assert sorted(from_app - WIDGET_APP_IMPORTS) == [], "widgets show records; controllers do the work"


def test_scanner_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import PySide6.QtCore\nfrom ui.main import main\n")
    assert {"PySide6", "ui"} <= _imports(sample)
    assert _modules(sample) == {"PySide6.QtCore", "ui.main"}

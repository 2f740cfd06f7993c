"""The hub code keeps the project's rules: one adapter per library, no Qt, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.paths import REPO_ROOT

# library -> the only modules under app/ and ui/ allowed to import it
ADAPTERS = {
    "huggingface_hub": {"app/hub/hub_api.py"},
    "httpx2": {"app/hub/hub_api.py", "app/hub/transfer.py"},  # huggingface_hub's own HTTP client
    "filelock": {"app/hub/download.py"},
}
# Downloads and installed models (conversion and quantization are checked by their own tests).
MODULES = [
    REPO_ROOT / "app" / "hub" / f"{name}.py"
    for name in ("errors", "hub_api", "transfer", "records", "progress", "download", "installed", "external")
] + [REPO_ROOT / "app" / "cli" / "download_command.py", REPO_ROOT / "app" / "cli" / "models_command.py"]


def imported_roots(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("library", sorted(ADAPTERS))
def test_each_library_has_its_adapters_only(library: str) -> None:
    sources = [*(REPO_ROOT / "app").rglob("*.py"), *(REPO_ROOT / "ui").rglob("*.py")]
    importers = {str(p.relative_to(REPO_ROOT)) for p in sources if library in imported_roots(p)}
    assert importers == ADAPTERS[library]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_modules_are_small_documented_and_qt_free(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(source)), "every module says what it owns"
    assert len(source.splitlines()) <= 400
    assert not imported_roots(path) & {"PySide6", "shiboken6", "ui"}

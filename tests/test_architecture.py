"""The dependency direction is a rule, checked here: app/ never imports Qt or ui/, and
each heavy library is imported by exactly one adapter module."""

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


def test_scanner_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import PySide6.QtCore\nfrom ui.main import main\n")
    assert {"PySide6", "ui"} <= _imports(sample)

"""A built bundle, checked from the outside: only with PADDOCK_BUNDLE=dist/paddock (the
PyInstaller build takes minutes, so it is never part of the ordinary run).

    .venv/bin/python packaging/build_bundle.py
    PADDOCK_BUNDLE=dist/paddock .venv/bin/python -m pytest tests/packaging

The smoke test is benchmarks/bundle_startup.py: the real engine worker answering inside
the bundle, the reply saved, and the time to a usable window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import REPO_ROOT
from ui.i18n import LANGUAGE_CODES

BUNDLE = os.environ.get("PADDOCK_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="set PADDOCK_BUNDLE=dist/paddock to check a built bundle")


@pytest.fixture(scope="module")
def bundle() -> Path:
    path = Path(BUNDLE or "").resolve()
    assert (path / "paddock").is_file() and (path / "paddock-cli").is_file(), f"no bundle at {path}"
    return path


def test_the_bundle_carries_its_data_files(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "models_catalog.yaml").is_file()
    assert {f"paddock_{code}.qm" for code in LANGUAGE_CODES} <= {p.name for p in (internal / "assets" / "i18n").iterdir()}
    assert list((internal / "assets" / "fonts").glob("*.ttf"))
    assert (internal / "assets" / "icons" / "paddock.svg").is_file()
    assert (internal / "llama_cpp" / "lib" / "libllama.so").is_file()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"} <= {p.name for p in (plugins / "platforms").iterdir()}
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert (bundle / "share" / "applications" / "paddock.desktop").is_file()
    assert (bundle / "share" / "icons" / "hicolor" / "512x512" / "apps" / "paddock.png").is_file()


def test_the_smoke_test_passes_inside_the_bundle(bundle: Path) -> None:
    result = subprocess.run([sys.executable, str(REPO_ROOT / "benchmarks" / "bundle_startup.py"),
                             "--bundle", str(bundle), "--runs", "1"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["reply"] and figures["cold_start_s"] > 0 and figures["warm_start_s"] > 0

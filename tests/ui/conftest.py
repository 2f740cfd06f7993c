"""Fixtures for real Qt widgets (offscreen) wired to a real engine."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.engine.settings import SamplingSettings
from app.paths import AppPaths
from ui.main import Paddock, build


@pytest.fixture
def paddock(qapp: QApplication, tmp_path: Path) -> Iterator[Paddock]:
    """The whole app as `paddock` builds it, with its data in tmp_path."""
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en")
    app.controller.sampling = SamplingSettings(temperature=0.0, max_tokens=16)
    app.window.show()
    yield app
    app.window.close()
    app.shutdown()
    assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)

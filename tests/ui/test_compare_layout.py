"""The Compare window in every language and the stretched pseudo-locale: no text is
clipped at its default size (tests/ui/test_layout_pseudo.py's check)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.paths import AppPaths
from tests.ui.test_layout_pseudo import LANGUAGE_CODES, PSEUDO, settled_clipped
from ui.main import Paddock, build


@pytest.fixture
def paddock(qapp: QApplication, tmp_path: Path, monkeypatch) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PADDOCK_LANGUAGE", raising=False)
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en")
    app.window.show()
    assert app.compare is not None and app.compare.open_window is not None
    app.compare.open_window()
    yield app
    app.window.close()
    app.languages.close()
    app.shutdown()


@pytest.mark.parametrize("code", [PSEUDO, *LANGUAGE_CODES])
def test_the_compare_window_fits(paddock: Paddock, qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    paddock.languages.apply(code) if code == PSEUDO else paddock.languages.choose(code)
    window = paddock.compare.window  # type: ignore[union-attr]
    assert window is not None
    assert window.send_button.text() != "Send to all" or code == "en"
    assert settled_clipped(qtbot, window) == []
    window.tabs.setCurrentIndex(1)
    assert settled_clipped(qtbot, window) == []

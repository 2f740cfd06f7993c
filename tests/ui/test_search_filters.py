"""The window's search has the model and date filters of `paddock-cli history search`:
real panel, controller, history thread and SQLite store."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.paths import AppPaths
from app.store.conversations import create_conversation
from app.store.messages import add_message
from app.store.records import Role
from tests.fake_engine import FakeEngine
from ui.main import Paddock, build

WAIT = 30_000
DAY_MS = 86_400_000


@pytest.fixture
def paddock(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en",
                engine_client=FakeEngine())  # type: ignore[arg-type]
    app.window.show()
    qtbot.waitUntil(lambda: app.history.task.store is not None, timeout=WAIT)
    yield app
    app.window.close()
    app.shutdown()
    assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)


def _saved(db, model: str, text: str, age_days: int) -> None:  # type: ignore[no-untyped-def]
    when = int(time.time() * 1000) - age_days * DAY_MS
    conversation = create_conversation(db, title=text, model=model, created_ms=when)
    add_message(db, conversation.id, Role.USER, text, model=model, created_ms=when)
    add_message(db, conversation.id, Role.ASSISTANT, "Knead it.", model=model, created_ms=when)


def _hits(paddock: Paddock) -> list[str]:
    panel = paddock.window.history_panel
    return [panel.list.item(row).text().split("\n")[0] for row in range(panel.list.count())]


def test_search_by_model_and_by_date(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    _saved(db, "Llama 3.1 8B Instruct", "old bread question", age_days=100)
    _saved(db, "Llama 3.2 1B Instruct", "new bread question", age_days=0)
    panel = paddock.window.history_panel
    row = panel.search_filters
    with qtbot.waitSignal(paddock.history_controller.listed, timeout=WAIT):
        paddock.history_controller.rename(1, "old bread question")  # anything that lists the conversations again
    qtbot.waitUntil(lambda: row.model_box.count() == 3, timeout=WAIT)
    assert [row.model_box.itemText(i) for i in range(3)] == ["Any model", "Llama 3.1 8B Instruct",
                                                             "Llama 3.2 1B Instruct"]
    panel.search_field.setText("bread")
    qtbot.waitUntil(lambda: sorted(_hits(paddock)) == ["new bread question", "old bread question"], timeout=WAIT)
    row.model_box.setCurrentIndex(1)
    row.changed.emit()
    qtbot.waitUntil(lambda: _hits(paddock) == ["old bread question"], timeout=WAIT)
    row.model_box.setCurrentIndex(0)
    row.date_box.setCurrentIndex(3)  # the last 30 days
    row.changed.emit()
    qtbot.waitUntil(lambda: _hits(paddock) == ["new bread question"], timeout=WAIT)
    assert [row.date_box.itemText(i) for i in range(row.date_box.count())] == [
        "Any time", "Today", "Last 7 days", "Last 30 days", "Last year"]

"""Fixtures for app tests: real SQLite files under tmp_path, opened through open_store()."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.store.database import Database
from app.store.opening import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "paddock.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()


@pytest.fixture
def db(store: Store) -> Database:
    return store.connection()

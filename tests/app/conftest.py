"""Fixtures for app tests: real SQLite files under tmp_path, opened through open_store()."""

from __future__ import annotations

import base64
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


@pytest.fixture(scope="session")
def small_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 257-token tiktoken file: GGUFs with real layer shapes but a tiny vocabulary."""
    path = tmp_path_factory.mktemp("tok") / "small.model"
    lines = [f"{base64.b64encode(bytes([i])).decode()} {i}" for i in range(256)]
    lines.append(f"{base64.b64encode(b'ab').decode()} 256")
    path.write_text("\n".join(lines) + "\n")
    return path

"""Fixtures for the hub tests: a mock hub on 127.0.0.1 (see mock_hub.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from tests.app.hub.mock_hub import MockHub
from tests.app.hub.support import write_small_gguf  # importing it sets the loopback-only environment


@pytest.fixture
def hub() -> Iterator[MockHub]:
    with MockHub() as mock:
        yield mock


@pytest.fixture(scope="session")
def gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real, small Llama GGUF (F16), written once per run."""
    return write_small_gguf(tmp_path_factory.mktemp("gguf") / "small-llama-F16.gguf")

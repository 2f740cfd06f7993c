"""Shared fixtures: a real tiny Llama GGUF, a real engine worker, an isolated PADDOCK_HOME.

Qt runs offscreen (set before anything imports Qt): without a display the whole pytest
process would abort.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the person's real data folders from a test.
os.environ["PADDOCK_HOME"] = tempfile.mkdtemp(prefix="paddock-test-home-")

import pytest

from app.dev.tiny_model import LLAMA3_TOKENIZER, write_random_llama
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings

TOKENIZER_MODEL = LLAMA3_TOKENIZER


@pytest.fixture(scope="session")
def tiny_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer Llama 3.1-architecture GGUF (F16, ~76 MB), built once per test run."""
    return write_random_llama(tmp_path_factory.mktemp("models") / "tiny-llama.gguf", seed=1234)


@pytest.fixture
def engine_log(tmp_path: Path) -> Path:
    return tmp_path / "engine.log"


@pytest.fixture
def engine(engine_log: Path) -> Iterator[EngineClient]:
    """A real engine client (worker process started on first use)."""
    client = EngineClient(engine_log)
    yield client
    client.close()


@pytest.fixture
def loaded_engine(engine: EngineClient, tiny_model_path: Path) -> EngineClient:
    engine.load(LoadSettings(model_path=tiny_model_path, n_ctx=4096, n_threads=2, seed=7))
    return engine

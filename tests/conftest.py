"""Shared fixtures: real tiny Llama GGUFs, a real engine worker, an isolated PADDOCK_HOME.

Two kinds of model: `tiny_model_path` has random weights, for what does not depend on
what a model says (loading, tokenizing, memory, embeddings); other CPUs run other
llama.cpp kernels and can make it say something else. `scripted_model_path` and
`endless_model_path` say the same thing on every CPU (app/dev/scripted_model.py): tests
that look at a reply, its length or why it stopped use them.

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

from app.dev.scripted_model import write_scripted_llama
from app.dev.tiny_model import LLAMA3_TOKENIZER, write_random_llama
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings

TOKENIZER_MODEL = LLAMA3_TOKENIZER
SCRIPTED_NAME = "Paddock scripted Llama 3.1"
# What the scripted model answers to anything, then <|eot_id|>: 9 tokens
# (B|read| needs| flour|,| water| and| time|.), none at the edges for the template to trim.
SCRIPTED_REPLY = "Bread needs flour, water and time."
SCRIPTED_REPLY_TOKENS = 9
# What the endless model says again and again, one piece a token; it never ends a turn.
ENDLESS_PIECES = (" and", " on")


def endless_text(n_tokens: int) -> str:
    """The endless model's first `n_tokens` tokens as text."""
    return "".join(ENDLESS_PIECES[i % len(ENDLESS_PIECES)] for i in range(n_tokens))


@pytest.fixture(scope="session")
def tiny_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer Llama 3.1-architecture GGUF (F16, ~76 MB), built once per test run."""
    return write_random_llama(tmp_path_factory.mktemp("models") / "tiny-llama.gguf", seed=1234)


@pytest.fixture(scope="session")
def scripted_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer Llama 3.1 GGUF (F16, ~140 MB) that answers SCRIPTED_REPLY to anything."""
    return write_scripted_llama(tmp_path_factory.mktemp("models") / "scripted-llama.gguf", SCRIPTED_REPLY)


@pytest.fixture(scope="module")
def remote_server_url(scripted_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of llama-cpp-python's own OpenAI server on the scripted model, as a
    remote backend (tests/remote_servers.py); one per test module: starting it takes seconds."""
    from tests.remote_servers import llama_server

    with llama_server(scripted_model_path, tmp_path_factory.mktemp("server") / "server.log") as url:
        yield url


@pytest.fixture(scope="session")
def endless_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Like scripted_model_path, but it answers " and on and on..." until it is stopped,
    runs into max_tokens or fills the context."""
    return write_scripted_llama(tmp_path_factory.mktemp("models") / "endless-llama.gguf",
                                "".join(ENDLESS_PIECES), endless=True)


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


@pytest.fixture
def scripted_engine(engine: EngineClient, scripted_model_path: Path) -> EngineClient:
    engine.load(LoadSettings(model_path=scripted_model_path, n_ctx=4096, n_threads=2, seed=7))
    return engine


@pytest.fixture
def endless_engine(engine: EngineClient, endless_model_path: Path) -> EngineClient:
    engine.load(LoadSettings(model_path=endless_model_path, n_ctx=4096, n_threads=2, seed=7))
    return engine

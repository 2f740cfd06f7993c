"""Fixtures for the API: a real server (uvicorn on a free loopback port, in a thread of
the test process) in front of a real engine worker with a scripted model."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional

import pytest

from app.engine.client import EngineClient
from app.engine.settings import LoadSettings, ModelInfo
from app.serve.http_api import ApiServer
from app.serve.service import ApiService, ServeEngine

SCRIPTED_ID = "scripted"
SERVE_CTX = 2048


@dataclass
class Served:
    url: str  # the base, without /v1
    service: ApiService


@pytest.fixture
def start_server() -> Iterator[Callable[..., Served]]:
    """Start an API server for an engine; every server started is stopped at the end."""
    running: list[tuple[ApiServer, threading.Thread]] = []

    def start(engine: ServeEngine, load: Callable[[], ModelInfo], model_id: str = SCRIPTED_ID,
              api_key: Optional[str] = None, preload: bool = True) -> Served:
        service = ApiService(engine, load, model_id)
        if preload:  # ready before the first request; else it loads when the server starts
            service.load()
        server = ApiServer(service, host="127.0.0.1", port=0, api_key=api_key)
        thread = threading.Thread(target=server.run, name="test-api-server")
        thread.start()
        running.append((server, thread))
        return Served(server.url, service)

    yield start
    for server, thread in running:
        server.stop()
        thread.join(30)
        assert not thread.is_alive(), "the server did not stop"


@pytest.fixture(scope="module")
def module_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineClient]:
    client = EngineClient(tmp_path_factory.mktemp("serve") / "engine.log")
    yield client
    client.close()


def load_settings(model: Path) -> LoadSettings:
    return LoadSettings(model_path=model, n_ctx=SERVE_CTX, n_threads=2, seed=7)


def loaded_once(engine: EngineClient, settings: LoadSettings) -> Callable[[], ModelInfo]:
    """A load for ApiService that reuses the model when the engine already holds it."""
    def load() -> ModelInfo:
        info = engine.model_info
        if info is not None and info.path == settings.model_path:
            return info
        return engine.load(settings)
    return load


@pytest.fixture
def scripted_api(start_server: Callable[..., Served], module_engine: EngineClient,
                 scripted_model_path: Path) -> Served:
    """The scripted model served (it answers SCRIPTED_REPLY to anything)."""
    return start_server(module_engine, loaded_once(module_engine, load_settings(scripted_model_path)))

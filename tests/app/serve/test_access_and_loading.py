"""Who may call the API (API keys, loopback by default) and what it answers while the
model loads or when the load fails. The engine is FakeEngine: these are about the
server, not about what the model says; its loads still read the real file's header
and run the real planner's fit check."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Callable

import httpx2 as httpx
import pytest

from app.chat.model_loading import ModelLoader
from app.engine.settings import LoadSettings
from app.errors import InvalidRequestError
from app.hardware.detect import HardwareSnapshot
from app.serve.access import check_listen_address, is_loopback
from app.serve.http_api import ApiServer
from app.serve.served_model import ModelState
from app.serve.service import ApiService
from tests.app.serve.conftest import Served
from tests.fake_engine import FakeEngine

KEY = "sk-paddock-test-key-0123456789"
HI = {"messages": [{"role": "user", "content": "hi"}]}


def _fake_load(fake: FakeEngine, model: Path) -> Callable[[], object]:
    return lambda: fake.load(LoadSettings(model_path=model, n_ctx=2048, n_threads=2))


def test_an_api_key_is_required_on_every_route(start_server: Callable[..., Served], scripted_model_path: Path) -> None:
    fake = FakeEngine()
    api = start_server(fake, _fake_load(fake, scripted_model_path), api_key=KEY)
    for headers in ({}, {"Authorization": "Bearer wrong-key"}, {"Authorization": f"Basic {KEY}"},
                    {"Authorization": f"Bearer {KEY}x"}):
        for response in (httpx.get(f"{api.url}/v1/models", headers=headers),
                         httpx.post(f"{api.url}/v1/chat/completions", json=HI, headers=headers)):
            assert response.status_code == 401, headers
            assert response.json()["error"]["code"] == "invalid_api_key"
            assert response.headers["www-authenticate"] == "Bearer"
    assert fake.requests == []  # refused before the engine saw anything
    good = {"Authorization": f"Bearer {KEY}"}
    assert httpx.get(f"{api.url}/v1/models", headers=good).status_code == 200
    reply = httpx.post(f"{api.url}/v1/chat/completions", json=HI, headers=good)
    assert reply.json()["choices"][0]["message"]["content"] == "OK"


def test_no_cors_headers(start_server: Callable[..., Served], scripted_model_path: Path) -> None:
    fake = FakeEngine()
    api = start_server(fake, _fake_load(fake, scripted_model_path))
    response = httpx.get(f"{api.url}/v1/models", headers={"Origin": "https://example.com"})
    assert response.status_code == 200
    assert not [h for h in response.headers if h.lower().startswith("access-control-")]
    preflight = httpx.options(f"{api.url}/v1/chat/completions", headers={
        "Origin": "https://example.com", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_web_pages_are_kept_out(start_server: Callable[..., Served], scripted_model_path: Path) -> None:
    fake = FakeEngine()
    api = start_server(fake, _fake_load(fake, scripted_model_path))
    port = api.url.rsplit(":", 1)[1]
    # a page whose own name was pointed at 127.0.0.1 (DNS rebinding) sends its own Host
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example"):
        rebound = httpx.get(f"{api.url}/v1/models", headers={"Host": host})
        assert rebound.status_code == 403 and rebound.json()["error"]["code"] == "host_not_allowed"
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", "localhost"):
        assert httpx.get(f"{api.url}/v1/models", headers={"Host": host}).status_code == 200
    # a form or a "simple" fetch cannot send JSON without a CORS preflight, which gets no answer
    form = httpx.post(f"{api.url}/v1/chat/completions", content=json.dumps(HI).encode(),
                      headers={"Content-Type": "text/plain"})
    assert form.status_code == 415 and "application/json" in form.json()["error"]["message"]
    assert fake.requests == []
    assert httpx.post(f"{api.url}/v1/chat/completions", content=json.dumps(HI).encode(),
                      headers={"Content-Type": "application/json; charset=utf-8"}).status_code == 200


@pytest.mark.parametrize("host, key, refused", [
    ("127.0.0.1", None, False), ("localhost", None, False), ("::1", None, False),
    ("0.0.0.0", None, True), ("::", None, True), ("192.168.1.20", None, True), ("my-laptop.lan", None, True),
    ("0.0.0.0", KEY, False), ("127.0.0.1", "short", True),
])
def test_only_loopback_without_a_key(host: str, key: str, refused: bool) -> None:
    if refused:
        with pytest.raises(InvalidRequestError, match="API key"):
            check_listen_address(host, key)
    else:
        check_listen_address(host, key)
    assert is_loopback(host) == (host in ("127.0.0.1", "localhost", "::1"))


def test_503_while_the_model_loads(start_server: Callable[..., Served], scripted_model_path: Path) -> None:
    fake = FakeEngine()
    gate = threading.Event()
    load = _fake_load(fake, scripted_model_path)

    def slow_load() -> object:
        assert gate.wait(30)
        return load()

    api = start_server(fake, slow_load, preload=False)
    try:
        busy = httpx.post(f"{api.url}/v1/chat/completions", json=HI)
        assert busy.status_code == 503
        assert busy.json()["error"]["code"] == "model_loading"
        assert httpx.get(f"{api.url}/health").json()["status"] == "loading"
        assert httpx.get(f"{api.url}/v1/models").status_code == 200  # the name is known already
    finally:
        gate.set()
    deadline = time.monotonic() + 30
    while api.service.state is ModelState.LOADING and time.monotonic() < deadline:
        time.sleep(0.01)  # waiting for a state, not dodging a race
    assert httpx.get(f"{api.url}/health").status_code == 200
    assert httpx.post(f"{api.url}/v1/chat/completions", json=HI).json()["choices"][0]["message"]["content"] == "OK"


def test_a_model_too_large_stops_the_server(scripted_model_path: Path) -> None:
    fake = FakeEngine()
    mib = 2**20
    little = HardwareSnapshot(ram_total=256 * mib, ram_available=64 * mib, physical_cores=2, logical_cores=2)
    loader = ModelLoader(fake, little)  # the planner's real fit check
    settings = LoadSettings(model_path=scripted_model_path, n_ctx=2048, n_threads=2)
    service = ApiService(fake, lambda: loader.load(settings), "scripted")
    server = ApiServer(service, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.run)
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "the server should stop by itself"
    assert service.state is ModelState.FAILED
    assert service.load_error is not None and service.load_error.kind == "model_too_large"
    assert fake.loads == []


def test_a_port_in_use_is_a_clear_error(start_server: Callable[..., Served], scripted_model_path: Path) -> None:
    fake = FakeEngine()
    api = start_server(fake, _fake_load(fake, scripted_model_path))
    port = int(api.url.rsplit(":", 1)[1])
    with pytest.raises(InvalidRequestError, match=f"port {port}.*--port"):
        ApiServer(ApiService(fake, lambda: fake.info, "x"), host="127.0.0.1", port=port)

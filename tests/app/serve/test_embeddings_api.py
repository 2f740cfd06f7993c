"""/v1/embeddings from an embedding model in its own engine worker (the tiny random-weight
model: vectors are checked for shape, norm and consistency, never for their values)."""

from __future__ import annotations

import base64
import math
import struct
import threading
from pathlib import Path
from typing import Iterator

import httpx2 as httpx
import pytest

from app.engine.client import EngineClient
from app.engine.settings import LoadSettings
from app.serve.embeddings import EmbeddingService
from app.serve.http_api import ApiServer
from app.serve.service import ApiService
from tests.fake_engine import FakeEngine

EMBED_CTX = 256


@pytest.fixture(scope="module")
def embedding_url(tiny_model_path: Path, scripted_model_path: Path,
                  tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chat = FakeEngine()
    chat.load(LoadSettings(model_path=scripted_model_path, n_ctx=2048, n_threads=2))
    engine = EngineClient(tmp_path_factory.mktemp("embed") / "engine.log")
    settings = LoadSettings(model_path=tiny_model_path, n_ctx=EMBED_CTX, n_batch=EMBED_CTX, n_ubatch=EMBED_CTX,
                            n_threads=2, embeddings=True)
    embeddings = EmbeddingService(engine, lambda: engine.load(settings), "tiny-embed")
    embeddings.load()
    service = ApiService(chat, lambda: chat.info, "scripted")  # type: ignore[arg-type, return-value]
    service.load()
    server = ApiServer(service, host="127.0.0.1", port=0, embeddings=embeddings)
    thread = threading.Thread(target=server.run)
    thread.start()
    try:
        yield server.url
    finally:
        server.stop()
        thread.join(30)
        engine.close()


def _embed(url: str, **body: object) -> httpx.Response:
    return httpx.post(f"{url}/v1/embeddings", json=body, timeout=60)


def test_vectors_for_each_text(embedding_url: str) -> None:
    texts = ["Bread needs flour.", "Water and time.", "Bread needs flour."]
    body = _embed(embedding_url, model="tiny-embed", input=texts).json()
    assert body["object"] == "list" and body["model"] == "tiny-embed"
    assert [d["index"] for d in body["data"]] == [0, 1, 2]
    vectors = [d["embedding"] for d in body["data"]]
    assert len({len(v) for v in vectors}) == 1 and len(vectors[0]) > 16
    assert all(math.isclose(math.fsum(x * x for x in v), 1.0, rel_tol=1e-4) for v in vectors)  # normalized
    assert vectors[0] == pytest.approx(vectors[2], abs=1e-5) and vectors[0] != pytest.approx(vectors[1], abs=1e-3)
    assert body["usage"]["prompt_tokens"] == body["usage"]["total_tokens"] > 3 * 3
    one = _embed(embedding_url, input="Water and time.").json()
    assert one["data"][0]["embedding"] == pytest.approx(vectors[1], abs=1e-5)


def test_base64_vectors_as_openais_client_asks(embedding_url: str) -> None:
    plain = _embed(embedding_url, input="Bread").json()["data"][0]["embedding"]
    packed = _embed(embedding_url, input="Bread", encoding_format="base64").json()["data"][0]["embedding"]
    raw = base64.b64decode(packed)
    assert list(struct.unpack(f"<{len(raw) // 4}f", raw)) == pytest.approx(plain, abs=1e-6)


def test_the_models_list_holds_both(embedding_url: str) -> None:
    ids = [m["id"] for m in httpx.get(f"{embedding_url}/v1/models").json()["data"]]
    assert ids == ["scripted", "tiny-embed"]
    assert httpx.get(f"{embedding_url}/health").json()["models"] == {"scripted": "ready", "tiny-embed": "ready"}


@pytest.mark.parametrize("body, status, param", [
    ({"input": "flour " * EMBED_CTX}, 400, "input"),  # longer than the context: not cut silently
    ({"input": []}, 400, "input"),
    ({"input": [[1, 2, 3]]}, 400, "input"),
    ({"input": ["bread", ""]}, 400, "input"),
    ({"input": "bread", "dimensions": 8}, 400, "dimensions"),
    ({"input": "bread", "encoding_format": "int8"}, 400, "encoding_format"),
    ({"input": "bread", "model": "scripted"}, 404, "model"),
])
def test_bad_embedding_requests(embedding_url: str, body: dict, status: int, param: str) -> None:
    response = _embed(embedding_url, **body)
    assert response.status_code == status
    assert response.json()["error"]["param"] == param


def test_no_embedding_model_no_embeddings(start_server, scripted_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = FakeEngine()
    api = start_server(fake, lambda: fake.load(LoadSettings(model_path=scripted_model_path, n_ctx=2048)))
    response = _embed(api.url, input="bread")
    assert response.status_code == 400 and "--embedding-model" in response.json()["error"]["message"]

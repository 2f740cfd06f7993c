"""`/v1/embeddings` from a real embedding GGUF's shape (a tiny random BERT: no chat
template, its own mean pooling), through the engine worker and OpenAI's own client. The
vectors are checked for shape, norm and consistency, never for their values."""

from __future__ import annotations

import math
import threading
from pathlib import Path
from typing import Iterator

import pytest

from app.dev.tiny_bert import write_random_bert
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings
from app.serve.embeddings import EmbeddingService
from app.serve.http_api import ApiServer
from app.serve.service import ApiService
from tests.fake_engine import FakeEngine

EMBED_CTX = 512


@pytest.fixture(scope="module")
def served(scripted_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    bert = write_random_bert(tmp_path_factory.mktemp("bert") / "tiny-bert.gguf", seed=5)
    chat = FakeEngine()
    chat.load(LoadSettings(model_path=scripted_model_path, n_ctx=2048, n_threads=2))
    engine = EngineClient(tmp_path_factory.mktemp("embed") / "engine.log")
    settings = LoadSettings(model_path=bert, n_ctx=EMBED_CTX, n_batch=EMBED_CTX, n_ubatch=EMBED_CTX,
                            n_threads=2, embeddings=True)
    embeddings = EmbeddingService(engine, lambda: engine.load(settings), "tiny-bert")
    embeddings.load()  # a model without a chat template loads for embeddings
    service = ApiService(chat, lambda: chat.info, "scripted")  # type: ignore[arg-type, return-value]
    service.load()
    server = ApiServer(service, host="127.0.0.1", port=0, embeddings=embeddings)
    thread = threading.Thread(target=server.run)
    thread.start()
    try:
        yield server.url, bert
    finally:
        server.stop()
        thread.join(30)
        engine.close()


def test_openai_client_embeds_with_a_bert_gguf(served: tuple[str, Path]) -> None:
    import openai

    url, bert = served
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
    result = client.embeddings.create(model="tiny-bert", input=["Bread needs flour.", "Water.", "Bread needs flour."])
    vectors = [d.embedding for d in result.data]
    assert [len(v) for v in vectors] == [64, 64, 64]  # the BERT's width
    assert all(math.isclose(math.fsum(x * x for x in v), 1.0, rel_tol=1e-3) for v in vectors)
    assert vectors[0] == pytest.approx(vectors[2], abs=1e-5) and vectors[0] != pytest.approx(vectors[1], abs=1e-3)
    assert result.usage.prompt_tokens > 0


def test_the_vectors_are_the_files_own_pooling(served: tuple[str, Path]) -> None:
    """The same vectors as the documents' embedder, which pools as the file says."""
    import openai

    from app.documents.embedding_model import LlamaEmbedder

    url, bert = served
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
    served_vector = client.embeddings.create(model="tiny-bert", input="Paper goes in the tray.").data[0].embedding
    with LlamaEmbedder.open(bert, n_ctx=EMBED_CTX, n_threads=1) as embedder:
        local = embedder.embed_query("Paper goes in the tray.")
    assert served_vector == pytest.approx(list(local), abs=2e-3)


def test_a_text_too_long_with_the_encoders_cls_and_sep_is_refused(served: tuple[str, Path]) -> None:
    import openai

    from app.engine.llama_backend import tokenize_with_model

    url, bert = served
    words = 1
    while len(tokenize_with_model(bert, "a " * words, special=False)) < EMBED_CTX - 1:
        words += 1
    text = "a " * words
    assert len(tokenize_with_model(bert, text, special=False)) == EMBED_CTX - 1  # + [CLS] + [SEP]: one too many
    client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
    with pytest.raises(openai.BadRequestError) as refused:
        client.embeddings.create(model="tiny-bert", input=text)
    assert refused.value.code == "context_length_exceeded" and "513 tokens" in str(refused.value)
    shorter = "a " * (words - 1)
    assert len(client.embeddings.create(model="tiny-bert", input=shorter).data[0].embedding) == 64

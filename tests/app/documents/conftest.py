"""Fixtures for the documents tests: a tiny random BERT embedding GGUF run by real llama.cpp."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.dev.tiny_bert import write_random_bert
from app.documents.embedding_model import LlamaEmbedder


@pytest.fixture(scope="session")
def tiny_bert_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer BERT GGUF (64 dimensions, mean pooling, ~0.2 MB); no "e5" in its name: no prefixes."""
    return write_random_bert(tmp_path_factory.mktemp("embedding") / "tiny-bert.gguf", seed=7)


@pytest.fixture(scope="session")
def tiny_e5_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same model under an e5 name: "passage: " and "query: " prefixes."""
    return write_random_bert(tmp_path_factory.mktemp("embedding") / "tiny-multilingual-e5.gguf", seed=7)


@pytest.fixture
def embedder(tiny_bert_path: Path) -> Iterator[LlamaEmbedder]:
    with LlamaEmbedder.open(tiny_bert_path, n_ctx=512, n_threads=1) as opened:
        yield opened

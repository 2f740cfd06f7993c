"""Embeddings through real llama.cpp: a tiny random BERT (the architecture of
multilingual-e5 and bge-m3 in GGUF) and a tiny Llama without pooling of its own.
Mechanics only: dimensions, normalization, token counts, prefixes, determinism."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.documents.embedder import from_blobs, normalized, to_blob
from app.documents.embedding_model import LlamaEmbedder, model_key, prefixes_for
from app.errors import AppError

TEXTS = ["The reset button is under the lid.", "दिल्ली भारत की राजधानी है।", "แมวของฉันชอบนอนบนหลังคา", "x"]


def test_the_bert_file_runs_with_its_own_tokenizer_and_pooling(embedder: LlamaEmbedder) -> None:
    assert embedder.dim == 64 and embedder.max_tokens == 512
    assert embedder.count_tokens("a") == 3  # [CLS] a [SEP]
    assert embedder.count_tokens("ab cd") == 6
    assert embedder.count_tokens(TEXTS[2]) > 10  # Thai read letter by letter by this vocabulary


def test_vectors_are_normalized_rows_and_identical_text_gives_identical_vectors(embedder: LlamaEmbedder) -> None:
    matrix = embedder.embed_passages(TEXTS + [TEXTS[0]])
    assert matrix.shape == (5, 64) and matrix.dtype == np.float32
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
    assert np.allclose(matrix[0], matrix[4], atol=1e-6)  # (batch places differ in the last bits)
    assert not np.allclose(matrix[0], matrix[1])
    # batched or alone, the same vector; without a prefix the query vector is the passage's
    assert np.allclose(embedder.embed_passages([TEXTS[1]])[0], matrix[1], atol=1e-5)
    assert np.allclose(embedder.embed_query(TEXTS[0]), matrix[0], atol=1e-5)


def test_more_texts_than_one_batch_keep_their_order(embedder: LlamaEmbedder) -> None:
    texts = [f"passage number {n}" for n in range(70)]
    matrix = embedder.embed_passages(texts)
    assert matrix.shape == (70, 64)
    assert np.allclose(matrix[41], embedder.embed_passages([texts[41]])[0], atol=1e-5)


def test_e5_models_get_their_passage_and_query_prefixes(tiny_e5_path: Path, tiny_bert_path: Path) -> None:
    assert prefixes_for(tiny_e5_path) == ("passage: ", "query: ")
    assert prefixes_for(Path("bge-m3-Q8_0.gguf")) == ("", "")
    with LlamaEmbedder.open(tiny_e5_path, n_ctx=512, n_threads=1) as e5, \
            LlamaEmbedder.open(tiny_bert_path, n_ctx=512, n_threads=1) as plain:
        assert e5.count_tokens("a") == plain.count_tokens("passage: a")
        assert np.allclose(e5.embed_passages(["a"])[0], plain.embed_passages(["passage: a"])[0], atol=1e-5)
        assert np.allclose(e5.embed_query("a"), plain.embed_query("query: a"), atol=1e-5)
        assert not np.allclose(e5.embed_query("a"), e5.embed_passages(["a"])[0])
        assert e5.model != plain.model  # another file, other vectors


def test_the_context_is_capped_at_the_trained_one(tiny_bert_path: Path) -> None:
    with LlamaEmbedder.open(tiny_bert_path, n_ctx=4096, n_threads=1) as opened:
        assert opened.max_tokens == 512


def test_a_llama_without_pooling_of_its_own_is_mean_pooled(tiny_model_path: Path) -> None:
    with LlamaEmbedder.open(tiny_model_path, n_ctx=256, n_threads=1) as llama:
        matrix = llama.embed_passages(["hello", "hello", "world"])
    assert matrix.shape == (3, 256)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=1e-5)
    assert np.allclose(matrix[0], matrix[1], atol=1e-6)


def test_a_file_that_is_not_a_model_is_refused_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-model.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 64)
    with pytest.raises(AppError):
        LlamaEmbedder.open(bad, n_ctx=512)


def test_blobs_are_float16_and_read_back_as_one_matrix(tiny_bert_path: Path) -> None:
    rows = normalized(np.random.default_rng(0).standard_normal((3, 64)))
    blobs = [to_blob(r) for r in rows]
    assert all(len(b) == 128 for b in blobs)
    back = from_blobs(blobs, 64)
    assert back.dtype == np.float32 and np.allclose(back, rows, atol=1e-3)
    assert model_key(tiny_bert_path).startswith("tiny-bert.gguf:")

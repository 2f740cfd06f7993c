"""The catalog's `kind: embedding` models: apart from the Llamas, their numbers agree
with the published models and files, broken entries are refused, and the planner sizes
them as weights plus a small context."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from app.catalog.entries import CATALOG_FILE, CatalogError, load_catalog, parse_catalog
from app.documents.embedding_model import prefixes_for
from app.planner.embedding_memory import embedding_memory

EMBEDDING_IDS = {"multilingual-e5-small", "multilingual-e5-base", "bge-m3"}
# Hugging Face model pages (safetensors parameter totals).
PUBLISHED_PARAMETERS = {"multilingual-e5-small": 118e6, "multilingual-e5-base": 278e6, "bge-m3": 568e6}
# Hugging Face file listings of the repositories the catalog names.
PUBLISHED_FILES = [
    ("multilingual-e5-base", "Q8_0", 303e6), ("multilingual-e5-base", "F16", 563e6),
    ("bge-m3", "Q4_K_M", 438e6), ("bge-m3", "Q5_K_M", 468e6), ("bge-m3", "Q6_K", 499e6),
    ("bge-m3", "Q8_0", 635e6), ("bge-m3", "F16", 1.16e9),
]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))


def test_embedding_models_are_listed_apart_from_the_llamas(catalog) -> None:
    assert {e.id for e in catalog.embedding_models} == EMBEDDING_IDS
    assert not EMBEDDING_IDS & {e.id for e in catalog.entries}
    assert not EMBEDDING_IDS & {e.id for e in catalog.chat_models}
    for entry in catalog.embedding_models:
        assert entry.licence.licence == "MIT License" and not entry.licence.gated
        assert entry.quants and all(entry.download(q).parts[0].endswith(".gguf") for q in entry.quants)
        assert entry.download("Q8_0") is not None
    assert catalog.embedding_model("bge-m3").architecture.pooling == "cls"
    with pytest.raises(CatalogError, match="Unknown embedding model"):
        catalog.embedding_model("llama-3.2-1b")


def test_prefixes_agree_with_what_a_file_name_gives(catalog) -> None:
    for entry in catalog.embedding_models:
        name = Path(entry.download("Q8_0").parts[0]).name
        assert prefixes_for(Path(name)) == (entry.passage_prefix, entry.query_prefix)


@pytest.mark.parametrize("model_id", sorted(EMBEDDING_IDS))
def test_architecture_gives_the_published_parameter_count(catalog, model_id: str) -> None:
    count = catalog.embedding_model(model_id).architecture.parameter_count
    assert count == pytest.approx(PUBLISHED_PARAMETERS[model_id], rel=0.02)


@pytest.mark.parametrize(("model_id", "quant", "size"), PUBLISHED_FILES)
def test_computed_file_size_matches_published_file(catalog, model_id: str, quant: str, size: float) -> None:
    assert catalog.embedding_model(model_id).file_bytes(quant) == pytest.approx(size, rel=0.05)


def _embedding(d: dict, model_id: str) -> dict:
    return next(m for m in d["models"] if m["id"] == model_id)


@pytest.mark.parametrize(("mutate", "words"), [
    (lambda d: _embedding(d, "bge-m3").update(kind="embeddings"), ["bge-m3", "kind must be embedding"]),
    (lambda d: _embedding(d, "bge-m3")["architecture"].update(pooling="max"), ["pooling must be one of"]),
    (lambda d: _embedding(d, "bge-m3").pop("prefixes"), ["missing", "prefixes"]),
    (lambda d: _embedding(d, "multilingual-e5-base").update(gguf=[]), ["at least one GGUF"]),
    (lambda d: _embedding(d, "multilingual-e5-base")["architecture"].update(n_head=7), ["multiple of n_head"]),
    (lambda d: _embedding(d, "multilingual-e5-small").update(id="bge-m3"), ["duplicate id"]),
    (lambda d: _embedding(d, "bge-m3")["gguf"][0]["files"].update(Q3_K_M="b.gguf"), ["Q3_K_M", "not offered"]),
])
def test_a_broken_embedding_entry_is_refused_with_a_clear_message(raw, mutate, words) -> None:
    broken = copy.deepcopy(raw)
    mutate(broken)
    with pytest.raises(CatalogError) as caught:
        parse_catalog(broken)
    for word in words:
        assert word in caught.value.detail


def test_the_planner_counts_weights_and_a_small_context(catalog) -> None:
    small = catalog.embedding_model("multilingual-e5-small")
    memory = embedding_memory(small, "Q8_0")
    assert memory.weights == small.file_bytes("Q8_0")
    assert 16 * 2**20 < memory.context < 64 * 2**20 and memory.total == memory.weights + memory.context
    assert embedding_memory(small, "Q8_0", n_ctx=8192) == memory  # capped at its trained 512
    bge = catalog.embedding_model("bge-m3")
    at_2k, at_8k = embedding_memory(bge, "Q8_0", 2048), embedding_memory(bge, "Q8_0", 8192)
    assert 0.25e9 < at_2k.context < 0.5e9  # 16 heads x 2,048^2 attention scores in F32 lead
    assert at_8k.context > 10 * at_2k.context  # the scores grow with the square of the context

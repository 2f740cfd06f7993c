"""The shipped catalog: complete, consistent with real GGUFs of the same shape, and
refused with a clear message when a field is missing, an id repeats, a quantization is
unknown or the architecture numbers contradict each other."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest
import yaml

from app.catalog.entries import CATALOG_FILE, KNOWN_QUANTS, CatalogError, load_catalog, parse_catalog, split_part_names
from app.dev.tiny_model import write_random_llama
from app.gguf_file import read_gguf_info
from app.planner.model_size import footprint_for, footprint_from_gguf, quant_mix

EXPECTED_IDS = {
    "llama-3.2-1b", "llama-3.2-3b", "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b",
    "llama-3.3-70b", "llama-guard-3-1b", "llama-guard-3-8b",
}
# Parameter counts Meta publishes on the Hugging Face model pages (safetensors totals).
PUBLISHED_PARAMETERS = {
    "llama-3.2-1b": 1.236e9, "llama-3.2-3b": 3.213e9, "llama-3.1-8b": 8.030e9, "llama-3.1-70b": 70.554e9,
    "llama-3.1-405b": 405.853e9, "llama-3.3-70b": 70.554e9, "llama-guard-3-1b": 1.498e9, "llama-guard-3-8b": 8.030e9,
}
# Sizes of published GGUF files (Hugging Face file listings; split files summed).
PUBLISHED_FILES = [
    ("llama-3.2-1b", "Q4_K_M", 808e6),  # bartowski/Llama-3.2-1B-Instruct-GGUF
    ("llama-3.2-1b", "F16", 2_479_595_360),
    ("llama-3.2-1b", "Q2_K", 580_874_336),  # MaziyarPanahi/Llama-3.2-1B-Instruct-GGUF
    ("llama-3.1-8b", "Q4_K_M", 4.92e9),  # bartowski/Meta-Llama-3.1-8B-Instruct-GGUF
    ("llama-3.1-8b", "Q8_0", 8.54e9),
    ("llama-3.1-70b", "Q8_0", 39.8e9 + 35.2e9),  # bartowski, 2 parts
    ("llama-3.3-70b", "Q3_K_M", 34.3e9),  # bartowski/Llama-3.3-70B-Instruct-GGUF
    ("llama-guard-3-1b", "Q4_K_M", 955e6),  # tensorblock / QuantFactory
]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))


def test_shipped_catalog_has_every_model_with_licence_and_sources(catalog) -> None:
    assert {e.id for e in catalog.entries} == EXPECTED_IDS
    assert catalog.quants == KNOWN_QUANTS
    for entry in catalog.entries:
        assert entry.licence is not None and "Community License" in entry.licence.licence and entry.licence.gated
        assert entry.hf_repo.startswith("meta-llama/")
        for quant in entry.quants:
            download = entry.download(quant)
            if download is not None:  # otherwise made locally from hf_repo
                assert all(p.endswith(".gguf") for p in download.parts)
    assert {e.id for e in catalog.chat_models} == EXPECTED_IDS - {"llama-guard-3-1b", "llama-guard-3-8b"}


def test_big_models_are_split(catalog) -> None:
    q8 = catalog.model("llama-3.1-70b").download("Q8_0")
    assert q8.is_split and len(q8.parts) == 2 and q8.parts[1].endswith("-00002-of-00002.gguf")
    for quant in KNOWN_QUANTS:
        download = catalog.model("llama-3.1-405b").download(quant)
        assert download is None or download.is_split


@pytest.mark.parametrize("model_id", sorted(PUBLISHED_PARAMETERS))
def test_architecture_gives_the_published_parameter_count(catalog, model_id: str) -> None:
    params = footprint_for(catalog.model(model_id), "F16").parameter_count
    assert params == pytest.approx(PUBLISHED_PARAMETERS[model_id], rel=0.005)


@pytest.mark.parametrize(("model_id", "quant", "size"), PUBLISHED_FILES)
def test_computed_file_size_matches_published_file(catalog, model_id: str, quant: str, size: float) -> None:
    assert footprint_for(catalog.model(model_id), quant).file_bytes == pytest.approx(size, rel=0.01)



# One layer of the 70B (1.7 GB) and 405B (6.4 GB) is too big to write in a test; their
# numbers are checked by the parameter counts above, through the same code.
@pytest.mark.parametrize("model_id", ["llama-3.2-1b", "llama-3.2-3b", "llama-3.1-8b", "llama-guard-3-1b"])
def test_architecture_matches_a_gguf_of_the_same_shape(catalog, model_id, small_tokenizer, tmp_path) -> None:
    entry = catalog.model(model_id)
    path = write_random_llama(tmp_path / "m.gguf", replace(entry.architecture, n_layer=1), tokenizer_model=small_tokenizer)
    info = read_gguf_info(path)
    arch = replace(entry.architecture, n_layer=1, n_vocab=info.vocab_size)
    expected = {t.name: (t.shape, t.type_name, t.n_bytes) for t in quant_mix(arch, "F16")}
    assert {t.name: (t.shape, t.type_name, t.n_bytes) for t in info.tensors} == expected
    # The header reads back as the catalog wrote it (rope factors live in tensor data,
    # the epsilon is stored as float32).
    read = footprint_from_gguf(info).arch
    assert (read.rope_scaling is None) == (arch.rope_scaling is None)
    assert read.rms_eps == pytest.approx(arch.rms_eps, rel=1e-6)
    assert replace(read, rope_scaling=arch.rope_scaling, rms_eps=arch.rms_eps) == arch


def _model(raw: dict, model_id: str) -> dict:
    return next(m for m in raw["models"] if m["id"] == model_id)


def _remove_ff(d: dict) -> None:
    del _model(d, "llama-3.1-8b")["architecture"]["n_ff"]


def _duplicate(d: dict) -> None:
    d["models"].append(copy.deepcopy(_model(d, "llama-3.2-1b")))


def _unknown_quant_file(d: dict) -> None:
    _model(d, "llama-3.2-1b")["gguf"][0]["files"]["Q4_K_XL"] = "x.gguf"


def _unknown_quant_offered(d: dict) -> None:
    d["quantizations"].append("Q7_K")


def _inconsistent_heads(d: dict) -> None:
    _model(d, "llama-3.2-3b")["architecture"]["head_dim"] = 64


def _kv_heads(d: dict) -> None:
    _model(d, "llama-3.1-8b")["architecture"]["n_kv_head"] = 7


def _wrong_type(d: dict) -> None:
    _model(d, "llama-3.1-70b")["architecture"]["n_layer"] = "80"


def _unknown_family(d: dict) -> None:
    _model(d, "llama-3.1-70b")["family"] = "llama-4"


def _missing_licence(d: dict) -> None:
    del d["families"]["llama-3.3"]["licence"]


def _typo_field(d: dict) -> None:
    _model(d, "llama-3.2-1b")["hf_rep"] = "x/y"


def _split_not_first(d: dict) -> None:
    _model(d, "llama-3.1-70b")["gguf"][0]["files"]["Q8_0"] = "a/m-00002-of-00002.gguf"


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (_remove_ff, ["llama-3.1-8b", "missing", "n_ff"]),
        (_duplicate, ["duplicate id", "llama-3.2-1b"]),
        (_unknown_quant_file, ["unknown quantization", "Q4_K_XL"]),
        (_unknown_quant_offered, ["unknown quantization", "Q7_K"]),
        (_inconsistent_heads, ["llama-3.2-3b", "n_head x head_dim"]),
        (_kv_heads, ["not a multiple of n_kv_head"]),
        (_wrong_type, ["n_layer", "must be int"]),
        (_unknown_family, ["unknown family", "llama-4"]),
        (_missing_licence, ["family llama-3.3", "licence"]),
        (_typo_field, ["unknown field", "hf_rep"]),
        (_split_not_first, ["first part"]),
    ],
)
def test_broken_catalog_is_refused_with_a_clear_message(raw, mutate, words) -> None:
    broken = copy.deepcopy(raw)
    mutate(broken)
    with pytest.raises(CatalogError) as caught:
        parse_catalog(broken)
    for word in words:
        assert word in caught.value.detail


def test_the_shipped_yaml_parses_without_mutation(raw) -> None:
    assert len(parse_catalog(copy.deepcopy(raw)).entries) == len(EXPECTED_IDS)


def test_unreadable_catalog_is_an_app_error(tmp_path) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text("models: [\n")
    with pytest.raises(CatalogError):
        load_catalog(bad)


def test_split_part_names() -> None:
    assert split_part_names("m.gguf") == ("m.gguf",)
    assert split_part_names("d/m-00001-of-00003.gguf") == (
        "d/m-00001-of-00003.gguf", "d/m-00002-of-00003.gguf", "d/m-00003-of-00003.gguf")

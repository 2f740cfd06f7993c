"""Sizes before download equal what llama.cpp's quantizer really writes, tensor by
tensor, for every quantization Paddock offers (small models with Llama's layer rules:
16 layers with grouped-query attention, and 80 layers, where llama.cpp treats the model
as a 70B and gives attn_v more bits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.catalog.entries import KNOWN_QUANTS
from app.dev.tiny_model import shape_with, write_random_llama
from app.gguf_file import read_gguf_info
from app.llama.architecture import LlamaArchitecture
from app.planner.model_size import GGUF_HEADER_BYTES, footprint_from_gguf, quant_mix

SHAPES = {
    "16 layers, gqa 4": dict(n_layer=16, n_head=8, n_kv_head=2, head_dim=32, n_embd=256, n_ff=512),
    "80 layers (70B rules)": dict(n_layer=80, n_head=8, n_kv_head=1, head_dim=32, n_embd=256, n_ff=256,
                                  tied_embeddings=False),
}
# Every quantization on the 16-layer model; on the 80-layer one those whose attn_v rule
# changes for a 70B (the others are the same code path, and slower to quantize).
CASES = [("16 layers, gqa 4", q) for q in KNOWN_QUANTS] + [
    ("80 layers (70B rules)", q) for q in ("Q2_K", "Q3_K_M", "Q4_K_M")
]


@pytest.fixture(scope="module")
def f16_models(small_tokenizer, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("q")
    return {
        name: write_random_llama(folder / f"{i}.gguf", shape_with(**dims), tokenizer_model=small_tokenizer)
        for i, (name, dims) in enumerate(SHAPES.items())
    }


def _architecture(dims: dict, vocab: int) -> LlamaArchitecture:
    return shape_with(**dims, n_vocab=vocab)


@pytest.mark.parametrize(("shape", "quant"), CASES)
def test_quant_mix_matches_llama_cpp_quantizer(f16_models, shape, quant, tmp_path) -> None:
    from app.engine.llama_backend import quantize_file

    source, dims = f16_models[shape], SHAPES[shape]
    target = tmp_path / f"m-{quant}.gguf"
    quantize_file(source, target, quant)
    info = read_gguf_info(target)
    arch = _architecture(dims, info.vocab_size)
    predicted = {t.name: (t.type_name, t.n_bytes) for t in quant_mix(arch, quant)}
    real = {t.name: (t.type_name, t.n_bytes) for t in info.tensors}
    assert real == predicted
    assert info.file_type == quant


def test_mix_gives_more_bits_where_llama_cpp_does() -> None:
    arch = _architecture(SHAPES["80 layers (70B rules)"], 512)
    types = {t.name: t.type_name for t in quant_mix(arch, "Q4_K_M")}
    assert types["output.weight"] == "Q6_K"
    assert types["blk.0.ffn_down.weight"] == "Q6_K"  # first eighth of the layers
    assert types["blk.11.ffn_down.weight"] == "Q4_K"  # (11 - 80//8) % 3 != 2
    assert types["blk.11.attn_v.weight"] == "Q5_K"  # Q4_K, raised by the 70B rule
    assert types["blk.11.attn_q.weight"] == "Q4_K"


def test_exact_size_replaces_the_estimate_once_local(f16_models) -> None:
    path, dims = f16_models["16 layers, gqa 4"], SHAPES["16 layers, gqa 4"]
    info = read_gguf_info(path)
    fp = footprint_from_gguf(info)
    assert fp.exact and fp.file_bytes == path.stat().st_size
    estimate = sum(t.n_bytes for t in quant_mix(_architecture(dims, info.vocab_size), "F16"))
    assert fp.weight_bytes == estimate
    assert 0 < fp.file_bytes - fp.weight_bytes < GGUF_HEADER_BYTES  # a small vocabulary: a smaller header

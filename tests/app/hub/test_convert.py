"""Conversion: clear errors naming what is wrong, no partial files, the GGUF layout
llama.cpp expects for each output type, streaming in blocks, both config formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable

import gguf
import numpy as np
import pytest

import app.hub.convert as convert_module
from app.engine.llama_backend import next_token_logits
from app.errors import Cancelled, InvalidRequestError, ModelFileError, UnsupportedModelError
from app.gguf_file import read_gguf_info
from app.hub.convert import convert_checkpoint
from app.jobs import CancelToken, ProgressUpdate
from tests.app.hub.test_convert_helpers import (
    LLAMA3_ROPE,
    TinyLlama,
    build_llama,
    save_checkpoint,
    torch,
    train_tokenizer,
)


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    return train_tokenizer()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, tokenizer: Any) -> Path:
    """An untied, llama3-rope-scaled F32 checkpoint in one safetensors file."""
    model = build_llama(TinyLlama(hidden=64, heads=4, kv_heads=2, ff=128, rope=LLAMA3_ROPE), tokenizer)
    return save_checkpoint(model, tokenizer, tmp_path_factory.mktemp("hf") / "tiny-llama")


@pytest.fixture
def checkpoint(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy a test may damage."""
    return Path(shutil.copytree(pristine, tmp_path / "tiny-llama"))


def _edit_json(path: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))


def _drop_weight(folder: Path, name: str) -> None:
    from safetensors.numpy import load_file, save_file

    tensors = load_file(str(folder / "model.safetensors"))
    del tensors[name]
    save_file(tensors, str(folder / "model.safetensors"), metadata={"format": "pt"})


def _store_as_int8(folder: Path, name: str) -> None:
    from safetensors.numpy import load_file, save_file

    tensors = load_file(str(folder / "model.safetensors"))
    tensors[name] = (tensors[name] * 100).astype(np.int8)
    save_file(tensors, str(folder / "model.safetensors"), metadata={"format": "pt"})


def _truncate(folder: Path) -> None:
    path = folder / "model.safetensors"
    path.write_bytes(path.read_bytes()[:-100])


BROKEN = {
    "not a llama": (
        lambda d: _edit_json(d / "config.json", lambda c: c.update(architectures=["MistralForCausalLM"])),
        UnsupportedModelError, "not a Llama: architectures=['MistralForCausalLM']",
    ),
    "missing config key": (
        lambda d: _edit_json(d / "config.json", lambda c: c.pop("num_attention_heads")),
        ModelFileError, "'num_attention_heads'",
    ),
    "missing rope key": (
        lambda d: _edit_json(d / "config.json", lambda c: c["rope_parameters"].pop("low_freq_factor")),
        ModelFileError, "'low_freq_factor'",
    ),
    "unsupported rope": (
        lambda d: _edit_json(d / "config.json", lambda c: c["rope_parameters"].update(rope_type="yarn")),
        UnsupportedModelError, "'yarn' rope scaling",
    ),
    "missing weight": (
        lambda d: _drop_weight(d, "model.layers.1.mlp.up_proj.weight"),
        ModelFileError, "missing 1 weight(s): model.layers.1.mlp.up_proj.weight",
    ),
    "missing lm_head": (
        lambda d: _drop_weight(d, "lm_head.weight"),
        ModelFileError, "lm_head.weight (config.json says tie_word_embeddings is false)",
    ),
    "shape disagrees with config": (
        lambda d: _edit_json(d / "config.json", lambda c: c.update(intermediate_size=96)),
        ModelFileError, "model.layers.0.mlp.gate_proj.weight has shape [128, 64] but config.json implies [96, 64]",
    ),
    "pre-quantized weights": (
        lambda d: _store_as_int8(d, "model.layers.0.mlp.up_proj.weight"),
        UnsupportedModelError, "model.layers.0.mlp.up_proj.weight is stored as I8",
    ),
    "truncated shard": (_truncate, ModelFileError, "truncated"),
    "no weights": (lambda d: (d / "model.safetensors").unlink(), ModelFileError, "No safetensors weights"),
    "no config": (lambda d: (d / "config.json").unlink(), ModelFileError, "config.json is missing"),
    "no tokenizer": (lambda d: (d / "tokenizer.json").unlink(), ModelFileError, "tokenizer.json is missing"),
    "not byte-level BPE": (
        lambda d: _edit_json(d / "tokenizer.json", lambda t: t["model"].update(type="Unigram")),
        UnsupportedModelError, "Unigram tokenizer",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_checkpoint_gets_a_clear_error_and_no_file(case: str, checkpoint: Path, tmp_path: Path) -> None:
    damage, error, message = BROKEN[case]
    damage(checkpoint)
    output = tmp_path / "out" / "model.gguf"
    with pytest.raises(error) as caught:
        convert_checkpoint(checkpoint, output, "f16")
    assert message in caught.value.detail
    assert not output.exists()
    assert not list(tmp_path.glob("out/*"))


def test_cancel_midway_leaves_no_file(checkpoint: Path, tmp_path: Path) -> None:
    cancel = CancelToken()
    seen: list[ProgressUpdate] = []

    def progress(update: ProgressUpdate) -> None:
        seen.append(update)
        if update.stage == "write":
            cancel.cancel()

    output = tmp_path / "model.gguf"
    with pytest.raises(Cancelled):
        convert_checkpoint(checkpoint, output, "f16", progress=progress, cancel=cancel)
    assert [u.stage for u in seen].count("write") == 1
    assert not output.exists() and not output.with_name("model.gguf.part").exists()


def test_existing_output_is_kept_unless_overwrite(checkpoint: Path, tmp_path: Path) -> None:
    output = tmp_path / "model.gguf"
    output.write_bytes(b"keep me")
    with pytest.raises(InvalidRequestError):
        convert_checkpoint(checkpoint, output, "f16")
    assert output.read_bytes() == b"keep me"
    convert_checkpoint(checkpoint, output, "f16", overwrite=True)
    assert read_gguf_info(output).file_type == "F16"


@pytest.mark.parametrize("out_type, matrix_type", [("f32", "F32"), ("f16", "F16"), ("bf16", "BF16")])
def test_output_types_and_metadata(out_type: str, matrix_type: str, checkpoint: Path, tmp_path: Path) -> None:
    result = convert_checkpoint(checkpoint, tmp_path / "m.gguf", out_type, name="Tiny Llama")
    info = read_gguf_info(result.path)
    assert info.file_type == matrix_type and info.architecture == "llama" and info.name == "Tiny Llama"
    types = {t.name: t.type_name for t in info.tensors}
    assert types["blk.0.attn_q.weight"] == types["token_embd.weight"] == types["output.weight"] == matrix_type
    assert types["blk.0.attn_norm.weight"] == types["rope_freqs.weight"] == "F32"  # 1-D stays F32
    assert len(types) == 1 + 1 + 2 * 9 + 2  # embd, rope_freqs, 2 layers, output_norm, output
    meta = info.metadata
    assert meta["llama.context_length"] == 4096 and meta["llama.attention.head_count_kv"] == 2
    assert meta["llama.rope.freq_base"] == 10000.0
    assert meta["tokenizer.ggml.pre"] == "llama-bpe" and meta["tokenizer.ggml.add_bos_token"] is True
    assert "<|start_header_id|>" in info.chat_template
    assert result.warnings == ()


def test_special_tokens_and_padding(checkpoint: Path, tmp_path: Path, tokenizer: Any) -> None:
    import gguf as gguf_package

    path = convert_checkpoint(checkpoint, tmp_path / "m.gguf", "f16").path
    fields = gguf_package.GGUFReader(path).fields
    bos = fields["tokenizer.ggml.bos_token_id"].contents()
    eos = fields["tokenizer.ggml.eos_token_id"].contents()
    assert (bos, eos) == (tokenizer.bos_token_id, tokenizer.convert_tokens_to_ids("<|eot_id|>"))
    types = list(fields["tokenizer.ggml.token_type"].contents())
    assert fields["tokenizer.ggml.tokens"].contents()[bos] == "<|begin_of_text|>"
    n_real = len(tokenizer)
    assert len(types) == 896 > n_real  # config vocab_size, padded past the tokenizer
    assert set(types[n_real:]) == {5}  # UNUSED padding
    assert types[bos] == types[eos] == 3  # CONTROL
    assert types[tokenizer.convert_tokens_to_ids("<paddock>")] == 4  # USER_DEFINED
    assert types[:100] == [1] * 100


def test_rope_scaling_in_transformers4_format_gives_the_same_file(checkpoint: Path, tmp_path: Path) -> None:
    """Meta's published configs: rope_theta at the top, rope_scaling with rope_type."""
    first = convert_checkpoint(checkpoint, tmp_path / "a.gguf", "f16", name="x").path

    def to_v4(config: dict[str, Any]) -> None:
        rope = config.pop("rope_parameters")
        config["rope_theta"] = rope.pop("rope_theta")
        config["rope_scaling"] = rope

    _edit_json(checkpoint / "config.json", to_v4)
    second = convert_checkpoint(checkpoint, tmp_path / "b.gguf", "f16", name="x").path
    assert first.read_bytes() == second.read_bytes()


def test_block_size_does_not_change_the_file(checkpoint: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Streaming in blocks (one head of rows at a time here) gives the same bytes."""
    whole = convert_checkpoint(checkpoint, tmp_path / "whole.gguf", "bf16", name="x").path
    monkeypatch.setattr(convert_module, "BLOCK_BYTES", 1)
    blocks = convert_checkpoint(checkpoint, tmp_path / "blocks.gguf", "bf16", name="x").path
    assert whole.read_bytes() == blocks.read_bytes()


def test_bf16_checkpoint_to_bf16_copies_the_bits(tokenizer: Any, tmp_path: Path) -> None:
    model = build_llama(TinyLlama(hidden=64, heads=2, kv_heads=1, ff=64, layers=1, tied=True), tokenizer)
    folder = save_checkpoint(model, tokenizer, tmp_path / "bf16", dtype=torch.bfloat16)
    path = convert_checkpoint(folder, tmp_path / "m.gguf", "bf16").path
    reader = gguf.GGUFReader(path)
    stored = {t.name: t for t in reader.tensors}
    for gguf_name, hf_name in (("blk.0.ffn_up.weight", "model.layers.0.mlp.up_proj.weight"),
                               ("token_embd.weight", "model.embed_tokens.weight")):
        expected = model.state_dict()[hf_name].to(torch.bfloat16).view(torch.int16).numpy().view(np.uint16)
        assert np.array_equal(np.asarray(stored[gguf_name].data).view(np.uint16).reshape(expected.shape), expected)


def test_f16_overflow_is_reported(checkpoint: Path, tmp_path: Path) -> None:
    from safetensors.numpy import load_file, save_file

    tensors = load_file(str(checkpoint / "model.safetensors"))
    tensors["model.layers.0.mlp.down_proj.weight"][0, 0] = 1e6
    save_file(tensors, str(checkpoint / "model.safetensors"), metadata={"format": "pt"})
    result = convert_checkpoint(checkpoint, tmp_path / "m.gguf", "f16")
    assert any("too large for F16" in w and "BF16" in w for w in result.warnings)
    assert convert_checkpoint(checkpoint, tmp_path / "b.gguf", "bf16").warnings == ()


def test_unknown_pre_tokenizer_falls_back_with_a_warning(checkpoint: Path, tmp_path: Path) -> None:
    def other_split(tokenizer_json: dict[str, Any]) -> None:
        tokenizer_json["pre_tokenizer"]["pretokenizers"][0]["pattern"]["Regex"] = r"\p{L}+|\p{N}+|\s+|[^\s\p{L}\p{N}]+"

    _edit_json(checkpoint / "tokenizer.json", other_split)
    result = convert_checkpoint(checkpoint, tmp_path / "m.gguf", "f32")
    assert any("pre-tokenizer is not one Paddock recognises" in w for w in result.warnings)
    assert read_gguf_info(result.path).metadata["tokenizer.ggml.pre"] == "default"
    assert next_token_logits(result.path, [1, 2, 3]).shape == (896,)  # llama.cpp still runs it


def test_app_never_imports_the_reference_implementation() -> None:
    """torch, transformers and friends are test oracles only: conversion reads the files itself."""
    import ast

    root = Path(__file__).resolve().parents[3]
    forbidden = {"torch", "transformers", "tokenizers", "safetensors"}
    offenders = []
    for path in sorted((root / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else [])
            offenders += [f"{path.relative_to(root)}: {n}" for n in names if n.split(".")[0] in forbidden]
    assert offenders == []
    assert (root / "app" / "hub" / "convert.py").exists()  # the scan looked at the right tree


@pytest.mark.parametrize("name", ["hub/convert", "hub/convert_config", "hub/convert_tokenizer", "hub/safetensors_reader",
                                  "hub/quantize", "cli/convert_command", "cli/quantize_command"])
def test_modules_are_small_and_documented(name: str) -> None:
    import ast

    source = (Path(__file__).resolve().parents[3] / "app" / f"{name}.py").read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(source)), "every module says what it owns"
    assert len(source.splitlines()) <= 400

"""Converted models compute what transformers computes: next-token logits compared.

Each test builds a random LlamaForCausalLM with transformers, saves it, converts it with
Paddock to F32 GGUF, runs it in llama.cpp and compares logits with transformers' own.
Long prompts (> 1,000 tokens) matter: llama3 rope scaling only changes the low and mid
frequencies, so on short prompts a converter that dropped it could still pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.engine.llama_backend import next_token_logits, tokenize_with_model
from app.gguf_file import read_gguf_info
from app.hub.convert import convert_checkpoint
from tests.app.hub.test_convert_helpers import (
    LLAMA3_ROPE,
    MULTILINGUAL_SAMPLE,
    TinyLlama,
    build_llama,
    hf_logits,
    random_prompt,
    save_checkpoint,
    torch,
    train_tokenizer,
)

# F32 weights, F32 KV cache: llama.cpp and PyTorch differ only by summation order.
MAX_ABS_DIFF = 1e-4


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    return train_tokenizer()


def _convert(model: Any, tokenizer: Any, folder: Path, **save: Any) -> Path:
    save_checkpoint(model, tokenizer, folder / "checkpoint", **save)
    return convert_checkpoint(folder / "checkpoint", folder / "model-f32.gguf", "f32").path


def _assert_matches(gguf_path: Path, model: Any, prompt: list[int]) -> float:
    ours = next_token_logits(gguf_path, prompt)
    reference = hf_logits(model, prompt)
    assert ours.shape == reference.shape
    diff = float(np.abs(ours - reference).max())
    assert diff < MAX_ABS_DIFF, f"{len(prompt)} tokens: max |llama.cpp - transformers| = {diff}"
    assert int(ours.argmax()) == int(reference.argmax()), f"{len(prompt)} tokens: argmax differs"
    return diff


@pytest.mark.slow
def test_rope_scaled_gqa_model_matches_transformers(tokenizer: Any, tmp_path: Path) -> None:
    spec = TinyLlama(rope=LLAMA3_ROPE, heads=4, kv_heads=2, tied=False, seed=1)
    model = build_llama(spec, tokenizer)
    gguf_path = _convert(model, tokenizer, tmp_path, shard_size="300KB")
    assert len(list((tmp_path / "checkpoint").glob("*.safetensors"))) > 1  # sharded, with an index
    info = read_gguf_info(gguf_path)
    assert "rope_freqs.weight" in {t.name for t in info.tensors}
    assert info.arch_int("attention.head_count_kv") == 2

    text_prompt = tokenizer(MULTILINGUAL_SAMPLE)["input_ids"]
    for prompt in (random_prompt(8, len(tokenizer), seed=1), text_prompt, random_prompt(1500, len(tokenizer), seed=2)):
        _assert_matches(gguf_path, model, prompt)


@pytest.mark.slow
def test_long_prompt_is_where_rope_scaling_shows(tokenizer: Any, tmp_path: Path) -> None:
    """The comparison above has teeth: without llama3 scaling, transformers' own logits
    move far beyond the tolerance on the long prompt, so a converter that lost the
    scaling (no rope_freqs) would fail it."""
    model = build_llama(TinyLlama(rope=LLAMA3_ROPE, seed=1), tokenizer)
    unscaled = build_llama(TinyLlama(rope=None, seed=1), tokenizer)
    unscaled.load_state_dict(model.state_dict())
    prompt = random_prompt(1500, len(tokenizer), seed=2)
    drift = float(np.abs(hf_logits(model, prompt) - hf_logits(unscaled, prompt)).max())
    assert drift > 1000 * MAX_ABS_DIFF

    gguf_path = _convert(model, tokenizer, tmp_path)
    every_position_ours = next_token_logits(gguf_path, prompt, all_positions=True)
    every_position_ref = hf_logits(model, prompt, all_positions=True)
    assert float(np.abs(every_position_ours - every_position_ref).max()) < MAX_ABS_DIFF


@pytest.mark.slow
def test_tied_embedding_model_matches_transformers(tokenizer: Any, tmp_path: Path) -> None:
    """Llama 3.2 1B/3B style: no lm_head in the checkpoint, llama.cpp reuses token_embd."""
    model = build_llama(TinyLlama(rope=LLAMA3_ROPE, tied=True, seed=2), tokenizer)
    gguf_path = _convert(model, tokenizer, tmp_path)
    from safetensors import safe_open

    with safe_open(str(tmp_path / "checkpoint" / "model.safetensors"), "np") as stored:
        assert "lm_head.weight" not in stored.keys()
    assert "output.weight" not in {t.name for t in read_gguf_info(gguf_path).tensors}
    for prompt in (random_prompt(8, len(tokenizer), seed=3), random_prompt(1100, len(tokenizer), seed=4)):
        _assert_matches(gguf_path, model, prompt)


@pytest.mark.slow
def test_bf16_checkpoint_with_biases_head_dim_and_linear_rope(tokenizer: Any, tmp_path: Path) -> None:
    """BF16 storage (read without torch), q/k biases permuted like the weights, a head
    size that is not hidden/heads, and linear rope scaling."""
    spec = TinyLlama(hidden=96, heads=4, kv_heads=1, head_dim=32, attention_bias=True,
                     rope={"rope_type": "linear", "factor": 2.0}, seed=3)
    model = build_llama(spec, tokenizer)
    gguf_path = _convert(model, tokenizer, tmp_path, dtype=torch.bfloat16)  # model now holds bf16-exact weights
    for prompt in (random_prompt(16, len(tokenizer), seed=5), random_prompt(600, len(tokenizer), seed=6)):
        _assert_matches(gguf_path, model, prompt)


def test_token_ids_match_the_checkpoint_tokenizer(tokenizer: Any, tmp_path: Path) -> None:
    """Multilingual text, emoji, numbers, whitespace runs, special and added tokens."""
    model = build_llama(TinyLlama(hidden=64, heads=2, kv_heads=1, ff=64, layers=1), tokenizer)
    gguf_path = _convert(model, tokenizer, tmp_path)
    reference = tokenizer(MULTILINGUAL_SAMPLE, add_special_tokens=False)["input_ids"]
    assert tokenize_with_model(gguf_path, MULTILINGUAL_SAMPLE) == reference
    # BOS handling comes from the tokenizer's post-processor: both add it.
    with_bos = tokenizer(MULTILINGUAL_SAMPLE)["input_ids"]
    assert with_bos[0] == tokenizer.bos_token_id
    assert tokenize_with_model(gguf_path, MULTILINGUAL_SAMPLE, add_bos=True) == with_bos
    for line in MULTILINGUAL_SAMPLE.split(". "):
        assert tokenize_with_model(gguf_path, line) == tokenizer(line, add_special_tokens=False)["input_ids"], line

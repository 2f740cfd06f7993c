"""Tiny (or real-sized) Llama 3.1-architecture GGUF files with random, seeded weights.

Tests run real llama.cpp on these files: Meta's real Llama 3 tokenizer, the Llama 3.1
chat template, llama3 rope scaling (as llama.cpp's `rope_freqs.weight` factors),
grouped-query attention and a 131,072-token trained context. The default shape builds
in seconds; `LlamaShape` with real dimensions (e.g. Llama 3.2 1B) gives files for
memory and speed measurements.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import numpy as np

from app.dev.llama3_vocab import build_llama3_vocab
from app.gguf_file import MetaValue, TensorSpec, write_gguf
from app.jobs import CancelToken, ProgressCallback
from app.paths import REPO_ROOT
from app.rope import llama3_rope_factors as rope_factors

if TYPE_CHECKING:
    from app.catalog import CatalogEntry

LLAMA3_TOKENIZER = REPO_ROOT.parent / "shared" / "fixtures" / "llama3" / "tokenizer.model"
CHAT_TEMPLATE_FILE = Path(__file__).with_name("llama31_chat_template.jinja")
FILE_TYPE_F16 = 1  # llama_ftype MOSTLY_F16: stored in GGUF headers, never change


@dataclass(frozen=True)
class RopeScaling:
    """Llama 3's rope scaling (HF `rope_scaling` with rope_type "llama3")."""

    factor: float = 8.0
    low_freq_factor: float = 1.0
    high_freq_factor: float = 4.0
    original_context: int = 8192


@dataclass(frozen=True)
class LlamaShape:
    n_layer: int = 2
    n_embd: int = 256
    n_head: int = 4
    n_kv_head: int = 2
    n_ff: int = 512
    head_dim: int = 64
    context_length: int = 131072
    rope_theta: float = 500000.0
    rms_eps: float = 1e-5
    tied_embeddings: bool = True
    rope_scaling: Optional[RopeScaling] = RopeScaling()
    name: str = "Paddock tiny Llama 3.1"


TINY = LlamaShape()


def llama3_rope_factors(shape: LlamaShape) -> np.ndarray:
    """Per-dimension frequency divisors that implement llama3 rope scaling in llama.cpp."""
    scaling = shape.rope_scaling
    if scaling is None:
        return np.ones(shape.head_dim // 2, dtype=np.float32)
    return rope_factors(
        shape.head_dim, shape.rope_theta, scaling.factor, scaling.low_freq_factor,
        scaling.high_freq_factor, scaling.original_context,
    )


def llama_tensor_specs(shape: LlamaShape, vocab_size: int) -> list[TensorSpec]:
    """The tensors of a Llama 3.1-architecture GGUF of `shape`, as llama.cpp names them."""
    q_width = shape.n_head * shape.head_dim
    kv_width = shape.n_kv_head * shape.head_dim
    specs = [TensorSpec("token_embd.weight", (vocab_size, shape.n_embd), "float16")]
    if shape.rope_scaling is not None:
        specs.append(TensorSpec("rope_freqs.weight", (shape.head_dim // 2,), "float32"))
    for i in range(shape.n_layer):
        blk = f"blk.{i}."
        specs += [
            TensorSpec(blk + "attn_norm.weight", (shape.n_embd,), "float32"),
            TensorSpec(blk + "attn_q.weight", (q_width, shape.n_embd), "float16"),
            TensorSpec(blk + "attn_k.weight", (kv_width, shape.n_embd), "float16"),
            TensorSpec(blk + "attn_v.weight", (kv_width, shape.n_embd), "float16"),
            TensorSpec(blk + "attn_output.weight", (shape.n_embd, q_width), "float16"),
            TensorSpec(blk + "ffn_norm.weight", (shape.n_embd,), "float32"),
            TensorSpec(blk + "ffn_gate.weight", (shape.n_ff, shape.n_embd), "float16"),
            TensorSpec(blk + "ffn_up.weight", (shape.n_ff, shape.n_embd), "float16"),
            TensorSpec(blk + "ffn_down.weight", (shape.n_embd, shape.n_ff), "float16"),
        ]
    specs.append(TensorSpec("output_norm.weight", (shape.n_embd,), "float32"))
    if not shape.tied_embeddings:
        specs.append(TensorSpec("output.weight", (vocab_size, shape.n_embd), "float16"))
    return specs


def llama_metadata(shape: LlamaShape, tokenizer_model: Path, chat_template: str) -> list[MetaValue]:
    """Hyperparameters, Meta's tokenizer and the chat template as GGUF metadata."""
    vocab = build_llama3_vocab(tokenizer_model)
    arch = "llama"
    return [
        MetaValue("general.name", shape.name, "str"),
        MetaValue("general.file_type", FILE_TYPE_F16, "u32"),
        MetaValue(f"{arch}.vocab_size", len(vocab.tokens), "u32"),
        MetaValue(f"{arch}.context_length", shape.context_length, "u32"),
        MetaValue(f"{arch}.embedding_length", shape.n_embd, "u32"),
        MetaValue(f"{arch}.block_count", shape.n_layer, "u32"),
        MetaValue(f"{arch}.feed_forward_length", shape.n_ff, "u32"),
        MetaValue(f"{arch}.rope.dimension_count", shape.head_dim, "u32"),
        MetaValue(f"{arch}.attention.head_count", shape.n_head, "u32"),
        MetaValue(f"{arch}.attention.head_count_kv", shape.n_kv_head, "u32"),
        MetaValue(f"{arch}.attention.key_length", shape.head_dim, "u32"),
        MetaValue(f"{arch}.attention.value_length", shape.head_dim, "u32"),
        MetaValue(f"{arch}.attention.layer_norm_rms_epsilon", shape.rms_eps, "f32"),
        MetaValue(f"{arch}.rope.freq_base", shape.rope_theta, "f32"),
        MetaValue("tokenizer.ggml.model", "gpt2", "str"),
        MetaValue("tokenizer.ggml.pre", "llama-bpe", "str"),
        MetaValue("tokenizer.ggml.tokens", vocab.tokens, "str[]"),
        MetaValue("tokenizer.ggml.token_type", vocab.token_types, "i32[]"),
        MetaValue("tokenizer.ggml.merges", vocab.merges, "str[]"),
        MetaValue("tokenizer.ggml.bos_token_id", vocab.bos_id, "u32"),
        MetaValue("tokenizer.ggml.eos_token_id", vocab.eot_id, "u32"),
        MetaValue("tokenizer.ggml.add_bos_token", False, "bool"),
        MetaValue("tokenizer.chat_template", chat_template, "str"),
    ]


def write_random_llama(
    path: Path,
    shape: LlamaShape = TINY,
    *,
    seed: int = 0,
    tokenizer_model: Path = LLAMA3_TOKENIZER,
    chat_template: Optional[str] = None,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> Path:
    """Write an F16 Llama 3.1-architecture GGUF with N(0, 0.02) weights from `seed`."""
    template = chat_template if chat_template is not None else CHAT_TEMPLATE_FILE.read_text()
    metadata = llama_metadata(shape, tokenizer_model, template)
    vocab_size = next(m.value for m in metadata if m.key == "llama.vocab_size")
    specs = llama_tensor_specs(shape, vocab_size)
    rng = np.random.default_rng(seed)

    def produce(spec: TensorSpec) -> np.ndarray:
        if spec.name == "rope_freqs.weight":
            return llama3_rope_factors(shape)
        if spec.name.endswith("norm.weight"):
            return np.ones(spec.shape, dtype=np.float32)
        weights = rng.standard_normal(spec.shape, dtype=np.float32)
        weights *= 0.02
        return weights.astype(np.float16)

    return write_gguf(path, "llama", metadata, specs, produce, progress=progress, cancel=cancel)


def shape_with(**changes: object) -> LlamaShape:
    """TINY with some fields changed (tests use it for odd shapes)."""
    return replace(TINY, **changes)  # type: ignore[arg-type]


def shape_for(entry: "CatalogEntry") -> LlamaShape:
    """The real dimensions of a catalog model, for memory and speed measurements."""
    arch = entry.architecture
    scaling = arch.rope_scaling
    return LlamaShape(
        n_layer=arch.n_layer,
        n_embd=arch.n_embd,
        n_head=arch.n_head,
        n_kv_head=arch.n_kv_head,
        n_ff=arch.n_ff,
        head_dim=arch.head_dim,
        context_length=arch.context_length,
        rope_theta=arch.rope_theta,
        tied_embeddings=arch.tied_embeddings,
        rope_scaling=RopeScaling(
            scaling.factor, scaling.low_freq_factor, scaling.high_freq_factor, scaling.original_context
        )
        if scaling
        else None,
        name=f"random-weight {entry.name}",
    )

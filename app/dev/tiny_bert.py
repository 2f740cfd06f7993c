"""Tiny BERT-architecture embedding GGUFs with random, seeded weights (for tests).

The multilingual embedding models Paddock offers (multilingual-e5 small/base, bge-m3)
are XLM-RoBERTa encoders, which llama.cpp's converter writes as GGUF architecture
"bert" with a SentencePiece (UGM, "t5") vocabulary. This file has the same architecture
(bidirectional attention, learned positions, token types, post-layer norms, mean
pooling) at a tiny width, with a small WordPiece vocabulary ("bert" tokenizer) of single
characters of the Latin, Devanagari and Thai scripts: real llama.cpp tokenizes, encodes
and pools it, so the mechanics (dimensions, normalization, batching, token counts) are
real, while what it ranks means nothing.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.gguf_file import MetaValue, TensorSpec, write_gguf

GGUF_ARCH = "bert"
POOLING_MEAN = 1  # llama_pooling_type: stored in GGUF headers, never change
FILE_TYPE_F16 = 1
_PHANTOM_SPACE = "\u2581"  # llama.cpp's WordPiece vocabulary marks a word's first piece with it
# Added to the token embeddings, not looked up: llama.cpp's CPU add needs them in F32
# (its converter keeps them F32 too).
_F32_TABLES = {"token_types.weight", "position_embd.weight"}
_NORMAL, _UNKNOWN, _CONTROL = 1, 2, 3  # llama_token_type values


@dataclass(frozen=True)
class BertShape:
    n_layer: int = 2
    n_embd: int = 64
    n_head: int = 4
    n_ff: int = 128
    context_length: int = 512


TINY_BERT = BertShape()


def _characters() -> list[str]:
    chars = list(string.ascii_lowercase + string.digits + string.punctuation)
    chars += [chr(c) for c in range(0x0300, 0x0370)]  # combining marks (accents after NFD)
    chars += [chr(c) for c in range(0x0900, 0x0980)]  # Devanagari
    chars += [chr(c) for c in range(0x0E01, 0x0E5C)]  # Thai
    chars += list("ßæøœðþ")
    return chars


def vocabulary() -> tuple[list[str], list[int]]:
    """BERT's layout: [PAD] 0, [UNK] 100, [CLS] 101, [SEP] 102, [MASK] 103, then each
    character as a word start and as a continuation."""
    tokens = ["[PAD]"] + [f"[unused{i}]" for i in range(99)] + ["[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    types = [_CONTROL] + [_CONTROL] * 99 + [_UNKNOWN, _CONTROL, _CONTROL, _CONTROL]
    for char in _characters():
        tokens += [_PHANTOM_SPACE + char, char]
        types += [_NORMAL, _NORMAL]
    return tokens, types


def _tensor_shapes(shape: BertShape, n_vocab: int) -> list[tuple[str, tuple[int, ...]]]:
    """llama.cpp's BERT tensors, as numpy shapes (rows, columns)."""
    e, f = shape.n_embd, shape.n_ff
    specs: list[tuple[str, tuple[int, ...]]] = [
        ("token_embd.weight", (n_vocab, e)),
        ("token_types.weight", (2, e)),
        ("position_embd.weight", (shape.context_length, e)),
        ("token_embd_norm.weight", (e,)),
        ("token_embd_norm.bias", (e,)),
    ]
    for i in range(shape.n_layer):
        b = f"blk.{i}."
        for name in ("attn_q", "attn_k", "attn_v", "attn_output"):
            specs += [(b + name + ".weight", (e, e)), (b + name + ".bias", (e,))]
        specs += [(b + "attn_output_norm.weight", (e,)), (b + "attn_output_norm.bias", (e,))]
        specs += [(b + "ffn_up.weight", (f, e)), (b + "ffn_up.bias", (f,))]
        specs += [(b + "ffn_down.weight", (e, f)), (b + "ffn_down.bias", (e,))]
        specs += [(b + "layer_output_norm.weight", (e,)), (b + "layer_output_norm.bias", (e,))]
    return specs


def _metadata(shape: BertShape, tokens: list[str], types: list[int], name: str) -> list[MetaValue]:
    a = GGUF_ARCH
    return [
        MetaValue("general.name", name, "str"),
        MetaValue("general.file_type", FILE_TYPE_F16, "u32"),
        MetaValue(f"{a}.context_length", shape.context_length, "u32"),
        MetaValue(f"{a}.embedding_length", shape.n_embd, "u32"),
        MetaValue(f"{a}.feed_forward_length", shape.n_ff, "u32"),
        MetaValue(f"{a}.block_count", shape.n_layer, "u32"),
        MetaValue(f"{a}.attention.head_count", shape.n_head, "u32"),
        MetaValue(f"{a}.attention.layer_norm_epsilon", 1e-12, "f32"),
        MetaValue(f"{a}.attention.causal", False, "bool"),
        MetaValue(f"{a}.pooling_type", POOLING_MEAN, "u32"),
        MetaValue("tokenizer.ggml.model", "bert", "str"),
        MetaValue("tokenizer.ggml.tokens", tokens, "str[]"),
        MetaValue("tokenizer.ggml.token_type", types, "i32[]"),
        MetaValue("tokenizer.ggml.token_type_count", 2, "u32"),
        MetaValue("tokenizer.ggml.bos_token_id", 101, "u32"),
        MetaValue("tokenizer.ggml.eos_token_id", 102, "u32"),
        MetaValue("tokenizer.ggml.seperator_token_id", 102, "u32"),  # (sic) llama.cpp's spelling
        MetaValue("tokenizer.ggml.padding_token_id", 0, "u32"),
        MetaValue("tokenizer.ggml.unknown_token_id", 100, "u32"),
        MetaValue("tokenizer.ggml.cls_token_id", 101, "u32"),
        MetaValue("tokenizer.ggml.mask_token_id", 103, "u32"),
        MetaValue("tokenizer.ggml.add_bos_token", True, "bool"),
        MetaValue("tokenizer.ggml.add_eos_token", True, "bool"),
    ]


def write_random_bert(path: Path, shape: BertShape = TINY_BERT, *, seed: int = 0,
                      name: str = "Paddock tiny BERT embedder") -> Path:
    """Write an F16 BERT embedding GGUF with N(0, 0.02) weights from `seed` (norms 1, biases 0)."""
    tokens, types = vocabulary()
    rng = np.random.default_rng(seed)
    specs = [TensorSpec(n, s, "float16" if len(s) > 1 and n not in _F32_TABLES else "float32")
             for n, s in _tensor_shapes(shape, len(tokens))]

    def produce(spec: TensorSpec) -> np.ndarray:
        if spec.name.endswith("norm.weight"):
            return np.ones(spec.shape, dtype=np.float32)
        if spec.name.endswith(".bias"):
            return np.zeros(spec.shape, dtype=np.float32)
        weights = rng.standard_normal(spec.shape, dtype=np.float32) * 0.02
        return weights if spec.dtype == "float32" else weights.astype(np.float16)

    return write_gguf(path, GGUF_ARCH, _metadata(shape, tokens, types, name), specs, produce)

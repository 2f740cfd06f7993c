"""Tiny (or real-sized) Llama 3.1-architecture GGUF files with random, seeded weights.

Tests run real llama.cpp on these files: Meta's real Llama 3 tokenizer, the Llama 3.1
chat template, llama3 rope scaling (as llama.cpp's `rope_freqs.weight` factors),
grouped-query attention and a 131,072-token trained context. The default shape builds
in seconds; a catalog entry's `architecture` (e.g. Llama 3.2 1B) gives files for
memory and speed measurements.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from app.dev.llama3_vocab import build_llama3_vocab
from app.gguf_file import MetaValue, TensorSpec, write_gguf
from app.jobs import CancelToken, ProgressCallback
from app.llama.architecture import GGUF_ARCH, LlamaArchitecture
from app.llama.rope import Llama3RopeScaling
from app.paths import REPO_ROOT, data_file

LLAMA3_TOKENIZER = REPO_ROOT.parent / "shared" / "fixtures" / "llama3" / "tokenizer.model"
CHAT_TEMPLATE_FILE = data_file("app", "dev", "llama31_chat_template.jinja")
FILE_TYPE_F16 = 1  # llama_ftype MOSTLY_F16: stored in GGUF headers, never change
DEFAULT_NAME = "Paddock tiny Llama 3.1"

# Llama 3.1's own choices at a tiny width. n_vocab is always the tokenizer's (Meta's
# tokenizer.model has 128,256 tokens with the specials).
TINY = LlamaArchitecture(
    n_layer=2, n_embd=256, n_head=4, n_kv_head=2, head_dim=64, n_ff=512, n_vocab=128256,
    context_length=131072, tied_embeddings=True, rope_theta=500000.0, rope_scaling=Llama3RopeScaling(),
)


def tensor_specs(arch: LlamaArchitecture) -> list[TensorSpec]:
    """What a Llama GGUF holds, as numpy shapes: matrices in F16, vectors in F32."""
    return [
        TensorSpec(name, tuple(reversed(shape)), "float16" if len(shape) > 1 else "float32")
        for name, shape in arch.tensor_shapes()
    ]


def llama3_metadata(arch: LlamaArchitecture, tokenizer_model: Path, chat_template: str,
                    name: str = DEFAULT_NAME) -> tuple[LlamaArchitecture, list[MetaValue]]:
    """The GGUF keys of a Llama 3.1 instruct model with Meta's tokenizer, and `arch` with
    the tokenizer's vocabulary size."""
    vocab = build_llama3_vocab(tokenizer_model)
    arch = replace(arch, n_vocab=len(vocab.tokens))
    return arch, [
        MetaValue("general.name", name, "str"),
        MetaValue("general.file_type", FILE_TYPE_F16, "u32"),
        *arch.gguf_metadata(),
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
    arch: LlamaArchitecture = TINY,
    *,
    seed: int = 0,
    name: str = DEFAULT_NAME,
    tokenizer_model: Path = LLAMA3_TOKENIZER,
    chat_template: Optional[str] = None,
    extra_metadata: Sequence[MetaValue] = (),
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> Path:
    """Write an F16 Llama 3.1-architecture GGUF with N(0, 0.02) weights from `seed`
    (`extra_metadata`: more keys, e.g. general.sampling.*)."""
    template = chat_template if chat_template is not None else CHAT_TEMPLATE_FILE.read_text()
    arch, metadata = llama3_metadata(arch, tokenizer_model, template, name)
    metadata += list(extra_metadata)
    rng = np.random.default_rng(seed)

    def produce(spec: TensorSpec) -> np.ndarray:
        if spec.name == "rope_freqs.weight":
            return arch.rope_factors()
        if spec.name.endswith("norm.weight"):
            return np.ones(spec.shape, dtype=np.float32)
        weights = rng.standard_normal(spec.shape, dtype=np.float32)
        weights *= 0.02
        return weights.astype(np.float16)

    return write_gguf(path, GGUF_ARCH, metadata, tensor_specs(arch), produce, progress=progress, cancel=cancel)


def shape_with(**changes: object) -> LlamaArchitecture:
    """TINY with some fields changed (tests use it for odd shapes)."""
    return replace(TINY, **changes)  # type: ignore[arg-type]

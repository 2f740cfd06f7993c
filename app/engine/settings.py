"""What the engine is asked to do and what it reports: load settings, sampling settings, model info.

All frozen dataclasses: they cross thread and process boundaries unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError

KV_CACHE_TYPES = ("f16", "q8_0", "q4_0")
DEFAULT_CONTEXT = 8192


def default_threads() -> int:
    """Physical cores: llama.cpp gains nothing from hyper-threads."""
    import psutil  # here, not at the top: asked at the first load, not at start

    return max(1, psutil.cpu_count(logical=False) or os.cpu_count() or 1)


@dataclass(frozen=True)
class LoadSettings:
    model_path: Path
    n_ctx: int = DEFAULT_CONTEXT
    kv_cache_type: str = "f16"
    flash_attention: bool = False
    n_threads: int = field(default_factory=default_threads)
    n_gpu_layers: int = 0
    n_batch: int = 512
    n_ubatch: int = 512
    embeddings: bool = False
    seed: int = 0

    def validated(self) -> "LoadSettings":
        if self.kv_cache_type not in KV_CACHE_TYPES:
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "Unknown KV cache type {kv_cache_type!r}; use one of {known}."),
                kv_cache_type=self.kv_cache_type, known=", ".join(KV_CACHE_TYPES),
            )
        if self.n_ctx < 16:
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "A context of {n_ctx} tokens is too small (minimum 16)."),
                n_ctx=self.n_ctx,
            )
        if self.n_threads < 1 or self.n_batch < 1 or self.n_ubatch < 1:
            raise InvalidRequestError(QT_TRANSLATE_NOOP("AppError", "Threads and batch sizes must be at least 1."))
        return self

    @property
    def effective_flash_attention(self) -> bool:
        """llama.cpp can only quantize the V cache with flash attention on."""
        return self.flash_attention or self.kv_cache_type != "f16"


@dataclass(frozen=True)
class SamplingSettings:
    temperature: float = 0.7
    top_p: float = 0.9
    top_k: int = 40
    min_p: float = 0.05
    repeat_penalty: float = 1.0
    max_tokens: int = 1024
    seed: Optional[int] = None
    # A llama.cpp GBNF grammar the reply must follow (e.g. JSON matching a schema: see
    # llama_backend.json_schema_grammar); applied by the sampler in the worker.
    grammar: Optional[str] = None


@dataclass(frozen=True)
class ModelInfo:
    """What the worker reports after a successful load."""

    path: Path
    architecture: str
    name: str
    file_type: str
    n_ctx: int
    n_ctx_train: int
    n_vocab: int
    n_embd: int
    has_chat_template: bool
    llama_cpp_version: str
    # The file's own `general.sampling.*` keys (its makers' recommended sampling), as
    # (key, value) text pairs; app/chat/sampling_settings.py reads them.
    sampling_metadata: tuple[tuple[str, str], ...] = ()

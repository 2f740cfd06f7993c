"""Shared by the hub and CLI download tests: a loopback-only environment, fast retries, payloads."""

from __future__ import annotations

import base64
import os
import random
from pathlib import Path
from typing import Sequence

from app.dev.tiny_model import shape_with, write_random_llama
from app.gguf_file import MetaValue
from app.hub.transfer import RetryPolicy

# Loopback only, whatever proxy the machine has; huggingface_hub must not look elsewhere.
os.environ["NO_PROXY"] = ",".join(filter(None, ["127.0.0.1", "localhost", os.environ.get("NO_PROXY")]))
os.environ["no_proxy"] = os.environ["NO_PROXY"]
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ.pop("HF_HUB_OFFLINE", None)

SMALL_SHAPE = shape_with(n_layer=1, n_embd=64, n_ff=128, head_dim=16, n_head=4, n_kv_head=2)
_MERGED_PAIRS = (b"th", b"he", b"in", b"er", b"an", b" t")
FAST_RETRY = RetryPolicy(first_delay_s=0.01, max_delay_s=0.05, connect_timeout_s=5.0, stall_timeout_s=10.0)


def payload(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def plenty_of_space(_path: object) -> int:
    return 1 << 50


def write_small_gguf(path: Path, seed: int = 0, extra_metadata: Sequence[MetaValue] = ()) -> Path:
    """A real Llama-architecture F16 GGUF of ~160 KB, written in milliseconds.

    The full Llama 3 vocabulary takes seconds to build; a byte-level tokenizer (256
    bytes and a few merges, in tiktoken's file format) keeps the header real and small.
    """
    tokenizer = path.with_name(path.name + ".tokenizer.model")
    lines = [f"{base64.b64encode(bytes([b])).decode()} {b}" for b in range(256)]
    lines += [f"{base64.b64encode(pair).decode()} {256 + i}" for i, pair in enumerate(_MERGED_PAIRS)]
    tokenizer.write_text("\n".join(lines) + "\n")
    try:
        return write_random_llama(path, SMALL_SHAPE, seed=seed, name="small test Llama", tokenizer_model=tokenizer,
                                  extra_metadata=extra_metadata)
    finally:
        tokenizer.unlink()

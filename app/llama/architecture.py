"""The shape of a Llama, defined once: hyperparameters, their checks, their GGUF keys and
the tensors of a Llama GGUF.

The catalog describes each model it offers with a `LlamaArchitecture`, the planner sizes
files from it, the converter reads one from config.json and writes its `gguf_metadata()`,
the test-model builder writes random weights for its `tensor_shapes()`, and the header
checks read one back with `from_gguf()` and refuse a file whose numbers contradict each
other (`problems()`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from app.llama.rope import Llama3RopeScaling, llama3_rope_factors

if TYPE_CHECKING:
    import numpy as np

    from app.gguf_file import GgufInfo, MetaValue

GGUF_ARCH = "llama"  # general.architecture of every model Paddock runs
_COUNTS = ("n_layer", "n_embd", "n_head", "n_kv_head", "head_dim", "n_ff", "n_vocab", "context_length")


@dataclass(frozen=True)
class LlamaArchitecture:
    n_layer: int
    n_embd: int
    n_head: int
    n_kv_head: int
    head_dim: int
    n_ff: int
    n_vocab: int
    context_length: int
    tied_embeddings: bool = False
    rope_theta: float = 500000.0
    rope_scaling: Optional[Llama3RopeScaling] = None
    linear_rope_factor: Optional[float] = None
    rms_eps: float = 1e-5
    attention_bias: bool = False
    mlp_bias: bool = False

    @property
    def n_embd_q(self) -> int:
        """Width of the attention's query projection: heads x head size."""
        return self.n_head * self.head_dim

    @property
    def n_embd_kv(self) -> int:
        """Width of one layer's K (and V) cache row: KV heads x head size."""
        return self.n_kv_head * self.head_dim

    def problems(self) -> list[str]:
        """What is wrong with these numbers, in words; empty for a Llama llama.cpp can run."""
        found = [f"{name} must be positive, got {getattr(self, name)}" for name in _COUNTS if getattr(self, name) <= 0]
        if self.n_head > 0 and self.n_kv_head > 0 and self.n_head % self.n_kv_head:
            found.append(f"n_head ({self.n_head}) is not a multiple of n_kv_head ({self.n_kv_head})")
        if self.head_dim % 2:
            found.append(f"head_dim must be even for rotary embeddings, got {self.head_dim}")
        for name in ("rope_theta", "rms_eps"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0):
                found.append(f"{name} must be a positive number, got {value}")
        if self.linear_rope_factor is not None and not (
            math.isfinite(self.linear_rope_factor) and self.linear_rope_factor > 0
        ):
            found.append(f"the linear rope scaling factor must be a positive number, got {self.linear_rope_factor}")
        scaling = self.rope_scaling
        if scaling is not None:
            if not (scaling.factor > 0 and scaling.original_context > 0 and scaling.low_freq_factor > 0):
                found.append("llama3 rope scaling needs a positive factor, low_freq_factor and original context")
            elif scaling.high_freq_factor <= scaling.low_freq_factor:
                found.append("llama3 rope scaling needs high_freq_factor > low_freq_factor")
        return found

    def rope_factors(self) -> np.ndarray:
        """The `rope_freqs.weight` tensor: llama3 rope scaling as llama.cpp applies it
        (ones without scaling)."""
        import numpy as np  # here, not at the top: the app starts without numpy

        if self.rope_scaling is None:
            return np.ones(self.head_dim // 2, dtype=np.float32)
        return llama3_rope_factors(self.head_dim, self.rope_theta, self.rope_scaling)

    def gguf_metadata(self) -> list["MetaValue"]:
        """The `llama.*` keys llama.cpp reads for a Llama model."""
        from app.gguf_file import MetaValue

        a = GGUF_ARCH
        meta = [
            MetaValue(f"{a}.vocab_size", self.n_vocab, "u32"),
            MetaValue(f"{a}.context_length", self.context_length, "u32"),
            MetaValue(f"{a}.embedding_length", self.n_embd, "u32"),
            MetaValue(f"{a}.block_count", self.n_layer, "u32"),
            MetaValue(f"{a}.feed_forward_length", self.n_ff, "u32"),
            MetaValue(f"{a}.rope.dimension_count", self.head_dim, "u32"),
            MetaValue(f"{a}.attention.head_count", self.n_head, "u32"),
            MetaValue(f"{a}.attention.head_count_kv", self.n_kv_head, "u32"),
            MetaValue(f"{a}.attention.key_length", self.head_dim, "u32"),
            MetaValue(f"{a}.attention.value_length", self.head_dim, "u32"),
            MetaValue(f"{a}.attention.layer_norm_rms_epsilon", self.rms_eps, "f32"),
            MetaValue(f"{a}.rope.freq_base", self.rope_theta, "f32"),
        ]
        if self.linear_rope_factor is not None:
            meta += [
                MetaValue(f"{a}.rope.scaling.type", "linear", "str"),
                MetaValue(f"{a}.rope.scaling.factor", self.linear_rope_factor, "f32"),
            ]
        return meta

    @classmethod
    def from_gguf(cls, info: "GgufInfo", tensor_names: Optional[set[str]] = None) -> "LlamaArchitecture":
        """The architecture a GGUF header describes, as llama.cpp would read it.

        `tensor_names`: the tensors of all parts of a split model (default: this file's).

        llama3 rope scaling is stored as the `rope_freqs.weight` tensor, not as keys: its
        presence is known from the header, its values only from the tensor's data, so
        Llama 3.1's published values stand in (they change no size or memory figure).
        """
        meta = info.metadata
        prefix = f"{info.architecture}."
        n_head = info.arch_int("attention.head_count")
        n_embd = info.arch_int("embedding_length")
        names = tensor_names if tensor_names is not None else {t.name for t in info.tensors}
        linear = meta.get(prefix + "rope.scaling.factor") if meta.get(prefix + "rope.scaling.type") == "linear" else None
        return cls(
            n_layer=info.arch_int("block_count"),
            n_embd=n_embd,
            n_head=n_head,
            n_kv_head=info.arch_int("attention.head_count_kv", n_head),
            head_dim=info.arch_int("attention.key_length") or (n_embd // n_head if n_head > 0 else 0),
            n_ff=info.arch_int("feed_forward_length"),
            n_vocab=info.vocab_size or info.arch_int("vocab_size"),
            context_length=info.context_length,
            tied_embeddings="output.weight" not in names,
            rope_theta=_number(meta.get(prefix + "rope.freq_base"), 10000.0),
            rope_scaling=Llama3RopeScaling() if "rope_freqs.weight" in names else None,
            linear_rope_factor=None if linear is None else _number(linear, math.nan),
            rms_eps=_number(meta.get(prefix + "attention.layer_norm_rms_epsilon"), math.nan),
            attention_bias="blk.0.attn_q.bias" in names,
            mlp_bias="blk.0.ffn_up.bias" in names,
        )

    def tensor_shapes(self) -> list[tuple[str, tuple[int, ...]]]:
        """The tensors of a Llama GGUF in file order, with ggml shapes (row length first)."""
        e, kv, q, f, v = self.n_embd, self.n_embd_kv, self.n_embd_q, self.n_ff, self.n_vocab
        out: list[tuple[str, tuple[int, ...]]] = [("token_embd.weight", (e, v))]
        if self.rope_scaling is not None:
            out.append(("rope_freqs.weight", (self.head_dim // 2,)))
        for i in range(self.n_layer):
            b = f"blk.{i}."
            out += [(b + "attn_norm.weight", (e,)), (b + "attn_q.weight", (e, q)), (b + "attn_k.weight", (e, kv)),
                    (b + "attn_v.weight", (e, kv)), (b + "attn_output.weight", (q, e))]
            if self.attention_bias:
                out += [(b + "attn_q.bias", (q,)), (b + "attn_k.bias", (kv,)), (b + "attn_v.bias", (kv,)),
                        (b + "attn_output.bias", (e,))]
            out += [(b + "ffn_norm.weight", (e,)), (b + "ffn_gate.weight", (e, f)), (b + "ffn_up.weight", (e, f)),
                    (b + "ffn_down.weight", (f, e))]
            if self.mlp_bias:
                out += [(b + "ffn_gate.bias", (f,)), (b + "ffn_up.bias", (f,)), (b + "ffn_down.bias", (e,))]
        out.append(("output_norm.weight", (e,)))
        if not self.tied_embeddings:
            out.append(("output.weight", (e, v)))
        return out


def _number(value: object, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default

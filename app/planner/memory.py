"""How much memory llama.cpp will take for a model and settings: pure formulas.

Derived from how llama.cpp (the build in llama-cpp-python 0.3.36) allocates, and checked
against its own log lines by benchmarks/planner_accuracy.py:

* weights: the model's tensors, memory-mapped. MAP_POPULATE reads every page in at load
  and generation touches every weight for each token, so all of it counts as resident.
  On x86 with AVX2, Q4_0/Q4_K/IQ4_NL matrices are copied into a repacked buffer
  ("CPU_REPACK"); their mapped pages then go cold: they show in RSS while RAM is
  plentiful but the kernel can drop them, so they count for the RSS prediction only.
* KV cache: n_ctx rounded up to 256 cells x layers x 2 (K and V) x KV width x bytes of
  the cache type (f16: 2, q8_0: 34/32, q4_0: 18/32). llama.cpp zeroes it at load.
* compute buffer: ggml's allocator reserves the peak of the worst-case graph: a full
  micro-batch (n_ubatch tokens) attending to the whole context with logits for every
  token. Three stages compete: the output (logits: n_vocab x tokens x 4 bytes), the
  attention (without flash attention a KQ matrix of n_ctx x tokens x heads x 4 bytes)
  and the feed-forward block. A chat only writes logits for the last token, so the part
  it touches (`compute_resident`) is smaller; it is what RAM must hold.
* output buffer (logits of one token) and the process itself (Python, llama.cpp and the
  Llama 3 vocabulary tables), calibrated on this build.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from app.planner.model_size import ModelFootprint, TensorSize

if TYPE_CHECKING:
    from app.engine.settings import LoadSettings

MIB = 1024 * 1024
CONTEXT_PAD = 256  # llama.cpp rounds n_ctx up to a multiple of 256 cells
KV_TYPE_BLOCKS = {"f16": (1, 2), "q8_0": (32, 34), "q4_0": (32, 18)}  # (elements, bytes)
# The engine worker before any model: Python, llama-cpp-python, ggml and llama.cpp's
# tables for the Llama 3 vocabulary (anonymous memory), plus mapped shared libraries.
RUNTIME_ANON_BYTES = int(82.3 * MIB)
RUNTIME_FILE_BYTES = int(21.7 * MIB)
LOAD_TRANSIENT_BYTES = int(11.6 * MIB)  # freed once the vocabulary is built
CHAT_MISC_BYTES = 2 * MIB  # sampler candidates, token lists
# CUDA/ROCm context and library workspaces on the GPU. Not measured here (no GPU).
GPU_RUNTIME_BYTES = 400 * MIB

# Which weight types llama.cpp repacks for faster CPU kernels, by CPU feature, with the
# row-count multiple it needs (ggml-cpu/repack.cpp).
_REPACK_RULES = (
    ("avx2", {"Q4_0": 8, "Q4_K": 8, "IQ4_NL": 8}),
    ("avx512f", {"Q2_K": 8}),
    ("i8mm", {"Q4_0": 4, "Q4_K": 8, "Q5_K": 8, "Q6_K": 8, "Q8_0": 4}),
    ("asimddp", {"Q4_0": 4, "Q4_K": 8, "Q5_K": 8, "Q6_K": 8, "IQ4_NL": 4}),
)


def pad_context(n_ctx: int) -> int:
    return -(-n_ctx // CONTEXT_PAD) * CONTEXT_PAD


@dataclass(frozen=True)
class PlanSettings:
    """The load settings that decide memory (a planner's view of LoadSettings)."""

    n_ctx: int
    kv_type: str = "f16"
    flash_attention: bool = False
    n_batch: int = 512
    n_ubatch: int = 512
    n_gpu_layers: int = 0
    embeddings: bool = False

    @property
    def effective_flash_attention(self) -> bool:
        """llama.cpp needs flash attention for a quantized V cache (LoadSettings does the same)."""
        return self.flash_attention or self.kv_type != "f16"

    @property
    def ubatch(self) -> int:
        return min(self.n_ubatch, self.n_batch, pad_context(self.n_ctx))

    @classmethod
    def from_load_settings(cls, settings: "LoadSettings") -> "PlanSettings":
        return cls(
            n_ctx=settings.n_ctx, kv_type=settings.kv_cache_type, flash_attention=settings.flash_attention,
            n_batch=settings.n_batch, n_ubatch=settings.n_ubatch, n_gpu_layers=settings.n_gpu_layers,
            embeddings=settings.embeddings,
        )


def kv_cache_bytes(fp: ModelFootprint, n_ctx: int, kv_type: str, n_layers: Optional[int] = None) -> int:
    block, size = KV_TYPE_BLOCKS[kv_type]
    row = fp.arch.n_embd_kv // block * size  # one cell of one layer, K or V
    layers = fp.arch.n_layer if n_layers is None else n_layers
    return layers * pad_context(n_ctx) * row * 2


def output_buffer_bytes(fp: ModelFootprint, embeddings: bool = False) -> int:
    return 4 * fp.arch.n_vocab + (4 * fp.arch.n_embd if embeddings else 0)


def _stages(fp: ModelFootprint, s: PlanSettings, tokens: int, n_kv: int, outputs: int) -> tuple[int, int, int]:
    """Peak bytes of the output, attention and feed-forward stages of one graph."""
    e, kv, f = fp.arch.n_embd, fp.arch.n_embd_kv, fp.arch.n_ff
    output = 4 * (fp.arch.n_vocab * outputs + 2 * e * tokens)
    if s.kv_type != "f16" and 2 * n_kv >= 4 * e:
        # quantized caches are rotated (Hadamard); the allocator then keeps one more
        # hidden-state row per token alive at the output stage (observed, all shapes)
        output += 4 * e * tokens
    if s.effective_flash_attention:
        attention = 2 * n_kv * tokens + 4 * tokens * (5 * e + 2 * kv)  # f16 mask + activations
    else:
        attention = 4 * tokens * (n_kv * (fp.arch.n_head + 1) + 5 * e + 2 * kv)  # KQ, mask, activations
    ffn = 4 * tokens * (2 * f + 3 * e)
    return output, attention, ffn


def compute_buffer_bytes(fp: ModelFootprint, s: PlanSettings) -> int:
    """The compute buffer llama.cpp reserves: its worst-case graph."""
    u = s.ubatch
    return max(_stages(fp, s, u, pad_context(s.n_ctx), u))


def _work_buffer_bytes(fp: ModelFootprint, tokens: int) -> int:
    """ggml-cpu's scratch for converting activations to the weights' dot-product type."""
    wide = max(fp.arch.n_embd, fp.arch.n_ff)
    f16 = any(t.type_name in ("F16", "BF16", "F32") and t.layer is not None and len(t.shape) == 2 for t in fp.tensors)
    return tokens * (2 * wide if f16 else wide * 292 // 256)


def resident_compute_bytes(fp: ModelFootprint, s: PlanSettings, context_tokens: Optional[int] = None) -> int:
    """Compute memory a chat actually writes, with `context_tokens` in the cache (default:
    the worst case, a full micro-batch at the end of a full context).

    ggml places the stages of one graph at different offsets, so the pages touched lie
    between the largest stage and the sum of the stages; the midpoint fits every
    measurement within a few MiB. It can never exceed the reserved buffer.
    """
    tokens = s.ubatch
    used = pad_context(s.n_ctx if context_tokens is None else max(1, min(context_tokens, s.n_ctx)))
    if context_tokens is not None:
        tokens = min(tokens, max(1, context_tokens - 1))
    stages = _stages(fp, s, tokens, used, tokens if s.embeddings else 1)
    touched = (max(stages) + sum(stages)) // 2
    return min(touched, compute_buffer_bytes(fp, s)) + _work_buffer_bytes(fp, tokens) + CHAT_MISC_BYTES


def repacked_tensors(fp: ModelFootprint, cpu_flags: frozenset[str]) -> tuple[TensorSize, ...]:
    """Weight matrices llama.cpp copies into a repacked buffer on this CPU."""
    rules: dict[str, int] = {}
    for flag, types in _REPACK_RULES:
        if flag in cpu_flags:
            for name, multiple in types.items():
                rules.setdefault(name, multiple)
    return tuple(
        t for t in fp.tensors
        if t.role != "token_embd" and len(t.shape) == 2 and t.type_name in rules and t.shape[1] % rules[t.type_name] == 0
    )


def mapped_bytes(fp: ModelFootprint, repacked: tuple[TensorSize, ...]) -> int:
    """The file range llama.cpp keeps mapped: from the first to the last tensor that is
    used in place (repacked tensors at either end are unmapped)."""
    names = {t.name for t in repacked}
    kept = [i for i, t in enumerate(fp.tensors) if t.name not in names]
    if not kept:
        return 0
    return sum(t.n_bytes for t in fp.tensors[kept[0] : kept[-1] + 1])


@dataclass(frozen=True)
class MemoryBreakdown:
    """Bytes on one device (system RAM or one GPU)."""

    weights: int
    kv_cache: int
    compute: int  # reserved by llama.cpp
    compute_resident: int  # what inference writes (RAM); equals `compute` on a GPU
    output: int
    runtime: int
    cold_mapped: int = 0  # RAM: mapped pages of repacked weights; in RSS, reclaimable

    @property
    def needed(self) -> int:
        """What must fit: the working set."""
        return self.weights + self.kv_cache + self.compute_resident + self.output + self.runtime

    @property
    def reserved(self) -> int:
        """What llama.cpp allocates (address space), as its log reports it."""
        return self.weights + self.kv_cache + self.compute + self.output


@dataclass(frozen=True)
class MemoryPlan:
    label: str
    settings: PlanSettings
    n_ctx: int  # as llama.cpp will use it (padded)
    n_gpu_layers: int
    ram: MemoryBreakdown
    gpu: Optional[MemoryBreakdown]

    @property
    def ram_needed(self) -> int:
        return self.ram.needed

    @property
    def gpu_needed(self) -> int:
        return self.gpu.needed if self.gpu is not None else 0

    @property
    def total_needed(self) -> int:
        return self.ram_needed + self.gpu_needed

    @property
    def peak_rss(self) -> int:
        """The engine worker's expected peak RSS while RAM is plentiful."""
        ram = self.ram
        steady = ram.needed + ram.cold_mapped
        at_load = ram.needed - ram.compute_resident + ram.cold_mapped + LOAD_TRANSIENT_BYTES
        return max(steady, at_load)


def plan_memory(
    fp: ModelFootprint,
    s: PlanSettings,
    *,
    cpu_flags: frozenset[str] = frozenset(),
    unified_memory: bool = False,
    context_tokens: Optional[int] = None,
) -> MemoryPlan:
    """Split `fp` between RAM and GPU for `s.n_gpu_layers` (llama.cpp offloads the last
    layers first; the output layer goes with n_gpu_layers > n_layer; token_embd stays in
    RAM). With `unified_memory` (Apple) both parts come from the same RAM; the fit check
    adds them up, and there is no separate GPU runtime."""
    g = max(0, min(s.n_gpu_layers, fp.arch.n_layer + 1))
    first_gpu_layer = fp.arch.n_layer - min(g, fp.arch.n_layer)
    output_on_gpu = g > fp.arch.n_layer
    on_gpu = [
        t for t in fp.tensors
        if (t.layer is not None and t.layer >= first_gpu_layer) or (output_on_gpu and t.role in ("output", "output_norm"))
    ]
    gpu_weights = sum(t.n_bytes for t in on_gpu)
    if output_on_gpu and fp.arch.tied_embeddings:
        gpu_weights += fp.input_bytes  # the tied embedding is copied to the GPU as the output layer
    gpu_names = {t.name for t in on_gpu}
    cpu_tensors = tuple(t for t in fp.tensors if t.name not in gpu_names)
    cpu_fp = _with_tensors(fp, cpu_tensors)
    repacked = repacked_tensors(cpu_fp, cpu_flags)
    cpu_weights = sum(t.n_bytes for t in cpu_tensors)
    cold = mapped_bytes(cpu_fp, repacked) + sum(t.n_bytes for t in repacked) - cpu_weights
    kv_gpu = kv_cache_bytes(fp, s.n_ctx, s.kv_type, min(g, fp.arch.n_layer))
    kv_cpu = kv_cache_bytes(fp, s.n_ctx, s.kv_type, fp.arch.n_layer - min(g, fp.arch.n_layer))
    reserved = compute_buffer_bytes(fp, s)
    gpu = None
    if g > 0:
        gpu = MemoryBreakdown(gpu_weights, kv_gpu, reserved, reserved, 0, 0 if unified_memory else GPU_RUNTIME_BYTES)
        # the CPU keeps a host-side buffer for the graph's CPU part (inputs, and the
        # logits when the output layer stays in RAM)
        host = 4 * fp.arch.n_embd * s.ubatch * 2 + (0 if output_on_gpu else 4 * fp.arch.n_vocab * s.ubatch)
        cpu_compute = cpu_resident = host
    else:
        cpu_compute = reserved
        cpu_resident = resident_compute_bytes(fp, s, context_tokens)
    ram = MemoryBreakdown(
        weights=cpu_weights,
        kv_cache=kv_cpu,
        compute=cpu_compute,
        compute_resident=cpu_resident,
        output=output_buffer_bytes(fp, s.embeddings),
        runtime=RUNTIME_ANON_BYTES + RUNTIME_FILE_BYTES,
        cold_mapped=max(0, cold),
    )
    return MemoryPlan(fp.label, s, pad_context(s.n_ctx), g, ram, gpu)


def _with_tensors(fp: ModelFootprint, tensors: tuple[TensorSize, ...]) -> ModelFootprint:
    from dataclasses import replace

    return replace(fp, tensors=tensors)

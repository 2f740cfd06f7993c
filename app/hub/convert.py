"""Convert a Hugging Face Llama checkpoint (safetensors) to a GGUF file, without torch.

`convert_checkpoint` checks everything it can before writing a byte (config keys, that
every weight is there with the shape the config implies, the tokenizer, free disk space),
then streams tensor by tensor through `app.gguf_file.write_gguf`: each output tensor is
built from blocks of rows read from its shard, so peak memory is about one output tensor
plus one block, whatever the model size. The finished `FILE.part` is then loaded by
llama.cpp in a child process (a broken file may abort llama.cpp) and tokenizes a sample
text; only then is it renamed to FILE. A file llama.cpp cannot load is deleted and the
error quotes llama.cpp's reason: a conversion never leaves a file that does not load.

Tensor layout follows llama.cpp's own converter: HF stores the rows of q_proj/k_proj
with the two halves of each rotary pair in separate halves of the head, llama.cpp wants
them interleaved, so those rows are permuted within each head. F16/BF16 outputs keep
1-D tensors (norms, biases, rope factors) in F32, as llama.cpp does.
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from app.errors import (
    QT_TRANSLATE_NOOP,
    AppError,
    EngineError,
    InvalidRequestError,
    ModelFileError,
    UnsupportedModelError,
)
from app.gguf_file import TensorSpec, write_gguf
from app.hub.convert_config import ARCH, load_config, model_metadata, read_llama_params
from app.hub.convert_tokenizer import convert_tokenizer
from app.hub.errors import DiskSpaceError
from app.hub.safetensors_reader import StoredTensor, index_checkpoint, read_raw_rows, row_blocks
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.jobs.child_process import run_in_child
from app.llama.architecture import LlamaArchitecture

log = logging.getLogger(__name__)

OUT_TYPES = {"f32": "float32", "f16": "float16", "bf16": "bfloat16"}
_STORED_AS = {"F32": "float32", "F16": "float16", "BF16": "bfloat16"}
BLOCK_BYTES = 64 * 1024 * 1024  # rows converted at a time (as float32)
_SPACE_MARGIN = 64 * 1024 * 1024

# HF name inside model.layers.N -> GGUF name inside blk.N
_LAYER_TENSORS = {
    "input_layernorm.weight": "attn_norm.weight",
    "self_attn.q_proj.weight": "attn_q.weight",
    "self_attn.k_proj.weight": "attn_k.weight",
    "self_attn.v_proj.weight": "attn_v.weight",
    "self_attn.o_proj.weight": "attn_output.weight",
    "self_attn.q_proj.bias": "attn_q.bias",
    "self_attn.k_proj.bias": "attn_k.bias",
    "self_attn.v_proj.bias": "attn_v.bias",
    "self_attn.o_proj.bias": "attn_output.bias",
    "post_attention_layernorm.weight": "ffn_norm.weight",
    "mlp.gate_proj.weight": "ffn_gate.weight",
    "mlp.up_proj.weight": "ffn_up.weight",
    "mlp.down_proj.weight": "ffn_down.weight",
    "mlp.gate_proj.bias": "ffn_gate.bias",
    "mlp.up_proj.bias": "ffn_up.bias",
    "mlp.down_proj.bias": "ffn_down.bias",
}
# Buffers some older checkpoints saved; recomputed by llama.cpp.
_IGNORED_SUFFIXES = ("rotary_emb.inv_freq",)


@dataclass(frozen=True)
class ConversionResult:
    path: Path
    out_type: str
    n_tensors: int
    file_size: int
    seconds: float
    params: LlamaArchitecture
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Planned:
    spec: TensorSpec
    source: Optional[StoredTensor]  # None: generated (rope factors)
    rope_heads: bool  # permute rows within each head (q_proj, k_proj)


def _layer_shapes(p: LlamaArchitecture) -> dict[str, tuple[int, ...]]:
    q, kv = p.n_head * p.head_dim, p.n_kv_head * p.head_dim
    shapes: dict[str, tuple[int, ...]] = {
        "input_layernorm.weight": (p.n_embd,),
        "self_attn.q_proj.weight": (q, p.n_embd),
        "self_attn.k_proj.weight": (kv, p.n_embd),
        "self_attn.v_proj.weight": (kv, p.n_embd),
        "self_attn.o_proj.weight": (p.n_embd, q),
        "post_attention_layernorm.weight": (p.n_embd,),
        "mlp.gate_proj.weight": (p.n_ff, p.n_embd),
        "mlp.up_proj.weight": (p.n_ff, p.n_embd),
        "mlp.down_proj.weight": (p.n_embd, p.n_ff),
    }
    if p.attention_bias:
        shapes.update({"self_attn.q_proj.bias": (q,), "self_attn.k_proj.bias": (kv,),
                       "self_attn.v_proj.bias": (kv,), "self_attn.o_proj.bias": (p.n_embd,)})
    if p.mlp_bias:
        shapes.update({"mlp.gate_proj.bias": (p.n_ff,), "mlp.up_proj.bias": (p.n_ff,), "mlp.down_proj.bias": (p.n_embd,)})
    return shapes


def plan_tensors(params: LlamaArchitecture, stored: dict[str, StoredTensor], out_type: str) -> list[_Planned]:
    """The GGUF tensors to write, each tied to its checkpoint tensor; errors name what is wrong."""
    expected: dict[str, tuple[str, tuple[int, ...]]] = {
        "model.embed_tokens.weight": ("token_embd.weight", (params.n_vocab, params.n_embd)),
    }
    for i in range(params.n_layer):
        for hf_name, shape in _layer_shapes(params).items():
            expected[f"model.layers.{i}.{hf_name}"] = (f"blk.{i}.{_LAYER_TENSORS[hf_name]}", shape)
    expected["model.norm.weight"] = ("output_norm.weight", (params.n_embd,))
    if not params.tied_embeddings:
        expected["lm_head.weight"] = ("output.weight", (params.n_vocab, params.n_embd))
    missing = [name for name in expected if name not in stored]
    if missing:
        names = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        if missing == ["lm_head.weight"]:
            raise ModelFileError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The checkpoint is missing {count} weight(s): {names} (config.json says tie_word_embeddings is false).",
                ),
                count=len(missing), names=names,
            )
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "The checkpoint is missing {count} weight(s): {names}."),
            count=len(missing), names=names,
        )
    tied_extra = {"lm_head.weight"} if params.tied_embeddings else set()  # tied: same as embed_tokens
    unexpected = sorted(
        n for n in stored if n not in expected and n not in tied_extra and not n.endswith(_IGNORED_SUFFIXES)
    )
    if unexpected:
        raise ModelFileError(
            QT_TRANSLATE_NOOP(
                "AppError", "The checkpoint has weights a plain Llama does not: {names}. Is it a LlamaForCausalLM checkpoint?"
            ),
            names=", ".join(unexpected[:5]) + (" ..." if len(unexpected) > 5 else ""),
        )
    planned: list[_Planned] = []
    if params.rope_scaling is not None:
        planned.append(_Planned(TensorSpec("rope_freqs.weight", (params.head_dim // 2,), "float32"), None, False))
    for hf_name, (gguf_name, shape) in expected.items():
        source = stored[hf_name]
        if source.shape != shape:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "Weight {weight} has shape {shape} but config.json implies {expected}."),
                weight=hf_name, shape=str(list(source.shape)), expected=str(list(shape)),
            )
        if source.dtype not in _STORED_AS:
            raise UnsupportedModelError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "Weight {weight} is stored as {dtype}; Paddock converts F32, F16 and BF16 "
                    "checkpoints, not pre-quantized ones.",
                ),
                weight=hf_name, dtype=source.dtype,
            )
        dtype = OUT_TYPES[out_type] if len(shape) > 1 else "float32"
        rope_heads = hf_name.endswith(("q_proj.weight", "q_proj.bias", "k_proj.weight", "k_proj.bias"))
        planned.append(_Planned(TensorSpec(gguf_name, shape, dtype), source, rope_heads))
    return planned


def _bf16_bits(values: np.ndarray) -> np.ndarray:
    """float32 -> bfloat16 bit patterns, rounding to nearest even; NaN stays NaN."""
    bits = values.view(np.uint32)
    rounded = ((bits + (0x7FFF + ((bits >> 16) & 1))) >> 16).astype(np.uint16)
    nan = np.isnan(values)
    if nan.any():
        rounded[nan] = ((bits[nan] >> 16) | 0x40).astype(np.uint16)
    return rounded


def _convert_block(raw: np.ndarray, stored_dtype: str, out_dtype: str) -> tuple[np.ndarray, bool]:
    """Stored rows -> output rows; the flag says values overflowed to infinity (F16)."""
    if _STORED_AS.get(stored_dtype) == out_dtype:
        return raw, False  # same type: the bits are copied unchanged
    if stored_dtype == "BF16":
        as_f32 = (raw.astype(np.uint32) << 16).view(np.float32)
    else:
        as_f32 = raw.astype(np.float32, copy=False)
    if out_dtype == "float32":
        return as_f32, False
    if out_dtype == "bfloat16":
        return _bf16_bits(np.ascontiguousarray(as_f32)), False
    with np.errstate(over="ignore"):
        halves = as_f32.astype(np.float16)
    overflow = bool(np.isinf(halves).any()) and not bool(np.isinf(as_f32).any())
    return halves, overflow


def _rope_permute(rows: np.ndarray, head_dim: int) -> np.ndarray:
    """Within each head, interleave the two rotary halves: HF's order -> llama.cpp's."""
    heads = rows.shape[0] // head_dim
    tail = rows.shape[1:]
    return rows.reshape(heads, 2, head_dim // 2, *tail).swapaxes(1, 2).reshape(rows.shape)


class _Producer:
    """Builds each output tensor from blocks of rows; remembers F16 overflows."""

    def __init__(self, params: LlamaArchitecture, planned: list[_Planned], cancel: Optional[CancelToken]) -> None:
        self.params = params
        self.by_name = {p.spec.name: p for p in planned}
        self.cancel = cancel
        self.overflowed: list[str] = []

    def __call__(self, spec: TensorSpec) -> np.ndarray:
        plan = self.by_name[spec.name]
        if plan.source is None:
            return self.params.rope_factors()
        source = plan.source
        out = np.empty(spec.shape, dtype=np.uint16 if spec.dtype == "bfloat16" else spec.dtype)
        row_bytes = 4 * (int(np.prod(spec.shape[1:])) if len(spec.shape) > 1 else 1)
        multiple = self.params.head_dim if plan.rope_heads else 1
        for start, stop in row_blocks(spec.shape[0], row_bytes, BLOCK_BYTES, multiple):
            check(self.cancel)
            block, overflow = _convert_block(read_raw_rows(source, start, stop), source.dtype, spec.dtype)
            if overflow and spec.name not in self.overflowed:
                self.overflowed.append(spec.name)
            out[start:stop] = _rope_permute(block, self.params.head_dim) if plan.rope_heads else block
        return out


def _check_disk_space(output: Path, needed: int) -> None:
    free = shutil.disk_usage(output.parent).free
    if free < needed + _SPACE_MARGIN:
        raise DiskSpaceError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Not enough disk space for {name}: it needs about {needed_gb:.1f} GB and {folder} has {free_gb:.1f} GB free.",
            ),
            name=output.name, needed_gb=needed / 1e9, folder=output.parent, free_gb=free / 1e9,
        )


# Any text will do: tokenizing it runs llama.cpp's pre-tokenizer regexes and BPE merges.
LOAD_CHECK_TEXT = "Hello, world! It's 2024: 3.14 and 12345. Grüße, 你好, 🦙\n\tdone"


def _load_in_child(model_path: str) -> int:
    """In the child: load the GGUF in llama.cpp and tokenize a sample text; its vocabulary
    size. A failure names the llama.cpp build (another one may know what this one does not)."""
    from app.engine.llama_backend import check_model_loads, llama_cpp_version

    try:
        return check_model_loads(Path(model_path), sample_text=LOAD_CHECK_TEXT, keep_stderr=True)
    except EngineError as exc:
        raise EngineError(
            QT_TRANSLATE_NOOP("AppError", "{cause} (llama-cpp-python {version})"), cause=exc, version=llama_cpp_version()
        ) from exc


def _check_loads(part: Path, output: Path, progress: Optional[ProgressCallback], cancel: Optional[CancelToken]) -> None:
    """Load the finished `part` in llama.cpp (in a child process: a llama.cpp abort on a
    bad file cannot take Paddock down); an AppError if it does not load."""
    report(progress, ProgressUpdate("validate", message="loading the result in llama.cpp"))
    try:
        run_in_child(_load_in_child, str(part), what=AppError(QT_TRANSLATE_NOOP("AppError", "The load check")), name="paddock-convert-check", cancel=cancel)
    except AppError as exc:
        raise UnsupportedModelError(
            QT_TRANSLATE_NOOP("AppError", "The converted {name} does not load in llama.cpp, so it was deleted. {cause}"),
            name=output.name, cause=exc,
        ) from exc


def convert_checkpoint(
    model_dir: Path,
    output: Path,
    out_type: str = "f16",
    *,
    name: Optional[str] = None,
    overwrite: bool = False,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> ConversionResult:
    """Convert the Hugging Face Llama checkpoint in `model_dir` to the GGUF file `output`.

    `out_type` is f32, f16 or bf16. Progress: stage "check", then "write" (bytes written
    of the total), then "validate" while llama.cpp loads the result. Raises
    ModelFileError / UnsupportedModelError naming what is wrong (UnsupportedModelError
    with llama.cpp's reason when the written file does not load), Cancelled when
    `cancel` is set; never leaves a partial, or unloadable, `output`.
    """
    started = time.monotonic()
    model_dir, output = Path(model_dir), Path(output)
    out_type = out_type.lower()
    if out_type not in OUT_TYPES:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "Unknown output type {out_type}; choose one of {choices}."),
            out_type=repr(out_type), choices=", ".join(OUT_TYPES),
        )
    if not model_dir.is_dir():
        raise ModelFileError(QT_TRANSLATE_NOOP("AppError", "The checkpoint folder does not exist: {folder}"), folder=model_dir)
    if output.exists() and not overwrite:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "{path} already exists; choose another name or allow overwriting."), path=output
        )
    report(progress, ProgressUpdate("check", message=str(model_dir)))
    config = load_config(model_dir)
    params = read_llama_params(config)
    stored = index_checkpoint(model_dir)
    planned = plan_tensors(params, stored, out_type)
    tokenizer = convert_tokenizer(model_dir, params.n_vocab, config)
    metadata = model_metadata(params, name or model_dir.name, out_type) + tokenizer.metadata
    specs = [p.spec for p in planned]
    output.parent.mkdir(parents=True, exist_ok=True)
    _check_disk_space(output, sum(s.n_bytes for s in specs))
    for warning in tokenizer.warnings:
        log.warning("%s: %s", model_dir.name, warning)
    check(cancel)
    producer = _Producer(params, planned, cancel)
    write_gguf(
        output, ARCH, metadata, specs, producer, progress=progress, cancel=cancel,
        validate=lambda part: _check_loads(part, output, progress, cancel),
    )
    warnings = list(tokenizer.warnings)
    if producer.overflowed:
        warnings.append(
            f"{len(producer.overflowed)} tensor(s) hold values too large for F16 (e.g. "
            f"{producer.overflowed[0]}), which became infinite: convert to BF16 or F32 instead."
        )
    return ConversionResult(
        path=output,
        out_type=out_type,
        n_tensors=len(specs),
        file_size=output.stat().st_size,
        seconds=time.monotonic() - started,
        params=params,
        warnings=tuple(warnings),
    )

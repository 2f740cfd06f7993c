"""Model sizes before download: tensor list, llama.cpp's quantization mix, footprints.

A Llama GGUF is a known list of tensors whose shapes follow from the architecture. Each
llama.cpp file type ("Q4_K_M") is a *mix*: most tensors get the base type, some get
more bits (attn_v and ffn_down in certain layers, the output layer). The rules below
follow llama.cpp's `llama_tensor_get_type` (src/llama-quant.cpp) for Llama models
quantized without an importance matrix, so a size computed here equals the size of the
file Paddock's own quantizer writes; community imatrix files differ by < 1 % (IQ4_XS).

`ModelFootprint` is what the planner works from: per-tensor sizes plus the shape numbers
it needs. It is built from a catalog entry and a quantization (an estimate) or from a
GGUF header (exact).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence

from app.llama.architecture import GGUF_ARCH, LlamaArchitecture
from app.llama.header_check import check_llama_header

if TYPE_CHECKING:
    from app.catalog.entries import CatalogEntry
    from app.gguf_file import GgufInfo, TensorInfo

# ggml type -> (elements per block, bytes per block). Stored format constants of ggml.
GGML_TYPE_SIZES: dict[str, tuple[int, int]] = {
    "F32": (1, 4), "F16": (1, 2), "BF16": (1, 2),
    "Q4_0": (32, 18), "Q4_1": (32, 20), "Q5_0": (32, 22), "Q5_1": (32, 24), "Q8_0": (32, 34),
    "Q2_K": (256, 84), "Q3_K": (256, 110), "Q4_K": (256, 144), "Q5_K": (256, 176),
    "Q6_K": (256, 210), "IQ4_XS": (256, 136), "IQ4_NL": (32, 18),
}
# Bytes in a Llama 3 GGUF besides tensor data: the tokenizer (128,256 tokens, 280,147
# merges), chat template and hyperparameters. Measured on files written by llama.cpp's
# converter and by app/dev/tiny_model.py (7.83 MB both).
GGUF_HEADER_BYTES = 7_828_000

# llama.cpp file type -> base ggml type of its quantized tensors.
_BASE_TYPE = {
    "Q2_K": "Q2_K", "Q3_K_M": "Q3_K", "IQ4_XS": "IQ4_XS", "Q4_K_M": "Q4_K",
    "Q5_K_M": "Q5_K", "Q6_K": "Q6_K", "Q8_0": "Q8_0", "F16": "F16",
}
KNOWN_FILE_TYPES = tuple(_BASE_TYPE)


def tensor_bytes(type_name: str, n_elements: int) -> int:
    block, size = GGML_TYPE_SIZES[type_name]
    return n_elements // block * size


@dataclass(frozen=True)
class TensorSize:
    name: str
    shape: tuple[int, ...]  # ggml order: row length first
    type_name: str
    n_bytes: int

    @cached_property  # asked hundreds of thousands of times per plan search; a frozen value
    def layer(self) -> Optional[int]:
        """The block index for `blk.N.*` tensors, else None."""
        if self.name.startswith("blk."):
            return int(self.name.split(".")[1])
        return None

    @cached_property
    def role(self) -> str:
        """`attn_q`, `ffn_down`, `token_embd`, `output`, `attn_norm`, ..."""
        parts = self.name.split(".")
        return parts[2] if self.name.startswith("blk.") else parts[0]


def _more_bits(i: int, n: int) -> bool:
    # llama.cpp's use_more_bits: the first and last eighth of layers and every third between.
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2


def _layer_type(file_type: str, role: str, i: int, n: int, arch: LlamaArchitecture) -> str:
    base = _BASE_TYPE[file_type]
    gqa = arch.n_head // arch.n_kv_head
    is_70b = n == 80 and arch.n_head != arch.n_kv_head  # llama.cpp's LLM_TYPE_70B
    t = base
    if role == "attn_v":
        if file_type == "Q2_K":
            t = "Q4_K" if gqa >= 4 else "Q3_K"
        elif file_type == "Q3_K_M":
            t = "Q5_K" if i < 2 else "Q4_K"
        elif file_type == "IQ4_XS" and gqa >= 4:
            t = "Q5_K"
        elif file_type in ("Q4_K_M", "Q5_K_M") and _more_bits(i, n):
            t = "Q6_K"
        if is_70b and t in ("Q3_K", "Q4_K"):
            t = "Q5_K"
    elif role == "ffn_down":
        if file_type == "Q2_K":
            t = "Q3_K"
        elif file_type == "Q3_K_M":
            t = "Q5_K" if i < n // 16 else "Q4_K"
        elif file_type in ("Q4_K_M", "Q5_K_M") and _more_bits(i, n):
            t = "Q6_K"
        elif file_type == "IQ4_XS" and i < n // 8:  # without an importance matrix
            t = "Q5_K"
    elif role == "attn_output":
        t = {"Q2_K": "Q3_K", "Q3_K_M": "Q4_K"}.get(file_type, base)
    return t


@lru_cache(maxsize=256)  # pure, and asked again for every plan of the same model
def quant_mix(arch: LlamaArchitecture, file_type: str) -> tuple[TensorSize, ...]:
    """Every tensor of `arch` with the ggml type llama.cpp gives it for `file_type`."""
    if file_type not in _BASE_TYPE:
        raise ValueError(f"unknown file type {file_type!r}; known: {', '.join(KNOWN_FILE_TYPES)}")
    base = _BASE_TYPE[file_type]
    sizes = []
    for name, shape in arch.tensor_shapes():
        n_el = 1
        for d in shape:
            n_el *= d
        role = name.split(".")[2] if name.startswith("blk.") else name.split(".")[0]
        if len(shape) < 2 or base == "F16":
            t = "F32" if len(shape) < 2 else "F16"
        elif role == "output" or (role == "token_embd" and arch.tied_embeddings):
            # the output layer (or the embedding that doubles as it) keeps more bits
            t = "Q8_0" if base == "Q8_0" else "Q6_K"
        elif role == "token_embd":
            t = base
        else:
            t = _layer_type(file_type, role, int(name.split(".")[1]), arch.n_layer, arch)
        sizes.append(TensorSize(name, shape, t, tensor_bytes(t, n_el)))
    # llama-quantize writes tensors by name, then stably by layer (non-layer ones first);
    # the order decides which file range stays mapped when some tensors are repacked.
    sizes.sort(key=lambda t: t.name)
    sizes.sort(key=lambda t: -1 if t.layer is None else t.layer)
    return tuple(sizes)


@dataclass(frozen=True)
class ModelFootprint:
    """A model as the planner sees it: shape numbers plus the size of every tensor."""

    label: str
    file_type: str
    arch: LlamaArchitecture
    tensors: tuple[TensorSize, ...]
    file_bytes: int
    exact: bool  # True when read from a GGUF header, False when estimated

    @property
    def weight_bytes(self) -> int:
        return sum(t.n_bytes for t in self.tensors)

    @property
    def parameter_count(self) -> int:
        total = 0
        for t in self.tensors:
            n = 1
            for d in t.shape:
                n *= d
            total += n
        return total

    def layer_bytes(self, layer: int) -> int:
        return sum(t.n_bytes for t in self.tensors if t.layer == layer)

    @property
    def input_bytes(self) -> int:
        """token_embd: llama.cpp keeps it in RAM even when every layer is offloaded."""
        return sum(t.n_bytes for t in self.tensors if t.role == "token_embd")

    @property
    def output_bytes(self) -> int:
        """The output layer and norm (with tied embeddings, token_embd is read as output)."""
        own = sum(t.n_bytes for t in self.tensors if t.role in ("output", "output_norm"))
        return own + (self.input_bytes if self.arch.tied_embeddings else 0)

    @property
    def bytes_read_per_token(self) -> int:
        """Weights streamed from memory for one generated token: every layer, the output
        layer, and one row of the embedding (negligible)."""
        layers = sum(t.n_bytes for t in self.tensors if t.layer is not None)
        return layers + self.output_bytes


def footprint_for(entry: "CatalogEntry", file_type: str, local_file: Optional[Path] = None) -> ModelFootprint:
    """The footprint of `entry` quantized as `file_type`: exact from the GGUF header when
    `local_file` (its first part) exists, else estimated before any download."""
    if local_file is not None and Path(local_file).is_file():
        from app.gguf_file import read_gguf_info

        fp = footprint_of_file(read_gguf_info(Path(local_file)))
        return replace(fp, label=f"{entry.name} {file_type}")
    return footprint_of_architecture(entry.architecture, file_type, f"{entry.name} {file_type}")


def footprint_of_architecture(arch: LlamaArchitecture, file_type: str, label: str) -> ModelFootprint:
    tensors = quant_mix(arch, file_type)
    return ModelFootprint(
        label=label, file_type=file_type, arch=arch, tensors=tensors,
        file_bytes=sum(t.n_bytes for t in tensors) + GGUF_HEADER_BYTES, exact=False,
    )


def architecture_of_file(info: "GgufInfo", tensors: Optional[Sequence["TensorInfo"]] = None) -> LlamaArchitecture:
    """The shape a GGUF header describes (`tensors`: those of all parts of a split model).
    A Llama's header is checked against its tensors first (ModelFileError naming the
    damaged field); other architectures are read with the Llama keys under their own
    prefix, as an approximation."""
    if info.architecture == GGUF_ARCH:
        return check_llama_header(info, tensors)
    names = None if tensors is None else {t.name for t in tensors}
    return LlamaArchitecture.from_gguf(info, tensor_names=names)


def footprint_from_gguf(info: "GgufInfo", file_bytes: Optional[int] = None) -> ModelFootprint:
    """The exact footprint of a local GGUF (its header's tensor sizes).

    `file_bytes` is the size of all parts of a split model (defaults to this file).
    """
    tensors = tuple(TensorSize(t.name, t.shape, t.type_name, t.n_bytes) for t in info.tensors)
    return ModelFootprint(
        label=info.name, file_type=info.file_type, arch=architecture_of_file(info), tensors=tensors,
        file_bytes=file_bytes if file_bytes is not None else info.file_size, exact=True,
    )


def footprint_of_file(info: "GgufInfo") -> ModelFootprint:
    """The exact footprint of a local GGUF, all parts of a split model included; the
    header is checked as the engine checks it before loading."""
    from app.gguf_file import read_gguf_info, split_parts

    parts = split_parts(Path(info.path))
    if len(parts) == 1:
        return footprint_from_gguf(info)
    infos = [info] + [read_gguf_info(p) for p in parts[1:]]
    every = [t for i in infos for t in i.tensors]
    arch = architecture_of_file(info, every)
    return ModelFootprint(
        label=info.name, file_type=info.file_type, arch=arch,
        tensors=tuple(TensorSize(t.name, t.shape, t.type_name, t.n_bytes) for t in every),
        file_bytes=sum(i.file_size for i in infos), exact=True,
    )

"""The one adapter for the `gguf` package: read GGUF headers, write GGUF files.

Reading checks what llama.cpp would otherwise discover late or crash on: the magic, the
header, and that every tensor's bytes are really in the file (a truncated download).
Writing streams tensor by tensor into `FILE.part` and renames it into place only when
complete, so a failure or a cancel never leaves a half-written model behind.
Errors become `ModelFileError`s with a clear message.
"""

from __future__ import annotations

import mmap
import os
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, Callable, Iterable, Optional, Sequence, TypeVar

import gguf
import numpy as np

from app.errors import Cancelled, ModelFileError
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report

GGUF_MAGIC = b"GGUF"
# Arrays longer than this are summarised by their length in GgufInfo.metadata.
_MAX_ARRAY_IN_METADATA = 64
# How llama.cpp's gguf-split names the parts of a split model: stored on disk and on the hub.
_SPLIT_NAME = re.compile(r"^(?P<stem>.*)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$")
P = TypeVar("P", bound=PurePath)


def split_parts(path: P) -> list[P]:
    """All files of a split GGUF (`name-00001-of-00003.gguf`) in order, or just `path`.
    Any part may be given; the result always starts with the first."""
    match = _SPLIT_NAME.match(path.name)
    if not match:
        return [path]
    count = int(match["count"])
    return [path.with_name(f"{match['stem']}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)]


@dataclass(frozen=True)
class TensorInfo:
    name: str
    type_name: str  # ggml type, e.g. "Q4_K", "F16"
    shape: tuple[int, ...]  # ggml order: fastest-varying dimension first
    n_bytes: int


@dataclass(frozen=True)
class GgufInfo:
    """What Paddock needs to know about a GGUF file before llama.cpp loads it."""

    path: Path
    file_size: int
    architecture: str
    name: str
    file_type: str  # e.g. "Q4_K_M", "F16"; "unknown" when the header does not say
    context_length: int
    chat_template: Optional[str]
    vocab_size: int
    metadata: dict[str, Any] = field(repr=False)
    tensors: tuple[TensorInfo, ...] = field(repr=False)

    @property
    def tensor_bytes(self) -> int:
        return sum(t.n_bytes for t in self.tensors)

    def arch_int(self, key: str, default: int = 0) -> int:
        """An integer hyperparameter such as `block_count` under the architecture prefix."""
        value = self.metadata.get(f"{self.architecture}.{key}", default)
        return int(value) if isinstance(value, (int, float)) else default


def _file_type_name(value: Any) -> str:
    try:
        return gguf.LlamaFileType(int(value)).name.removeprefix("MOSTLY_").removeprefix("ALL_")
    except (ValueError, TypeError):
        return "unknown"


_SCALARS = {
    gguf.GGUFValueType.UINT8: "<B", gguf.GGUFValueType.INT8: "<b",
    gguf.GGUFValueType.UINT16: "<H", gguf.GGUFValueType.INT16: "<h",
    gguf.GGUFValueType.UINT32: "<I", gguf.GGUFValueType.INT32: "<i",
    gguf.GGUFValueType.FLOAT32: "<f", gguf.GGUFValueType.BOOL: "<?",
    gguf.GGUFValueType.UINT64: "<Q", gguf.GGUFValueType.INT64: "<q",
    gguf.GGUFValueType.FLOAT64: "<d",
}


class _HeaderParser:
    """A lean GGUF header parser over an mmap.

    gguf.GGUFReader builds numpy views for every item of every array: 16 s for a Llama 3
    vocabulary (128k tokens, 280k merges). Here long arrays are skipped, not decoded, so
    a header reads in a fraction of a second. Big arrays are summarised by their length.
    """

    def __init__(self, buffer: mmap.mmap) -> None:
        self.buf = buffer
        self.pos = 0

    def unpack(self, fmt: str) -> Any:
        value = struct.unpack_from(fmt, self.buf, self.pos)[0]
        self.pos += struct.calcsize(fmt)
        return value

    def string(self) -> str:
        length = self.unpack("<Q")
        if self.pos + length > len(self.buf):
            raise ValueError("string runs past the end of the file")
        raw = self.buf[self.pos : self.pos + length]
        self.pos += length
        return raw.decode("utf-8")

    def skip_string(self) -> None:
        self.pos += 8 + struct.unpack_from("<Q", self.buf, self.pos)[0]

    def value(self, vtype: int) -> Any:
        if vtype == gguf.GGUFValueType.STRING:
            return self.string()
        if vtype == gguf.GGUFValueType.ARRAY:
            return self.array()
        return self.unpack(_SCALARS[gguf.GGUFValueType(vtype)])

    def array(self) -> Any:
        item_type = gguf.GGUFValueType(self.unpack("<I"))
        count = self.unpack("<Q")
        if count <= _MAX_ARRAY_IN_METADATA:
            return [self.value(item_type) for _ in range(count)]
        if item_type == gguf.GGUFValueType.STRING:
            for _ in range(count):
                self.skip_string()
        elif item_type == gguf.GGUFValueType.ARRAY:
            for _ in range(count):
                self.array()
        else:
            self.pos += count * struct.calcsize(_SCALARS[item_type])
        if self.pos > len(self.buf):
            raise ValueError("an array runs past the end of the file")
        return {"array_length": count}


def _parse_header(buffer: mmap.mmap) -> tuple[dict[str, Any], list[tuple[str, int, tuple[int, ...], int]], int]:
    """(metadata, [(name, ggml type, ggml shape, offset)], start of tensor data)."""
    parser = _HeaderParser(buffer)
    parser.pos = 4
    version = parser.unpack("<I")
    if version not in (2, 3):
        raise ValueError(f"GGUF version {version} is not supported")
    n_tensors = parser.unpack("<Q")
    n_kv = parser.unpack("<Q")
    metadata: dict[str, Any] = {}
    for _ in range(n_kv):
        key = parser.string()
        metadata[key] = parser.value(parser.unpack("<I"))
    tensors = []
    for _ in range(n_tensors):
        name = parser.string()
        n_dims = parser.unpack("<I")
        shape = tuple(parser.unpack("<Q") for _ in range(n_dims))
        ggml_type = parser.unpack("<I")
        offset = parser.unpack("<Q")
        tensors.append((name, ggml_type, shape, offset))
    alignment = int(metadata.get("general.alignment", gguf.GGUF_DEFAULT_ALIGNMENT))
    data_start = (parser.pos + alignment - 1) // alignment * alignment
    return metadata, tensors, data_start


def _tensor_info(name: str, ggml_type: int, shape: tuple[int, ...]) -> TensorInfo:
    qtype = gguf.GGMLQuantizationType(ggml_type)
    block_size, type_size = gguf.GGML_QUANT_SIZES[qtype]
    n_elements = int(np.prod(shape)) if shape else 1
    return TensorInfo(name=name, type_name=qtype.name, shape=shape, n_bytes=n_elements * type_size // block_size)


def read_gguf_info(path: Path) -> GgufInfo:
    """Parse the header of `path`; raise ModelFileError if it is not a whole GGUF file."""
    path = Path(path)
    if not path.exists():
        raise ModelFileError(f"The model file does not exist: {path}")
    if not path.is_file():
        raise ModelFileError(f"The model path is not a file: {path}")
    size = path.stat().st_size
    with path.open("rb") as handle:
        if handle.read(4) != GGUF_MAGIC:
            raise ModelFileError(
                f"{path.name} is not a GGUF model file (it does not start with 'GGUF'). "
                "Paddock runs llama.cpp models in GGUF format."
            )
        try:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as buffer:
                metadata, raw_tensors, data_start = _parse_header(buffer)
                tensors = tuple(_tensor_info(n, t, s) for n, t, s, _ in raw_tensors)
        except (ValueError, KeyError, IndexError, OverflowError, struct.error, UnicodeDecodeError) as exc:
            raise ModelFileError(
                f"{path.name} is damaged or incomplete: its GGUF header cannot be read ({exc})."
            ) from exc
    data_end = max((data_start + off + t.n_bytes for (_, _, _, off), t in zip(raw_tensors, tensors)), default=0)
    if data_end > size:
        raise ModelFileError(
            f"{path.name} is truncated: it holds {size:,} bytes but its tensors need "
            f"{data_end:,}. The download or copy did not finish; fetch the file again."
        )
    arch = str(metadata.get("general.architecture", "unknown"))
    tokens = metadata.get("tokenizer.ggml.tokens")
    return GgufInfo(
        path=path,
        file_size=size,
        architecture=arch,
        name=str(metadata.get("general.name", path.stem)),
        file_type=_file_type_name(metadata.get("general.file_type")),
        context_length=int(metadata.get(f"{arch}.context_length", 0) or 0),
        chat_template=metadata.get("tokenizer.chat_template"),
        vocab_size=tokens["array_length"] if isinstance(tokens, dict) else len(tokens or []),
        metadata=metadata,
        tensors=tensors,
    )


# --- writing ---------------------------------------------------------------------------

# Metadata value kinds written with an explicit GGUF type: llama.cpp checks key types.
_SCALAR_TYPES = {
    "u32": gguf.GGUFValueType.UINT32,
    "i32": gguf.GGUFValueType.INT32,
    "f32": gguf.GGUFValueType.FLOAT32,
    "bool": gguf.GGUFValueType.BOOL,
    "str": gguf.GGUFValueType.STRING,
}
_ARRAY_TYPES = {
    "str[]": gguf.GGUFValueType.STRING,
    "i32[]": gguf.GGUFValueType.INT32,
    "f32[]": gguf.GGUFValueType.FLOAT32,
}


@dataclass(frozen=True)
class MetaValue:
    """One GGUF key: `kind` is one of u32, i32, f32, bool, str, str[], i32[], f32[]."""

    key: str
    value: Any
    kind: str


@dataclass(frozen=True)
class TensorSpec:
    """A tensor to write: numpy shape (slowest dimension first) and numpy dtype name."""

    name: str
    shape: tuple[int, ...]
    dtype: str  # "float32", "float16" or "bfloat16" (produced as uint16 bit patterns)

    @property
    def n_bytes(self) -> int:
        return int(np.prod(self.shape)) * _numpy_dtype(self.dtype).itemsize


# numpy has no bfloat16: such tensors are produced as uint16 arrays holding the bits.
_RAW_KINDS = {"bfloat16": (np.dtype(np.uint16), gguf.GGMLQuantizationType.BF16)}


def _numpy_dtype(dtype: str) -> np.dtype:
    return _RAW_KINDS[dtype][0] if dtype in _RAW_KINDS else np.dtype(dtype)


def _add_meta(writer: gguf.GGUFWriter, item: MetaValue) -> None:
    if item.kind in _SCALAR_TYPES:
        writer.add_key_value(item.key, item.value, _SCALAR_TYPES[item.kind])
    elif item.kind in _ARRAY_TYPES:
        writer.add_key_value(
            item.key, list(item.value), gguf.GGUFValueType.ARRAY, sub_type=_ARRAY_TYPES[item.kind]
        )
    else:
        raise ValueError(f"unknown GGUF metadata kind {item.kind!r} for {item.key}")


def write_gguf(
    path: Path,
    architecture: str,
    metadata: Iterable[MetaValue],
    tensors: Sequence[TensorSpec],
    produce: Callable[[TensorSpec], np.ndarray],
    *,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
    validate: Optional[Callable[[Path], None]] = None,
) -> Path:
    """Write a GGUF file, producing one tensor at a time (peak memory ~ one tensor).

    The file appears at `path` only when complete and, given `validate`, once
    `validate(part)` has accepted the finished `FILE.part`; on any failure, rejection or
    cancel the partial file is removed and nothing is left at `path`.
    """
    path = Path(path)
    part = path.with_name(path.name + ".part")
    writer = gguf.GGUFWriter(part, architecture)
    try:
        for item in metadata:
            _add_meta(writer, item)
        for spec in tensors:
            raw = _RAW_KINDS.get(spec.dtype, (None, None))[1]
            writer.add_tensor_info(spec.name, spec.shape, _numpy_dtype(spec.dtype), spec.n_bytes, raw_dtype=raw)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        total = sum(spec.n_bytes for spec in tensors)
        written = 0
        for spec in tensors:
            check(cancel)
            array = np.ascontiguousarray(produce(spec), dtype=_numpy_dtype(spec.dtype))
            if array.shape != spec.shape:
                raise ValueError(f"tensor {spec.name}: shape {array.shape} != {spec.shape}")
            writer.write_tensor_data(array)
            written += spec.n_bytes
            report(progress, ProgressUpdate("write", written, total, spec.name))
        writer.close()
        if validate is not None:
            validate(part)
        os.replace(part, path)
    except BaseException as exc:
        writer.close()
        part.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, Cancelled):
            raise ModelFileError(f"Could not write {path}: {exc.strerror or exc}") from exc
        raise
    return path

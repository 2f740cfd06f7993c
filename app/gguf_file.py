"""The one adapter for the `gguf` package: read GGUF headers, write GGUF files.

Reading checks what llama.cpp would otherwise discover late or crash on: the magic, the
header, and that every tensor's bytes are really in the file (a truncated download).
A hostile or damaged header (lengths and counts past the end of the file, unknown value
or tensor types, arrays nested without end, duplicate keys) is refused with a sentence
that says what is wrong, never with the parser's own exception text. What the numbers
mean for a Llama is checked by `app.llama.header_check`.
Writing streams tensor by tensor into `FILE.part` and renames it into place only when
complete, so a failure or a cancel never leaves a half-written model behind.
Errors become `ModelFileError`s with a clear message.

`gguf` (and numpy, which it imports) cost a third of Paddock's start-up, and nothing needs
them before a model file is read or written: the header reader uses the value-type
numbers the GGUF specification fixes, and `gguf` is imported at first use, for the
tensor-type table (a header's tensor sizes) and for writing.
"""

from __future__ import annotations

import enum
import errno
import functools
import math
import mmap
import os
import re
import stat
import struct
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Sequence, TypeVar

from app.errors import QT_TRANSLATE_NOOP, Cancelled, ModelFileError
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report

if TYPE_CHECKING:
    import gguf
    import numpy as np

GGUF_MAGIC = b"GGUF"


class ValueType(enum.IntEnum):
    """GGUF metadata value types (gguf.GGUFValueType), fixed by the GGUF specification:
    stored on disk, never change. tests/app/test_gguf_file.py checks them against gguf."""

    UINT8 = 0
    INT8 = 1
    UINT16 = 2
    INT16 = 3
    UINT32 = 4
    INT32 = 5
    FLOAT32 = 6
    BOOL = 7
    STRING = 8
    ARRAY = 9
    UINT64 = 10
    INT64 = 11
    FLOAT64 = 12


# general.alignment when the header does not say (gguf.GGUF_DEFAULT_ALIGNMENT; the spec's 32).
DEFAULT_ALIGNMENT = 32
# Arrays longer than this are summarised by their length in GgufInfo.metadata.
_MAX_ARRAY_IN_METADATA = 64
# Arrays of arrays deeper than this are refused (llama.cpp reads no nested arrays at all;
# without a limit a crafted header would recurse until Python gives up).
_MAX_ARRAY_NESTING = 4
# ggml tensors have at most 4 dimensions (GGML_MAX_DIMS).
_MAX_TENSOR_DIMS = 4
# The fewest bytes one key (length, name, type, smallest value) and one tensor description
# (name length, name, dimension count, type, offset) take: counts beyond what the rest of
# the file could hold are refused before any loop runs.
_MIN_KEY_BYTES = 8 + 4 + 1
_MIN_TENSOR_BYTES = 8 + 4 + 4 + 8
# A header whose tensors would end beyond this (1 PiB; Llama 3.1 405B in F16 is 0.8 TB)
# is damaged, not a download that stopped early.
_MOST_BYTES_OF_ANY_MODEL = 2**50
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
        """An integer hyperparameter such as `block_count` under the architecture prefix
        (`default` when it is missing or not a finite number)."""
        return _whole(self.metadata.get(f"{self.architecture}.{key}", default), default)


def _whole(value: Any, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    if isinstance(value, float) and not math.isfinite(value):
        return default
    return int(value)


def _gguf() -> Any:
    """The gguf package, imported at first use (it and numpy take ~0.4 s to import)."""
    import gguf

    return gguf


@functools.cache
def _file_type_names() -> dict[int, str]:
    """general.file_type -> "Q4_K_M", "F16", ... (llama.cpp's LLAMA_FTYPE, as gguf lists it)."""
    return {int(t): t.name.removeprefix("MOSTLY_").removeprefix("ALL_") for t in _gguf().LlamaFileType}


@functools.cache
def _ggml_types() -> dict[int, tuple[str, int, int]]:
    """ggml tensor type -> (name, values per block, bytes per block), as gguf lists them:
    ggml adds types, so the table is the installed gguf's, not a copy."""
    g = _gguf()
    return {int(t): (t.name, *g.GGML_QUANT_SIZES[t]) for t in g.GGMLQuantizationType if t in g.GGML_QUANT_SIZES}


def _file_type_name(value: Any) -> str:
    try:
        return _file_type_names().get(int(value), "unknown")
    except (ValueError, TypeError, OverflowError):
        return "unknown"


_SCALARS = {
    ValueType.UINT8: "<B", ValueType.INT8: "<b", ValueType.UINT16: "<H", ValueType.INT16: "<h",
    ValueType.UINT32: "<I", ValueType.INT32: "<i", ValueType.FLOAT32: "<f", ValueType.BOOL: "<?",
    ValueType.UINT64: "<Q", ValueType.INT64: "<q", ValueType.FLOAT64: "<d",
}


class _HeaderDamage(Exception):
    """Why a header cannot be read, as a phrase ("the key 'x' has an unknown type 57")."""


class _HeaderParser:
    """A lean GGUF header parser over an mmap.

    gguf.GGUFReader builds numpy views for every item of every array: 16 s for a Llama 3
    vocabulary (128k tokens, 280k merges). Here long arrays are skipped, not decoded, so
    a header reads in a fraction of a second. Big arrays are summarised by their length.
    Every length and count is checked against what is left of the file before it is used.
    """

    def __init__(self, buffer: mmap.mmap) -> None:
        self.buf = buffer
        self.pos = 0
        self.reading = "the header"  # what is being read, for the messages

    @property
    def left(self) -> int:
        return len(self.buf) - self.pos

    def unpack(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        if size > self.left:
            raise _HeaderDamage(f"the file ends in the middle of {self.reading}")
        value = struct.unpack_from(fmt, self.buf, self.pos)[0]
        self.pos += size
        return value

    def _length(self) -> int:
        length = self.unpack("<Q")
        if length > self.left:
            raise _HeaderDamage(
                f"a text in {self.reading} claims {length:,} bytes, more than the {self.left:,} left in the file"
            )
        return int(length)

    def string(self) -> str:
        length = self._length()
        raw = self.buf[self.pos : self.pos + length]
        self.pos += length
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _HeaderDamage(f"a text in {self.reading} is not valid UTF-8") from None

    def skip_string(self) -> None:
        length = self._length()  # moves past the length field first
        self.pos += length

    def value_type(self) -> int:
        vtype = self.unpack("<I")
        if vtype not in _SCALARS and vtype not in (ValueType.STRING, ValueType.ARRAY):
            raise _HeaderDamage(f"{self.reading} has an unknown value type ({vtype})")
        return int(vtype)

    def value(self, vtype: int, depth: int = 0) -> Any:
        if vtype == ValueType.STRING:
            return self.string()
        if vtype == ValueType.ARRAY:
            return self.array(depth + 1)
        return self.unpack(_SCALARS[vtype])

    def array(self, depth: int) -> Any:
        if depth > _MAX_ARRAY_NESTING:
            raise _HeaderDamage(f"{self.reading} nests arrays more than {_MAX_ARRAY_NESTING} deep")
        item_type = self.value_type()
        count = self.unpack("<Q")
        smallest = {ValueType.STRING: 8, ValueType.ARRAY: 12}.get(item_type) or struct.calcsize(_SCALARS[item_type])
        if count * smallest > self.left:
            raise _HeaderDamage(
                f"an array in {self.reading} claims {count:,} items, more than the rest of the file can hold"
            )
        if count <= _MAX_ARRAY_IN_METADATA:
            return [self.value(item_type, depth) for _ in range(count)]
        if item_type == ValueType.STRING:
            for _ in range(count):
                self.skip_string()
        elif item_type == ValueType.ARRAY:
            for _ in range(count):
                self.array(depth + 1)
        else:
            self.pos += count * smallest
        return {"array_length": int(count)}


def _parse_header(buffer: mmap.mmap) -> tuple[dict[str, Any], list[tuple[str, int, tuple[int, ...], int]], int]:
    """(metadata, [(name, ggml type, ggml shape, offset)], start of tensor data)."""
    parser = _HeaderParser(buffer)
    parser.pos = 4
    version = parser.unpack("<I")
    if version not in (2, 3):
        raise _HeaderDamage(f"it says GGUF version {version}; Paddock reads versions 2 and 3")
    n_tensors = parser.unpack("<Q")
    n_kv = parser.unpack("<Q")
    if n_kv * _MIN_KEY_BYTES + n_tensors * _MIN_TENSOR_BYTES > parser.left:
        raise _HeaderDamage(
            f"it claims {n_kv:,} metadata keys and {n_tensors:,} tensors, more than its {len(buffer):,} bytes can describe"
        )
    metadata: dict[str, Any] = {}
    for index in range(n_kv):
        parser.reading = f"metadata key {index + 1} of {n_kv}"
        key = parser.string()
        parser.reading = f"the value of {key!r}"
        if key in metadata:
            raise _HeaderDamage(f"the key {key!r} appears twice")
        metadata[key] = parser.value(parser.value_type())
    tensors = []
    names: set[str] = set()
    for index in range(n_tensors):
        parser.reading = f"tensor {index + 1} of {n_tensors}"
        name = parser.string()
        parser.reading = f"the tensor {name!r}"
        if name in names:
            raise _HeaderDamage(f"the tensor {name!r} appears twice")
        names.add(name)
        n_dims = parser.unpack("<I")
        if n_dims > _MAX_TENSOR_DIMS:
            raise _HeaderDamage(f"the tensor {name!r} has {n_dims:,} dimensions (ggml allows at most {_MAX_TENSOR_DIMS})")
        shape = tuple(int(parser.unpack("<Q")) for _ in range(n_dims))
        ggml_type = parser.unpack("<I")
        offset = parser.unpack("<Q")
        tensors.append((name, ggml_type, shape, offset))
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if isinstance(alignment, bool) or not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise _HeaderDamage(f"general.alignment is {alignment!r}; it must be a power of two")
    for name, _, _, offset in tensors:
        if offset % alignment:
            raise _HeaderDamage(f"the tensor {name!r} starts at offset {offset:,}, not a multiple of {alignment}")
    data_start = (parser.pos + alignment - 1) // alignment * alignment
    return metadata, tensors, data_start


def _tensor_info(name: str, ggml_type: int, shape: tuple[int, ...]) -> TensorInfo:
    known = _ggml_types().get(ggml_type)
    if known is None:
        raise _HeaderDamage(f"the tensor {name!r} has an unknown data type ({ggml_type})")
    type_name, block_size, type_size = known
    if shape and shape[0] % block_size:
        raise _HeaderDamage(
            f"the tensor {name!r} has rows of {shape[0]:,} values, not a multiple of the {block_size} "
            f"that its type {type_name} packs together"
        )
    n_elements = math.prod(shape)  # Python integers: a hostile shape cannot wrap around
    return TensorInfo(name=name, type_name=type_name, shape=shape, n_bytes=n_elements * type_size // block_size)


def _unreadable(path: Path, exc: OSError) -> ModelFileError:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ModelFileError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Paddock is not allowed to read the model file {path} (permission denied). "
                "Check the permissions of the file and of its folders.",
            ),
            path=path,
        )
    return ModelFileError(
        QT_TRANSLATE_NOOP("AppError", "The model file {path} cannot be read: {reason}."),
        path=path,
        reason=exc.strerror or "input/output error",
    )


def read_gguf_info(path: Path) -> GgufInfo:
    """Parse the header of `path`; raise ModelFileError if it is not a whole GGUF file."""
    path = Path(path)
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ModelFileError(QT_TRANSLATE_NOOP("AppError", "The model file does not exist: {path}"), path=path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not stat.S_ISREG(status.st_mode):
        raise ModelFileError(QT_TRANSLATE_NOOP("AppError", "The model path is not a file: {path}"), path=path)
    size = status.st_size
    try:
        with path.open("rb") as handle:
            if handle.read(4) != GGUF_MAGIC:
                raise ModelFileError(
                    QT_TRANSLATE_NOOP(
                        "AppError",
                        "{name} is not a GGUF model file (it does not start with 'GGUF'). "
                        "Paddock runs llama.cpp models in GGUF format.",
                    ),
                    name=path.name,
                )
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as buffer:
                metadata, raw_tensors, data_start = _parse_header(buffer)
                tensors = tuple(_tensor_info(n, t, s) for n, t, s, _ in raw_tensors)
    except _HeaderDamage as damage:
        # The damage itself is a technical phrase (which key, which offset): a parameter.
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{name} is damaged or incomplete: {damage}."), name=path.name, damage=damage
        ) from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    data_end = max((data_start + off + t.n_bytes for (_, _, _, off), t in zip(raw_tensors, tensors)), default=0)
    if data_end > _MOST_BYTES_OF_ANY_MODEL:
        raise ModelFileError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} is damaged: its header says its tensors end at byte {end:,}, far beyond the size of any model.",
            ),
            name=path.name,
            end=data_end,
        )
    if data_end > size:
        raise ModelFileError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} is truncated: it holds {size:,} bytes but its tensors need {end:,}. "
                "The download or copy did not finish; fetch the file again.",
            ),
            name=path.name,
            size=size,
            end=data_end,
        )
    arch = metadata.get("general.architecture")
    arch = arch if isinstance(arch, str) else "unknown"
    name = metadata.get("general.name")
    template = metadata.get("tokenizer.chat_template")
    tokens = metadata.get("tokenizer.ggml.tokens")
    return GgufInfo(
        path=path,
        file_size=size,
        architecture=arch,
        name=name if isinstance(name, str) else path.stem,
        file_type=_file_type_name(metadata.get("general.file_type")),
        context_length=max(0, _whole(metadata.get(f"{arch}.context_length"), 0)),
        chat_template=template if isinstance(template, str) else None,
        vocab_size=tokens["array_length"] if isinstance(tokens, dict) else len(tokens) if isinstance(tokens, list) else 0,
        metadata=metadata,
        tensors=tensors,
    )


# --- writing ---------------------------------------------------------------------------

# Metadata value kinds written with an explicit GGUF type: llama.cpp checks key types.
_SCALAR_TYPES = {
    "u32": ValueType.UINT32, "i32": ValueType.INT32, "f32": ValueType.FLOAT32, "bool": ValueType.BOOL,
    "str": ValueType.STRING,
}
_ARRAY_TYPES = {"str[]": ValueType.STRING, "i32[]": ValueType.INT32, "f32[]": ValueType.FLOAT32}


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
        return math.prod(self.shape) * _numpy_dtype(self.dtype).itemsize


@functools.cache
def _raw_kinds() -> dict[str, tuple[np.dtype, Any]]:
    """numpy has no bfloat16: such tensors are produced as uint16 arrays holding the bits."""
    import numpy as np

    return {"bfloat16": (np.dtype(np.uint16), _gguf().GGMLQuantizationType.BF16)}


def _numpy_dtype(dtype: str) -> np.dtype:
    import numpy as np

    raw = _raw_kinds()
    return raw[dtype][0] if dtype in raw else np.dtype(dtype)


def _add_meta(writer: gguf.GGUFWriter, item: MetaValue) -> None:
    value_type = _gguf().GGUFValueType
    if item.kind in _SCALAR_TYPES:
        writer.add_key_value(item.key, item.value, value_type(_SCALAR_TYPES[item.kind]))
    elif item.kind in _ARRAY_TYPES:
        writer.add_key_value(
            item.key, list(item.value), value_type.ARRAY, sub_type=value_type(_ARRAY_TYPES[item.kind])
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
    import numpy as np

    path = Path(path)
    part = path.with_name(path.name + ".part")
    writer = _gguf().GGUFWriter(part, architecture)
    try:
        for item in metadata:
            _add_meta(writer, item)
        for spec in tensors:
            raw = _raw_kinds().get(spec.dtype, (None, None))[1]
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
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "Could not write {path}: {reason}"), path=path, reason=exc.strerror or exc
            ) from exc
        raise
    return path

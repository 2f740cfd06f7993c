"""Read Hugging Face safetensors checkpoints without torch, one block of rows at a time.

A safetensors file is an 8-byte little-endian header length, a JSON header naming each
tensor's dtype, shape and byte range, then the raw little-endian data. Sharded
checkpoints add `model.safetensors.index.json` mapping each weight to its shard.

Tensors are read with plain positioned reads into fresh buffers, never through a
long-lived memory map: pages of a map that has been read stay in the process's resident
set, so mapping a 16 GB checkpoint would look (and, under pressure, act) like holding it.
numpy has no bfloat16: BF16 data is read as uint16 bit patterns (widening them to
float32 is a 16-bit shift, done by the converter).
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, ModelFileError

INDEX_FILE = "model.safetensors.index.json"
_MAX_HEADER_BYTES = 100 * 1024 * 1024  # the format's own limit

# safetensors dtype -> numpy dtype of the stored bits
_STORED = {
    "F32": np.dtype("<f4"),
    "F16": np.dtype("<f2"),
    "BF16": np.dtype("<u2"),
}


@dataclass(frozen=True)
class StoredTensor:
    """Where one tensor's bytes are: `offset` is absolute within `path`."""

    name: str
    dtype: str  # safetensors dtype name: "F32", "F16", "BF16", ...
    shape: tuple[int, ...]
    path: Path
    offset: int
    n_bytes: int


def _read_header(path: Path) -> dict[str, StoredTensor]:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            raw_len = handle.read(8)
            if len(raw_len) != 8:
                raise ModelFileError(
                    QT_TRANSLATE_NOOP(
                        "AppError", "{name} is not a valid safetensors file (the file is shorter than a safetensors header)."
                    ),
                    name=path.name,
                )
            (header_len,) = struct.unpack("<Q", raw_len)
            if header_len > min(_MAX_HEADER_BYTES, size - 8):
                raise ModelFileError(
                    QT_TRANSLATE_NOOP(
                        "AppError", "{name} is not a valid safetensors file (header length {length:,} does not fit the file)."
                    ),
                    name=path.name, length=header_len,
                )
            header = json.loads(handle.read(header_len).decode("utf-8"))
    except OSError as exc:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "Could not read {path}: {reason}"), path=path, reason=exc.strerror or exc
        ) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "{name} is not a valid safetensors file ({reason})."), name=path.name, reason=exc
        ) from exc
    data_start = 8 + header_len
    tensors: dict[str, StoredTensor] = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        try:
            dtype = str(entry["dtype"])
            shape = tuple(int(d) for d in entry["shape"])
            begin, end = (int(x) for x in entry["data_offsets"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "{file}: the header entry for {tensor} is damaged ({reason})."),
                file=path.name, tensor=name, reason=exc,
            ) from exc
        if data_start + end > size:
            raise ModelFileError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "{file} is truncated: tensor {tensor} needs bytes up to {end:,} "
                    "but the file holds {size:,}. The download did not finish; fetch it again.",
                ),
                file=path.name, tensor=name, end=data_start + end, size=size,
            )
        stored = _STORED.get(dtype)
        if stored is not None and end - begin != int(np.prod(shape)) * stored.itemsize:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "{file}: tensor {tensor} has {size:,} bytes, not what {dtype}{shape} needs."),
                file=path.name, tensor=name, size=end - begin, dtype=dtype, shape=str(list(shape)),
            )
        tensors[name] = StoredTensor(name, dtype, shape, path, data_start + begin, end - begin)
    return tensors


def index_checkpoint(model_dir: Path) -> dict[str, StoredTensor]:
    """Every tensor of the checkpoint in `model_dir`, one or many shards."""
    model_dir = Path(model_dir)
    index_path = model_dir / INDEX_FILE
    if index_path.is_file():
        try:
            weight_map = json.loads(index_path.read_text(encoding="utf-8"))["weight_map"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "{name} in {folder} cannot be read ({reason})."),
                name=INDEX_FILE, folder=model_dir, reason=exc,
            ) from exc
        shard_names = sorted(set(weight_map.values()))
        missing = [s for s in shard_names if not (model_dir / s).is_file()]
        if missing:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "{folder} is missing weight shard(s) listed in {index}: {shards}."),
                folder=model_dir, index=INDEX_FILE, shards=", ".join(missing),
            )
    else:
        shard_names = sorted(p.name for p in model_dir.glob("*.safetensors"))
        weight_map = None
    if not shard_names:
        if list(model_dir.glob("consolidated*.pth")) or list(model_dir.glob("*.bin")):
            raise ModelFileError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "No safetensors weights (*.safetensors) were found in {folder} (PyTorch .pth/.bin weights "
                    "were found: Paddock converts the Hugging Face safetensors format).",
                ),
                folder=model_dir,
            )
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "No safetensors weights (*.safetensors) were found in {folder}."), folder=model_dir
        )
    tensors: dict[str, StoredTensor] = {}
    for shard in shard_names:
        tensors.update(_read_header(model_dir / shard))
    if weight_map is not None:
        absent = [name for name, shard in weight_map.items() if tensors.get(name, None) is None
                  or tensors[name].path.name != shard]
        if absent:
            raise ModelFileError(
                QT_TRANSLATE_NOOP("AppError", "{index} lists weights that are not in their shard: {weights}."),
                index=INDEX_FILE, weights=", ".join(sorted(absent)[:5]),
            )
    return tensors


def read_raw_rows(tensor: StoredTensor, start: int, stop: int) -> np.ndarray:
    """Rows [start, stop) as stored (uint16 bits for BF16), shape (stop-start, *shape[1:])."""
    stored = _STORED.get(tensor.dtype)
    if stored is None:
        raise ModelFileError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "Tensor {tensor} is stored as {dtype}; Paddock converts F32, F16 and BF16 "
                "checkpoints (not pre-quantized ones).",
            ),
            tensor=tensor.name, dtype=tensor.dtype,
        )
    row_shape = tensor.shape[1:] if tensor.shape else ()
    count = (stop - start) if tensor.shape else 1
    row_bytes = int(np.prod(row_shape)) * stored.itemsize
    out = np.empty((count, *row_shape) if tensor.shape else (), dtype=stored)
    view = memoryview(out.reshape(-1).view(np.uint8))
    position = tensor.offset + start * row_bytes
    try:
        with tensor.path.open("rb", buffering=0) as handle:
            handle.seek(position)
            filled = 0
            while filled < len(view):
                n = handle.readinto(view[filled:])
                if not n:
                    raise ModelFileError(
                        QT_TRANSLATE_NOOP("AppError", "{file} ended while reading {tensor}."),
                        file=tensor.path.name, tensor=tensor.name,
                    )
                filled += n
    except OSError as exc:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "Could not read {tensor} from {path}: {reason}"),
            tensor=tensor.name, path=tensor.path, reason=exc.strerror or exc,
        ) from exc
    return out


def row_blocks(n_rows: int, row_bytes: int, block_bytes: int, multiple: int = 1) -> Iterator[tuple[int, int]]:
    """(start, stop) row ranges of about `block_bytes`, each a multiple of `multiple` rows."""
    rows = max(multiple, (block_bytes // max(1, row_bytes)) // multiple * multiple)
    for start in range(0, n_rows, rows):
        yield start, min(n_rows, start + rows)

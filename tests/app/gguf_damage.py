"""Real GGUF files damaged the ways a torture run damages them: one header value rewritten
in place (the rest of the file untouched), a tensor renamed, random header bytes changed."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Union

from hypothesis import strategies as st

# GGUF value types (gguf.GGUFValueType): stored in files, never change.
_FORMATS = {4: "<I", 5: "<i", 6: "<f", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _U32, _F32 = 8, 4, 6


def _value_offset(data: bytes, key: str) -> int:
    """Where the type field of `key`'s value starts."""
    needle = struct.pack("<Q", len(key)) + key.encode()
    at = data.find(needle)
    assert at >= 0, f"{key} is not in the file"
    return at + len(needle)


def rewrite_value(source: Path, target: Path, key: str, value: Union[int, float, str]) -> Path:
    """A copy of `source` with `key`'s value replaced by one of the same size: a number
    in the key's own type, a float where a u32 was (the type is changed to f32), or a
    string of the same length."""
    data = bytearray(source.read_bytes())
    at = _value_offset(data, key)
    vtype = struct.unpack_from("<I", data, at)[0]
    if vtype == _STRING:
        length = struct.unpack_from("<Q", data, at + 4)[0]
        raw = str(value).encode()
        assert len(raw) == length, f"{key}: the new text must have {length} bytes"
        data[at + 12 : at + 12 + length] = raw
    else:
        if isinstance(value, float) and vtype == _U32:
            vtype = _F32
            struct.pack_into("<I", data, at, vtype)
        struct.pack_into(_FORMATS[vtype], data, at + 4, value)
    target.write_bytes(bytes(data))
    return target


def rename_tensor(source: Path, target: Path, name: str, new_name: str) -> Path:
    """A copy of `source` whose tensor `name` is called `new_name` (same length)."""
    assert len(name) == len(new_name)
    data = source.read_bytes()
    needle = struct.pack("<Q", len(name)) + name.encode()
    assert data.count(needle) == 1
    target.write_bytes(data.replace(needle, struct.pack("<Q", len(name)) + new_name.encode()))
    return target


# Values that break lengths and counts: zero, one, sign bits, all ones, NaN and infinity.
_EXTREMES_4 = [struct.pack("<I", v) for v in (0, 1, 3, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF)] + \
    [struct.pack("<f", v) for v in (float("nan"), float("inf"), -1.0)]
_EXTREMES_8 = [struct.pack("<Q", v) for v in (0, 1, 2**31, 2**32, 2**62, 2**63, 2**64 - 1)]


def header_mutations(data: bytes) -> st.SearchStrategy[list[tuple[int, bytes]]]:
    """Lists of (offset, new bytes) in the header of `data`: single random bytes and extreme
    4- and 8-byte values, anywhere in the header and more often where the scalar keys and
    the tensor list (lengths, counts, types, shapes, offsets) live than in the vocabulary."""
    first_tensor = data.find(struct.pack("<Q", len("token_embd.weight")) + b"token_embd.weight")
    vocabulary = data.find(b"tokenizer.ggml.tokens")
    assert 0 < vocabulary < first_tensor
    end = first_tensor + 1024  # past the tensor list, into the first tensor's data

    def at(width: int) -> st.SearchStrategy[int]:
        return st.one_of(st.integers(0, end - width), st.integers(0, vocabulary + 40),
                         st.integers(first_tensor, end - width))

    one_byte = st.tuples(at(1), st.binary(min_size=1, max_size=1))
    four = st.tuples(at(4), st.sampled_from(_EXTREMES_4))
    eight = st.tuples(at(8), st.sampled_from(_EXTREMES_8))
    return st.lists(st.one_of(one_byte, four, eight), min_size=1, max_size=4)


def mutated(data: bytes, mutations: list[tuple[int, bytes]]) -> bytes:
    out = bytearray(data)
    for offset, raw in mutations:
        out[offset : offset + len(raw)] = raw
    return bytes(out)

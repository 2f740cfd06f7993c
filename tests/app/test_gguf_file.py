"""Reading and writing GGUF headers: real files, damaged in the ways downloads damage them,
unreadable, and hostile (random header bytes changed)."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from app.errors import Cancelled, ModelFileError
from app.gguf_file import MetaValue, TensorSpec, read_gguf_info, write_gguf
from app.jobs import CancelToken
from tests.app.gguf_damage import header_mutations, mutated
from tests.app.hub.support import write_small_gguf
from tests.app.unreadable import as_reader, open_folder


def test_reads_tiny_model_header(tiny_model_path: Path) -> None:
    info = read_gguf_info(tiny_model_path)
    assert info.architecture == "llama"
    assert info.file_type == "F16"
    assert info.context_length == 131072
    assert info.vocab_size == 128256
    assert info.metadata["tokenizer.ggml.pre"] == "llama-bpe"
    assert info.metadata["tokenizer.ggml.merges"]["array_length"] > 250_000
    assert "<|start_header_id|>" in (info.chat_template or "")
    assert info.arch_int("block_count") == 2
    assert 0 < info.tensor_bytes < info.file_size


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="does not exist"):
        read_gguf_info(tmp_path / "nope.gguf")


def test_not_a_gguf(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("hello, I am a text file")
    with pytest.raises(ModelFileError, match="not a GGUF"):
        read_gguf_info(path)


@pytest.mark.parametrize("keep", [0.02, 0.5, 0.999])
def test_truncated_file(tiny_model_path: Path, tmp_path: Path, keep: float) -> None:
    data = tiny_model_path.read_bytes()
    path = tmp_path / "cut.gguf"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ModelFileError, match="truncated|damaged"):
        read_gguf_info(path)


def _small_file(path: Path, cancel: CancelToken | None = None) -> Path:
    specs = [TensorSpec("a.weight", (4, 256), "float32"), TensorSpec("b.weight", (256,), "float16")]
    return write_gguf(
        path,
        "llama",
        [MetaValue("general.name", "small", "str"), MetaValue("llama.context_length", 512, "u32")],
        specs,
        lambda spec: np.full(spec.shape, 0.5, dtype=spec.dtype),
        cancel=cancel,
    )


def test_write_round_trip(tmp_path: Path) -> None:
    info = read_gguf_info(_small_file(tmp_path / "small.gguf"))
    assert info.name == "small"
    assert info.context_length == 512
    assert [(t.name, t.type_name, t.shape) for t in info.tensors] == [
        ("a.weight", "F32", (256, 4)),
        ("b.weight", "F16", (256,)),
    ]
    assert not list(tmp_path.glob("*.part"))


def test_cancelled_write_leaves_nothing(tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _small_file(tmp_path / "small.gguf", cancel=token)
    assert list(tmp_path.iterdir()) == []


# --- unreadable and hostile files ----------------------------------------------------------


def test_a_file_that_may_not_be_read_is_one_clear_error(tiny_model_path: Path) -> None:
    with open_folder() as folder:
        model = folder / "model.gguf"
        model.write_bytes(b"GGUF" + b"\0" * 60)
        model.chmod(0)
        locked = folder / "locked"
        locked.mkdir(mode=0)
        with as_reader():
            with pytest.raises(ModelFileError) as unreadable:
                read_gguf_info(model)
            with pytest.raises(ModelFileError) as unsearchable:
                read_gguf_info(locked / "inside.gguf")
        locked.chmod(0o700)
    assert unreadable.value.detail == (
        f"Paddock is not allowed to read the model file {model} (permission denied). "
        "Check the permissions of the file and of its folders."
    )
    assert "permission denied" in unsearchable.value.detail


@pytest.fixture(scope="module")
def small_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_gguf(tmp_path_factory.mktemp("small") / "small.gguf")


# What raw exception text looks like: none of it may reach a person.
_INTERNALS = re.compile(r"unpack_from|ssize_t|Python int|struct\.|is not a valid|Traceback|object has no attribute")


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_damaged_headers_give_only_clear_model_file_errors(small_gguf: Path, data: st.DataObject) -> None:
    original = small_gguf.read_bytes()
    damaged = small_gguf.with_name("damaged.gguf")
    damaged.write_bytes(mutated(original, data.draw(header_mutations(original))))
    try:
        read_gguf_info(damaged)
    except ModelFileError as exc:
        assert "\n" not in exc.detail and not _INTERNALS.search(exc.detail), exc.detail


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        # the counts of the first tensor (token_embd.weight): dimensions, then its first dimension
        ("dims", 2**31, "has 2,147,483,648 dimensions"),
        ("dim0", 2**63 - 5, "far beyond the size of any model"),
        ("type", 99, "unknown data type (99)"),
        ("name_length", 2**63, "more than the"),
    ],
)
def test_hostile_tensor_lists_are_named(small_gguf: Path, tmp_path: Path, field: str, value: int,
                                        message: str) -> None:
    data = bytearray(small_gguf.read_bytes())
    name = data.find(b"token_embd.weight")
    at = {"name_length": name - 8, "dims": name + 17, "dim0": name + 21, "type": name + 37}[field]
    struct.pack_into("<I" if field in ("dims", "type") else "<Q", data, at, value)
    (tmp_path / "hostile.gguf").write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match=re.escape(message)) as caught:
        read_gguf_info(tmp_path / "hostile.gguf")
    assert caught.value.detail.startswith("hostile.gguf is damaged")


def test_arrays_nested_without_end_are_refused(tmp_path: Path) -> None:
    # one key whose value is an array of arrays of arrays...: 100,000 levels deep
    depth = 100_000
    nested = (struct.pack("<I", 9) + struct.pack("<Q", 1)) * depth + struct.pack("<I", 4) + struct.pack("<Q", 0)
    key = b"general.deep"
    path = tmp_path / "deep.gguf"
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", len(key)) + key
                     + struct.pack("<I", 9) + nested)
    with pytest.raises(ModelFileError, match="nests arrays more than 4 deep"):
        read_gguf_info(path)


def test_the_header_reader_s_fixed_numbers_are_the_gguf_specification_s() -> None:
    """The reader does without the gguf package (it is imported at first use): its value
    types and default alignment must be the ones gguf writes."""
    import gguf

    from app.gguf_file import DEFAULT_ALIGNMENT, ValueType

    assert {t.name: int(t) for t in ValueType} == {t.name: int(t) for t in gguf.GGUFValueType}
    assert DEFAULT_ALIGNMENT == gguf.GGUF_DEFAULT_ALIGNMENT

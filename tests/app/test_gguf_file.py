"""Reading and writing GGUF headers: real files, damaged in the ways downloads damage them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.errors import Cancelled, ModelFileError
from app.gguf_file import MetaValue, TensorSpec, read_gguf_info, write_gguf
from app.jobs import CancelToken


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

"""Quantization: every offered type, through llama.cpp in a child process, validated by
loading; refusing already-quantized input; cancelling; clear errors."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.engine.llama_backend import next_token_logits
from app.errors import Cancelled, InvalidRequestError, ModelFileError
from app.gguf_file import read_gguf_info
from app.hub.convert import convert_checkpoint
from app.hub.quantize import QUANT_TYPES, quantize_model
from app.jobs import CancelToken, ProgressUpdate
from tests.app.hub.test_convert_helpers import (
    LLAMA3_ROPE,
    TinyLlama,
    build_llama,
    random_prompt,
    save_checkpoint,
    train_tokenizer,
)

REQUIRED_TYPES = ("Q2_K", "Q3_K_M", "IQ4_XS", "Q4_K_M", "Q5_K_M", "Q6_K", "Q8_0", "F16")


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """F32 and F16 GGUFs of a tiny Llama whose rows fit K-quant blocks (256 columns)."""
    folder = tmp_path_factory.mktemp("quantize")
    tokenizer = train_tokenizer()
    model = build_llama(TinyLlama(hidden=256, heads=4, kv_heads=2, ff=512, rope=LLAMA3_ROPE, init_std=0.02), tokenizer)
    checkpoint = save_checkpoint(model, tokenizer, folder / "checkpoint")
    return {
        "f32": convert_checkpoint(checkpoint, folder / "tiny-f32.gguf", "f32").path,
        "f16": convert_checkpoint(checkpoint, folder / "tiny-f16.gguf", "f16").path,
    }


def test_required_and_catalog_types_are_offered() -> None:
    import yaml

    from app.catalog.entries import CATALOG_FILE

    assert set(REQUIRED_TYPES) <= set(QUANT_TYPES)
    catalog = yaml.safe_load(CATALOG_FILE.read_text(encoding="utf-8"))
    assert set(catalog.get("quantizations", [])) <= set(QUANT_TYPES)  # what the catalog offers, Paddock can make


@pytest.mark.parametrize("quant_type", REQUIRED_TYPES)
def test_quantize_to_each_type(quant_type: str, models: dict[str, Path], tmp_path: Path) -> None:
    updates: list[ProgressUpdate] = []
    target = tmp_path / f"tiny-{quant_type}.gguf"
    result = quantize_model(models["f16"], target, quant_type.lower(), progress=updates.append)
    assert result.path == target and result.quant_type == quant_type
    info = read_gguf_info(target)
    assert info.file_type == quant_type
    assert result.file_size == target.stat().st_size
    if quant_type != "F16":
        assert result.file_size < result.source_size
    stages = [u.stage for u in updates]
    assert stages[0] == "start" and "quantize" in stages and stages[-1] == "validate"
    last_tensor_update = [u for u in updates if u.stage == "quantize"][-1]
    assert last_tensor_update.done == last_tensor_update.total == len(info.tensors)
    assert "s elapsed" in last_tensor_update.message
    assert not list(tmp_path.glob("*.part"))


def test_q8_0_keeps_the_model_s_predictions(models: dict[str, Path], tmp_path: Path) -> None:
    """Quantized weights, not just a loadable file: Q8_0 logits stay close to F32's."""
    quantized = quantize_model(models["f32"], tmp_path / "q8.gguf", "Q8_0").path
    prompt = random_prompt(64, 800, seed=9)
    reference = next_token_logits(models["f32"], prompt)
    ours = next_token_logits(quantized, prompt)
    assert float(np.abs(ours - reference).max()) < 0.05 * float(np.abs(reference).max())
    assert int(ours.argmax()) == int(reference.argmax())


def test_already_quantized_input_is_refused_unless_allowed(models: dict[str, Path], tmp_path: Path) -> None:
    q8 = quantize_model(models["f16"], tmp_path / "q8.gguf", "Q8_0").path
    with pytest.raises(InvalidRequestError, match=r"already quantized \(Q8_0 tensors\)"):
        quantize_model(q8, tmp_path / "q4.gguf", "Q4_K_M")
    assert not (tmp_path / "q4.gguf").exists()
    result = quantize_model(q8, tmp_path / "q4.gguf", "Q4_K_M", allow_requantize=True)
    assert read_gguf_info(result.path).file_type == "Q4_K_M"


def test_cancel_stops_the_child_and_removes_the_partial_file(models: dict[str, Path], tmp_path: Path) -> None:
    cancel = CancelToken()
    started = threading.Event()

    def progress(update: ProgressUpdate) -> None:
        if update.stage == "start":
            started.set()
            cancel.cancel()  # the child is being started: it must still be stopped

    target = tmp_path / "cancelled.gguf"
    with pytest.raises(Cancelled):
        quantize_model(models["f16"], target, "IQ4_XS", progress=progress, cancel=cancel)
    assert started.is_set()
    assert not target.exists() and not list(tmp_path.iterdir())
    assert not [p for p in multiprocessing.active_children() if p.name == "paddock-quantize"]


@pytest.mark.parametrize(
    "arguments, error, message",
    [
        ({"quant_type": "Q4_K_X"}, InvalidRequestError, "Unknown or unsupported quantization 'Q4_K_X'"),
        ({"quant_type": "IQ2_XXS"}, InvalidRequestError, "choose one of Q2_K"),
    ],
)
def test_unknown_types_are_refused(arguments: dict[str, Any], error: type, message: str, models: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(")):
        quantize_model(models["f16"], tmp_path / "x.gguf", **arguments)


def test_input_that_is_not_a_gguf_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "model.safetensors"
    source.write_bytes(b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ")
    with pytest.raises(ModelFileError, match="not a GGUF"):
        quantize_model(source, tmp_path / "out.gguf", "Q4_K_M")


def test_existing_output_and_source_are_never_overwritten(models: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="new file"):
        quantize_model(models["f16"], models["f16"], "Q8_0", overwrite=True)
    existing = tmp_path / "existing.gguf"
    existing.write_bytes(b"keep")
    with pytest.raises(InvalidRequestError, match="already exists"):
        quantize_model(models["f16"], existing, "Q8_0")
    assert existing.read_bytes() == b"keep"


@pytest.mark.slow
def test_cancel_during_quantization(tiny_model_path: Path, tmp_path: Path) -> None:
    """A 76 MB model with Llama 3's 128k vocabulary: cancelled after its first tensors."""
    cancel = CancelToken()
    target = tmp_path / "tiny-IQ4_XS.gguf"
    seen_partial: list[bool] = []

    def progress(update: ProgressUpdate) -> None:
        if update.stage == "quantize" and update.done >= 1 and not cancel.cancelled:
            seen_partial.append(target.with_name(target.name + ".part").exists())
            cancel.cancel()

    with pytest.raises(Cancelled):
        quantize_model(tiny_model_path, target, "IQ4_XS", progress=progress, cancel=cancel)
    assert seen_partial == [True]  # stopped mid-way, with a partial file then
    assert not list(tmp_path.iterdir())
    assert not [p for p in multiprocessing.active_children() if p.name == "paddock-quantize"]

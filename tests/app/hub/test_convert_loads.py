"""Conversion never leaves a file that does not load: every pre-tokenizer name Paddock
writes is one the installed llama.cpp knows; each tokenizer style converts to a file
that loads and tokenizes like the original tokenizer; a file llama.cpp refuses, or
aborts on, is deleted and the error says why."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path
from typing import Any

import pytest

import app.hub.convert_tokenizer as convert_tokenizer_module
from app.engine.llama_backend import check_model_loads, tokenize_with_model
from app.errors import Cancelled, EngineError, UnsupportedModelError
from app.gguf_file import MetaValue, read_gguf_info, write_gguf
from app.hub.convert import convert_checkpoint
from app.hub.convert_config import ARCH, model_metadata
from app.hub.convert_tokenizer import DEFAULT_PRE, PRE_TOKENIZERS, convert_tokenizer
from app.jobs import CancelToken, ProgressUpdate
from app.llama.architecture import LlamaArchitecture
from tests.app.hub.test_convert_helpers import (
    MULTILINGUAL_SAMPLE,
    TOKENIZER_STYLES,
    TinyLlama,
    build_llama,
    padded_vocab,
    save_checkpoint,
    train_tokenizer,
)

TINY = TinyLlama(hidden=64, heads=2, kv_heads=1, ff=64, layers=1, tied=True)


@pytest.fixture(scope="module")
def tokenizers_by_style() -> dict[str, Any]:
    return {style: train_tokenizer(vocab_size=600, style=style) for style in TOKENIZER_STYLES}


@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory: pytest.TempPathFactory, tokenizers_by_style: dict[str, Any]) -> dict[str, Path]:
    """One tiny Llama checkpoint per tokenizer style."""
    folder = tmp_path_factory.mktemp("styles")
    return {
        style: save_checkpoint(build_llama(TINY, tokenizer), tokenizer, folder / style)
        for style, tokenizer in tokenizers_by_style.items()
    }


def _vocab_only_gguf(path: Path, checkpoint: Path, pre: str) -> Path:
    """A GGUF with the checkpoint's converted tokenizer under the pre-tokenizer name `pre`,
    hyperparameters and no tensors: enough for llama.cpp to load its vocabulary."""
    config = json.loads((checkpoint / "config.json").read_text())
    data = convert_tokenizer(checkpoint, config["vocab_size"], config)
    metadata = [MetaValue(m.key, pre, "str") if m.key == "tokenizer.ggml.pre" else m for m in data.metadata]
    params = LlamaArchitecture(
        n_layer=1, n_embd=16, n_ff=32, n_head=2, n_kv_head=1, head_dim=8, n_vocab=config["vocab_size"],
        context_length=256, rms_eps=1e-5, rope_theta=10000.0, tied_embeddings=True,
    )
    return write_gguf(path, ARCH, model_metadata(params, "vocab only", "f32") + metadata, [], lambda spec: None)


@pytest.mark.parametrize("pre", sorted(PRE_TOKENIZERS))
def test_every_pre_tokenizer_name_paddock_writes_loads_in_llama_cpp(pre: str, checkpoints: dict[str, Path], tmp_path: Path) -> None:
    path = _vocab_only_gguf(tmp_path / f"{pre}.gguf", checkpoints["gpt-2"], pre)
    assert read_gguf_info(path).metadata["tokenizer.ggml.pre"] == pre
    tokens = tokenize_with_model(path, "Hello world, 12345 times!")
    assert tokens and all(0 <= t < read_gguf_info(path).metadata["llama.vocab_size"] for t in tokens)


def test_the_installed_llama_cpp_refuses_a_name_it_does_not_know(checkpoints: dict[str, Path], tmp_path: Path) -> None:
    """What the test above guards against: "gpt2" (the converter's old name for GPT-2's
    pre-tokenizer; llama.cpp calls it "gpt-2") does not load."""
    path = _vocab_only_gguf(tmp_path / "gpt2.gguf", checkpoints["gpt-2"], "gpt2")
    with pytest.raises(EngineError, match="unknown pre-tokenizer type: 'gpt2'"):
        tokenize_with_model(path, "Hello")


def test_every_recognised_pre_tokenizer_is_in_the_table() -> None:
    recognised = set(convert_tokenizer_module._RECOGNISED.values())
    assert recognised | {DEFAULT_PRE} == set(PRE_TOKENIZERS)
    assert set(convert_tokenizer_module.KNOWN_SPLIT_PATTERNS.values()) <= recognised


@pytest.mark.parametrize("style", TOKENIZER_STYLES)
def test_each_tokenizer_style_converts_to_a_file_that_loads_and_tokenizes_like_the_original(
    style: str, checkpoints: dict[str, Path], tokenizers_by_style: dict[str, Any], tmp_path: Path
) -> None:
    stages: list[str] = []
    result = convert_checkpoint(checkpoints[style], tmp_path / "m.gguf", "f16", progress=lambda u: stages.append(u.stage))
    assert stages[-1] == "validate" and "write" in stages
    pre = read_gguf_info(result.path).metadata["tokenizer.ggml.pre"]
    assert check_model_loads(result.path) == padded_vocab(tokenizers_by_style[style])
    ours = tokenize_with_model(result.path, MULTILINGUAL_SAMPLE)
    if style == "other":
        assert pre == DEFAULT_PRE and any("not one Paddock recognises" in w for w in result.warnings)
        assert ours  # llama.cpp's default pre-tokenizer: it loads and tokenizes, ids may differ
        return
    assert pre == style and result.warnings == ()
    expected = tokenizers_by_style[style](MULTILINGUAL_SAMPLE, add_special_tokens=False)["input_ids"]
    assert ours == expected


def _no_files_left(folder: Path) -> None:
    assert not list(folder.iterdir()), "neither the output nor its .part may remain"


def test_a_file_llama_cpp_refuses_is_deleted_and_the_error_quotes_llama_cpp(
    checkpoints: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The converter's old mistake, forced back: a GPT-2 tokenizer written as "gpt2"."""
    monkeypatch.setattr(convert_tokenizer_module, "_detect_pre", lambda tokenizer, warnings: "gpt2")
    out = tmp_path / "out"
    stages: list[str] = []
    with pytest.raises(UnsupportedModelError) as caught:
        convert_checkpoint(checkpoints["gpt-2"], out / "m.gguf", "f16", progress=lambda u: stages.append(u.stage))
    detail = caught.value.detail
    assert detail.startswith("The converted m.gguf does not load in llama.cpp, so it was deleted.")
    assert "unknown pre-tokenizer type: 'gpt2'" in detail and "llama-cpp-python" in detail
    assert stages[-1] == "validate"
    _no_files_left(out)


def _rename_added_tokens(path: Path, text: str) -> None:
    """Give every added, non-special token `text` (tokenizer.json or tokenizer_config.json)."""
    data = json.loads(path.read_text())
    entries = data["added_tokens"] if isinstance(data.get("added_tokens"), list) else data.get("added_tokens_decoder", {}).values()
    for entry in entries:
        if not entry["special"]:
            entry["content"] = text
    path.write_text(json.dumps(data))


def test_a_file_that_aborts_llama_cpp_is_deleted_and_the_caller_survives(checkpoints: dict[str, Path], tmp_path: Path) -> None:
    """Two tokens with the same text make llama.cpp abort while loading (a GGML_ASSERT in
    llama-vocab.cpp): the load check runs in a child process, so only the child dies."""
    checkpoint = Path(shutil.copytree(checkpoints["gpt-2"], tmp_path / "duplicate-token"))
    for name in ("tokenizer.json", "tokenizer_config.json"):
        _rename_added_tokens(checkpoint / name, "a")  # "a" is also a token of the vocabulary
    out = tmp_path / "out"
    with pytest.raises(UnsupportedModelError) as caught:
        convert_checkpoint(checkpoint, out / "m.gguf", "f16")
    detail = caught.value.detail
    assert detail.startswith("The converted m.gguf does not load in llama.cpp, so it was deleted.")
    assert "The load check crashed (SIGABRT)" in detail
    assert "GGML_ASSERT(id_to_token.size() == token_to_id.size()) failed" in detail  # llama.cpp's own words
    _no_files_left(out)
    assert not [p for p in multiprocessing.active_children() if p.name == "paddock-convert-check"]


def test_cancel_while_validating_leaves_no_file(checkpoints: dict[str, Path], tmp_path: Path) -> None:
    cancel = CancelToken()

    def progress(update: ProgressUpdate) -> None:
        if update.stage == "validate":
            cancel.cancel()

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        convert_checkpoint(checkpoints["llama-bpe"], out / "m.gguf", "f16", progress=progress, cancel=cancel)
    _no_files_left(out)
    assert not [p for p in multiprocessing.active_children() if p.name == "paddock-convert-check"]

"""`paddock-cli convert` and `paddock-cli quantize`, run through the real entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.cli.quantize_command import default_output
from app.gguf_file import read_gguf_info
from tests.app.hub.test_convert_helpers import TinyLlama, build_llama, save_checkpoint, train_tokenizer


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tokenizer = train_tokenizer()
    model = build_llama(TinyLlama(hidden=256, heads=4, kv_heads=2, ff=256, layers=1, tied=True), tokenizer)
    return save_checkpoint(model, tokenizer, tmp_path_factory.mktemp("cli") / "Tiny-Llama")


def test_convert_then_quantize(checkpoint: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["convert", str(checkpoint), "--outtype", "bf16"]) == 0
    converted = tmp_path / "Tiny-Llama-bf16.gguf"  # the default name
    out, err = capsys.readouterr()
    assert f"Wrote {converted}" in out and "converting 100%" in err and "checking that llama.cpp loads the result" in err
    info = read_gguf_info(converted)
    assert info.file_type == "BF16" and info.name == "Tiny-Llama"

    assert main(["quantize", str(converted), "--type", "q4_k_m"]) == 0
    quantized = tmp_path / "Tiny-Llama-Q4_K_M.gguf"
    out, err = capsys.readouterr()
    assert f"Wrote {quantized} (Q4_K_M" in out
    assert "tensors" in err and "s elapsed" in err and "checking that llama.cpp loads the result" in err
    assert read_gguf_info(quantized).file_type == "Q4_K_M"

    assert main(["quantize", str(quantized), "--type", "Q2_K"]) == 1
    assert "already quantized" in capsys.readouterr().err
    assert main(["quantize", str(quantized), "--type", "Q2_K", "--allow-requantize", "-o", "q2.gguf"]) == 0
    assert read_gguf_info(tmp_path / "q2.gguf").file_type == "Q2_K"


def test_convert_errors_are_one_clear_line(checkpoint: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = Path(shutil.copytree(checkpoint, tmp_path / "not-llama"))
    config = json.loads((broken / "config.json").read_text())
    config["architectures"] = ["Qwen2ForCausalLM"]
    (broken / "config.json").write_text(json.dumps(config))
    output = tmp_path / "x.gguf"
    assert main(["convert", str(broken), "--output", str(output)]) == 1
    err = capsys.readouterr().err
    assert "Error: This checkpoint is not a Llama: architectures=['Qwen2ForCausalLM']" in err
    assert "Traceback" not in err and not output.exists()

    output.write_bytes(b"x")
    assert main(["convert", str(checkpoint), "--output", str(output)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["convert", str(checkpoint), "--output", str(output), "--force", "--outtype", "f32"]) == 0
    assert read_gguf_info(output).file_type == "F32"


@pytest.mark.parametrize(
    "source, expected",
    [("m/Llama-3.2-1B-f16.gguf", "m/Llama-3.2-1B-Q6_K.gguf"), ("m/x.BF16.gguf", "m/x-Q6_K.gguf"), ("m/x.gguf", "m/x-Q6_K.gguf")],
)
def test_default_quantize_output_name(source: str, expected: str) -> None:
    assert default_output(Path(source), "q6_k") == Path(expected)

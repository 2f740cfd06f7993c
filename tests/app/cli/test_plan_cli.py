"""`paddock-cli hardware` and `paddock-cli plan`, run as a person would."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from tests.app.gguf_damage import rewrite_value
from tests.app.hub.support import write_small_gguf


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_hardware_table_and_json(capsys) -> None:
    code, text, _ = run(capsys, "hardware", "--no-speed")
    assert code == 0 and "RAM" in text and "GPU offload" in text and "Usable now" in text
    code, text, _ = run(capsys, "hardware", "--json", "--no-speed")
    data = json.loads(text)
    assert code == 0 and data["ram_total_bytes"] > data["ram_usable_bytes"] > 0 and data["speed_probe"] is None


def test_plan_grid_as_json(capsys) -> None:
    code, text, _ = run(capsys, "plan", "--no-speed", "--json")
    data = json.loads(text)
    assert code == 0
    assert len(data["grid"]) == 8 * 8 * 6  # models x quantizations x contexts
    cell = next(c for c in data["grid"] if (c["model"], c["quant"], c["n_ctx"]) == ("llama-3.1-405b", "F16", 4096))
    assert cell["fit"] == "none" and "needs" in cell["reason"]
    assert {"fit", "plan", "expected_speed", "file_bytes"} <= set(cell)
    assert data["recommendation"] is None or data["recommendation"]["fit"] != "none"


def test_plan_one_model_with_speed(capsys) -> None:
    code, text, _ = run(capsys, "plan", "--model", "llama-3.2-1b", "--ctx", "8k", "--quant", "Q4_K_M", "--kv", "q8_0")
    assert code == 0
    assert "Llama 3.2 1B Instruct (llama-3.2-1b)" in text and "KV cache q8_0" in text
    assert "Llama 3.2 1B Instruct Q4_K_M at 8,192 tokens" in text and "expected speed" in text
    assert "Recommended:" in text


def test_plan_local_gguf(capsys, tiny_model_path) -> None:
    code, text, _ = run(capsys, "plan", "--gguf", str(tiny_model_path), "--ctx", "4096", "--no-speed", "--json")
    gguf = json.loads(text)["gguf"]
    assert code == 0 and gguf["file_type"] == "F16" and gguf["fit"] == "ram"
    assert gguf["plan"]["ram"]["kv_cache"] == 4 * 1024 * 1024  # 2 layers x 4096 x 128 x 2 x 2 bytes


def test_plan_errors_are_one_clear_line(capsys) -> None:
    code, _, err = run(capsys, "plan", "--model", "llama-9", "--no-speed")
    assert code == 1 and "Unknown model 'llama-9'" in err
    with pytest.raises(SystemExit):
        main(["plan", "--ctx", "lots"])


def test_plan_refuses_a_damaged_header_in_one_line(capsys, tmp_path) -> None:
    # it used to say "fits" for files whose header would abort llama.cpp
    small = write_small_gguf(tmp_path / "small.gguf")
    damaged = rewrite_value(small, tmp_path / "damaged.gguf", "llama.block_count", 1000)
    code, out, err = run(capsys, "plan", "--gguf", str(damaged), "--no-speed")
    assert (code, out) == (1, "")
    assert err == ("Error: damaged.gguf has a damaged Llama header: llama.block_count is 1,000 but the file "
                   "holds 1 layer. Download or convert the model again.\n")

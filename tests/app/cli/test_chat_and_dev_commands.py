"""paddock-cli as a newcomer runs it: real processes, real llama.cpp."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from app.gguf_file import read_gguf_info


def _cli(*args: str, home: Path, stdin: str | None = None, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PADDOCK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=timeout,
    )


def test_help_lists_commands(tmp_path: Path) -> None:
    result = _cli("--help", home=tmp_path)
    assert result.returncode == 0
    assert "chat" in result.stdout and "dev" in result.stdout


def test_chat_one_prompt(tiny_model_path: Path, tmp_path: Path) -> None:
    result = _cli("chat", "--model", str(tiny_model_path), "--ctx", "2048", "--max-tokens", "8",
                  "--temperature", "0", "--threads", "2", "--stats", "Hello!", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()  # the reply
    assert "generated" in result.stderr and "tokens/s" in result.stderr
    # llama.cpp's own chatter went to the engine log, not the terminal
    assert "llama_model_loader" not in result.stdout + result.stderr
    assert "llama_model_loader" in (tmp_path / "logs" / "engine.log").read_text()


def test_chat_interactive(tiny_model_path: Path, tmp_path: Path) -> None:
    result = _cli("chat", "--model", str(tiny_model_path), "--ctx", "2048", "--max-tokens", "4",
                  "--temperature", "0", "--threads", "2", "--stats", home=tmp_path, stdin="Hi\nAnd again\n\n")
    assert result.returncode == 0, result.stderr
    reused = [int(n) for n in re.findall(r"\((\d+) reused\)", result.stderr)]
    assert len(reused) == 2
    assert reused[0] == 0 and reused[1] > 20  # the second turn re-reads none of the first


def test_chat_with_missing_model_is_one_clear_line(tmp_path: Path) -> None:
    result = _cli("chat", "--model", str(tmp_path / "none.gguf"), "Hi", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: The model file does not exist")
    assert "Traceback" not in result.stderr


def test_make_tiny_model_quantized(tmp_path: Path) -> None:
    target = tmp_path / "tiny-q4.gguf"
    result = _cli("dev", "make-tiny-model", str(target), "--quant", "Q4_K_M", "--layers", "1", home=tmp_path)
    assert result.returncode == 0, result.stderr
    info = read_gguf_info(target)
    assert info.file_type == "Q4_K_M"
    assert {t.type_name for t in info.tensors if t.name.startswith("blk.")} >= {"Q4_K"}
    assert not list(tmp_path.glob("*.f16.gguf"))  # the F16 intermediate is removed


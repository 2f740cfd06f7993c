"""paddock-cli as a newcomer runs it: real processes, real llama.cpp."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Callable

from app.gguf_file import read_gguf_info
from tests.app.gguf_damage import rewrite_value
from tests.app.hub.support import write_small_gguf
from tests.app.unreadable import open_folder, unprivileged_child


def _cli(*args: str, home: Path, stdin: str | None = None, timeout: float = 180,
         preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PADDOCK_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "app.cli.main", *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=timeout, preexec_fn=preexec_fn,
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
    # (the model was asked for a title between the turns, as one more turn of the chat)
    assert "Saved as conversation 1" in result.stderr
    shown = _cli("history", "show", "1", home=tmp_path)
    assert shown.stdout.count("\nYou:\nHi\n") == 1 and "\nYou:\nAnd again\n" in shown.stdout
    assert shown.stdout.count("Assistant (Paddock tiny Llama 3.1):") == 2


def test_chat_continue_and_no_save(tiny_model_path: Path, tmp_path: Path) -> None:
    common = ("chat", "--model", str(tiny_model_path), "--ctx", "2048", "--max-tokens", "3", "--threads", "2")
    assert _cli(*common, "Erste Frage über Brot", home=tmp_path).returncode == 0
    again = _cli(*common, "--continue", "last", "--stats", "Zweite Frage", home=tmp_path)
    assert again.returncode == 0, again.stderr
    # The whole saved conversation went to the model: system prompt, first exchange, new message.
    prompt_tokens = int(re.search(r"\[(\d+) prompt tokens", again.stderr).group(1))  # type: ignore[union-attr]
    assert prompt_tokens > 50
    listed = _cli("history", "list", home=tmp_path).stdout
    assert listed.count("\n") == 1 and "4 msgs" in listed and "Erste Frage über Brot" in listed
    assert "Erste Frage [über] [Brot]" in _cli("history", "search", "uber brot", home=tmp_path).stdout
    private = _cli(*common, "--no-save", "Nicht speichern", home=tmp_path)
    assert private.returncode == 0 and "Saved as" not in private.stderr
    assert "Nicht speichern" not in _cli("history", "show", "1", home=tmp_path).stdout
    assert _cli("history", "list", home=tmp_path).stdout.count("\n") == 1
    missing = _cli(*common, "--continue", "7", "Hallo", home=tmp_path)
    assert missing.returncode == 1 and missing.stderr.strip() == "Error: There is no conversation number 7."
    wrong = _cli(*common, "--continue", "yesterday", "Hallo", home=tmp_path)
    assert wrong.returncode == 1 and "a conversation number or `last`" in wrong.stderr


def test_history_piped_into_head_is_quiet(tmp_path: Path) -> None:
    env = {**os.environ, "PADDOCK_HOME": str(tmp_path)}
    lines = "\n".join(f"line {i} " + "x" * 200 for i in range(3000))
    source = tmp_path / "chat.json"
    import json

    source.write_text(json.dumps([{"title": "Long", "create_time": 1700000000.0, "mapping": {
        "a": {"id": "a", "parent": None, "children": ["b"], "message": None},
        "b": {"id": "b", "parent": "a", "children": [], "message": {
            "id": "b", "author": {"role": "user"}, "create_time": 1700000001.0,
            "content": {"content_type": "text", "parts": [lines]}}}}}]), encoding="utf-8")
    assert _cli("history", "import", str(source), home=tmp_path).returncode == 0
    piped = subprocess.run(f"{sys.executable} -m app.cli.main history show 1 | head -3", shell=True,
                           capture_output=True, text=True, env=env, timeout=60)
    assert len(piped.stdout.splitlines()) == 3
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr


def test_chat_with_missing_model_is_one_clear_line(tmp_path: Path) -> None:
    result = _cli("chat", "--model", str(tmp_path / "none.gguf"), "Hi", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error: The model file does not exist")
    assert "Traceback" not in result.stderr


def test_a_model_file_that_may_not_be_read_is_one_clear_line() -> None:
    with open_folder() as folder:
        model = folder / "model.gguf"
        model.write_bytes(b"GGUF" + bytes(60))
        model.chmod(0)
        for command in (["chat", "--model", str(model), "Hi"], ["plan", "--gguf", str(model), "--no-speed"]):
            result = _cli(*command, home=folder / "home", preexec_fn=unprivileged_child())
            assert result.returncode == 1, result.stderr
            assert result.stderr.strip() == (
                f"Error: Paddock is not allowed to read the model file {model} (permission denied). "
                "Check the permissions of the file and of its folders."
            )


def test_chat_refuses_a_damaged_header_in_one_line(tmp_path: Path) -> None:
    # a negative epsilon used to abort the worker with llama.cpp's build paths and a stack frame
    small = write_small_gguf(tmp_path / "small.gguf")
    damaged = rewrite_value(small, tmp_path / "damaged.gguf", "llama.attention.layer_norm_rms_epsilon", -1.0)
    result = _cli("chat", "--model", str(damaged), "--ctx", "512", "Hi", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr == ("Error: damaged.gguf has a damaged Llama header: llama.attention.layer_norm_rms_epsilon "
                             "must be a positive number, got -1.0. Download or convert the model again.\n")


def test_make_tiny_model_quantized(tmp_path: Path) -> None:
    target = tmp_path / "tiny-q4.gguf"
    result = _cli("dev", "make-tiny-model", str(target), "--quant", "Q4_K_M", "--layers", "1", home=tmp_path)
    assert result.returncode == 0, result.stderr
    info = read_gguf_info(target)
    assert info.file_type == "Q4_K_M"
    assert {t.type_name for t in info.tensors if t.name.startswith("blk.")} >= {"Q4_K"}
    assert not list(tmp_path.glob("*.f16.gguf"))  # the F16 intermediate is removed


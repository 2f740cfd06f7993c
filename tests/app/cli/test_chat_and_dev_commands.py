"""paddock-cli as a newcomer runs it: real processes, real llama.cpp, and the scripted
model where the test reads the reply (the same words on every CPU)."""

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
from tests.conftest import SCRIPTED_NAME, SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS


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


def _stats(stderr: str) -> list[tuple[int, int, int, str]]:
    """(prompt tokens, reused, generated, stop reason) of each reply's --stats line."""
    found = re.findall(r"\[(\d+) prompt tokens \((\d+) reused\).*?(\d+) generated,.*tokens/s, (\w+)\]", stderr)
    return [(int(p), int(r), int(g), reason) for p, r, g, reason in found]


def test_chat_one_prompt(scripted_model_path: Path, tmp_path: Path) -> None:
    result = _cli("chat", "--model", str(scripted_model_path), "--ctx", "2048", "--max-tokens", "16",
                  "--temperature", "0", "--threads", "2", "--stats", "Hello!", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == SCRIPTED_REPLY
    [(prompt, reused, generated, reason)] = _stats(result.stderr)
    assert (reused, generated, reason) == (0, SCRIPTED_REPLY_TOKENS, "end_of_turn") and prompt > 0
    # llama.cpp's own chatter went to the engine log, not the terminal
    assert "llama_model_loader" not in result.stdout + result.stderr
    assert "llama_model_loader" in (tmp_path / "logs" / "engine.log").read_text()


def test_chat_interactive(scripted_model_path: Path, tmp_path: Path) -> None:
    result = _cli("chat", "--model", str(scripted_model_path), "--ctx", "2048", "--max-tokens", "4",
                  "--temperature", "0", "--threads", "2", "--stats", home=tmp_path, stdin="Hi\nAnd again\n\n")
    assert result.returncode == 0, result.stderr
    first, second = _stats(result.stderr)
    assert (first[1], first[2:], second[2:]) == (0, (4, "length"), (4, "length"))
    # The second turn re-reads none of the first: its prompt and reply (but the reply's
    # last token, sampled and never decoded) are reused. The model was asked for a title
    # between the turns, as one more turn of the chat, which kept them in the cache.
    assert second[1] >= first[0] + first[2] - 1
    assert "Saved as conversation 1" in result.stderr
    shown = _cli("history", "show", "1", home=tmp_path)
    assert shown.stdout.count("\nYou:\nHi\n") == 1 and "\nYou:\nAnd again\n" in shown.stdout
    assert shown.stdout.count(f"Assistant ({SCRIPTED_NAME}):\nBread needs flour\n") == 2


def test_chat_continue_and_no_save(scripted_model_path: Path, tmp_path: Path) -> None:
    common = ("chat", "--model", str(scripted_model_path), "--ctx", "2048", "--max-tokens", "3", "--threads", "2")
    first = _cli(*common, "--stats", "Erste Frage über Brot", home=tmp_path)
    assert first.returncode == 0 and first.stdout.strip() == "Bread needs", first.stderr  # B|read| needs
    again = _cli(*common, "--continue", "last", "--stats", "Zweite Frage", home=tmp_path)
    assert again.returncode == 0, again.stderr
    # The whole saved conversation went to the model: system prompt, first exchange, new
    # message; the first prompt, the reply and the new turn's tokens.
    [(first_prompt, _, _, _)] = _stats(first.stderr)
    [(prompt_tokens, _, _, _)] = _stats(again.stderr)
    assert prompt_tokens > first_prompt + 3 + 5
    assert _cli("history", "show", "1", home=tmp_path).stdout.count("):\nBread needs\n") == 2  # both replies saved
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



def test_make_scripted_models(tmp_path: Path) -> None:
    """--reply writes a model that answers that text to anything (default sampling
    here), quantized too; --endless repeats it until max_tokens."""
    scripted = tmp_path / "hallo-q4.gguf"
    made = _cli("dev", "make-tiny-model", str(scripted), "--reply", "Hallo Welt!", "--quant", "Q4_K_M", "--layers", "1", home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert read_gguf_info(scripted).file_type == "Q4_K_M" and read_gguf_info(scripted).name == SCRIPTED_NAME
    chat = ("chat", "--ctx", "1024", "--threads", "2", "--no-save", "--stats")
    answer = _cli(*chat, "--model", str(scripted), "Wer bist du?", home=tmp_path)
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.strip() == "Hallo Welt!" and _stats(answer.stderr)[0][3] == "end_of_turn"

    endless = tmp_path / "la.gguf"
    assert _cli("dev", "make-tiny-model", str(endless), "--reply", " la", "--endless", "--layers", "1", home=tmp_path).returncode == 0
    answer = _cli(*chat, "--model", str(endless), "--max-tokens", "5", "Sing!", home=tmp_path)
    assert answer.stdout.strip() == "la la la la la" and _stats(answer.stderr)[0][2:] == (5, "length")

    refused = _cli("dev", "make-tiny-model", str(tmp_path / "x.gguf"), "--endless", home=tmp_path)
    assert refused.returncode == 1 and refused.stderr.strip() == "Error: --endless needs --reply TEXT: the text to repeat."

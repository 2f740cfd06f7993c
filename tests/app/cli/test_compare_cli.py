"""`paddock-cli compare` on real tiny models: both replies with their stats, the mode and
why, blind names hidden until the vote, and the vote stored for the leaderboard with the
prompt and the replies it was cast on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from tests.conftest import SCRIPTED_REPLY


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PADDOCK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_two_models_answer_with_their_stats(capsys, scripted_model_path: Path, endless_model_path: Path) -> None:
    code, out, _ = run(capsys, "compare", "--model", str(scripted_model_path), "--model", str(endless_model_path),
                       "--ctx", "1024", "--max-tokens", "12", "--temperature", "0", "Hi")
    assert code == 0, out
    first, *rest = out.splitlines()
    assert first.startswith(("Concurrent: All 2 models fit", "Sequential: "))
    assert "=== Model A: scripted-llama.gguf (F16) ===" in out and "=== Model B: endless-llama.gguf (F16) ===" in out
    assert SCRIPTED_REPLY in out and "and on and on" in out
    stats = [line for line in rest if line.startswith("[first token")]
    assert len(stats) == 2 and all("tok/s" in s and "thread(s)" in s for s in stats)
    assert "Both replies in" in out and "Vote" not in out  # not blind, no vote asked


def test_blind_hides_the_names_until_the_vote_and_stores_it(
        capsys, scripted_model_path: Path, endless_model_path: Path) -> None:
    code, out, _ = run(capsys, "compare", "-m", str(scripted_model_path), "-m", str(endless_model_path), "--blind",
                       "--seed", "3", "--ctx", "1024", "--max-tokens", "6", "--vote", "a", "--language", "en", "Hi")
    assert code == 0, out
    before, _, after = out.partition("Vote 1 recorded, with the replies (conversation 1).")
    assert "=== Model A ===" in before and "=== Model B ===" in before
    assert "scripted-llama" not in before and "endless-llama" not in before
    assert after.strip().startswith("Revealed: Model A was ")
    shown_first = after.split("Model A was ")[1].split(";")[0]
    code, out, _ = run(capsys, "arena", "--json", "--bootstrap", "0", "--language", "en")
    rows = json.loads(out)
    assert rows[0]["model"] == shown_first and rows[0]["wins"] == 1 and rows[1]["losses"] == 1
    code, out, _ = run(capsys, "history", "export", "1", "--format", "json")
    messages = json.loads(out)["conversations"][0]["messages"]  # what was voted on is kept
    by_role = {role: [m for m in messages if m["role"] == role] for role in ("user", "assistant")}
    assert code == 0 and [m["content"] for m in by_role["user"]] == ["Hi"]
    replies = by_role["assistant"]  # one branch per pane, each with its model, settings and stats
    assert len(replies) == 2 and all(m["content"] and m["stats"] and m["settings"]["n_ctx"] == 1024 for m in replies)
    assert {m["model"] for m in replies} == {r["model"] for r in rows}


@pytest.mark.parametrize("argv, says", [
    (["--vote", "c"], "A vote is one of a, b, tie or bad"),
    (["--ctx", "8"], "too small"),
])
def test_mistakes_are_one_clear_line(capsys, scripted_model_path: Path, argv: list[str], says: str) -> None:
    code, _, err = run(capsys, "compare", "-m", str(scripted_model_path), "-m", str(scripted_model_path), *argv, "Hi")
    assert code == 1 and says in err


def test_one_model_or_the_same_twice_is_refused(capsys, scripted_model_path: Path) -> None:
    code, _, err = run(capsys, "compare", "-m", str(scripted_model_path), "Hi")
    assert code == 1 and "two to four models" in err
    code, _, err = run(capsys, "compare", "-m", str(scripted_model_path), "-m", str(scripted_model_path), "Hi")
    assert code == 1 and "given twice" in err

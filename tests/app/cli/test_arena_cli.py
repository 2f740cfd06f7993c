"""`paddock-cli arena`: votes into a real database in PADDOCK_HOME, the leaderboard from
them, and the schedule of compare panes on this machine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PADDOCK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["arena", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_votes_then_the_leaderboard(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ratings")
    assert code == 0 and "No blind votes yet" in out
    for _ in range(6):
        assert run(capsys, "vote", "llama-8b:Q8_0", "llama-70b:Q2_K", "--winner", "a")[0] == 0
    code, out, _ = run(capsys, "vote", "llama-8b:Q8_0", "llama-70b:Q2_K", "--winner", "tie", "--language", "th")
    assert code == 0 and out.startswith("Vote 7 recorded: a tie.")
    code, out, _ = run(capsys, "vote", "llama-70b:Q2_K", "llama-3b", "llama-8b:Q8_0", "--winner", "c", "--not-blind")
    assert "llama-8b (Q8_0) won (not blind)" in out

    code, out, err = run(capsys, "ratings", "--bootstrap", "50", "--seed", "3")
    lines = out.splitlines()
    assert code == 0 and "95% interval" in lines[0]
    assert lines[1].split()[1:3] == ["llama-8b", "(Q8_0)"] and lines[2].split()[1:3] == ["llama-70b", "(Q2_K)"]
    assert len(lines) == 3  # the unblind vote (and its 3B) left out, as the Arena does
    assert "7 vote(s) cast blind" in err

    code, out, _ = run(capsys, "ratings", "--json", "--include-unblind", "--bootstrap", "50")
    rows = json.loads(out)
    assert [r["model"] for r in rows][0] == "llama-8b (Q8_0)" and len(rows) == 3
    best = rows[0]
    assert (best["battles"], best["wins"], best["ties"], best["losses"]) == (9, 8, 1, 0)
    assert best["ci_low"] < best["rating"] < best["ci_high"]
    assert json.loads(run(capsys, "ratings", "--json", "--include-unblind", "--bootstrap", "50")[1]) == rows


@pytest.mark.parametrize("argv, says", [
    (["vote", "a", "b", "--winner", "c"], "--winner takes a, b, tie or bothbad"),
    (["vote", "a", "--winner", "a"], "two to four models"),
    (["vote", "a", "a", "--winner", "tie"], "given twice"),
    (["plan", "llama-3.2-1b"], "at least two"),
    (["plan", "llama-3.2-1b", "llama-3.2-3b:Q9"], "Unknown quantization"),
])
def test_mistakes_are_one_clear_line(capsys: pytest.CaptureFixture[str], argv: list[str], says: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1 and says in err


def test_plan_on_this_machine(capsys: pytest.CaptureFixture[str], tiny_model_path: Path) -> None:
    import psutil

    code, out, _ = run(capsys, "plan", "llama-3.2-1b:Q4_K_M", str(tiny_model_path), "--ctx", "4096", "--json")
    data = json.loads(out)
    assert code == 0 and data["mode"] in ("concurrent", "sequential")
    assert [p["model"] for p in data["panes"]] == ["llama-3.2-1b Q4_K_M", "tiny-llama.gguf"]
    cores = psutil.cpu_count(logical=False) or 1
    if data["mode"] == "concurrent":
        assert sum(p["n_threads"] for p in data["panes"]) <= cores
    code, out, _ = run(capsys, "plan", "llama-3.3-70b:F16", "llama-3.1-405b:F16")
    assert code == 0 and out.startswith("Sequential: The models do not fit in memory together")
    assert "does not fit" in out

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
    thai = json.loads(run(capsys, "ratings", "--json", "--language", "th", "--bootstrap", "0")[1])
    assert [(r["battles"], r["ties"]) for r in thai] == [(1, 1), (1, 1)]  # the one vote tagged th
    assert json.loads(run(capsys, "ratings", "--json", "--task", "coding")[1]) == []
    # `paddock-cli arena` with no action is the leaderboard, with the same options
    assert json.loads(run(capsys, "--json", "--include-unblind", "--bootstrap", "50")[1]) == rows


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


def test_export_import_and_ranking_a_battle_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "vote", "m8:Q8_0", "m70:Q2_K", "--winner", "b", "--language", "hi")
    run(capsys, "vote", "m8:Q8_0", "m70:Q2_K", "m3", "--winner", "bothbad", "--not-blind")
    battles = tmp_path / "battles.jsonl"
    code, out, _ = run(capsys, "export", str(battles))
    assert code == 0 and out.strip() == f"Wrote 4 battle(s) from 2 vote(s) to {battles}."
    lines = [json.loads(line) for line in battles.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["model_a"] == "m70 (Q2_K)" and lines[0]["winner"] == "model_a" and lines[0]["language"] == "hi"
    assert lines[0]["anony"] is True and lines[1]["anony"] is False
    assert [line["winner"] for line in lines[1:]] == ["tie (bothbad)"] * 3

    from_file = json.loads(run(capsys, "ratings", "--votes", str(battles), "--json", "--include-unblind")[1])
    stored = json.loads(run(capsys, "ratings", "--json", "--include-unblind")[1])
    assert from_file == stored  # the same ranking from the file as from the database

    outside = tmp_path / "arena.jsonl"
    outside.write_text('{"model_a": "gpt-4o", "model_b": "m70 (Q2_K)", "winner": "tie", "tstamp": 1.5}\n\n',
                       encoding="utf-8")
    code, out, _ = run(capsys, "import", str(outside))
    assert code == 0 and "Imported 1 battle(s)" in out
    models = {r["model"] for r in json.loads(run(capsys, "ratings", "--json")[1])}
    assert models == {"gpt-4o", "m70 (Q2_K)", "m8 (Q8_0)"}

    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"model_a": "x", "model_b": "y", "winner": "tie"}\n{"model_a": "x", "winner": "tie"}\n',
                      encoding="utf-8")
    code, _, err = run(capsys, "import", str(broken))
    assert code == 1 and "broken.jsonl, line 2: a battle needs model_a, model_b and winner." in err
    assert len(json.loads(run(capsys, "ratings", "--json")[1])) == 3  # nothing of the broken file stored


def test_importing_the_same_battles_twice_adds_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "arena.jsonl"
    outside.write_text(
        '{"model_a": "gpt-4o", "model_b": "m70", "winner": "model_b", "tstamp": 1.5, "question_id": "q1"}\n'
        '{"model_a": "gpt-4o", "model_b": "m70", "winner": "model_b", "tstamp": 1.5, "question_id": "q2"}\n'
        '{"model_b": "m70", "model_a": "gpt-4o", "question_id": "q1", "tstamp": 1.5, "winner": "model_b"}\n',
        encoding="utf-8")  # the third line is the first with its keys in another order
    code, out, _ = run(capsys, "import", str(outside))
    assert code == 0 and out.strip() == f"Imported 2 battle(s) from {outside}; 1 already stored."
    code, out, _ = run(capsys, "import", str(outside))
    assert code == 0 and out.strip() == f"Imported 0 battle(s) from {outside}; 3 already stored."
    rows = {r["model"]: r for r in json.loads(run(capsys, "ratings", "--json", "--bootstrap", "0")[1])}
    assert rows["m70"]["wins"] == 2 and rows["gpt-4o"]["losses"] == 2

    # votes cast here, exported and imported back into the same database: known by their ids
    run(capsys, "vote", "m8", "m70", "m3", "--winner", "a")
    mine = tmp_path / "mine.jsonl"
    run(capsys, "export", str(mine))
    code, out, _ = run(capsys, "import", str(mine))
    assert out.strip() == f"Imported 0 battle(s) from {mine}; 4 already stored."
    # and into a fresh database once, then no more
    monkeypatch.setenv("PADDOCK_HOME", str(tmp_path / "other-home"))
    assert run(capsys, "import", str(mine))[1].strip() == f"Imported 4 battle(s) from {mine}."
    assert run(capsys, "import", str(mine))[1].strip() == f"Imported 0 battle(s) from {mine}; 4 already stored."
    again = tmp_path / "again.jsonl"
    run(capsys, "export", str(again))
    assert "Imported 0 battle(s)" in run(capsys, "import", str(again))[1]

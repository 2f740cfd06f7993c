"""`paddock-cli history`: what a newcomer types, against a real database in PADDOCK_HOME."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from tests.app.store.test_export_import import CHATGPT


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PADDOCK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["history", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_empty_history_says_what_to_do(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0 and "No saved conversations yet" in out
    assert (home / "data" / "paddock.sqlite3").exists()
    code, out, _ = run(capsys)
    assert code == 2 and "list" in out and "search" in out and "import" in out


def test_import_list_show_search_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "conversations.json"
    source.write_text(json.dumps(CHATGPT), encoding="utf-8")
    code, out, _ = run(capsys, "import", str(source))
    assert code == 0 and out.strip() == "Imported 2 conversation(s) with 5 message(s)."
    code, out, _ = run(capsys, "import", str(source))
    assert "2 were already here and were skipped" in out

    code, out, _ = run(capsys, "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split()[0] == "2" and "(untitled)" in lines[0]  # the newest first
    assert "Sourdough help" in lines[1] and "[gpt-4o]" in lines[1] and "4 msgs" in lines[1]

    code, out, _ = run(capsys, "show", "1")
    assert code == 0 and out.startswith("# Sourdough help")
    assert "You (version 2 of 2):\n[image]\nIs this one ready?" in out
    assert "Assistant (gpt-4o-mini):\nYes, it doubled: über ready." in out

    code, out, _ = run(capsys, "search", "uber")
    assert code == 0 and "Sourdough help" in out and "[über] ready" in out
    code, out, _ = run(capsys, "search", "starter", "--conversation", "2")
    assert out.strip() == "Nothing found."
    code, out, _ = run(capsys, "search", "hallo", "--since", "2000-01-01", "--until", "2100-12-31")
    assert "Hallo" in out

    exported = tmp_path / "out" / "all.json"
    code, _, err = run(capsys, "export", "--all", "-o", str(exported))
    assert code == 0 and f"Exported to {exported}" in err
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert [c["title"] for c in document["conversations"]] == ["Sourdough help", ""]

    code, out, _ = run(capsys, "export", "1", "--format", "markdown")
    assert out.startswith("# Sourdough help") and "## Assistant (gpt-4o-mini)" in out
    markdown = tmp_path / "one.md"
    run(capsys, "export", "1", "-o", str(markdown))
    assert markdown.read_text(encoding="utf-8") == out

    code, out, _ = run(capsys, "rename", "2", "Greetings")
    assert code == 0 and "now titled: Greetings" in out


def test_paddock_json_moves_between_installations(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "conversations.json"
    source.write_text(json.dumps(CHATGPT), encoding="utf-8")
    run(capsys, "import", str(source))
    exported = tmp_path / "paddock.json"
    run(capsys, "export", "--all", "-o", str(exported))

    monkeypatch.setenv("PADDOCK_HOME", str(tmp_path / "other-home"))
    code, out, _ = run(capsys, "import", str(exported))
    assert code == 0 and out.startswith("Imported 2 conversation(s) with 5 message(s)")
    again = tmp_path / "again.json"
    run(capsys, "export", "--all", "-o", str(again))
    assert again.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")


def test_mistakes_get_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "show", "42")
    assert code == 1 and err.strip() == "Error: There is no conversation number 42."
    code, _, err = run(capsys, "export")
    assert code == 1 and "--all" in err
    code, _, err = run(capsys, "import", str(tmp_path / "nope.json"))
    assert code == 1 and err.startswith("Error: Cannot read")
    not_ours = tmp_path / "x.json"
    not_ours.write_text("{}")
    code, _, err = run(capsys, "import", str(not_ours))
    assert code == 1 and "neither a Paddock export" in err
    code, _, err = run(capsys, "search", " ")
    assert code == 1 and "Type a word" in err
    with pytest.raises(SystemExit):
        main(["history", "search", "x", "--since", "31/01/2025"])


def test_import_says_what_it_could_not_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from tests.app.store.test_import_damage import _conversation, _node

    cycle = {"a": _node("a", "u", "Equal parts.", 1700000002, "assistant"), "u": _node("u", "a", "Feed it?", 1700000001)}
    hidden = {"r": {"id": "r", "parent": None, "children": [], "message": None}}
    source = tmp_path / "conversations.json"
    source.write_text(json.dumps([_conversation(cycle, "Loop"), _conversation(hidden, "Empty")]), encoding="utf-8")
    code, out, err = run(capsys, "import", str(source))
    assert (code, out, err) == (1, "Imported 1 conversation(s) with 2 message(s).\n",
                                "Not imported: conversation 2 (\"Empty\") holds no user or assistant text.\n")
    code, out, _ = run(capsys, "show", "1")
    assert out.index("Feed it?") < out.index("Equal parts.")

    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    code, out, err = run(capsys, "import", str(deep))
    assert (code, out) == (1, "")
    assert err == f"Error: {deep} cannot be read as JSON: its values are nested too deeply (no export nests like that).\n"

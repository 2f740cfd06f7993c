"""A saved conversation that has outgrown the context: a clear way out, no pile of failed
rows, and replies cut off by a full context say so in `history show`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.chat.conversation_recorder import ConversationRecorder
from app.chat.messages import ReplyStats, StopReason
from app.paths import AppPaths
from app.store.location import database_path
from app.store.messages import thread
from app.store.opening import open_store

LONG = "Brot braucht Mehl, Wasser, Salz und Zeit. " * 40  # ~400 tokens


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True,
                          env={**os.environ, "PADDOCK_HOME": str(home)}, timeout=180)


def _seed(home: Path) -> Path:
    path = database_path(AppPaths.from_environment({"PADDOCK_HOME": str(home)}))
    with open_store(path) as store:
        recorder = ConversationRecorder(store.connection())
        for i in range(3):
            recorder.add_user(f"Frage {i}: {LONG}", system_prompt="Be brief.")
            recorder.start_reply()
            recorder.add_reply_text(f"Antwort {i}: {LONG}")
            stats = ReplyStats(900, 0, 400, 0.1, 100.0, 10.0,
                               StopReason.CONTEXT_FULL if i == 2 else StopReason.END_OF_TURN)
            recorder.finish_reply(stats)
    return path


def test_a_conversation_past_its_context_has_a_way_out(tiny_model_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    db_path = _seed(home)
    common = ("chat", "--model", str(tiny_model_path), "--ctx", "1024", "--max-tokens", "4", "--threads", "2",
              "--temperature", "0", "--continue", "last")
    refused = _cli(*common, "Und jetzt?", home=home)
    assert refused.returncode == 1
    assert "context holds 1,024" in refused.stderr and "--drop-oldest" in refused.stderr
    again = _cli(*common, "Und jetzt, bitte?", home=home)
    assert again.returncode == 1
    answered = _cli(*common, "--drop-oldest", "--stats", "Kurz?", home=home)
    assert answered.returncode == 0, answered.stderr
    assert "earliest message(s) were not sent, to fit the 1,024-token context" in answered.stderr
    with open_store(db_path) as store:
        db = store.connection()
        branch = thread(db, 1)
    # The two refused messages stand beside the branch, not in it: nothing piled up.
    assert [m.content[:8] for m in branch] == [
        "Frage 0:", "Antwort ", "Frage 1:", "Antwort ", "Frage 2:", "Antwort ", "Kurz?", branch[-1].content[:8]]
    shown = _cli("history", "show", "last", home=home)
    assert shown.returncode == 0 and shown.stdout.count("[cut off: the context was full]") == 1

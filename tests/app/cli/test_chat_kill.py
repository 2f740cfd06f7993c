"""Kill -9 `paddock-cli chat` while the model loads: the person's message is already saved.

The CLI is killed the moment its engine worker process exists (the model is being loaded),
with the worker. On a CLI that loaded the model first and saved afterwards, nothing would
be in the database; the message must be there, whole, in a sound file.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from app.paths import AppPaths
from app.store.conversations import list_conversations
from app.store.location import database_path
from app.store.messages import thread
from app.store.opening import open_store
from app.store.records import Role

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROUNDS = 3


def _kill_when_loading(tiny_model_path: Path, home: Path, text: str) -> None:
    env = {**os.environ, "PADDOCK_HOME": str(home)}
    child = subprocess.Popen(
        [sys.executable, "-m", "app.cli.main", "chat", "--model", str(tiny_model_path), "--ctx", "2048",
         "--threads", "2", text],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        cli = psutil.Process(child.pid)
        deadline = time.monotonic() + 60
        while not cli.children() and time.monotonic() < deadline:
            if child.poll() is not None:
                pytest.fail(f"the CLI ended before loading: {child.stderr.read() if child.stderr else ''}")
            time.sleep(0.005)
        assert cli.children(), "no engine worker was started"
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # the CLI and its worker, at once
        child.wait(30)


def test_the_message_survives_a_kill_while_the_model_loads(tiny_model_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    for round_ in range(ROUNDS):
        _kill_when_loading(tiny_model_path, home, f"Frage {round_}: wie backe ich Brot?")
    with open_store(database_path(AppPaths.from_environment({"PADDOCK_HOME": str(home)}))) as store:
        db = store.connection()
        assert db.query_one("PRAGMA quick_check")["quick_check"] == "ok"
        conversations = list_conversations(db, limit=10)
        saved = sorted(m.content for c in conversations for m in thread(db, c.id) if m.role is Role.USER)
    assert saved == [f"Frage {i}: wie backe ich Brot?" for i in range(ROUNDS)]

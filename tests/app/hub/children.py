"""Child processes for tests: a loopback-only environment, a watchdog, progress lines."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from pathlib import Path

from app.paths import REPO_ROOT

CHILD_TIMEOUT_S = 60


def child_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    env.update(
        PADDOCK_HOME=str(tmp_path / "home"),
        HF_HOME=str(tmp_path / "hf-home"),  # no stored `hf auth login` token
        PYTHONPATH=str(REPO_ROOT),
        NO_PROXY="127.0.0.1,localhost",
    )
    return env


def _hear_ctrl_c() -> None:
    """A run started in the background of a shell ignores SIGINT, and Python then installs
    no Ctrl-C handler in its children: the tests that press Ctrl-C need it back."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_child(command: list[str], tmp_path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        command, cwd=REPO_ROOT, env=child_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_hear_ctrl_c,
    )
    watchdog = threading.Timer(CHILD_TIMEOUT_S, child.kill)  # a hung child fails the test, not the run
    watchdog.daemon = True
    watchdog.start()
    return child


def wait_for_download_progress(child: subprocess.Popen[str]) -> str:
    """The first progress line that reports downloaded bytes (written to disk before it is printed)."""
    assert child.stderr is not None
    for line in child.stderr:
        if " / " in line and "%" in line:
            return line
    raise AssertionError(f"the child ended without progress (exit {child.wait()})")

"""Privacy, proven: in the default configuration the window and the CLI chat open no
listening socket and make no outgoing connection (nor a DNS lookup) while a model is
loaded and answers a message.

Two witnesses, because neither sees everything:
- an audit hook (socket_audit/sitecustomize.py) in every Python process of the run, the
  spawned engine worker included, records each bind, connect, send and name lookup made
  through Python's socket module, however short-lived;
- psutil, polled from outside while the run lasts, lists the internet sockets the
  process tree holds, made by C++ too (Qt, llama.cpp), which Python's hook cannot see.

AF_UNIX sockets are allowed: they never leave the computer (multiprocessing may use
them, and the window's one-instance check is a QLocalServer, a Unix socket in the data
folder, made by Qt in C++ and so seen by neither witness as an internet socket).
Downloads are the one exception the app makes, only when the person asks: none here.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import SCRIPTED_REPLY

ROOT = Path(__file__).resolve().parents[2]
AUDIT = Path(__file__).resolve().parent / "socket_audit"
INET = (socket.AF_INET, socket.AF_INET6)


def _run_audited(command: list[str], home: Path, log: Path, timeout: float = 300) -> tuple[str, set[str]]:
    """Run `command` with the audit hook in all its Python processes; (its stdout, the
    internet sockets its process tree held while it ran, as text)."""
    env = {**os.environ, "PADDOCK_HOME": str(home), "PADDOCK_SOCKET_AUDIT": str(log),
           "PYTHONPATH": os.pathsep.join([str(AUDIT), str(ROOT)]), "QT_QPA_PLATFORM": "offscreen"}
    seen: set[str] = set()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        seen |= _inet_sockets(process.pid)
        time.sleep(0.05)
    out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
    assert process.returncode == 0, err[-3000:]
    return out, seen


def _inet_sockets(pid: int) -> set[str]:
    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return set()
    found: set[str] = set()
    for proc in tree:
        try:
            found |= {f"{proc.pid} {c.status} {c.laddr} -> {c.raddr}" for c in proc.net_connections(kind="inet")}
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return found


def _records(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def _network(records: list[dict]) -> list[dict]:
    """Socket operations that could leave the computer: anything but AF_UNIX."""
    return [r for r in records if r["event"] != "started" and r["family"] != socket.AF_UNIX]


def test_the_window_in_its_default_configuration(scripted_model_path: Path, tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    out, held = _run_audited([sys.executable, "-m", "ui.main", "--self-test", str(scripted_model_path),
                              "--prompt", "How do I bake bread?"], tmp_path / "home", log)
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert {"event": "reply", "text": SCRIPTED_REPLY}.items() <= next(e for e in events if e["event"] == "reply").items()
    records = _records(log)
    assert len({r["pid"] for r in records if r["event"] == "started"}) >= 2  # the engine worker was watched too
    assert _network(records) == []
    assert held == set()


def test_the_cli_chat_in_its_default_configuration(scripted_model_path: Path, tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    out, held = _run_audited([sys.executable, "-m", "app.cli.main", "chat", "--model", str(scripted_model_path),
                              "--ctx", "2048", "--threads", "2", "Hello!"], tmp_path / "home", log)
    assert out.strip() == SCRIPTED_REPLY
    records = _records(log)
    assert len({r["pid"] for r in records if r["event"] == "started"}) >= 2
    assert _network(records) == []
    assert held == set()


def test_the_witnesses_see_a_connection(tmp_path: Path) -> None:
    """The check can fail: a process that listens and connects on loopback is caught by both."""
    log = tmp_path / "audit.jsonl"
    script = ("import socket, time\n"
              "s = socket.create_server(('127.0.0.1', 0))\n"
              "c = socket.create_connection(s.getsockname())\n"
              "time.sleep(1.5)\n")
    _, held = _run_audited([sys.executable, "-c", script], tmp_path / "home", log)
    events = {r["event"] for r in _network(_records(log))}
    assert {"socket.bind", "socket.connect"} <= events
    assert any("LISTEN" in h for h in held) and any("ESTABLISHED" in h for h in held)


@pytest.mark.parametrize("family", [socket.AF_UNIX])
def test_unix_sockets_are_allowed(tmp_path: Path, family: int) -> None:
    log = tmp_path / "audit.jsonl"
    path = tmp_path / "s"
    script = f"import socket\ns = socket.socket(socket.AF_UNIX)\ns.bind({str(path)!r})\n"
    _run_audited([sys.executable, "-c", script], tmp_path / "home", log)
    records = [r for r in _records(log) if r["event"] == "socket.bind"]
    assert [r["family"] for r in records] == [family] and _network(records) == []

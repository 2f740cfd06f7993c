"""One Paddock per data folder: the lock, the hand-over of a second launch's arguments to
the first over a real local socket, and two real `paddock` processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalSocket

from app.paths import REPO_ROOT
from ui.single_instance import SingleInstance, decode_arguments, encode_arguments, server_name

# A second launch in its own process: exit 0 handed over, 1 nobody answered, 3 it was first.
SECOND_LAUNCH = """
import sys
from pathlib import Path
from ui.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
if instance.claim():
    sys.exit(3)
sys.exit(0 if instance.hand_over(sys.argv[3:], patience_s=float(sys.argv[2])) else 1)
"""
HOLD_LOCK = """
import sys, time
from pathlib import Path
from ui.single_instance import SingleInstance
instance = SingleInstance(Path(sys.argv[1]))
assert instance.claim()
print("locked", flush=True)
time.sleep(600)
"""


def _env(**extra: str) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen", **extra)


def _second_launch(data_dir: Path, *args: str, patience_s: float = 10.0, cwd: Path = REPO_ROOT) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, str(data_dir), str(patience_s), *args],
                            cwd=cwd, env=_env())


@pytest.fixture
def first(tmp_path: Path):
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    yield instance
    instance.release()


def test_only_the_first_claim_wins(tmp_path: Path) -> None:
    one, two = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert one.claim()
    assert not two.claim()
    one.release()
    assert two.claim(), "released: the next launch is the first"
    two.release()


def test_each_data_folder_has_its_own_instance(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    one, two = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert one.claim() and two.claim()
    one.release()
    two.release()


def test_a_lock_left_by_a_killed_paddock_is_taken_over(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)], env=_env(),
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert not SingleInstance(tmp_path).claim(), "the holder still runs"
    finally:
        holder.send_signal(signal.SIGKILL)  # no chance to remove its lock file
        holder.wait(timeout=30)
    assert (tmp_path / "paddock.lock").exists()
    taker = SingleInstance(tmp_path)
    assert taker.claim()
    taker.release()


def test_a_second_launch_hands_over_its_file_and_exits(qtbot, first: SingleInstance, tmp_path: Path) -> None:
    first.listen()
    (tmp_path / "llama.gguf").write_bytes(b"GGUF")
    with qtbot.waitSignal(first.argumentsReceived, timeout=30_000) as received:
        second = _second_launch(tmp_path / "data", "llama.gguf", "--verbose", cwd=tmp_path)
    assert second.wait(timeout=30) == 0
    assert received.args[0] == [str((tmp_path / "llama.gguf").resolve()), "--verbose"], "paths made absolute"


def test_a_second_launch_waits_for_a_first_that_is_still_starting(qtbot, first: SingleInstance, tmp_path: Path) -> None:
    second = _second_launch(tmp_path / "data", "x.gguf")
    qtbot.wait(1500)  # the first holds the lock but does not listen yet
    assert second.poll() is None
    with qtbot.waitSignal(first.argumentsReceived, timeout=30_000):
        first.listen()
    assert second.wait(timeout=30) == 0


def test_a_first_that_never_answers_is_given_up_on(first: SingleInstance, tmp_path: Path) -> None:
    started = time.monotonic()
    assert _second_launch(tmp_path / "data", "x.gguf", patience_s=0.5).wait(timeout=60) == 1
    assert time.monotonic() - started < 30


def test_a_malformed_message_is_ignored(qtbot, first: SingleInstance) -> None:
    first.listen()
    socket = QLocalSocket()
    socket.connectToServer(first.name)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState, timeout=10_000)
    with qtbot.assertNotEmitted(first.argumentsReceived, wait=300):
        socket.write(QByteArray(b'{"arguments": [1, 2]}\n'))
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=10_000)


@pytest.mark.parametrize("data", [b"", b"\xff\n", b"[]\n", b'{"arguments": "x"}\n'])
def test_decoding_refuses_what_is_not_a_message(data: bytes) -> None:
    assert decode_arguments(data) is None


def test_messages_round_trip() -> None:
    assert decode_arguments(encode_arguments(["/a b/ü.gguf"])) == ["/a b/ü.gguf"]


@pytest.mark.slow
def test_two_real_paddocks_share_one_window(tmp_path: Path) -> None:
    """`paddock` running, then `paddock model.gguf`: the second exits at once and the first
    opens the file (a broken one, so that no engine worker starts)."""
    home = tmp_path / "home"
    model = tmp_path / "broken.gguf"
    model.write_bytes(b"not a model")
    env = _env(PADDOCK_HOME=str(home))
    log = home / "logs" / "paddock.log"
    first_app = subprocess.Popen([sys.executable, "-m", "ui.main"], cwd=REPO_ROOT, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not (log.exists() and "started" in log.read_text()):
            assert first_app.poll() is None, "the first Paddock ended"
            assert time.monotonic() < deadline, "the first Paddock never started"
            time.sleep(0.2)
        second = subprocess.run([sys.executable, "-m", "ui.main", str(model)], cwd=REPO_ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        expected = f"opening {model}, handed over by another launch"
        while expected not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        assert first_app.poll() is None, "the first Paddock still runs"
        assert log.read_text().count("Paddock 0") == 1, "only one Paddock started"
    finally:
        first_app.terminate()
        first_app.wait(timeout=30)

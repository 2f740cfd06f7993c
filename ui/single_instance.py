"""One Paddock per data folder: a second launch hands its arguments to the first and exits.

Two copies on one database would fight over it, and double-clicking a GGUF while Paddock
runs should open it in the window already there. The first launch takes a lock file in
the data folder (`QLockFile`: a lock left by a crashed Paddock is noticed as stale and
taken over) and listens on a local socket (a Unix socket or a Windows named pipe) whose
name comes from the data folder. A later launch that finds the lock taken connects,
sends its arguments as one JSON line (file paths made absolute, since the first copy has
another working directory), waits for the answer and exits. The first copy emits
`argumentsReceived` with them.

The lock is per data folder, so a portable copy on a USB stick and the installed one,
or two test runs with their own PADDOCK_HOME, never see each other.

Everything a second launch does works before any QApplication exists: it never builds
a window.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import time
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "paddock.lock"
_ACK = b"ok\n"
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 3000
# How long a second launch keeps trying while the first is still starting its server.
HAND_OVER_PATIENCE_S = 5.0


def server_name(data_dir: Path) -> str:
    """The socket's name: per user and data folder, short enough for a Unix socket path."""
    key = f"{getpass.getuser()}\0{Path(data_dir).resolve()}"
    return "paddock-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def absolute_arguments(args: Sequence[str], cwd: Optional[Path] = None) -> list[str]:
    """Arguments with the files among them made absolute; options stay as they are."""
    base = Path.cwd() if cwd is None else cwd
    result = []
    for arg in args:
        candidate = base / arg
        result.append(str(candidate.resolve()) if not arg.startswith("-") and candidate.exists() else arg)
    return result


def encode_arguments(args: Sequence[str]) -> bytes:
    return json.dumps({"arguments": list(args)}).encode("utf-8") + b"\n"


def decode_arguments(data: bytes) -> Optional[list[str]]:
    """The arguments of one message, or None if it is not one (anything may connect)."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    arguments = message.get("arguments") if isinstance(message, dict) else None
    if not isinstance(arguments, list) or not all(isinstance(a, str) for a in arguments):
        return None
    return arguments


class SingleInstance(QObject):
    """The first launch's side (`claim()`, then `listen()`) and the second's (`hand_over()`)."""

    argumentsReceived = Signal(list)  # list[str]: another launch's arguments

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self._data_dir = Path(data_dir)
        self._name = server_name(self._data_dir)
        self._lock: Optional[QLockFile] = None
        self._server: Optional[QLocalServer] = None

    @property
    def name(self) -> str:
        return self._name

    def claim(self) -> bool:
        """True if this launch is the first: it now holds the lock until `release()`."""
        self._data_dir.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self._data_dir / LOCK_FILE_NAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however long it ran
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def listen(self) -> None:
        """Accept hand-overs (needs the QApplication). Only the lock holder listens, so a
        socket file left by a crash is stale and is removed first."""
        if self._lock is None:
            raise RuntimeError("listen() before a successful claim()")
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self._name):
            # Paddock still runs; only later launches cannot hand over to it.
            log.error("cannot listen for other launches on %s: %s", self._name, server.errorString())
            return
        self._server = server

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        arguments = decode_arguments(bytes(socket.readLine().data()))
        if arguments is None:
            log.warning("ignoring a malformed message from another launch")
            socket.disconnectFromServer()
            return
        socket.write(QByteArray(_ACK))
        socket.flush()
        log.info("another launch handed over %s", arguments)
        self.argumentsReceived.emit(arguments)

    def hand_over(self, args: Sequence[str], patience_s: float = HAND_OVER_PATIENCE_S) -> bool:
        """Send `args` to the running Paddock; True once it has answered. Retries while
        the first copy may still be starting (it holds the lock before it listens)."""
        message = encode_arguments(absolute_arguments(args))
        deadline = time.monotonic() + patience_s
        while True:
            if self._send(message):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    def _send(self, message: bytes) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(QByteArray(message))
        socket.flush()
        answered = False
        while not answered and socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
            answered = _ACK.strip() in bytes(socket.readAll().data())
        socket.disconnectFromServer()
        return answered


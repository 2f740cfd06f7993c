"""Which processes have the database open: one locked file per open store ("session").

A streaming message row records the session writing it. When a process dies, however it
dies, the operating system releases its lock; another process can then tell a dead
writer (its lock can be taken) from a live one (still locked) and marks only the dead
writer's rows interrupted. A second Paddock (say the CLI while the app streams a reply)
therefore never cuts off a live reply.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Optional

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not lockf: flock locks belong to the open file, so two stores in one
        # process see each other as alive too.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


_SUFFIX = ".lock"


class SessionLock:
    """This process's session: a lock file held until `release()` or death."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.id = uuid.uuid4().hex
        self._path = directory / (self.id + _SUFFIX)
        # Locked under a temporary name, then renamed: a prober never sees the file unlocked.
        creating = self._path.with_suffix(".creating") if os.name != "nt" else self._path
        self._fd: Optional[int] = os.open(creating, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(self._fd):  # a fresh random name: nobody else can hold it
            raise RuntimeError(f"could not lock the new session file {creating}")
        if creating != self._path:
            os.rename(creating, self._path)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self._path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def _probe(path: Path) -> bool:
    """True when the session behind `path` is dead (its lock could be taken)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return True
    try:
        return _try_lock(fd)
    finally:
        os.close(fd)


def is_dead(directory: Path, session_id: Optional[str]) -> bool:
    """A session without a live lock. Rows written with no session count as dead."""
    if not session_id:
        return True
    return _probe(directory / (session_id + _SUFFIX))


def forget(directory: Path, session_id: str) -> None:
    """Remove a dead session's lock file."""
    (directory / (session_id + _SUFFIX)).unlink(missing_ok=True)


def dead_sessions(directory: Path) -> list[str]:
    """Lock files left behind by processes that died."""
    if not directory.is_dir():
        return []
    return [p.name[: -len(_SUFFIX)] for p in sorted(directory.glob("*" + _SUFFIX)) if _probe(p)]

"""FifoLock: a lock handed to its waiters in the order they asked for it.

threading.Lock lets any waiter in next, often the thread that just let go: with the
window and the API sharing one engine, a busy API client could keep the window's turn
waiting. Here each caller waits for its own turn.
"""

from __future__ import annotations

import threading
from collections import deque


class FifoLock:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._line: deque[object] = deque()  # the first one holds the lock

    def __enter__(self) -> "FifoLock":
        ticket = object()
        with self._changed:
            self._line.append(ticket)
            while self._line[0] is not ticket:
                self._changed.wait()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._changed:
            self._line.popleft()
            self._changed.notify_all()

    @property
    def waiting(self) -> int:
        """Callers in line behind the one holding the lock."""
        with self._changed:
            return max(0, len(self._line) - 1)

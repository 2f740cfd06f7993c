"""FairQueue: requests take turns on the one engine in the order they arrived.

A plain lock lets any waiter in next; here each request waits for its own turn, and a
request whose client went away (its CancelToken set) leaves the line at once.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from typing import Iterator

from app.errors import Cancelled
from app.jobs import CancelToken


class FairQueue:
    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._line: deque[object] = deque()  # the first one holds the engine

    @property
    def waiting(self) -> int:
        """Requests in line behind the one running."""
        with self._changed:
            return max(0, len(self._line) - 1)

    @contextlib.contextmanager
    def turn(self, cancel: CancelToken) -> Iterator[None]:
        """Wait for this request's turn (Cancelled if `cancel` is set first), hold it
        for the `with` block, then hand it to the next in line."""
        ticket = object()
        with self._changed:
            self._line.append(ticket)
        cancel.on_cancel(self._wake)
        try:
            with self._changed:
                while self._line[0] is not ticket:
                    if cancel.cancelled:
                        raise Cancelled()
                    self._changed.wait()
            yield
        finally:
            with self._changed:
                self._line.remove(ticket)
                self._changed.notify_all()

    def _wake(self) -> None:
        with self._changed:
            self._changed.notify_all()

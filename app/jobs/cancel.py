"""Cancellation of long blocking operations.

Long work in `app/` is a plain blocking function taking keyword `progress=` and
`cancel=`; the caller decides which thread or process runs it. Stop is a flag: a fresh
CancelToken per request, so an old Stop never cancels a new request.
"""

from __future__ import annotations

import threading
from typing import Callable, Optional

from app.errors import Cancelled


class CancelToken:
    """A one-way flag, safe to set from any thread.

    `on_cancel` callbacks let a blocking call forward the flag (e.g. to a worker
    process) the moment it is set instead of polling.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        """Run `callback` when cancelled (at once if already cancelled)."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                return
        callback()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def check(cancel: Optional[CancelToken]) -> None:
    """Raise Cancelled if `cancel` was set."""
    if cancel is not None:
        cancel.raise_if_cancelled()

"""FifoLock hands the lock over in the order callers asked: the thread that lets go
cannot take it straight back while another waits (the window and the API share one
engine client)."""

from __future__ import annotations

import threading
import time

from app.jobs.fifo_lock import FifoLock


def test_waiters_get_the_lock_in_arrival_order() -> None:
    lock = FifoLock()
    order: list[int] = []
    threads = [threading.Thread(target=lambda i=i: _take(lock, order, i)) for i in range(5)]
    with lock:
        for i, thread in enumerate(threads):
            thread.start()
            while lock.waiting < i + 1:  # each one in line before the next starts
                time.sleep(0.001)
    for thread in threads:
        thread.join(10)
    assert order == [0, 1, 2, 3, 4] and lock.waiting == 0


def test_a_busy_caller_lets_a_waiting_one_in_between() -> None:
    lock = FifoLock()
    turns: list[str] = []
    other = threading.Thread(target=lambda: _take(lock, turns, "other"))
    with lock:
        turns.append("busy")
        other.start()
        while lock.waiting < 1:
            time.sleep(0.001)
    with lock:  # asks again at once: the waiting one goes first
        turns.append("busy")
    other.join(10)
    assert turns == ["busy", "other", "busy"]


def _take(lock: FifoLock, record: list, name: object) -> None:
    with lock:
        record.append(name)

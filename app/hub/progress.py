"""Download progress: bytes, speed, ETA (terminal lines are in app/cli/progress_text.py).

`DownloadProgress` is a `ProgressUpdate` (so any progress callback takes it) with the
speed and the estimated time left. Speed is measured over the last few seconds, so a
resume (many bytes already on disk) or a stall shows the real current rate.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Optional

from app.jobs import ProgressUpdate

# Stages, stable words: "resolve" (asking the hub), "check" (re-hashing bytes kept from an
# earlier attempt), "download", "install" (all parts verified, moving them into place).
STAGES = ("resolve", "check", "download", "install")


@dataclass(frozen=True)
class DownloadProgress(ProgressUpdate):
    """`done`/`total` are bytes over the whole model (all parts of a split set)."""

    file_name: str = ""
    speed_bps: float = 0.0
    eta_s: Optional[float] = None


class RateMeter:
    """Bytes per second over a sliding window of recent samples."""

    def __init__(self, window_s: float = 5.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._window_s = window_s
        self._clock = clock
        self._samples: deque[tuple[float, int]] = deque()

    def add(self, total_fetched: int) -> float:
        """Record the running count of fetched bytes; return the current speed."""
        now = self._clock()
        self._samples.append((now, total_fetched))
        while len(self._samples) > 2 and now - self._samples[1][0] >= self._window_s:
            self._samples.popleft()
        first_t, first_n = self._samples[0]
        elapsed = now - first_t
        return (total_fetched - first_n) / elapsed if elapsed > 0 else 0.0


def eta_seconds(remaining: int, speed_bps: float) -> Optional[float]:
    return remaining / speed_bps if speed_bps > 0 else None


def format_bytes(count: float) -> str:
    """1,536 -> '1.5 KiB' (binary units, like file managers on Linux and Windows)."""
    value = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if abs(value) < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"  # pragma: no cover - loop always returns

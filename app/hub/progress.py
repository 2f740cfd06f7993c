"""Download progress for the UI and the CLI: bytes, speed, ETA, and how to show them.

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


def format_duration(seconds: Optional[float]) -> str:
    if seconds is None:
        return "--:--"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def describe(update: ProgressUpdate) -> str:
    """One line for a terminal: name, bytes, percent, speed, ETA."""
    percent = f"{update.done * 100 // update.total:3d}%" if update.total else "  ?%"
    amount = f"{format_bytes(update.done)} / {format_bytes(update.total)}"
    if not isinstance(update, DownloadProgress):
        return f"{update.stage} {amount} {percent}"
    if update.stage == "check":
        return f"{update.file_name}: checking the {format_bytes(update.done)} already downloaded"
    if update.stage == "install":
        return f"{update.file_name}: verified, installing"
    speed = f"{format_bytes(update.speed_bps)}/s" if update.speed_bps > 0 else "--/s"
    return f"{update.file_name}: {amount} {percent}  {speed}  ETA {format_duration(update.eta_s)}"

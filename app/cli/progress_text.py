"""Progress lines for the terminal: durations, and one line per download or job update.

The window shows progress with its own widgets and translated texts; these English lines
are for `paddock-cli` only.
"""

from __future__ import annotations

from typing import Optional

from app.hub.progress import DownloadProgress, format_bytes
from app.jobs import ProgressUpdate


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

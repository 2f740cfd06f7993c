"""Progress numbers and how they read on a terminal."""

from __future__ import annotations

from app.cli.progress_text import describe, format_duration
from app.hub.progress import DownloadProgress, RateMeter, eta_seconds, format_bytes
from app.jobs import ProgressUpdate


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rate_is_measured_over_recent_seconds_only() -> None:
    clock = Clock()
    meter = RateMeter(window_s=5.0, clock=clock)
    assert meter.add(0) == 0.0
    for _ in range(10):  # 1 MB/s for 10 s
        clock.now += 1
        speed = meter.add(int((clock.now - 100) * 1_000_000))
    assert speed == 1_000_000
    clock.now += 5  # then a stall: nothing for 5 s
    assert meter.add(10_000_000) < 200_000


def test_eta_and_units() -> None:
    assert eta_seconds(10_000_000, 2_000_000) == 5 and eta_seconds(1, 0) is None
    sizes = (512, 1536, 5 * 1024**2, 3 * 1024**3)
    assert [format_bytes(n) for n in sizes] == ["512 B", "1.5 KiB", "5.0 MiB", "3.0 GiB"]
    assert [format_duration(s) for s in (None, 59.6, 61, 3725)] == ["--:--", "1:00", "1:01", "1:02:05"]


def test_terminal_line_has_bytes_speed_and_eta() -> None:
    update = DownloadProgress(
        "download", 300 * 1024**2, 1200 * 1024**2, file_name="m.gguf", speed_bps=25 * 1024**2, eta_s=36
    )
    assert describe(update) == "m.gguf: 300.0 MiB / 1.2 GiB  25%  25.0 MiB/s  ETA 0:36"
    assert "checking the 1.0 KiB already downloaded" in describe(DownloadProgress("check", 1024, 2048, file_name="m"))
    assert describe(ProgressUpdate("copy", 1, 4)) == "copy 1 B / 4 B  25%"

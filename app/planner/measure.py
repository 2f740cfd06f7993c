"""What llama.cpp really allocated: buffer sizes from its log lines and the engine
worker's memory from /proc, to check the planner against (tests and benchmarks).

llama.cpp reports every buffer it allocates when a model and context are created:
"CPU_Mapped model buffer size = 64.88 MiB", "CPU_REPACK model buffer size = ...",
"CPU KV buffer size = ...", "CPU compute buffer size = ...", "CPU output buffer size".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

MIB = 1024 * 1024
_PATTERNS = {
    "model_mapped": re.compile(r"CPU_Mapped model buffer size =\s+([\d.]+) MiB"),
    "model_repack": re.compile(r"CPU_REPACK model buffer size =\s+([\d.]+) MiB"),
    "kv_cache": re.compile(r"CPU KV buffer size =\s+([\d.]+) MiB"),
    "compute": re.compile(r"CPU compute buffer size =\s+([\d.]+) MiB"),
    "output": re.compile(r"CPU\s+output buffer size =\s+([\d.]+) MiB"),
}


@dataclass(frozen=True)
class ReportedBuffers:
    """Bytes llama.cpp says it allocated for the last model and context in a log."""

    model_mapped: int
    model_repack: int
    kv_cache: int
    compute: int
    output: int

    @property
    def model(self) -> int:
        return self.model_mapped + self.model_repack


def parse_buffer_sizes(log_text: str) -> ReportedBuffers:
    """The sizes of the most recent load in `log_text` (MiB with 2 decimals, as logged).

    Raises ValueError when the log holds no complete load report."""
    start = log_text.rfind("loading model tensors")
    if start < 0:
        raise ValueError("no llama.cpp load report in the log")
    text = log_text[log_text.rfind("\n", 0, start) + 1 :]
    values = {}
    for key, pattern in _PATTERNS.items():
        found = pattern.findall(text)
        if not found and key in ("model_mapped", "kv_cache", "compute"):
            raise ValueError(f"the log has no {key} buffer line")
        values[key] = int(round(sum(float(v) for v in found) * MIB))
    return ReportedBuffers(**values)


@dataclass(frozen=True)
class ProcessMemory:
    peak_rss: int  # VmHWM
    rss: int  # VmRSS
    rss_anon: int
    rss_file: int


def process_memory(pid: int, proc_root: Path = Path("/proc")) -> Optional[ProcessMemory]:
    """Memory of process `pid` from /proc/PID/status (Linux), or None if unreadable."""
    try:
        lines = (proc_root / str(pid) / "status").read_text().splitlines()
    except OSError:
        return None
    kb = {}
    for line in lines:
        key, _, value = line.partition(":")
        parts = value.split()
        if parts and parts[-1] == "kB":
            kb[key] = int(parts[0]) * 1024
    try:
        return ProcessMemory(kb["VmHWM"], kb["VmRSS"], kb.get("RssAnon", 0), kb.get("RssFile", 0))
    except KeyError:
        return None


def relative_error(predicted: float, measured: float) -> float:
    return (predicted - measured) / measured if measured else float("inf")

"""Linux file-tree probes: cgroup memory limit, AMD GPUs in sysfs, CPU name and flags.

Each function reads from a root folder passed in (normally /proc, /sys/fs/cgroup,
/sys/class/drm) so that tests can hand it a real tree written in a temporary folder.
Unreadable or absent files mean "unknown", never an exception for the caller to guess
about: functions return None or an empty list, or raise ProbeFailed with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

# A cgroup "limit" this large means no limit (v1 writes 9223372036854771712).
_UNLIMITED = 1 << 60
AMD_VENDOR_ID = "0x1002"


class ProbeFailed(Exception):
    """A probe could not answer; the message is the reason shown to the person."""


@dataclass(frozen=True)
class CgroupMemory:
    limit_bytes: int
    usage_bytes: int  # what the group uses now, reclaimable file cache excluded
    version: int
    path: str

    @property
    def available_bytes(self) -> int:
        return max(0, self.limit_bytes - self.usage_bytes)


def _read_int(path: Path) -> Optional[int]:
    try:
        text = path.read_text().strip()
    except OSError:
        return None
    if text == "max":
        return None
    try:
        return int(text)
    except ValueError:
        return None


def _stat_value(path: Path, *keys: str) -> int:
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return 0
    values = dict(line.split(None, 1) for line in lines if " " in line)
    for key in keys:
        if key in values:
            try:
                return int(values[key])
            except ValueError:
                return 0
    return 0


def _own_cgroups(proc_root: Path) -> tuple[Optional[str], Optional[str]]:
    """(v2 path, v1 memory path) of this process from /proc/self/cgroup."""
    try:
        lines = (proc_root / "self" / "cgroup").read_text().splitlines()
    except OSError:
        return None, None
    v2 = v1 = None
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        hierarchy, controllers, path = parts
        if hierarchy == "0" and controllers == "":
            v2 = path
        elif "memory" in controllers.split(","):
            v1 = path
    return v2, v1


def _candidates(base: Path, path: str) -> list[Path]:
    """The group's folder and its ancestors (limits of a parent apply too). Inside a
    container the path in /proc/self/cgroup may not exist under the mount: then the
    mount root is the group."""
    rel = path.strip("/")
    folders = []
    if rel:
        folder = base / rel
        if folder.is_dir():
            while True:
                folders.append(folder)
                if folder == base:
                    break
                folder = folder.parent
    if base not in folders:
        folders.append(base)
    return folders


def cgroup_memory(proc_root: Path, cgroup_root: Path) -> Optional[CgroupMemory]:
    """The tightest memory limit of this process's cgroup (v2 or v1), or None if unlimited."""
    v2, v1 = _own_cgroups(proc_root)
    best: Optional[CgroupMemory] = None
    if v2 is not None and (cgroup_root / "cgroup.controllers").exists():
        for folder in _candidates(cgroup_root, v2):
            limit = _read_int(folder / "memory.max")
            if limit is None or limit >= _UNLIMITED:
                continue
            current = _read_int(folder / "memory.current") or 0
            usage = max(0, current - _stat_value(folder / "memory.stat", "inactive_file"))
            if best is None or limit - usage < best.available_bytes:
                best = CgroupMemory(limit, usage, 2, str(folder))
    if best is None and v1 is not None:
        base = cgroup_root / "memory"
        for folder in _candidates(base, v1):
            limit = _read_int(folder / "memory.limit_in_bytes")
            if limit is None or limit >= _UNLIMITED:
                continue
            current = _read_int(folder / "memory.usage_in_bytes") or 0
            usage = max(0, current - _stat_value(folder / "memory.stat", "total_inactive_file", "inactive_file"))
            if best is None or limit - usage < best.available_bytes:
                best = CgroupMemory(limit, usage, 1, str(folder))
    return best


@dataclass(frozen=True)
class AmdGpu:
    card: str
    name: str
    total_bytes: int
    free_bytes: int


def amd_gpus(drm_root: Path) -> list[AmdGpu]:
    """AMD GPUs from sysfs (`cardN/device/mem_info_vram_total` and `_used`)."""
    if not drm_root.is_dir():
        return []
    found = []
    for card in sorted(drm_root.iterdir(), key=lambda p: p.name):
        if not card.name.startswith("card") or "-" in card.name:
            continue  # card0-DP-1 and the like are connectors, not devices
        device = card / "device"
        try:
            vendor = (device / "vendor").read_text().strip()
        except OSError:
            continue
        if vendor != AMD_VENDOR_ID:
            continue
        total = _read_int(device / "mem_info_vram_total")
        used = _read_int(device / "mem_info_vram_used")
        if total is None or used is None:
            raise ProbeFailed(f"{card.name}: AMD GPU without readable mem_info_vram_total/used")
        try:
            name = (device / "product_name").read_text().strip() or "AMD GPU"
        except OSError:
            name = "AMD GPU"
        found.append(AmdGpu(card.name, name, total, max(0, total - used)))
    return found


def cpu_info(proc_root: Path) -> tuple[str, frozenset[str]]:
    """(model name, flags) from /proc/cpuinfo; flags of interest for llama.cpp kernels."""
    try:
        text = (proc_root / "cpuinfo").read_text(errors="replace")
    except OSError as exc:
        raise ProbeFailed(f"cannot read {proc_root / 'cpuinfo'}: {exc.strerror}") from exc
    name, flags = "", ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "model name" and not name:
            name = value.strip()
        elif key in ("flags", "Features") and not flags:
            flags = value
    return name or "unknown CPU", frozenset(flags.split())

"""What this computer has for running Llama: RAM (free, not just total), CPU, GPUs.

`detect_hardware()` runs every probe with a timeout and fails soft: a probe that cannot
answer leaves its part unknown and records why in `HardwareSnapshot.notes`. The result
is a frozen snapshot the planner works from. Probes read from injectable roots (/proc,
/sys/fs/cgroup, /sys/class/drm) and take injectable callables (NVIDIA, llama.cpp's GPU
support, sysctl), so tests feed them real file trees and fakes.
"""

from __future__ import annotations

import platform
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, TypeVar

from app.hardware.linux import ProbeFailed, amd_gpus, cgroup_memory, cpu_info
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report

T = TypeVar("T")
GIB = 1024**3
# CPU features that decide which llama.cpp kernels (and weight repacking) run.
RELEVANT_CPU_FLAGS = frozenset(
    {"avx", "avx2", "avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx_vnni", "f16c", "fma",
     "asimd", "asimddp", "i8mm", "sve"}
)


@dataclass(frozen=True)
class ProbeNote:
    probe: str  # stable word: memory, cgroup, cpu, nvidia, amd, apple, llama_cpp
    ok: bool
    detail: str


@dataclass(frozen=True)
class GpuInfo:
    vendor: str  # "nvidia", "amd", "apple"
    name: str
    total_bytes: int
    free_bytes: Optional[int]  # None: unknown
    unified_memory: bool = False  # Apple: shares system RAM
    bandwidth_bytes_per_s: Optional[float] = None

    @property
    def usable_bytes(self) -> int:
        return self.free_bytes if self.free_bytes is not None else self.total_bytes


@dataclass(frozen=True)
class HardwareSnapshot:
    ram_total: int
    ram_available: int  # what the OS can give without swapping (MemAvailable)
    physical_cores: int
    logical_cores: int
    cpu_name: str = "unknown CPU"
    cpu_flags: frozenset[str] = frozenset()
    cgroup_limit: Optional[int] = None  # bytes, when a cgroup memory limit is set
    cgroup_available: Optional[int] = None
    gpus: tuple[GpuInfo, ...] = ()
    gpu_offload_supported: Optional[bool] = None  # by the installed llama.cpp build; None: unknown
    system: str = ""
    notes: tuple[ProbeNote, ...] = field(default=(), compare=False)

    @property
    def usable_ram(self) -> int:
        """Memory a new process can really use: free RAM, capped by the cgroup limit."""
        if self.cgroup_available is not None:
            return min(self.ram_available, self.cgroup_available)
        return self.ram_available

    @property
    def offload_gpus(self) -> tuple[GpuInfo, ...]:
        """GPUs llama.cpp can use here (none when the build has no GPU backend)."""
        return self.gpus if self.gpu_offload_supported else ()


@dataclass(frozen=True)
class HardwareRoots:
    proc: Path = Path("/proc")
    cgroup: Path = Path("/sys/fs/cgroup")
    drm: Path = Path("/sys/class/drm")


def _with_timeout(fn: Callable[[], T], timeout_s: float) -> T:
    """Run `fn` in a daemon thread; raise ProbeFailed if it does not answer in time (a
    hung driver must not hang the app; the thread is abandoned)."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc

    thread = threading.Thread(target=target, name="paddock-probe", daemon=True)
    thread.start()
    thread.join(timeout_s)
    if thread.is_alive():
        raise ProbeFailed(f"no answer within {timeout_s:g} s")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def _llama_cpp_offload() -> bool:
    from app.engine.llama_backend import supports_gpu_offload

    return supports_gpu_offload()


def _nvidia_gpus() -> list[GpuInfo]:
    from app.hardware.nvidia import NvidiaUnavailable, probe_nvidia

    try:
        found = probe_nvidia()
    except NvidiaUnavailable as exc:
        raise ProbeFailed(str(exc)) from exc
    return [GpuInfo("nvidia", g.name, g.total_bytes, g.free_bytes, False, g.bandwidth_bytes_per_s) for g in found]


def sysctl(name: str, timeout_s: float = 2.0) -> str:
    """`sysctl -n NAME` (macOS)."""
    try:
        result = subprocess.run(["sysctl", "-n", name], capture_output=True, text=True, timeout=timeout_s, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ProbeFailed(f"sysctl {name} failed: {exc}") from exc
    return result.stdout.strip()


def apple_gpu(ram_total: int, read_sysctl: Callable[[str], str]) -> GpuInfo:
    """Apple Silicon: the GPU shares RAM; Metal lets it use a part of it.

    macOS caps GPU memory at `iogpu.wired_limit_mb` when set, else at Metal's
    recommendedMaxWorkingSetSize, about 2/3 of RAM up to 36 GiB and 3/4 above.
    """
    name = "Apple GPU"
    try:
        name = read_sysctl("machdep.cpu.brand_string") or name
    except ProbeFailed:
        pass  # the share below does not depend on the name
    limit_mb = 0
    try:
        limit_mb = int(read_sysctl("iogpu.wired_limit_mb") or 0)
    except (ProbeFailed, ValueError):
        limit_mb = 0  # older macOS: no such key, the default share applies
    share = limit_mb * 1024 * 1024 if limit_mb > 0 else int(ram_total * (0.75 if ram_total > 36 * GIB else 2 / 3))
    return GpuInfo("apple", name, share, None, unified_memory=True)


def detect_hardware(
    *,
    roots: HardwareRoots = HardwareRoots(),
    system: Optional[str] = None,
    machine: Optional[str] = None,
    virtual_memory: Optional[Callable[[], object]] = None,
    cpu_count: Optional[Callable[..., Optional[int]]] = None,
    nvidia: Callable[[], list[GpuInfo]] = _nvidia_gpus,
    llama_offload: Callable[[], bool] = _llama_cpp_offload,
    read_sysctl: Callable[[str], str] = sysctl,
    timeout_s: float = 3.0,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> HardwareSnapshot:
    """Probe RAM, cgroup limit, CPU, GPUs and llama.cpp's GPU support (a few seconds at
    most: each probe has `timeout_s`). `virtual_memory` and `cpu_count` default to psutil's."""
    import psutil  # here, not at the top: measured at the first load, not at start

    virtual_memory = virtual_memory or psutil.virtual_memory
    cpu_count = cpu_count or psutil.cpu_count
    system = system or platform.system()
    machine = machine or platform.machine()
    notes: list[ProbeNote] = []
    total_steps = 8
    done = [0]

    def run(probe: str, fn: Callable[[], T], default: T) -> T:
        check(cancel)
        report(progress, ProgressUpdate("hardware", done[0], total_steps, probe))
        done[0] += 1
        try:
            return _with_timeout(fn, timeout_s)
        except (ProbeFailed, OSError, ValueError, RuntimeError) as exc:
            notes.append(ProbeNote(probe, False, str(exc) or type(exc).__name__))
            return default

    memory = run("memory", virtual_memory, None)
    ram_total = int(getattr(memory, "total", 0) or 0)
    ram_available = int(getattr(memory, "available", 0) or 0)
    if memory is not None:
        notes.append(ProbeNote("memory", True, f"{ram_available / GIB:.1f} of {ram_total / GIB:.1f} GiB available"))

    cgroup = run("cgroup", lambda: cgroup_memory(roots.proc, roots.cgroup), None) if system == "Linux" else None
    if cgroup is not None:
        notes.append(ProbeNote("cgroup", True, f"limit {cgroup.limit_bytes / GIB:.1f} GiB (cgroup v{cgroup.version})"))

    cores = run("cpu", lambda: (cpu_count(logical=False), cpu_count(logical=True)), (None, None))
    cpu_name, flags = "unknown CPU", frozenset()
    if system == "Linux":
        cpu_name, flags = run("cpu", lambda: cpu_info(roots.proc), (cpu_name, flags))
    elif system == "Darwin":
        cpu_name = run("cpu", lambda: read_sysctl("machdep.cpu.brand_string"), cpu_name) or cpu_name

    gpus: list[GpuInfo] = []
    gpus += run("nvidia", nvidia, [])
    if system == "Linux":
        gpus += [GpuInfo("amd", g.name, g.total_bytes, g.free_bytes) for g in run("amd", lambda: amd_gpus(roots.drm), [])]
    if system == "Darwin" and machine == "arm64":
        gpus.append(run("apple", lambda: apple_gpu(ram_total, read_sysctl), GpuInfo("apple", "Apple GPU", 0, None, True)))
    offload = run("llama_cpp", llama_offload, None)
    if offload is not None:
        notes.append(ProbeNote("llama_cpp", True, "GPU offload available" if offload else "CPU-only build (no GPU offload)"))
    check(cancel)
    report(progress, ProgressUpdate("hardware", total_steps, total_steps, "done"))
    logical = cores[1] or cores[0] or 1
    return HardwareSnapshot(
        ram_total=ram_total,
        ram_available=ram_available,
        physical_cores=cores[0] or logical,
        logical_cores=logical,
        cpu_name=cpu_name,
        cpu_flags=frozenset(flags) & RELEVANT_CPU_FLAGS,
        cgroup_limit=cgroup.limit_bytes if cgroup else None,
        cgroup_available=cgroup.available_bytes if cgroup else None,
        gpus=tuple(gpus),
        gpu_offload_supported=offload,
        system=system,
        notes=tuple(notes),
    )

"""Hardware detection on real file trees (cgroup v1/v2, /proc, sysfs for AMD) written in
tmp_path, with fakes for NVML, sysctl and llama.cpp; plus one run on this machine."""

from __future__ import annotations

import sys
import time
import types
from pathlib import Path
from typing import Callable

import pytest

from app.hardware.detect import GIB, GpuInfo, HardwareRoots, apple_gpu, detect_hardware
from app.hardware.linux import ProbeFailed, amd_gpus, cgroup_memory, cpu_info
from app.hardware.nvidia import NvidiaUnavailable, probe_nvidia


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


class Memory:
    def __init__(self, total: int, available: int) -> None:
        self.total, self.available = total, available


def fake_memory(total_gib: float, available_gib: float) -> Callable[[], Memory]:
    return lambda: Memory(int(total_gib * GIB), int(available_gib * GIB))


def no_gpu() -> list[GpuInfo]:
    raise ProbeFailed("no NVIDIA driver (test)")


def detect(tmp_path: Path, **kwargs):
    defaults = dict(
        roots=HardwareRoots(tmp_path / "proc", tmp_path / "cgroup", tmp_path / "drm"),
        system="Linux", machine="x86_64", virtual_memory=fake_memory(32, 20),
        cpu_count=lambda logical=True: 8 if logical else 4, nvidia=no_gpu, llama_offload=lambda: False,
        timeout_s=2.0,
    )
    defaults.update(kwargs)
    return detect_hardware(**defaults)


# --- cgroups -----------------------------------------------------------------------------


def test_cgroup_v2_limit_caps_usable_memory(tmp_path: Path) -> None:
    write(tmp_path, {
        "proc/self/cgroup": "0::/user.slice/paddock.scope\n",
        "proc/cpuinfo": "model name\t: Test CPU\nflags\t\t: fpu avx2 fma\n",
        "cgroup/cgroup.controllers": "cpu memory\n",
        "cgroup/user.slice/memory.max": "max\n",
        "cgroup/user.slice/paddock.scope/memory.max": str(6 * GIB),
        "cgroup/user.slice/paddock.scope/memory.current": str(2 * GIB),
        "cgroup/user.slice/paddock.scope/memory.stat": f"anon 100\ninactive_file {GIB}\n",
    })
    hw = detect(tmp_path)
    assert hw.cgroup_limit == 6 * GIB
    assert hw.cgroup_available == 5 * GIB  # 6 - (2 - 1 reclaimable page cache)
    assert hw.usable_ram == 5 * GIB  # less than the 20 GiB psutil reports
    assert hw.ram_available == 20 * GIB
    assert hw.cpu_name == "Test CPU" and hw.cpu_flags == {"avx2", "fma"}
    assert (hw.physical_cores, hw.logical_cores) == (4, 8)


def test_cgroup_v2_parent_limit_applies(tmp_path: Path) -> None:
    write(tmp_path, {
        "proc/self/cgroup": "0::/a/b\n",
        "cgroup/cgroup.controllers": "memory\n",
        "cgroup/a/memory.max": str(3 * GIB),
        "cgroup/a/memory.current": str(GIB),
        "cgroup/a/b/memory.max": "max\n",
    })
    found = cgroup_memory(tmp_path / "proc", tmp_path / "cgroup")
    assert found.limit_bytes == 3 * GIB and found.available_bytes == 2 * GIB and found.version == 2


def test_cgroup_v1_limit_and_unlimited(tmp_path: Path) -> None:
    write(tmp_path, {
        "proc/self/cgroup": "5:cpu:/\n4:memory:/docker/abc\n0::/\n",
        "cgroup/memory/docker/abc/memory.limit_in_bytes": str(4 * GIB),
        "cgroup/memory/docker/abc/memory.usage_in_bytes": str(GIB),
        "cgroup/memory/docker/abc/memory.stat": "cache 5\ntotal_inactive_file 0\n",
        "cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n",
    })
    found = cgroup_memory(tmp_path / "proc", tmp_path / "cgroup")
    assert (found.version, found.limit_bytes, found.available_bytes) == (1, 4 * GIB, 3 * GIB)
    (tmp_path / "cgroup/memory/docker/abc/memory.limit_in_bytes").write_text("9223372036854771712\n")
    assert cgroup_memory(tmp_path / "proc", tmp_path / "cgroup") is None


def test_cgroup_path_missing_inside_container_falls_back_to_mount_root(tmp_path: Path) -> None:
    write(tmp_path, {
        "proc/self/cgroup": "0::/kubepods/pod1/container\n",
        "cgroup/cgroup.controllers": "memory\n",
        "cgroup/memory.max": str(2 * GIB),
        "cgroup/memory.current": str(GIB // 2),
    })
    found = cgroup_memory(tmp_path / "proc", tmp_path / "cgroup")
    assert found.limit_bytes == 2 * GIB


def test_no_cgroup_files_means_no_limit(tmp_path: Path) -> None:
    hw = detect(tmp_path)
    assert hw.cgroup_limit is None and hw.usable_ram == 20 * GIB


# --- GPUs ----------------------------------------------------------------------------------


def test_amd_gpus_from_sysfs(tmp_path: Path) -> None:
    write(tmp_path, {
        "drm/card0/device/vendor": "0x1002\n",
        "drm/card0/device/mem_info_vram_total": str(16 * GIB),
        "drm/card0/device/mem_info_vram_used": str(GIB),
        "drm/card0/device/product_name": "Radeon RX 7800 XT\n",
        "drm/card0-DP-1/status": "connected\n",
        "drm/card1/device/vendor": "0x8086\n",  # an Intel iGPU: not AMD
    })
    gpus = amd_gpus(tmp_path / "drm")
    assert [(g.card, g.name, g.total_bytes, g.free_bytes) for g in gpus] == [
        ("card0", "Radeon RX 7800 XT", 16 * GIB, 15 * GIB)]
    hw = detect(tmp_path, llama_offload=lambda: True)
    assert [(g.vendor, g.free_bytes) for g in hw.gpus] == [("amd", 15 * GIB)]
    assert hw.offload_gpus == hw.gpus


def test_amd_gpu_without_memory_files_is_reported_not_guessed(tmp_path: Path) -> None:
    write(tmp_path, {"drm/card0/device/vendor": "0x1002\n"})
    hw = detect(tmp_path)
    assert hw.gpus == ()
    assert any(n.probe == "amd" and not n.ok and "mem_info_vram" in n.detail for n in hw.notes)


def test_gpu_unusable_when_llama_cpp_build_has_no_gpu_backend(tmp_path: Path) -> None:
    gpu = GpuInfo("nvidia", "RTX 4090", 24 * GIB, 23 * GIB)
    hw = detect(tmp_path, nvidia=lambda: [gpu], llama_offload=lambda: False)
    assert hw.gpus == (gpu,) and hw.offload_gpus == ()


def test_missing_driver_is_a_note_not_an_error(tmp_path: Path) -> None:
    hw = detect(tmp_path)
    assert hw.gpus == ()
    assert any(n.probe == "nvidia" and not n.ok and "driver" in n.detail for n in hw.notes)


def test_a_hanging_probe_times_out_and_the_rest_still_answers(tmp_path: Path) -> None:
    def hang() -> list[GpuInfo]:
        time.sleep(5)
        return []

    started = time.monotonic()
    hw = detect(tmp_path, nvidia=hang, timeout_s=0.2)
    assert time.monotonic() - started < 3
    assert any(n.probe == "nvidia" and "no answer within 0.2 s" in n.detail for n in hw.notes)
    assert hw.ram_total == 32 * GIB


def test_failing_llama_cpp_probe_leaves_offload_unknown(tmp_path: Path) -> None:
    def broken() -> bool:
        raise OSError("libllama.so: cannot open shared object file")

    hw = detect(tmp_path, llama_offload=broken)
    assert hw.gpu_offload_supported is None
    assert any(n.probe == "llama_cpp" and "libllama" in n.detail for n in hw.notes)


def test_apple_silicon_unified_memory_share(tmp_path: Path) -> None:
    answers = {"iogpu.wired_limit_mb": "0", "machdep.cpu.brand_string": "Apple M2 Pro"}
    hw = detect(tmp_path, system="Darwin", machine="arm64", virtual_memory=fake_memory(16, 10),
                read_sysctl=lambda name: answers[name], llama_offload=lambda: True)
    (gpu,) = hw.gpus
    assert gpu.vendor == "apple" and gpu.unified_memory and gpu.total_bytes == int(16 * GIB * 2 / 3)
    assert hw.cpu_name == "Apple M2 Pro"
    answers["iogpu.wired_limit_mb"] = "12288"
    assert apple_gpu(16 * GIB, lambda name: answers[name]).total_bytes == 12 * GIB
    assert apple_gpu(64 * GIB, lambda name: "0").total_bytes == 48 * GIB


def test_apple_share_when_sysctl_fails() -> None:
    def failing(name: str) -> str:
        raise ProbeFailed("sysctl missing")

    assert apple_gpu(24 * GIB, failing).total_bytes == 16 * GIB


class FakeNvml(types.ModuleType):
    """Just enough of pynvml's surface, with its real error class names."""

    def __init__(self, fail_init: type | None = None) -> None:
        super().__init__("pynvml")
        self.NVMLError = type("NVMLError", (Exception,), {})
        self.NVMLError_LibraryNotFound = type("NVMLError_LibraryNotFound", (self.NVMLError,), {})
        self.NVML_CLOCK_MEM = 2
        self._fail_init = fail_init
        self.shut_down = False

    def nvmlInit(self) -> None:
        if self._fail_init == "missing":
            raise self.NVMLError_LibraryNotFound("NVML Shared Library Not Found")

    def nvmlShutdown(self) -> None:
        self.shut_down = True

    def nvmlSystemGetDriverVersion(self) -> bytes:
        return b"550.54"

    def nvmlDeviceGetCount(self) -> int:
        return 1

    def nvmlDeviceGetHandleByIndex(self, i: int) -> int:
        return i

    def nvmlDeviceGetName(self, handle: int) -> str:
        return "NVIDIA GeForce RTX 4090"

    def nvmlDeviceGetMemoryInfo(self, handle: int) -> types.SimpleNamespace:
        return types.SimpleNamespace(total=24 * GIB, free=20 * GIB, used=4 * GIB)

    def nvmlDeviceGetMaxClockInfo(self, handle: int, kind: int) -> int:
        return 10501

    def nvmlDeviceGetMemoryBusWidth(self, handle: int) -> int:
        return 384


def test_nvidia_adapter_reads_total_free_and_bandwidth(monkeypatch) -> None:
    fake = FakeNvml()
    monkeypatch.setitem(sys.modules, "pynvml", fake)
    (gpu,) = probe_nvidia()
    assert (gpu.name, gpu.total_bytes, gpu.free_bytes, gpu.driver) == ("NVIDIA GeForce RTX 4090", 24 * GIB, 20 * GIB, "550.54")
    assert gpu.bandwidth_bytes_per_s == pytest.approx(1008e9, rel=0.001)  # the 4090's published 1008 GB/s
    assert fake.shut_down


def test_nvidia_adapter_without_driver(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", FakeNvml(fail_init="missing"))
    with pytest.raises(NvidiaUnavailable, match="no NVIDIA driver"):
        probe_nvidia()


def test_cpuinfo_arm_features(tmp_path: Path) -> None:
    write(tmp_path, {"proc/cpuinfo": "processor\t: 0\nFeatures\t: fp asimd asimddp i8mm\n"})
    name, flags = cpu_info(tmp_path / "proc")
    assert name == "unknown CPU" and {"asimddp", "i8mm"} <= flags


def test_detects_this_machine() -> None:
    hw = detect_hardware()
    assert hw.ram_total > 0 and 0 < hw.usable_ram <= hw.ram_total
    assert hw.physical_cores >= 1
    assert hw.gpu_offload_supported in (True, False)
    assert {n.probe for n in hw.notes} >= {"memory", "llama_cpp"}

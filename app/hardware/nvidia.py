"""The one adapter for nvidia-ml-py (`pynvml`): NVIDIA GPUs with total and free VRAM.

No NVIDIA driver is the normal case on most computers, not an error: the probe then
returns no GPUs and says why. NVML errors never escape this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class NvidiaGpu:
    index: int
    name: str
    total_bytes: int
    free_bytes: int
    bandwidth_bytes_per_s: Optional[float]  # from memory clock x bus width, when NVML says
    driver: str


class NvidiaUnavailable(Exception):
    """NVML cannot be used here; the message says why (shown as a probe note)."""


def _bandwidth(pynvml: object, handle: object) -> Optional[float]:
    try:
        clock_mhz = pynvml.nvmlDeviceGetMaxClockInfo(handle, pynvml.NVML_CLOCK_MEM)  # type: ignore[attr-defined]
        bus_bits = pynvml.nvmlDeviceGetMemoryBusWidth(handle)  # type: ignore[attr-defined]
    except (pynvml.NVMLError, AttributeError):  # type: ignore[attr-defined]
        return None
    # double data rate: two transfers per clock
    return float(clock_mhz) * 1e6 * 2 * bus_bits / 8 if clock_mhz and bus_bits else None


def probe_nvidia() -> list[NvidiaGpu]:
    """All NVIDIA GPUs NVML sees. Raises NvidiaUnavailable with a reason otherwise."""
    try:
        import pynvml
    except ImportError as exc:
        raise NvidiaUnavailable("nvidia-ml-py is not installed") from exc
    try:
        pynvml.nvmlInit()
    except pynvml.NVMLError_LibraryNotFound as exc:
        raise NvidiaUnavailable("no NVIDIA driver (libnvidia-ml not found)") from exc
    except pynvml.NVMLError as exc:
        raise NvidiaUnavailable(f"NVIDIA driver not usable: {exc}") from exc
    try:
        driver = pynvml.nvmlSystemGetDriverVersion()
        driver = driver.decode() if isinstance(driver, bytes) else str(driver)
        gpus = []
        for index in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            name = pynvml.nvmlDeviceGetName(handle)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            gpus.append(
                NvidiaGpu(
                    index=index,
                    name=name.decode() if isinstance(name, bytes) else str(name),
                    total_bytes=int(memory.total),
                    free_bytes=int(memory.free),
                    bandwidth_bytes_per_s=_bandwidth(pynvml, handle),
                    driver=driver,
                )
            )
        return gpus
    except pynvml.NVMLError as exc:
        raise NvidiaUnavailable(f"NVML query failed: {exc}") from exc
    finally:
        try:
            pynvml.nvmlShutdown()
        except pynvml.NVMLError:
            pass  # shutting down a half-initialised NVML has nothing left to release

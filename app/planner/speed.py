"""Expected speed before a download: tokens per second from this machine's own probes.

Generating one token streams every weight from memory once, so generation speed is
memory bandwidth divided by the bytes read per token (weights plus the KV cache read so
far), plus a fixed per-token cost (sampling over a 128k vocabulary, Python). Reading a
prompt is compute-bound: about 2 floating-point operations per weight per token, plus
attention. Two short probes (well under a second each) measure this machine's read
bandwidth and matrix-multiply speed with numpy; the results are cached on disk so the
grid appears at once next time. `LLAMA_CPP_EFFICIENCY` relates llama.cpp's CPU kernels
to the probes; it was calibrated on this build (see benchmarks/planner_accuracy.py).
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.planner.memory import kv_cache_bytes
from app.planner.model_size import ModelFootprint

if TYPE_CHECKING:
    from app.hardware.detect import HardwareSnapshot

CACHE_FILE_NAME = "speed_probe.json"
CACHE_VERSION = 2  # stored on disk: bump when the probe changes meaning
# llama.cpp relative to the probes, calibrated with llama-cpp-python 0.3.36 on random
# Llama 3.2 1B/3B GGUFs (benchmarks/planner_accuracy.py, best runs on a 2-core AVX2 VM).
GENERATION_EFFICIENCY = 0.58  # of the probed read bandwidth (Q4_K ~0.54, F16 ~0.68)
PER_TOKEN_OVERHEAD_S = 0.0005  # sampling and bookkeeping per generated token
PROMPT_EFFICIENCY = 0.83  # of numpy's f32 matmul FLOP/s
PROMPT_TOKEN_OVERHEAD_S = 35e-6  # per prompt token, whatever the model (embedding, graph)
GPU_GENERATION_EFFICIENCY = 0.70  # of a GPU's nominal bandwidth (not measured here)


@dataclass(frozen=True)
class SpeedProfile:
    """What the probes measured on this machine."""

    read_bandwidth: float  # bytes/s, all threads together
    matmul_flops: float  # f32 FLOP/s, numpy's BLAS
    threads: int
    measured_at: float  # time.time()
    machine: str  # fingerprint: the cache is only valid on the machine that made it


@dataclass(frozen=True)
class SpeedEstimate:
    generation_tps: Optional[float]  # None: not estimated (a GPU whose bandwidth is unknown)
    prompt_tps: Optional[float]  # None: not estimated (prompt speed on a GPU)


_WINDOWS = 3  # each probe keeps its best window: other programs' bursts only lower a window


def _read_probe(threads: int, seconds: float, size: int = 128 << 20) -> float:
    """Aggregate read bandwidth: every thread scans its own slice of a buffer larger than
    any CPU cache (numpy releases the GIL while it reduces)."""
    import numpy as np  # here, not at the top: the app starts without numpy

    data = np.ones(size, dtype=np.uint8)
    slices = np.array_split(data, threads)
    slices[0].max()  # fault the pages in before timing
    best = 0.0
    for _ in range(_WINDOWS):
        done = [0] * threads
        deadline = time.perf_counter() + seconds / _WINDOWS

        def scan(i: int) -> None:
            part = slices[i]
            while time.perf_counter() < deadline:
                part.max()
                done[i] += part.nbytes

        started = time.perf_counter()
        workers = [threading.Thread(target=scan, args=(i,), daemon=True) for i in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        best = max(best, sum(done) / (time.perf_counter() - started))
    return best


def _matmul_probe(seconds: float, n: int = 512) -> float:
    import numpy as np

    a = np.random.default_rng(0).random((n, n), dtype=np.float32)
    a @ a  # warm up BLAS threads
    best = 0.0
    for _ in range(_WINDOWS):
        count = 0
        started = time.perf_counter()
        while time.perf_counter() - started < seconds / _WINDOWS:
            a @ a
            count += 1
        best = max(best, count * 2 * n**3 / (time.perf_counter() - started))
    return best


def machine_fingerprint(cpu_name: str, threads: int, ram_total: int) -> str:
    return f"{cpu_name}|{threads}|{ram_total // (1 << 30)}GiB"


def measure_speed(
    threads: int,
    machine: str,
    *,
    seconds: float = 0.4,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> SpeedProfile:
    """Run both probes (about 2 x `seconds`)."""
    report(progress, ProgressUpdate("speed_probe", 0, 2, "memory bandwidth"))
    check(cancel)
    bandwidth = _read_probe(max(1, threads), seconds)
    report(progress, ProgressUpdate("speed_probe", 1, 2, "matrix multiply"))
    check(cancel)
    flops = _matmul_probe(seconds)
    report(progress, ProgressUpdate("speed_probe", 2, 2, "done"))
    return SpeedProfile(bandwidth, flops, threads, time.time(), machine)


def cached_speed_profile(
    cache_dir: Path,
    threads: int,
    machine: str,
    *,
    measure: Callable[..., SpeedProfile] = measure_speed,
    max_age_s: float = 30 * 86400,
    refresh: bool = False,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> SpeedProfile:
    """The cached profile for this machine, measured (and stored) when missing or stale."""
    path = Path(cache_dir) / CACHE_FILE_NAME
    if not refresh:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.pop("version", None) == CACHE_VERSION:
                profile = SpeedProfile(**raw)
                if profile.machine == machine and profile.threads == threads and time.time() - profile.measured_at < max_age_s:
                    return profile
        except (OSError, ValueError, TypeError):
            pass  # no cache, or an unreadable one: measure again
    profile = measure(threads, machine, progress=progress, cancel=cancel)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"version": CACHE_VERSION, **asdict(profile)}), encoding="utf-8")
    os.replace(tmp, path)
    return profile


def _prompt_flops_per_token(fp: ModelFootprint, context: int) -> float:
    layer_params = sum(_elements(t.shape) for t in fp.tensors if t.layer is not None and len(t.shape) == 2)
    attention = 4 * fp.arch.n_layer * fp.arch.n_embd * context / 2  # QK and AV over half the context on average
    return 2 * layer_params + attention


def _elements(shape: tuple[int, ...]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


def estimate_speed(
    fp: ModelFootprint,
    profile: SpeedProfile,
    *,
    context: int = 0,
    kv_type: str = "f16",
    gpu_fraction: float = 0.0,
    gpu_bandwidth: Optional[float] = None,
) -> SpeedEstimate:
    """Expected generation and prompt tokens/s with `context` tokens already in the
    cache. `gpu_fraction` of the per-token bytes is read from a GPU of `gpu_bandwidth`."""
    per_token = fp.bytes_read_per_token + kv_cache_bytes(fp, max(context, 1), kv_type)
    cpu_bytes = per_token * (1 - gpu_fraction)
    seconds = cpu_bytes / (profile.read_bandwidth * GENERATION_EFFICIENCY) + PER_TOKEN_OVERHEAD_S
    if gpu_fraction > 0:
        if not gpu_bandwidth:
            return SpeedEstimate(None, None)
        seconds += per_token * gpu_fraction / (gpu_bandwidth * GPU_GENERATION_EFFICIENCY)
    prompt = None
    if gpu_fraction == 0:
        per_prompt_token = _prompt_flops_per_token(fp, context) / (profile.matmul_flops * PROMPT_EFFICIENCY)
        prompt = 1.0 / (per_prompt_token + PROMPT_TOKEN_OVERHEAD_S)
    return SpeedEstimate(1.0 / seconds, prompt)


def speed_profile_for(
    hw: "HardwareSnapshot",
    cache_dir: Path,
    *,
    refresh: bool = False,
    measure: Callable[..., SpeedProfile] = measure_speed,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
) -> SpeedProfile:
    """The (cached) probe for the threads the engine uses: one per physical core."""
    threads = max(1, hw.physical_cores)
    machine = machine_fingerprint(hw.cpu_name, threads, hw.ram_total)
    return cached_speed_profile(cache_dir, threads, machine, measure=measure, refresh=refresh,
                                progress=progress, cancel=cancel)

"""The whole app built on an injected hardware snapshot and speed profile, for the
model window tests (load settings, picker, first run)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Sequence

from PySide6.QtWidgets import QApplication

from app.engine.settings import SamplingSettings
from app.hardware.detect import GpuInfo, HardwareSnapshot
from app.paths import AppPaths
from app.planner.speed import SpeedProfile
from ui.main import Paddock, build

MIB = 1024 * 1024
GIB = 1024 * MIB
# 1.4 GiB free, 376 MiB usable after the 1 GiB headroom: the tiny models fit at 8k tokens.
SMALL = HardwareSnapshot(ram_total=2048 * MIB, ram_available=1400 * MIB, physical_cores=2, logical_cores=2,
                         cpu_name="Test CPU")
LAPTOP = HardwareSnapshot(ram_total=16 * GIB, ram_available=12 * GIB, physical_cores=4, logical_cores=8,
                          cpu_name="Test CPU", cpu_flags=frozenset({"avx2"}), gpu_offload_supported=False,
                          system="Linux")
RTX_4090 = GpuInfo("nvidia", "RTX 4090", 24 * GIB, 23 * GIB, bandwidth_bytes_per_s=1008e9)
GAMING_PC = HardwareSnapshot(ram_total=32 * GIB, ram_available=28 * GIB, physical_cores=8, logical_cores=16,
                             cpu_name="Test CPU", cpu_flags=frozenset({"avx2"}), gpus=(RTX_4090,),
                             gpu_offload_supported=True, system="Linux")
PROFILE = SpeedProfile(read_bandwidth=20e9, matmul_flops=200e9, threads=4, measured_at=0.0, machine="test")


def paddock_with(qapp: QApplication, tmp_path: Path, hardware: HardwareSnapshot,
                 models: Sequence[Path] = (), language: str = "en") -> Iterator[Paddock]:
    """Build Paddock on `hardware` with `models` hard-linked into its models folder."""
    paths = AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")})
    paths.models_dir.mkdir(parents=True, exist_ok=True)
    for model in models:
        (paths.models_dir / model.name).hardlink_to(model)
    app = build(qapp, paths, language=language, hardware=hardware, speed_profile=PROFILE)
    app.controller.sampling = SamplingSettings(temperature=0.0, max_tokens=8)
    app.window.show()
    yield app
    app.window.close()
    app.shutdown()
    assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)

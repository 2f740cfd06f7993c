#!/usr/bin/env python3
"""Screenshots of the first run page, the load settings, the model manager and the quantize dialog, for docs/screenshots/.

    .venv/bin/python packaging/model_screenshots.py            # English, Hindi and Thai
    .venv/bin/python packaging/model_screenshots.py de fr      # any of the eight

Runs offscreen with a temporary PADDOCK_HOME on an injected computer (a laptop with
32 GB of RAM and an 8 GB NVIDIA GPU) and a fixed speed probe, so the pictures show the
same figures on every machine. The load settings are those of Llama 3.1 8B Q4_K_M as the
catalog sizes it (no 5 GB download needed); everything else is the real planner. Look at
each result: an empty box instead of a letter means a font is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GIB = 1024**3


def _computer():  # type: ignore[no-untyped-def]
    from app.hardware.detect import GpuInfo, HardwareSnapshot
    from app.planner.speed import SpeedProfile

    gpu = GpuInfo("nvidia", "NVIDIA GeForce RTX 4070 Laptop GPU", 8 * GIB, int(7.4 * GIB),
                  bandwidth_bytes_per_s=256e9)
    hardware = HardwareSnapshot(
        ram_total=32 * GIB, ram_available=int(22.5 * GIB), physical_cores=8, logical_cores=16,
        cpu_name="AMD Ryzen 7 7840HS", cpu_flags=frozenset({"avx2", "avx512f", "fma", "f16c"}), gpus=(gpu,),
        gpu_offload_supported=True, system="Linux",
    )
    profile = SpeedProfile(read_bandwidth=60e9, matmul_flops=600e9, threads=8, measured_at=0.0, machine="screenshot")
    return hardware, profile


def _wait(until: Callable[[], bool], seconds: float = 30) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(3):  # wrapped labels get their height after a few layout rounds
        QApplication.processEvents()


def _manager(paddock, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The model manager with two installed models and a download under way (the
    controllers get what the threads would report; nothing is downloaded)."""
    from app.hub.installed import LocalModel

    installed = (
        LocalModel("bartowski/Llama-3.2-3B-Instruct-GGUF/Llama-3.2-3B-Instruct-Q4_K_M.gguf",
                   Path("Llama-3.2-3B-Instruct-Q4_K_M.gguf"), (), 2_019_377_696, "llama", "Q4_K_M", "models_folder",
                   parameters=3_212_749_824, trained_context=131072),
        LocalModel("Meta-Llama-3.1-8B-Instruct-Q8_0.gguf", Path("/data/Meta-Llama-3.1-8B-Instruct-Q8_0.gguf"), (),
                   8_540_775_584, "llama", "Q8_0", "reference", parameters=8_030_261_248, trained_context=131072),
    )
    paddock.models_controller.on_installed(installed)
    downloads = paddock.downloads_controller
    downloads.downloadRequested.disconnect()
    job = downloads.start("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf",
                          "Llama 3.1 8B Instruct Q4_K_M")
    downloads.on_progress(job, "download", 2.07e9, 4.92e9, 31.5e6)
    manager = paddock.models_ui.show_manager()
    manager.table.selectRow(0)
    _wait(lambda: False, 0.2)
    manager.grab().save(str(path))
    manager.close()
    return path


def _quantize(paddock, hardware, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The quantize dialog for Llama 3.1 8B in F16, as the catalog sizes it (no 16 GB file)."""
    from app.catalog.entries import load_catalog
    from app.planner.model_size import footprint_for
    from app.planner.quantize_options import options_for_footprint

    quantize = paddock.quantize_controller
    quantize.planRequested.disconnect()
    entry = load_catalog().model("llama-3.1-8b")
    source = Path("Meta-Llama-3.1-8B-Instruct-F16.gguf")
    dialog = paddock.models_ui.show_quantize(source)
    quantize.on_options(source, options_for_footprint(footprint_for(entry, "F16"), hardware))
    _wait(lambda: False, 0.2)
    dialog.grab().save(str(path))
    dialog.close()
    return path


def screenshots(code: str, out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from app.catalog.entries import load_catalog
    from app.paths import AppPaths
    from app.planner.model_size import footprint_for
    from ui.main import build

    app = QApplication.instance() or QApplication([sys.argv[0]])
    hardware, profile = _computer()
    written = []
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="paddock-screenshot-") as home:
        paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": home}), language=code,  # type: ignore[arg-type]
                        hardware=hardware, speed_profile=profile)
        models = paddock.models_controller
        try:
            paddock.window.resize(1100, 700)
            paddock.window.show()
            page = paddock.models_ui.show_first_run()
            page.resize(1180, 880)
            _wait(lambda: models.grid_context != 0 and models.hardware is not None)
            written.append(out_dir / f"first-run-{code}.png")
            page.grab().save(str(written[-1]))
            page.close()

            # The file's header is not read: the catalog's sizes stand in for a downloaded file.
            models.readRequested.disconnect()
            path = Path("Llama-3.1-8B-Instruct-Q4_K_M.gguf")
            dialog = paddock.models_ui.opener.ask(path)
            assert dialog is not None
            entry = load_catalog().model("llama-3.1-8b")
            models.on_model_read(path, replace(footprint_for(entry, "Q4_K_M"), label=entry.name))
            _wait(lambda: models.cost is not None and not models.pending)
            dialog.set_context(131072)
            _wait(lambda: not models.pending and models.cost is not None and not models.cost.fits)
            dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
            _wait(lambda: False, 0.2)
            written.append(out_dir / f"load-settings-{code}.png")
            dialog.grab().save(str(written[-1]))
            dialog.reject()
            written.append(_manager(paddock, out_dir / f"model-manager-{code}.png"))
            written.append(_quantize(paddock, hardware, out_dir / f"quantize-{code}.png"))
        finally:
            paddock.window.close()
            paddock.languages.close()
            paddock.shutdown()
    return written


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("languages", nargs="*", default=["en", "hi", "th"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    for code in args.languages:
        for path in screenshots(code, args.out):
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""How long the window stalls while the load settings are replanned, slider step by step.

    .venv/bin/python benchmarks/load_settings_latency.py [--model llama-3.3-70b] [--quant Q4_K_M]

Builds the whole app offscreen on an injected laptop (32 GB RAM, an 8 GB GPU), opens the
load settings for a catalog model, then moves the context slider across every stop and
back, each move as soon as the previous plan has arrived. A 1 ms timer in the GUI thread
records the longest gap between its ticks (an event-loop stall) and the planning time
per move. The planning runs in ModelsTask's thread; the GUI only renders the answers.
The window runs with the GUI process's interpreter settings (ui/interpreter_tuning.py), as
`paddock` does; --python-defaults measures without them, the reference to read them against.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="llama-3.3-70b", help="catalog id (default: the slowest to plan)")
    parser.add_argument("--quant", default="Q4_K_M")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--python-defaults", action="store_true",
                        help="keep Python's switch interval and garbage collector thresholds (the reference "
                             "for ui/interpreter_tuning.py, which the app's GUI process uses)")
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.catalog.entries import load_catalog
    from app.hardware.detect import GpuInfo, HardwareSnapshot
    from app.paths import AppPaths
    from app.planner.model_size import footprint_for
    from app.planner.speed import SpeedProfile
    from ui.interpreter_tuning import freeze_start_up_objects, tune_for_responsiveness
    from ui.main import build

    if not args.python_defaults:
        tune_for_responsiveness()  # before the QApplication, as ui.main.main does
    app = QApplication([sys.argv[0]])
    gib = 1024**3
    gpu = GpuInfo("nvidia", "RTX 4070 Laptop GPU", 8 * gib, int(7.4 * gib), bandwidth_bytes_per_s=256e9)
    hardware = HardwareSnapshot(32 * gib, int(22.5 * gib), 8, 16, "test CPU", frozenset({"avx2"}), gpus=(gpu,),
                                gpu_offload_supported=True, system="Linux")
    profile = SpeedProfile(60e9, 600e9, 8, 0.0, "benchmark")
    entry = load_catalog().model(args.model)
    with tempfile.TemporaryDirectory(prefix="paddock-latency-") as home:
        paddock = build(app, AppPaths.from_environment({"PADDOCK_HOME": home}), language="en",
                        hardware=hardware, speed_profile=profile)
        models = paddock.models_controller
        models.readRequested.disconnect()  # the catalog's sizes stand in for the file
        paddock.window.show()
        if not args.python_defaults:
            freeze_start_up_objects()  # as ui.main.main does once the window is up
        path = Path(f"{args.model}-{args.quant}.gguf")
        dialog = paddock.models_ui.opener.ask(path)
        assert dialog is not None
        models.on_model_read(path, replace(footprint_for(entry, args.quant), label=entry.name))

        def settle() -> None:
            while models.pending or models.cost is None:
                app.processEvents()
                time.sleep(0.0005)

        settle()
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(tick)
        timer.start()
        plans: list[float] = []
        stops = list(range(dialog.context_slider.maximum() + 1))
        for _ in range(args.rounds):
            for index in stops + stops[::-1]:
                started = time.perf_counter()
                dialog.context_slider.setValue(index)
                settle()
                plans.append((time.perf_counter() - started) * 1000)
        timer.stop()
        dialog.reject()
        paddock.window.close()
        paddock.shutdown()
    gaps.sort()
    settings = "Python's defaults" if args.python_defaults else "the GUI process's interpreter settings"
    print(f"{entry.name} {args.quant}: {len(plans)} slider moves over {len(stops)} stops, {settings}")
    print(f"  plan ready after a move: median {sorted(plans)[len(plans) // 2]:.1f} ms, max {max(plans):.1f} ms")
    print(f"  GUI event-loop gap: median {gaps[len(gaps) // 2]:.1f} ms, p99 {gaps[int(len(gaps) * 0.99)]:.1f} ms, "
          f"max {gaps[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

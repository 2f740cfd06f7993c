"""`paddock-cli hardware`: what Paddock detects on this computer (RAM, CPU, GPUs, llama.cpp's
GPU support) and this machine's measured speed, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "hardware",
        help="show the memory, CPU and GPUs Paddock detects",
        description=(
            "Show free and total memory (within any cgroup limit), CPU cores, GPUs with free VRAM, "
            "whether this llama.cpp build can use a GPU, and the measured memory and compute speed "
            "(a ~1 s probe, cached) that the planner's speed estimates use."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed probe")
    parser.add_argument("--refresh-speed", action="store_true", help="measure speed again instead of using the cache")
    parser.set_defaults(handler=show_hardware)


def show_hardware(args: argparse.Namespace, context: Any) -> int:
    from app.cli.plan_report import format_hardware, hardware_dict
    from app.hardware.detect import detect_hardware
    from app.planner.speed import speed_profile_for

    hw = detect_hardware()
    profile = None if args.no_speed else speed_profile_for(hw, context.paths.cache_dir, refresh=args.refresh_speed)
    if args.json:
        print(json.dumps(hardware_dict(hw, profile), indent=2))
    else:
        print(format_hardware(hw, profile))
    return 0

"""`paddock-cli plan`: which Llama fits this computer, at which context, how fast.

Without --model/--gguf: the grid of every catalog model x quantization x context, and
the recommendation. With --model ID: that model only, with the memory breakdown at
--ctx. With --gguf FILE: the exact plan for a local file (sizes from its header).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.errors import InvalidRequestError

KV_TYPES = ("f16", "q8_0", "q4_0")


def _context(text: str) -> int:
    value = text.strip().lower()
    try:
        return int(value[:-1]) * 1024 if value.endswith("k") else int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a context length: {text!r} (use e.g. 8192 or 8k)") from exc


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "plan",
        help="show which Llama models fit this computer, with memory and expected speed",
        description=(
            "Plan memory before downloading: for each Llama in the catalog, each quantization and "
            "context length (4k to 128k), whether it fits on the GPU, partly on the GPU, in RAM, or not "
            "at all, how much memory it needs and how fast it is expected to run. Ends with a recommendation."
        ),
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--model", metavar="ID", help="one catalog model, e.g. llama-3.2-3b")
    source.add_argument("--gguf", metavar="FILE", type=Path, help="a local GGUF file (exact sizes from its header)")
    parser.add_argument("--ctx", type=_context, metavar="N", help="context length in tokens (e.g. 8192 or 8k)")
    parser.add_argument("--kv", choices=KV_TYPES, default="f16", help="KV cache type (default f16)")
    parser.add_argument("--quant", metavar="TYPE", help="only this quantization, e.g. Q4_K_M")
    parser.add_argument("--flash-attention", action="store_true", help="plan with flash attention on")
    parser.add_argument("--headroom-gib", type=float, metavar="GIB", help="RAM to keep free (default max(1 GiB, 10%%))")
    parser.add_argument("--min-speed", type=float, default=5.0, metavar="TPS",
                        help="slowest generation speed the recommendation accepts (default 5 tokens/s)")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed probe and speed estimates")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.set_defaults(handler=plan)


def plan(args: argparse.Namespace, context: Any) -> int:
    from dataclasses import replace

    from app.catalog.entries import load_catalog
    from app.cli.plan_report import (
        cell_dict,
        fit_dict,
        format_grid,
        format_hardware,
        format_plan,
        format_recommendation,
        hardware_dict,
        recommendation_dict,
    )
    from app.hardware.detect import detect_hardware
    from app.planner.memory import PlanSettings
    from app.planner.plan import (
        DEFAULT_CONTEXT,
        GRID_CONTEXTS,
        Headroom,
        evaluate_fit,
        max_context,
        plan_grid,
        recommend,
    )
    from app.planner.speed import speed_profile_for

    catalog = load_catalog()
    hw = detect_hardware()
    profile = None if args.no_speed else speed_profile_for(hw, context.paths.cache_dir)
    headroom = Headroom()
    if args.headroom_gib is not None:
        headroom = replace(headroom, ram_fraction=0.0, ram_min_bytes=int(args.headroom_gib * 1024**3))
    settings = PlanSettings(n_ctx=args.ctx or DEFAULT_CONTEXT, kv_type=args.kv, flash_attention=args.flash_attention)
    out: dict[str, Any] = {"hardware": hardware_dict(hw, profile),
                           "settings": {"kv_type": args.kv, "flash_attention": settings.effective_flash_attention,
                                        "headroom_ram_bytes": headroom.ram(hw.usable_ram)}}
    text = [format_hardware(hw, profile), ""]

    if args.gguf:
        from app.engine.preflight import check_model_file
        from app.engine.settings import LoadSettings
        from app.planner.fit_check import alternatives, footprint_of_file

        info = check_model_file(LoadSettings(model_path=args.gguf, n_ctx=settings.n_ctx))
        fp = footprint_of_file(info)
        result = evaluate_fit(fp, settings, hw, headroom=headroom, profile=profile)
        longest = max_context(fp, settings, hw, headroom=headroom)
        out["gguf"] = {"path": str(args.gguf), "name": fp.label, "file_type": fp.file_type, "file_bytes": fp.file_bytes,
                       "max_context": longest, **fit_dict(result)}
        text += [f"{fp.label} ({fp.file_type}, {fp.file_bytes / 1e9:.2f} GB) at {settings.n_ctx:,} tokens:",
                 format_plan(result), f"  longest context that fits: {longest:,} tokens"]
        if not result.fits:
            options = alternatives(fp, settings, hw, headroom)
            out["gguf"]["alternatives"] = options
            text.append("  what would fit: " + ("; ".join(options) if options else "nothing smaller of this model"))
    else:
        if args.model:
            catalog.model(args.model)  # a clear error for an unknown id
        quants = [args.quant.upper()] if args.quant else None
        if quants and quants[0] not in catalog.quants:
            raise InvalidRequestError(f"Unknown quantization {args.quant!r}; use one of {', '.join(catalog.quants)}.")
        contexts = [settings.n_ctx] if args.ctx else list(GRID_CONTEXTS)
        cells = plan_grid(catalog, hw, settings, headroom=headroom, profile=profile, contexts=contexts,
                          model_ids=[args.model] if args.model else None, quants=quants)
        out["grid"] = [cell_dict(c) for c in cells]
        text.append(f"KV cache {args.kv}, flash attention {'on' if settings.effective_flash_attention else 'off'}, "
                    f"{headroom.ram(hw.usable_ram) / 1024**3:.1f} GiB of RAM kept free.")
        text += ["", format_grid(cells, catalog)]
        if args.model and args.ctx:
            for c in cells:
                text += ["", f"{catalog.model(c.model_id).name} {c.quant} at {c.n_ctx:,} tokens:", format_plan(c.result)]
        rec = recommend(catalog, hw, settings, headroom=headroom, profile=profile, min_generation_tps=args.min_speed,
                        quants=quants)
        out["recommendation"] = recommendation_dict(rec)
        text += ["", format_recommendation(rec, headroom)]
    print(json.dumps(out, indent=2) if args.json else "\n".join(text))
    return 0

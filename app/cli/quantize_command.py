"""`paddock-cli quantize MODEL.gguf --type TYPE`: an F32/F16/BF16 GGUF to a llama.cpp quantization."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

_FLOAT_SUFFIX = re.compile(r"[-_.](f32|f16|bf16)$", re.IGNORECASE)


def default_output(source: Path, quant_type: str) -> Path:
    """model-f16.gguf -> model-Q4_K_M.gguf, next to the source."""
    stem = _FLOAT_SUFFIX.sub("", source.stem)
    return source.with_name(f"{stem}-{quant_type.upper()}.gguf")


def register(subparsers: Any) -> None:
    from app.hub.quantize import QUANT_TYPES

    parser = subparsers.add_parser(
        "quantize",
        help="quantize an F32/F16/BF16 GGUF model (e.g. to Q4_K_M)",
        description=(
            "Quantize a GGUF model with llama.cpp in a separate process (Ctrl+C stops it and "
            "removes the partial file), then check that llama.cpp loads the result."
        ),
    )
    parser.add_argument("source", type=Path, metavar="MODEL.gguf", help="an F32, F16 or BF16 GGUF file")
    parser.add_argument("--type", "-t", dest="quant_type", required=True, metavar="TYPE",
                        help=f"one of {', '.join(QUANT_TYPES)}")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE",
                        help="the file to write (default: MODEL-TYPE.gguf next to MODEL.gguf)")
    parser.add_argument("--threads", type=int, default=0, help="threads (default: all cores)")
    parser.add_argument("--allow-requantize", action="store_true",
                        help="accept an already quantized model (loses more quality)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(handler=run_quantize)


def run_quantize(args: argparse.Namespace, context: Any) -> int:
    from app.hub.quantize import quantize_model
    from app.jobs import ProgressUpdate

    output = args.output or default_output(Path(args.source), args.quant_type)

    def progress(update: ProgressUpdate) -> None:
        if update.stage == "quantize":
            print(f"\rquantizing {update.done}/{update.total} tensors, {update.message:<50.50}",
                  end="", file=sys.stderr, flush=True)
        elif update.stage == "validate":
            print("\nchecking that llama.cpp loads the result", end="", file=sys.stderr, flush=True)

    try:
        result = quantize_model(
            Path(args.source), output, args.quant_type, allow_requantize=args.allow_requantize,
            overwrite=args.force, n_threads=args.threads, progress=progress,
        )
    finally:
        print(file=sys.stderr)
    print(f"Wrote {result.path} ({result.quant_type}, {result.file_size / 1e6:,.1f} MB from "
          f"{result.source_size / 1e6:,.1f} MB) in {result.seconds:.1f} s")
    return 0

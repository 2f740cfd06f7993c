"""`paddock-cli convert SRC_DIR`: a Hugging Face Llama checkpoint to a GGUF file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

OUT_TYPES = ("f32", "f16", "bf16")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert a Hugging Face Llama checkpoint (safetensors) to GGUF",
        description=(
            "Convert a Hugging Face LlamaForCausalLM checkpoint folder (config.json, "
            "*.safetensors, tokenizer.json) to one GGUF file that llama.cpp and Paddock run. "
            "Streams tensor by tensor: memory use stays near the largest tensor."
        ),
    )
    parser.add_argument("source", type=Path, metavar="SRC_DIR", help="the checkpoint folder")
    parser.add_argument(
        "--output", "-o", type=Path, metavar="FILE",
        help="the .gguf file to write (default: SRC_DIR's name + -OUTTYPE.gguf in the current folder)",
    )
    parser.add_argument("--outtype", choices=OUT_TYPES, default="f16", help="tensor type of the weights (default f16)")
    parser.add_argument("--name", help="model name stored in the file (default: SRC_DIR's name)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(handler=run_convert)


def run_convert(args: argparse.Namespace, context: Any) -> int:
    from app.hub.convert import convert_checkpoint
    from app.jobs import ProgressUpdate

    source = Path(args.source)
    output = args.output or Path.cwd() / f"{source.resolve().name}-{args.outtype}.gguf"

    def progress(update: ProgressUpdate) -> None:
        if update.stage == "write" and update.total:
            percent = update.done * 100 // update.total
            print(f"\rconverting {percent:3d}%  {update.message:<40.40}", end="", file=sys.stderr, flush=True)
        elif update.stage == "check":
            print(f"checking {update.message}", file=sys.stderr, flush=True)
        elif update.stage == "validate":
            print("\nchecking that llama.cpp loads the result", end="", file=sys.stderr, flush=True)

    try:
        result = convert_checkpoint(source, output, args.outtype, name=args.name, overwrite=args.force, progress=progress)
    finally:
        print(file=sys.stderr)
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.file_size / 1e6:,.1f} MB, {result.n_tensors} tensors, "
          f"{args.outtype.upper()}) in {result.seconds:.1f} s")
    return 0

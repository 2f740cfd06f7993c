"""`paddock-cli dev ...`: developer tools (tiny random or scripted Llama models)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from app.errors import InvalidRequestError


def register(subparsers: Any) -> None:
    dev = subparsers.add_parser("dev", help="developer tools")
    dev_sub = dev.add_subparsers(dest="dev_command", metavar="DEV_COMMAND", required=True)
    tiny = dev_sub.add_parser(
        "make-tiny-model",
        help="write a Llama 3.1-architecture GGUF with random seeded weights",
        description=(
            "Write a GGUF with Meta's Llama 3 tokenizer, the Llama 3.1 chat template and "
            "random weights. Default: a tiny 2-layer model that builds in seconds. "
            "--like gives real dimensions from the catalog (for measurements). "
            "--reply makes a scripted model instead: it answers TEXT to anything, with the "
            "same tokens on every CPU, greedy or sampled (for tests and demos)."
        ),
    )
    tiny.add_argument("path", type=Path, help="output .gguf file")
    tiny.add_argument("--like", metavar="MODEL_ID", help="use the dimensions of a catalog model, e.g. llama-3.2-1b")
    tiny.add_argument("--layers", type=int, help="override the number of layers")
    tiny.add_argument("--quant", metavar="TYPE", help="quantize the result, e.g. Q4_K_M")
    tiny.add_argument("--seed", type=int, default=0)
    tiny.add_argument("--tokenizer", type=Path, help="Meta's tokenizer.model (tiktoken format)")
    tiny.add_argument("--reply", metavar="TEXT", help="a scripted model that answers TEXT, then ends its turn")
    tiny.add_argument("--endless", action="store_true", help="with --reply: repeat TEXT until stopped, never end the turn")
    tiny.set_defaults(handler=make_tiny_model)


def make_tiny_model(args: argparse.Namespace, context: Any) -> int:
    from dataclasses import replace

    from app.dev.scripted_model import SCRIPTED, SCRIPTED_NAME, write_scripted_llama
    from app.dev.tiny_model import DEFAULT_NAME, LLAMA3_TOKENIZER, TINY, write_random_llama
    from app.jobs import ProgressUpdate

    if args.endless and args.reply is None:
        raise InvalidRequestError("--endless needs --reply TEXT: the text to repeat.")
    scripted = args.reply is not None
    shape, name = (SCRIPTED, SCRIPTED_NAME) if scripted else (TINY, DEFAULT_NAME)
    if args.like:
        from app.catalog.entries import load_catalog

        entry = load_catalog().model(args.like)
        shape, name = entry.architecture, f"{'scripted' if scripted else 'random-weight'} {entry.name}"
        if scripted:
            shape = replace(shape, tied_embeddings=False)
    if args.layers:
        shape = replace(shape, n_layer=args.layers)
    tokenizer = args.tokenizer or LLAMA3_TOKENIZER
    if not Path(tokenizer).exists():
        raise InvalidRequestError(f"Meta's Llama 3 tokenizer.model was not found at {tokenizer}; pass --tokenizer.")
    started = time.monotonic()
    target = Path(args.path)
    f16_path = target if not args.quant else target.with_name(target.stem + ".f16.gguf")

    shown = [-1]

    def progress(update: ProgressUpdate) -> None:
        percent = update.done * 100 // update.total if update.total else 0
        if percent != shown[0]:
            shown[0] = percent
            print(f"\rwriting {percent:3d}%", end="", file=sys.stderr, flush=True)

    if scripted:
        write_scripted_llama(f16_path, args.reply, endless=args.endless, shape=shape, seed=args.seed, name=name,
                             tokenizer_model=tokenizer, progress=progress)
    else:
        write_random_llama(f16_path, shape, seed=args.seed, name=name, tokenizer_model=tokenizer, progress=progress)
    print(file=sys.stderr)
    if args.quant:
        from app.engine.llama_backend import quantize_file

        quantize_file(f16_path, target, args.quant)
        f16_path.unlink()
    size = target.stat().st_size
    print(f"Wrote {target} ({size / 1e6:.1f} MB) in {time.monotonic() - started:.1f} s")
    return 0

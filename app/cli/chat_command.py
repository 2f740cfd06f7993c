"""`paddock-cli chat`: chat with a local GGUF in the terminal (one prompt, or interactive)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.chat.system_prompt import default_system_prompt
from app.engine.chat_template import ChatMessage
from app.engine.client import EngineClient
from app.engine.settings import DEFAULT_CONTEXT, KV_CACHE_TYPES, LoadSettings, ReplyStats, SamplingSettings
from app.errors import WorkerDiedError
from app.hardware import detect_hardware
from app.planner_check import make_fit_check
from app.jobs import CancelToken

DEFAULT_SYSTEM_PROMPT = default_system_prompt()


def register(subparsers: Any) -> None:
    chat = subparsers.add_parser(
        "chat",
        help="chat with a local GGUF model",
        description="Chat with a local GGUF model. Interactive when no PROMPT is given "
        "(an empty line or Ctrl-D ends; Ctrl-C stops a reply).",
    )
    chat.add_argument("prompt", nargs="?", help="one message to answer, then exit")
    chat.add_argument("--model", "-m", type=Path, required=True, help="the .gguf file")
    chat.add_argument("--ctx", type=int, default=DEFAULT_CONTEXT, help=f"context length in tokens (default {DEFAULT_CONTEXT})")
    chat.add_argument("--max-tokens", type=int, default=1024, help="longest reply in tokens (default 1024)")
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument("--kv", choices=KV_CACHE_TYPES, default="f16", help="KV cache type")
    chat.add_argument("--threads", type=int, default=None)
    chat.add_argument("--system", default=DEFAULT_SYSTEM_PROMPT, help="system prompt")
    chat.add_argument("--stats", action="store_true", help="print speed statistics after each reply")
    chat.add_argument(
        "--force", action="store_true",
        help="load even when the memory planner says the model does not fit (it may crash or swap)",
    )
    chat.set_defaults(handler=run_chat)


def format_stats(stats: ReplyStats) -> str:
    return (
        f"[{stats.prompt_tokens} prompt tokens ({stats.reused_tokens} reused), "
        f"{stats.generated_tokens} generated, first token {stats.time_to_first_token_s:.2f} s, "
        f"{stats.tokens_per_s:.1f} tokens/s, {stats.stop_reason.value}]"
    )


def _reply(client: EngineClient, history: list[ChatMessage], sampling: SamplingSettings, show_stats: bool) -> str:
    cancel = CancelToken()

    def show(text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    try:
        reply = client.chat(history, sampling, on_token=show, cancel=cancel)
    except KeyboardInterrupt:
        cancel.cancel()
        raise
    print()
    if show_stats:
        print(format_stats(reply.stats), file=sys.stderr)
    return reply.text


def run_chat(args: argparse.Namespace, context: Any) -> int:
    settings = LoadSettings(model_path=args.model, n_ctx=args.ctx, kv_cache_type=args.kv, seed=args.seed or 0)
    if args.threads:
        settings = LoadSettings(**{**settings.__dict__, "n_threads": args.threads})
    sampling = SamplingSettings(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    history = [ChatMessage("system", args.system)] if args.system else []
    with EngineClient(context.paths.engine_log_file) as client:
        info = client.load(settings, fit_check=None if args.force else make_fit_check(detect_hardware))
        if args.prompt is not None:
            history.append(ChatMessage("user", args.prompt))
            _reply(client, history, sampling, args.stats)
            return 0
        print(f"{info.name} ({info.file_type}, context {info.n_ctx:,} tokens). Empty line to quit.", file=sys.stderr)
        while True:
            try:
                line = input("> ")
            except EOFError:
                print()
                return 0
            if not line.strip():
                return 0
            history.append(ChatMessage("user", line))
            try:
                text = _reply(client, history, sampling, args.stats)
            except KeyboardInterrupt:
                print("\n[stopped]", file=sys.stderr)
                history.pop()
                continue
            except WorkerDiedError as exc:
                print(f"\nError: {exc.detail}", file=sys.stderr)
                text = exc.partial_text
            history.append(ChatMessage("assistant", text))

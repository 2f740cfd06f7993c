"""`paddock-cli chat`: chat with a local GGUF in the terminal (one prompt, or interactive).

Every exchange is saved in the conversation history (`paddock-cli history`) unless
`--no-save` is given; `--continue ID` (or `last`) picks up a saved conversation. Each turn
is app/chat/turn.py's, as in the window: with one prompt, the message is saved before the
model loads, so a crash or a refusal while loading loses nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any, Iterator, Optional

from app.chat.conversation_recorder import ConversationRecorder
from app.chat.messages import ReplyStats, StopReason
from app.chat.model_loading import ModelLoader
from app.chat.titles import engine_summarizer
from app.chat.turn import ChatSession, TurnResult, saved_settings, system_prompt_for
from app.cli.history_command import open_history, resolve_conversation
from app.engine.client import EngineClient
from app.engine.preflight import check_model_file
from app.engine.settings import DEFAULT_CONTEXT, KV_CACHE_TYPES, LoadSettings, ModelInfo, SamplingSettings
from app.errors import ContextOverflowError, InvalidRequestError
from app.hardware.detect import detect_hardware


def register(subparsers: Any) -> None:
    chat = subparsers.add_parser(
        "chat",
        help="chat with a local GGUF model",
        description="Chat with a local GGUF model. Interactive when no PROMPT is given "
        "(an empty line or Ctrl-D ends; Ctrl-C stops a reply). Conversations are saved in "
        "the history (see `paddock-cli history`) unless --no-save is given.",
    )
    chat.add_argument("prompt", nargs="?", help="one message to answer, then exit")
    chat.add_argument("--model", "-m", type=Path, required=True, help="the .gguf file")
    chat.add_argument("--ctx", type=int, default=DEFAULT_CONTEXT, help=f"context length in tokens (default {DEFAULT_CONTEXT})")
    chat.add_argument("--max-tokens", type=int, default=1024, help="longest reply in tokens (default 1024)")
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument("--kv", choices=KV_CACHE_TYPES, default="f16", help="KV cache type")
    chat.add_argument("--threads", type=int, default=None)
    chat.add_argument("--system", default=None, help="system prompt (default: answer in the user's language)")
    chat.add_argument("--stats", action="store_true", help="print speed statistics after each reply")
    chat.add_argument("--continue", dest="resume", metavar="ID",
                      help="continue saved conversation ID (`last`: the most recent one)")
    chat.add_argument("--no-save", action="store_true", help="do not save this conversation in the history")
    chat.add_argument(
        "--drop-oldest", action="store_true",
        help="when the conversation no longer fits the context, send the model only the most recent "
        "exchanges that fit (the saved conversation keeps everything)",
    )
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


def cut_off_notice(stats: ReplyStats, n_ctx: int) -> Optional[str]:
    """What the person is told when a reply did not end by itself."""
    if stats.stop_reason is StopReason.CONTEXT_FULL:
        return (f"[The reply was cut off: the {n_ctx:,}-token context is full. Continue in a new conversation, "
                "or load the model with a longer context (--ctx).]")
    if stats.stop_reason is StopReason.LENGTH:
        return f"[The reply was cut off at the length limit of {stats.generated_tokens:,} tokens (--max-tokens).]"
    return None


@contextlib.contextmanager
def _recorder(args: argparse.Namespace, context: Any) -> Iterator[Optional[ConversationRecorder]]:
    if args.no_save:
        if args.resume:
            raise InvalidRequestError("--continue needs the history; leave out --no-save.")
        yield None
        return
    with open_history(context) as store:
        db = store.connection()
        recorder = ConversationRecorder(db, resolve_conversation(db, args.resume, "--continue") if args.resume else None)
        yield recorder
        if recorder.conversation_id is not None:
            print(f"Saved as conversation {recorder.conversation_id} "
                  f"(`paddock-cli history show {recorder.conversation_id}`).", file=sys.stderr)


def _show(piece: str) -> None:
    sys.stdout.write(piece)
    sys.stdout.flush()


def _report(result: TurnResult, n_ctx: int, show_stats: bool) -> None:
    """After a reply: a line break, then on stderr what cut it, its stats, a save failure."""
    print()
    if result.left_out:
        print(f"[The {result.left_out} earliest message(s) were not sent, to fit the {n_ctx:,}-token context; "
              "they stay saved.]", file=sys.stderr)
    if isinstance(result.error, ContextOverflowError):
        print("[To go on: add --drop-oldest to send only the most recent exchanges that fit, start a new "
              "conversation (leave out --continue), or use a longer context (--ctx).]", file=sys.stderr)
    if result.stats is not None:
        notice = cut_off_notice(result.stats, n_ctx)
        if notice:
            print(notice, file=sys.stderr)
        if show_stats:
            print(format_stats(result.stats), file=sys.stderr)
    if result.save_error is not None:
        print(f"Warning: this reply could not be saved: {result.save_error.detail}", file=sys.stderr)


def run_chat(args: argparse.Namespace, context: Any) -> int:
    settings = LoadSettings(model_path=args.model, n_ctx=args.ctx, kv_cache_type=args.kv, seed=args.seed or 0)
    if args.threads:
        settings = LoadSettings(**{**settings.__dict__, "n_threads": args.threads})
    sampling = SamplingSettings(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    header = check_model_file(settings.validated())  # a file that cannot be used: nothing is saved
    with _recorder(args, context) as recorder, EngineClient(context.paths.engine_log_file) as client:
        loader = ModelLoader(client, detect_hardware)
        session = ChatSession(
            client, model=header.name, sampling=sampling, settings=saved_settings(settings, sampling),
            system_prompt=system_prompt_for(args.system), recorder=recorder,
            history=recorder.history() if recorder is not None else (), drop_oldest=args.drop_oldest,
        )
        if args.prompt is not None:
            result = session.turn(args.prompt, prepare=lambda: loader.load(settings, force=args.force), on_text=_show)
            _report(result, settings.n_ctx, args.stats)
            if result.error is not None:
                raise result.error
            return 0
        _interactive(session, loader.load(settings, force=args.force), args.stats)
    return 0


def _interactive(session: ChatSession, info: ModelInfo, show_stats: bool) -> None:
    print(f"{info.name} ({info.file_type}, context {info.n_ctx:,} tokens). Empty line to quit.", file=sys.stderr)
    earlier = sum(1 for m in session.history if m.role != "system")
    if earlier:
        print(f"Continuing a conversation of {earlier} message(s).", file=sys.stderr)
    while True:
        try:
            line = input("> ")
        except EOFError:
            print()
            return
        if not line.strip():
            return
        try:
            result = session.turn(line, on_text=_show)
        except KeyboardInterrupt:
            print("\n[stopped]", file=sys.stderr)
            continue
        _report(result, info.n_ctx, show_stats)
        if result.error is not None:
            print(f"Error: {result.error.detail}", file=sys.stderr)
            continue
        recorder = session.recorder
        if isinstance(recorder, ConversationRecorder) and recorder.needs_model_title():
            recorder.title_from_model(engine_summarizer(session.engine, history=session.history))  # type: ignore[arg-type]

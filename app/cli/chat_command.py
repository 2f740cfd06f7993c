"""`paddock-cli chat`: chat with a local GGUF in the terminal (one prompt, or interactive).

Every exchange is saved in the conversation history (`paddock-cli history`) unless
`--no-save` is given; `--continue ID` (or `last`) picks up a saved conversation.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any, Iterator, Optional

from app.chat.conversation_recorder import ConversationRecorder
from app.chat.messages import ChatMessage, ChatReply, ReplyStats
from app.chat.system_prompt import default_system_prompt
from app.chat.titles import engine_summarizer
from app.cli.history_command import open_history
from app.engine.client import EngineClient
from app.engine.settings import DEFAULT_CONTEXT, KV_CACHE_TYPES, LoadSettings, SamplingSettings
from app.errors import AppError, InvalidRequestError, WorkerDiedError
from app.hardware.detect import detect_hardware
from app.jobs import CancelToken
from app.planner.fit_check import make_fit_check
from app.store.conversations import list_conversations

DEFAULT_SYSTEM_PROMPT = default_system_prompt()


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


class _Session:
    """The conversation so far, and (unless --no-save) its recorder in the history."""

    def __init__(self, recorder: Optional[ConversationRecorder], system_prompt: str, model: str,
                 settings: dict[str, Any]) -> None:
        self.recorder = recorder
        self.model = model
        self.settings = settings
        self.system_prompt = system_prompt
        self.history = recorder.history() if recorder and recorder.conversation_id else []
        if not self.history and system_prompt:
            self.history = [ChatMessage("system", system_prompt)]

    def reply(self, client: EngineClient, text: str, sampling: SamplingSettings, show_stats: bool) -> str:
        """Send `text`, print the reply as it streams, save both; returns the reply."""
        if self.recorder is not None:
            self.recorder.add_user(text, system_prompt=self.system_prompt, model=self.model, settings=self.settings)
            self.recorder.start_reply(model=self.model, settings=self.settings)
        self.history.append(ChatMessage("user", text))
        cancel = CancelToken()
        streamed: list[str] = []

        def show(piece: str) -> None:
            streamed.append(piece)
            sys.stdout.write(piece)
            sys.stdout.flush()
            if self.recorder is not None:
                self.recorder.add_reply_text(piece)

        try:
            reply: ChatReply = client.chat(self.history, sampling, on_token=show, cancel=cancel)
        except KeyboardInterrupt:
            cancel.cancel()  # the worker stops; what was streamed is kept as a stopped reply
            self._end_failed("Stopped with Ctrl-C.", "".join(streamed), stopped=True)
            raise
        except WorkerDiedError as exc:
            self._end_failed(exc.detail, exc.partial_text or "".join(streamed))
            raise
        except AppError as exc:
            self._end_failed(exc.detail, "".join(streamed))
            raise
        print()
        if self.recorder is not None:
            self.recorder.finish_reply(reply.stats)
        if show_stats:
            print(format_stats(reply.stats), file=sys.stderr)
        self.history.append(ChatMessage("assistant", reply.text))
        return reply.text

    def _end_failed(self, detail: str, partial: str, stopped: bool = False) -> None:
        if partial:
            self.history.append(ChatMessage("assistant", partial))
        if self.recorder is None:
            return
        if stopped:
            self.recorder.stop_reply(partial)
        else:
            self.recorder.fail_reply(detail, partial)


def _resume_id(store_db: Any, resume: str) -> int:
    if resume == "last":
        recent = list_conversations(store_db, limit=1)
        if not recent:
            raise InvalidRequestError("There is no saved conversation to continue yet.")
        return recent[0].id
    try:
        return int(resume)
    except ValueError:
        raise InvalidRequestError(f"--continue takes a conversation number or `last`, not {resume!r}.") from None


@contextlib.contextmanager
def _recorder(args: argparse.Namespace, context: Any) -> Iterator[Optional[ConversationRecorder]]:
    if args.no_save:
        if args.resume:
            raise InvalidRequestError("--continue needs the history; leave out --no-save.")
        yield None
        return
    with open_history(context) as store:
        db = store.connection()
        recorder = ConversationRecorder(db, _resume_id(db, args.resume) if args.resume else None)
        yield recorder
        if recorder.conversation_id is not None:
            print(f"Saved as conversation {recorder.conversation_id} "
                  f"(`paddock-cli history show {recorder.conversation_id}`).", file=sys.stderr)


def run_chat(args: argparse.Namespace, context: Any) -> int:
    settings = LoadSettings(model_path=args.model, n_ctx=args.ctx, kv_cache_type=args.kv, seed=args.seed or 0)
    if args.threads:
        settings = LoadSettings(**{**settings.__dict__, "n_threads": args.threads})
    sampling = SamplingSettings(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    system_prompt = DEFAULT_SYSTEM_PROMPT if args.system is None else args.system
    with _recorder(args, context) as recorder, EngineClient(context.paths.engine_log_file) as client:
        info = client.load(settings, fit_check=None if args.force else make_fit_check(detect_hardware))
        saved_settings = {"model_file": str(args.model), "n_ctx": info.n_ctx, "kv_cache_type": args.kv,
                          "temperature": args.temperature, "max_tokens": args.max_tokens, "seed": args.seed}
        session = _Session(recorder, system_prompt, info.name, saved_settings)
        if args.prompt is not None:
            session.reply(client, args.prompt, sampling, args.stats)
            return 0
        _interactive(client, session, sampling, args.stats, info)
    return 0


def _interactive(client: EngineClient, session: _Session, sampling: SamplingSettings, show_stats: bool,
                 info: Any) -> None:
    print(f"{info.name} ({info.file_type}, context {info.n_ctx:,} tokens). Empty line to quit.", file=sys.stderr)
    if len(session.history) > 1:
        print(f"Continuing a conversation of {len(session.history) - 1} message(s).", file=sys.stderr)
    while True:
        try:
            line = input("> ")
        except EOFError:
            print()
            return
        if not line.strip():
            return
        try:
            session.reply(client, line, sampling, show_stats)
        except KeyboardInterrupt:
            print("\n[stopped]", file=sys.stderr)
            continue
        except WorkerDiedError as exc:
            print(f"\nError: {exc.detail}", file=sys.stderr)
            continue
        recorder = session.recorder
        if recorder is not None and recorder.needs_model_title():
            recorder.title_from_model(engine_summarizer(client, history=session.history))

"""`paddock-cli compare`: one prompt to two to four models side by side; every reply with
its statistics, concurrent when the models fit together (else one after another, and
why), optionally blind (order shuffled, names shown only after the vote), and the vote
stored for the leaderboard (`paddock-cli arena`).

`--model remote:ENDPOINT/MODEL-ID` compares a model of an OpenAI-compatible endpoint saved
in the settings (the endpoint's name, then the model id as its server lists it, which may
itself hold slashes): it runs on that server, beside the local models, and is ranked as
"MODEL-ID @ ENDPOINT"."""

from __future__ import annotations

import argparse
import random
import string
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Optional, Sequence

from app.engine.settings import KV_CACHE_TYPES
from app.errors import InvalidRequestError

LETTERS = string.ascii_uppercase[:4]
VOTES = ("tie", "bad")
REMOTE_PREFIX = "remote:"
MIB = 1024**2


def register(subparsers: Any) -> None:
    compare = subparsers.add_parser(
        "compare", help="one prompt to two to four models side by side, with a vote",
        description="Send one prompt to two to four GGUF models and print every reply with its statistics. "
        "They answer at the same time when they fit in memory together, else one after another.")
    compare.add_argument("prompt")
    compare.add_argument("--model", "-m", action="append", required=True, metavar="FILE.gguf",
                         help="a model to compare (give it two to four times): a GGUF file, or "
                         "remote:ENDPOINT/MODEL-ID for a model of an endpoint saved in the settings")
    compare.add_argument("--blind", action="store_true",
                         help="shuffle the order and hide the names until the vote")
    compare.add_argument("--vote", metavar="CHOICE",
                         help="the vote without asking: a, b, c or d (that reply was best), tie, or bad (all bad)")
    compare.add_argument("--ctx", type=int, default=4096, metavar="N", help="context of every model (default 4096)")
    compare.add_argument("--kv", choices=KV_CACHE_TYPES, default="f16", help="KV cache type (default f16)")
    compare.add_argument("--max-tokens", type=int, default=512, help="longest reply in tokens (default 512)")
    compare.add_argument("--temperature", type=float, default=0.7)
    compare.add_argument("--seed", type=int, default=None, help="sampling seed (and the blind shuffle's)")
    compare.add_argument("--system", default=None, help="a system prompt for every model")
    compare.add_argument("--language", help="tag the vote with the prompt's language (e.g. th)")
    compare.add_argument("--task", help="tag the vote with the kind of task (e.g. coding)")
    compare.set_defaults(handler=run_compare_command)


def parse_vote(text: str, panes: int) -> tuple[str, Optional[int]]:
    """("winner", index) | ("tie", None) | ("both_bad", None) from a, b, ..., tie, bad."""
    choice = text.strip().lower().replace(" ", "")
    if choice in ("tie",):
        return "tie", None
    if choice in ("bad", "bothbad", "allbad"):
        return "both_bad", None
    letters = LETTERS[:panes].lower()
    if len(choice) == 1 and choice in letters:
        return "winner", letters.index(choice)
    raise InvalidRequestError(f"A vote is one of {', '.join(letters)}, tie or bad, not {text!r}.")


def _stats_line(pane: Any) -> str:
    if pane.error:
        return f"[failed: {pane.error}]"
    s = pane.stats
    parts = [f"first token {s.time_to_first_token_s:.2f} s", f"prompt {s.prompt_tokens_per_s:.0f} tok/s",
             f"generation {s.tokens_per_s:.1f} tok/s", f"{s.prompt_tokens} + {s.generated_tokens} tokens"]
    parts.append("remote" if pane.remote else f"{pane.settings.n_threads} thread(s)")
    if pane.memory_bytes is not None:
        parts.append(f"memory {pane.memory_bytes / MIB:.0f} MiB")
    if pane.stopped:
        parts.append("stopped")
    return "[" + " · ".join(parts) + "]"


def _ask_vote(panes: int) -> Optional[str]:
    if not sys.stdin.isatty():
        return None
    letters = "/".join(LETTERS[:panes].lower())
    try:
        return input(f"Which reply is better? [{letters}/tie/bad, Enter: no vote] ").strip() or None
    except EOFError:
        return None


def _identity(pane: Any, quant: str) -> Any:
    from app.arena.votes import ModelIdentity

    if pane.is_remote:
        return ModelIdentity.of(pane.label, "remote")
    return ModelIdentity.of(pane.load.model_path.name, quant)


def parse_remote(spec: str, endpoints: Sequence[Any]) -> tuple[Any, Any]:
    """(endpoint, RemoteModel) from "remote:ENDPOINT/MODEL-ID", the endpoint one of `endpoints`."""
    from app.remote.records import RemoteModel

    name, _, model_id = spec[len(REMOTE_PREFIX):].partition("/")
    if not name or not model_id:
        raise InvalidRequestError(f"A remote model is remote:ENDPOINT/MODEL-ID, not {spec!r}.")
    endpoint = next((e for e in endpoints if e.name == name), None)
    if endpoint is None:
        known = ", ".join(e.name for e in endpoints) or "none is saved"
        raise InvalidRequestError(f"No remote endpoint is named {name!r} (saved endpoints: {known}).")
    return endpoint, RemoteModel(endpoint.name, model_id)


def _panes(args: argparse.Namespace, context: Any, sampling: Any) -> list[Any]:
    from app.arena.compare_run import PaneSettings
    from app.config.remote_endpoints import load_endpoints
    from app.engine.settings import LoadSettings
    from app.remote.remote_engine import remote_load_settings, remote_model_label

    panes = []
    for spec in args.model:
        if spec.startswith(REMOTE_PREFIX):
            endpoint, model = parse_remote(spec, load_endpoints(context.paths.config_dir))
            panes.append(PaneSettings(remote_model_label(model), remote_load_settings(model), sampling, endpoint, model))
        else:
            path = Path(spec)
            panes.append(PaneSettings(path.name, LoadSettings(path, n_ctx=args.ctx, kv_cache_type=args.kv).validated(),
                                      sampling))
    return panes


def _record(context: Any, args: argparse.Namespace, identities: Sequence[Any], choice: tuple[str, Optional[int]],
            panes: Sequence[Any], results: Sequence[Any]) -> str:
    """Save the comparison as a conversation (the prompt, each pane's reply, settings and
    stats as its own branch) and record the vote linked to it, in one transaction."""
    from app.arena.saved_comparison import PaneRecord, save_comparison
    from app.arena.votes import Outcome, Vote, record_vote
    from app.cli.history_command import open_history

    tags = {k: v for k, v in (("language", args.language), ("task", args.task)) if v}
    records = [PaneRecord(identity.key, identity, _stored_settings(pane, result), (result.text,), result.stats)
               for identity, pane, result in zip(identities, panes, results)]
    with open_history(context) as store:
        db = store.connection()
        with db.transaction():
            conversation_id, prompt_id = save_comparison(db, [args.prompt], records, choice[1])
            vote = Vote(tuple(identities), Outcome(choice[0]), choice[1], blind=args.blind,
                        conversation_id=conversation_id, message_id=prompt_id, tags=tags)
            vote_id = record_vote(db, vote)
    return f"Vote {vote_id} recorded{'' if args.blind else ' (not blind)'}, with the replies (conversation {conversation_id})."


def _stored_settings(pane: Any, result: Any) -> dict:
    """What a pane ran with, as the window's compare view saves it."""
    sampling = {k: v for k, v in vars(pane.sampling).items() if k != "grammar"}
    if pane.is_remote:
        return {"endpoint": pane.endpoint.name, "model_id": pane.remote_model.model_id, **sampling}
    return {"n_ctx": result.settings.n_ctx, "kv_cache_type": result.settings.kv_cache_type, **sampling}


def run_compare_command(args: argparse.Namespace, context: Any) -> int:
    from app.arena.compare_run import plan_compare, run_compare
    from app.chat.messages import ChatMessage
    from app.engine.preflight import check_model_file
    from app.engine.settings import SamplingSettings
    from app.hardware.detect import detect_hardware

    if not 2 <= len(args.model) <= 4:
        raise InvalidRequestError("Compare two to four models (--model A --model B ...).")
    choice = parse_vote(args.vote, len(args.model)) if args.vote else None
    sampling = SamplingSettings(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    panes = _panes(args, context, sampling)
    quants = {p.load.model_path: "remote" if p.is_remote else check_model_file(p.load).file_type for p in panes}
    if args.blind:
        random.Random(args.seed).shuffle(panes)
    identities = [_identity(p, quants[p.load.model_path]) for p in panes]
    if args.blind:  # the schedule's reason names the panes: by letter only
        panes = [replace(p, label=f"Model {letter}") for p, letter in zip(panes, LETTERS)]
    if len({i.key for i in identities}) != len(identities):
        raise InvalidRequestError("Compare different models; the same one was given twice.")
    hw = detect_hardware()
    plan = plan_compare(panes, hw)
    print(f"{plan.mode.value.capitalize()}: {plan.reason}\n", flush=True)
    messages = ([ChatMessage("system", args.system)] if args.system else []) + [ChatMessage("user", args.prompt)]
    result = run_compare(panes, messages, hardware=hw, log_dir=context.paths.logs_dir / "compare", schedule=plan,
                         progress=lambda piece: None)
    for letter, identity, pane in zip(LETTERS, identities, result.panes):
        title = f"Model {letter}" if args.blind else f"Model {letter}: {identity.key}"
        print(f"=== {title} ===\n{pane.text.strip()}\n{_stats_line(pane)}\n")
    print(f"{'Both' if len(panes) == 2 else 'All'} replies in {result.wall_s:.1f} s ({result.mode.value}).")
    if choice is None and (args.blind or args.language or args.task):
        asked = _ask_vote(len(panes))
        choice = parse_vote(asked, len(panes)) if asked else None
    if choice is not None:
        print(_record(context, args, identities, choice, panes, result.panes))
    if args.blind:
        print("Revealed: " + "; ".join(f"Model {letter} was {i.key}" for letter, i in zip(LETTERS, identities)) + ".")
    return 0

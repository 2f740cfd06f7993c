"""`paddock-cli arena`: record a side-by-side vote, print the leaderboard (Bradley–Terry
ratings with bootstrap intervals), and show how compare panes would be scheduled."""

from __future__ import annotations

import argparse
import json
import string
import sys
from pathlib import Path
from typing import Any

from app.errors import InvalidRequestError

KV_TYPES = ("f16", "q8_0", "q4_0")
LETTERS = string.ascii_lowercase[:4]  # panes a, b, c, d


def register(subparsers: Any) -> None:
    arena = subparsers.add_parser(
        "arena", help="vote between models side by side and rank them (Chatbot Arena style)",
        description="Votes between models compared side by side, and their leaderboard: Bradley–Terry "
        "ratings on the Elo scale with bootstrap 95 % intervals, as the LMSYS Chatbot Arena computes them.",
    )
    actions = arena.add_subparsers(dest="action", metavar="ACTION")
    add_ratings_options(arena)  # `paddock-cli arena [--json] ...`: the leaderboard
    arena.set_defaults(handler=run_ratings)

    vote = actions.add_parser("vote", help="record a vote between two to four models",
                              description="Record a vote. A model is NAME or NAME:QUANT (e.g. llama-8b:Q8_0); "
                              "the first is pane a, the second pane b, and so on.")
    vote.add_argument("models", nargs="+", metavar="MODEL")
    vote.add_argument("--winner", required=True, help="a, b, c or d (that pane was best), tie, or bothbad")
    vote.add_argument("--not-blind", action="store_true", help="the model names were visible when voting")
    vote.add_argument("--language", help="tag: the language of the prompt (e.g. th)")
    vote.add_argument("--task", help="tag: the kind of task (e.g. coding)")
    vote.set_defaults(handler=run_vote)

    ratings = actions.add_parser("ratings", help="the leaderboard with 95%% intervals (also: arena with no action)")
    add_ratings_options(ratings)
    ratings.set_defaults(handler=run_ratings)

    export = actions.add_parser("export", help="write the stored votes as JSON Lines (Chatbot Arena battles)")
    export.add_argument("file", type=Path, metavar="FILE.jsonl")
    export.set_defaults(handler=run_export)
    load = actions.add_parser("import", help="add the battles of a JSON Lines file (Chatbot Arena format)")
    load.add_argument("file", type=Path, metavar="FILE.jsonl")
    load.set_defaults(handler=run_import)

    plan = actions.add_parser("plan", help="can these models answer side by side at the same time?",
                              description="A model is a GGUF file or a catalog id with an optional "
                              "quantization (llama-3.2-3b:Q4_K_M).")
    plan.add_argument("models", nargs="+", metavar="MODEL")
    plan.add_argument("--ctx", type=int, default=8192, metavar="N", help="context of every pane (default 8192)")
    plan.add_argument("--kv", choices=KV_TYPES, default="f16", help="KV cache type (default f16)")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(handler=run_plan)


def add_ratings_options(ratings: argparse.ArgumentParser) -> None:
    ratings.add_argument("--bootstrap", type=int, default=1000, metavar="N", help="resamples (default 1000; 0: none)")
    ratings.add_argument("--seed", type=int, default=0, help="seed of the resampling (default 0)")
    ratings.add_argument("--include-unblind", action="store_true", help="count votes cast with the names visible")
    ratings.add_argument("--drop-both-bad", action="store_true", help="leave out \"both bad\" votes (else ties)")
    ratings.add_argument("--language", help="only votes tagged with this language (e.g. th)")
    ratings.add_argument("--task", help="only votes tagged with this kind of task")
    ratings.add_argument("--votes", type=Path, metavar="FILE.jsonl",
                         help="rank the battles of this file (Chatbot Arena format) instead of the stored votes")
    ratings.add_argument("--json", action="store_true", help="print JSON, best first")


def _identity(text: str) -> Any:
    from app.arena.votes import ModelIdentity

    name, _, quant = text.rpartition(":") if ":" in text else (text, "", "")
    return ModelIdentity.of(name, quant)


def run_vote(args: argparse.Namespace, context: Any) -> int:
    from app.arena.votes import Outcome, Vote, record_vote
    from app.cli.history_command import open_history

    if not 2 <= len(args.models) <= 4:
        raise InvalidRequestError("A vote compares two to four models.")
    choice = args.winner.strip().lower().replace("-", "").replace(" ", "")
    if choice == "tie":
        outcome, winner = Outcome.TIE, None
    elif choice == "bothbad":
        outcome, winner = Outcome.BOTH_BAD, None
    elif len(choice) == 1 and choice in LETTERS[: len(args.models)]:
        outcome, winner = Outcome.WINNER, LETTERS.index(choice)
    else:
        panes = ", ".join(LETTERS[: len(args.models)])
        raise InvalidRequestError(f"--winner takes {panes}, tie or bothbad, not {args.winner!r}.")
    tags = {k: v for k, v in (("language", args.language), ("task", args.task)) if v}
    vote = Vote(tuple(_identity(m) for m in args.models), outcome, winner, blind=not args.not_blind, tags=tags)
    with open_history(context) as store:
        vote_id = record_vote(store.connection(), vote)
    said = "a tie" if outcome is Outcome.TIE else "both bad" if outcome is Outcome.BOTH_BAD else \
        f"{vote.models[winner].key} won"
    print(f"Vote {vote_id} recorded: {said}{'' if vote.blind else ' (not blind)'}.")
    return 0


def _interval(r: Any) -> str:
    if r.ci_low is None:
        return ""
    return f"+{r.ci_high - r.rating:.0f}/-{r.rating - r.ci_low:.0f}"


def run_ratings(args: argparse.Namespace, context: Any) -> int:
    from app.arena.bradley_terry import leaderboard
    from app.arena.votes import battles, list_votes
    from app.cli.history_command import open_history

    if args.bootstrap < 0:
        raise InvalidRequestError("--bootstrap takes 0 or more resamples.")
    if args.votes is not None:
        from app.arena.battle_file import read_battles

        votes = [v for v in read_battles(args.votes) if v.blind or args.include_unblind]
    else:
        with open_history(context) as store:
            votes = list_votes(store.connection(), include_unblind=args.include_unblind)
    wanted = {k: v for k, v in (("language", args.language), ("task", args.task)) if v}
    votes = [v for v in votes if all(v.tags.get(k) == value for k, value in wanted.items())]
    board = leaderboard(battles(votes, drop_both_bad=args.drop_both_bad), bootstrap=args.bootstrap, seed=args.seed)
    if args.json:
        print(json.dumps([{"model": r.model, "rating": r.rating, "ci_low": r.ci_low, "ci_high": r.ci_high,
                           "battles": r.battles, "wins": r.wins, "ties": r.ties, "losses": r.losses}
                          for r in board.ratings], indent=2, ensure_ascii=False))
        return 0
    if not board.ratings:
        which = "votes" if args.include_unblind else "blind votes"
        print(f"No {which} yet. Record one with `paddock-cli arena vote MODEL_A MODEL_B --winner a`.")
        return 0
    width = max(len(r.model) for r in board.ratings)
    print(f"{'#':>2}  {'model':<{width}}  rating  95% interval  battles  wins  ties  losses")
    for rank, r in enumerate(board.ratings, 1):
        rating = "    -" if r.rating is None else f"{r.rating:6.0f}"
        print(f"{rank:>2}  {r.model:<{width}}  {rating}  {_interval(r):>12}  {r.battles:>7}  {r.wins:>4}  "
              f"{r.ties:>4}  {r.losses:>6}")
    print(f"{len(votes)} vote(s){'' if args.include_unblind else ' cast blind'}; ties count half a win each way; "
          f"intervals from {args.bootstrap} resamples (seed {args.seed}).", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace, context: Any) -> int:
    from app.arena.battle_file import write_battles
    from app.arena.votes import list_votes
    from app.cli.history_command import open_history

    with open_history(context) as store:
        votes = list_votes(store.connection(), include_unblind=True)
    count = write_battles(votes, args.file)
    print(f"Wrote {count} battle(s) from {len(votes)} vote(s) to {args.file}.")
    return 0


def run_import(args: argparse.Namespace, context: Any) -> int:
    from app.arena.battle_file import read_battles
    from app.arena.votes import import_votes
    from app.cli.history_command import open_history

    votes = read_battles(args.file)  # the whole file is checked before anything is stored
    with open_history(context) as store:
        added = import_votes(store.connection(), votes)
    known = len(votes) - added
    print(f"Imported {added} battle(s) from {args.file}" + (f"; {known} already stored." if known else "."))
    return 0


def _pane(text: str, n_ctx: int, kv: str, threads: int) -> Any:
    from app.arena.schedule import PaneLoad
    from app.engine.settings import LoadSettings

    path = Path(text)
    settings = LoadSettings(model_path=path, n_ctx=n_ctx, kv_cache_type=kv, n_threads=threads)
    if path.suffix.lower() == ".gguf" or path.exists():
        from app.engine.preflight import check_model_file
        from app.planner.model_size import footprint_of_file

        return PaneLoad(path.name, footprint_of_file(check_model_file(settings)), settings)
    from app.catalog.entries import load_catalog
    from app.planner.model_size import footprint_for

    model_id, _, quant = text.partition(":")
    catalog = load_catalog()
    quant = quant.upper() or "Q4_K_M"
    if quant not in catalog.quants:
        raise InvalidRequestError(f"Unknown quantization {quant!r}; use one of {', '.join(catalog.quants)}.")
    return PaneLoad(f"{model_id} {quant}", footprint_for(catalog.model(model_id), quant), settings)


def run_plan(args: argparse.Namespace, context: Any) -> int:
    from app.arena.schedule import schedule_panes
    from app.hardware.detect import detect_hardware

    if len(args.models) < 2:
        raise InvalidRequestError("Compare at least two models.")
    hw = detect_hardware()
    panes = [_pane(m, args.ctx, args.kv, max(1, hw.physical_cores)) for m in args.models]
    plan = schedule_panes(panes, hw)
    if args.json:
        print(json.dumps({"mode": plan.mode.value, "reason": plan.reason, "panes": [
            {"model": p.label, "fit": p.fit.value, "n_threads": p.settings.n_threads,
             "n_gpu_layers": p.settings.n_gpu_layers} for p in plan.panes]}, indent=2, ensure_ascii=False))
        return 0
    print(f"{plan.mode.value.capitalize()}: {plan.reason}")
    for p in plan.panes:
        where = {"gpu": "on the GPU", "ram": "in RAM", "partial": "partly on the GPU", "none": "does not fit"}[p.fit.value]
        print(f"  {p.label}: {where}, {p.settings.n_threads} thread(s), {p.settings.n_gpu_layers} GPU layer(s)")
    return 0

"""`paddock-cli docs ask NAME "question" --model CHAT.gguf`: an answer from a collection.

The passages are found as the window finds them (hybrid retrieval with the collection's
embedding model, or `--embedding-model`; keywords only without one, said on stderr), put
into the question as quoted sources (app/chat/grounding.py), the answer streamed from the
engine worker, then the sources its citations [n] point to: document and page or place.
A one-off question: nothing is saved in the history. No network connection is opened.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Optional, Sequence

from app.chat.grounding import Passage
from app.chat.turn import TurnRequest, run_turn, system_prompt_for
from app.documents.search import Hit
from app.engine.settings import DEFAULT_CONTEXT, LoadSettings, SamplingSettings


def register(actions: Any, embedding_option: Any) -> None:
    ask = actions.add_parser(
        "ask", help="answer a question from a collection, with its sources",
        description="Find the passages of the collection that answer QUESTION, give them to the chat "
        "model as quoted sources, print its answer, then the sources it cites as [1], [2]. Nothing is "
        "saved in the history and nothing is sent anywhere.")
    ask.add_argument("name", help="the collection")
    ask.add_argument("question", nargs="+")
    ask.add_argument("--model", "-m", type=Path, required=True, help="the chat model's .gguf file")
    ask.add_argument("-k", type=int, default=8, help="how many passages to give the model (default 8)")
    ask.add_argument("--ctx", type=int, default=DEFAULT_CONTEXT,
                     help=f"the chat model's context in tokens (default {DEFAULT_CONTEXT})")
    ask.add_argument("--max-tokens", type=int, default=1024, help="longest answer in tokens (default 1024)")
    ask.add_argument("--temperature", type=float, default=0.2)
    ask.add_argument("--seed", type=int, default=None)
    ask.add_argument("--force", action="store_true",
                     help="load even when the memory planner says the model does not fit")
    embedding_option(ask)
    ask.set_defaults(handler=run_ask)


def passages_of(hits: Sequence[Hit]) -> tuple[Passage, ...]:
    return tuple(Passage(h.path, h.text, h.location.page, h.location.describe()) for h in hits)


def ask_request(question: str, passages: Sequence[Passage], model: str, sampling: SamplingSettings) -> TurnRequest:
    """The turn the engine answers: the question with its quoted sources (none: said so)."""
    return TurnRequest(question, (), sampling, model, system_prompt=system_prompt_for(None),
                       passages=tuple(passages))


def sources_text(passages: Sequence[Passage]) -> str:
    """ "Sources:" then "[n] document, page 2" (or its heading or lines), one a line."""
    lines = ["Sources:"]
    for n, passage in enumerate(passages, start=1):
        lines.append(f"[{n}] {passage.name}" + (f", {passage.location}" if passage.location else "")
                     + f"  ({passage.path})")
    return "\n".join(lines)


def _find(args: argparse.Namespace, context: Any) -> tuple[Passage, ...]:
    from app.cli.docs_command import _open, _progress, open_embedder
    from app.documents.collections import embedding_model_of, get_collection
    from app.documents.retrieval import retrieve
    from app.documents.vectors import embed_missing

    question = " ".join(args.question)
    with _open(context) as db:
        collection = get_collection(db, args.name)
        model: Optional[Path] = args.embedding_model or embedding_model_of(db, collection)
        with open_embedder(model) as embedder:
            if embedder is None:
                print("Keyword search only: no embedding model (--embedding-model FILE.gguf adds vector "
                      "similarity).", file=sys.stderr)
            else:
                print(f"Hybrid search: keywords and {Path(model).name}.", file=sys.stderr)
                embed_missing(db, collection, embedder, progress=_progress)
            return passages_of(retrieve(db, [collection], question, embedder=embedder, limit=args.k))


def run_ask(args: argparse.Namespace, context: Any) -> int:
    from app.chat.model_loading import ModelLoader
    from app.engine.client import EngineClient
    from app.engine.preflight import check_model_file
    from app.hardware.detect import detect_hardware

    settings = LoadSettings(model_path=args.model, n_ctx=args.ctx, seed=args.seed or 0)
    header = check_model_file(settings.validated())
    passages = _find(args, context)  # before the chat model loads: the embedder is closed by then
    if not passages:
        print("Nothing relevant was found in the collection; the model is told so.", file=sys.stderr)
    sampling = SamplingSettings(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    request = ask_request(" ".join(args.question), passages, header.name, sampling)
    with EngineClient(context.paths.engine_log_file) as client:
        loader = ModelLoader(client, detect_hardware)
        result = run_turn(client, request, prepare=lambda: loader.load(settings, force=args.force),
                          on_text=_show)
    print()
    if result.error is not None:
        raise result.error
    if passages:
        print(sources_text(passages))
    return 0


def _show(piece: str) -> None:
    sys.stdout.write(piece)
    sys.stdout.flush()

"""Time to first token as a conversation grows, through Paddock's engine, against
llama.cpp's own cost of reading the same number of tokens behind the same history.

Every turn adds a user message of about the same size; the history stays in the KV cache
(prefix reuse), so each turn reads only its own new tokens. What grows is attention over
the history, which llama.cpp pays too: the reference is llama-bench reading that many
tokens on an empty cache and at the depth of turn 10 (`-p N -d 0,D`).

    python benchmarks/growing_chat.py [--model FILE] [--threads N] [--turns 10]
        [--user-tokens 380] [--reply-tokens 24] [--conversations 3] [--repetitions 3]

Used by engine_overhead.py; run alone to measure another model (e.g. Llama 3.1 8B
dimensions, where attention is a smaller share of the work than with 1B dimensions).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_inputs import DEFAULT_MODEL, ensure_model, filler_text  # noqa: E402
from native_llama import llama_bench  # noqa: E402

from app.chat.messages import ChatMessage  # noqa: E402
from app.engine.client import EngineClient  # noqa: E402
from app.engine.settings import LoadSettings, SamplingSettings  # noqa: E402


@dataclass(frozen=True)
class Turn:
    number: int
    evaluated: int  # new tokens read this turn
    reused: int  # tokens of history taken from the KV cache
    ttft_s: float


def run_chat(client: EngineClient, turns: int, user_tokens: int, reply_tokens: int, salt: int = 0) -> list[Turn]:
    """Ten (or `turns`) turns of one conversation; time to first token of each."""
    history = [ChatMessage("system", "You are a helpful assistant.")]
    result = []
    for number in range(1, turns + 1):
        history.append(ChatMessage("user", filler_text(client.tokenize, client.detokenize, user_tokens,
                                                        1000 * (salt + 1) + number)))
        reply = client.chat(history, SamplingSettings(temperature=0.0, max_tokens=reply_tokens))
        stats = reply.stats
        result.append(Turn(number, stats.evaluated_prompt_tokens, stats.reused_tokens, stats.time_to_first_token_s))
        history.append(ChatMessage("assistant", reply.text))
    return result


def native_reference(model: Path, threads: int, flash_attention: bool, n_prompt: int, depth: int,
                     repetitions: int) -> tuple[float, float]:
    """llama-bench's median time (s) to read n_prompt tokens on an empty cache and behind
    `depth` tokens."""
    samples = llama_bench(model, threads, flash_attention, prompt=n_prompt, gen=0, depths=(0, depth),
                          repetitions=repetitions)
    return (n_prompt / statistics.median(samples[("pp", 0)]),
            n_prompt / statistics.median(samples[("pp", depth)]))


def report(turns: list[Turn], native: tuple[float, float], n_prompt: int, depth: int) -> None:
    first, last = turns[0], turns[-1]
    print("| turn | new tokens read | tokens reused from the cache | time to first token (s) | ms per new token |")
    print("|---:|---:|---:|---:|---:|")
    for turn in turns:
        per_token = 1000 * turn.ttft_s / max(1, turn.evaluated)
        print(f"| {turn.number} | {turn.evaluated} | {turn.reused} | {turn.ttft_s:.2f} | {per_token:.1f} |")
    print()
    print(f"| | Paddock, time to first token (s) | llama-bench, pp{n_prompt} (s) |")
    print("|---|---:|---:|")
    print(f"| turn 1 | {first.ttft_s:.2f} | {native[0]:.2f} (empty cache) |")
    print(f"| turn {last.number} | {last.ttft_s:.2f} | {native[1]:.2f} (behind {depth:,} tokens) |")
    print(f"| ratio turn {last.number} / turn 1 (target <= 1.2) | {last.ttft_s / first.ttft_s:.3f} "
          f"| {native[1] / native[0]:.3f} |")


def median_turns(chats: list[list[Turn]]) -> list[Turn]:
    """Turn by turn, the median time to first token of several conversations."""
    return [Turn(same[0].number, same[0].evaluated, same[0].reused, statistics.median(t.ttft_s for t in same))
            for same in zip(*chats)]


def measure(client: EngineClient, model: Path, threads: int, flash_attention: bool, *, turns: int = 10,
            user_tokens: int = 380, reply_tokens: int = 24, conversations: int = 3, repetitions: int = 3) -> None:
    """Run `conversations` conversations through `client` (model already loaded), then
    the reference."""
    chat = median_turns([run_chat(client, turns, user_tokens, reply_tokens, salt) for salt in range(conversations)])
    last = chat[-1]
    print(f"  {conversations} conversations of {turns} turns, {last.reused + last.evaluated + reply_tokens:,} tokens "
          "at the end; medians of the conversations:")
    native = native_reference(model, threads, flash_attention, last.evaluated, last.reused, repetitions)
    report(chat, native, last.evaluated, last.reused)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--user-tokens", type=int, default=380)
    parser.add_argument("--reply-tokens", type=int, default=24)
    parser.add_argument("--conversations", type=int, default=3, help="conversations to take the median of")
    parser.add_argument("--repetitions", type=int, default=3, help="llama-bench samples per depth")
    parser.add_argument("--flash-attention", type=int, choices=(0, 1), default=0)
    args = parser.parse_args()
    model = ensure_model(args.model)
    fa = bool(args.flash_attention)
    print(f"model: {model.name}; threads: {args.threads}; flash attention {'on' if fa else 'off'}")
    settings = LoadSettings(model_path=model, n_ctx=8192, n_threads=args.threads, flash_attention=fa)
    with tempfile.TemporaryDirectory() as tmp, EngineClient(Path(tmp) / "engine.log") as client:
        client.load(settings)
        measure(client, model, args.threads, fa, turns=args.turns, user_tokens=args.user_tokens,
                reply_tokens=args.reply_tokens, conversations=args.conversations, repetitions=args.repetitions)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Paddock's engine (llama.cpp in a worker process, through the client) against llama.cpp's
own llama-bench, on the same GGUF, thread count and machine, in the same run.

1. Prompt processing (pp512) and generation (tg128) tokens/s against llama-bench, in
   paired rounds (each round runs both, in alternating order, so that a slow spell of
   the machine hits both). Paddock is timed from the parent process, as the window sees
   it: request, templating, tokenizing, IPC and sampling included. On a noisy machine
   these ratios swing by more than the 2 % they are meant to show.
2. Paddock against llama.cpp's decode of the very same tokens: the engine's code in this
   process with every llama_decode call timed apart (what llama-bench measures), times
   the share of the app's wait that the worker spends on the request (from the rounds).
   This pairing holds however noisy the machine is. Target: ratio >= 0.98 for both.
3. Time to first token at turn 1 and turn 10 of a growing conversation with ~4k tokens of
   history, against llama.cpp's own reading at that depth (benchmarks/growing_chat.py).
   Target: turn10/turn1 <= 1.2.

    python benchmarks/engine_overhead.py [--model FILE] [--threads N] [--rounds N]

Without --model it builds a random-weight GGUF with Llama 3.2 1B dimensions at Q4_K_M
into benchmarks/.models/ (real per-token cost; the text is gibberish, the speed is not).
llama-bench is built from the sources vendored by the pinned llama-cpp-python.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import growing_chat  # noqa: E402
from bench_inputs import DEFAULT_MODEL, ensure_model, filler_text  # noqa: E402
from native_llama import llama_bench  # noqa: E402

from app.chat.messages import ChatMessage  # noqa: E402
from app.engine.client import EngineClient  # noqa: E402
from app.engine.settings import LoadSettings, SamplingSettings  # noqa: E402

PP_TOKENS = 512
TG_TOKENS = 128


def prompt_of(tokenize: Callable[[str], list[int]], detokenize: Callable[[list[int]], str], n_tokens: int,
              salt: int) -> list[ChatMessage]:
    """A one-message conversation whose rendered prompt is about n_tokens long (the
    Llama 3.1 template adds ~30 tokens of headers)."""
    return [ChatMessage("user", filler_text(tokenize, detokenize, n_tokens - 28, salt))]


@dataclass(frozen=True)
class Round:
    native_pp: float
    native_tg: float
    ours_pp: float
    ours_tg: float
    ipc_pp: float  # the worker's own time for the reply / the time the parent waited for it
    ipc_tg: float  # tokens/s as the parent receives them / as the worker produces them


def paddock_pp(client: EngineClient, salt: int) -> tuple[float, float]:
    """Prompt tokens read per second, from sending the request to the reply's end (one
    token generated): the parent's view, everything Paddock does included. And the
    share of that time the worker spent on the request."""
    messages = prompt_of(client.tokenize, client.detokenize, PP_TOKENS, salt)
    started = time.perf_counter()
    reply = client.chat(messages, SamplingSettings(temperature=0.0, max_tokens=1))
    waited = time.perf_counter() - started
    return reply.stats.evaluated_prompt_tokens / waited, reply.stats.time_to_first_token_s / waited


def paddock_tg(client: EngineClient, salt: int) -> tuple[float, float]:
    """Generated tokens per second after the first, as the parent receives them (llama-bench
    samples nothing; Paddock samples with its defaults: top-k, top-p, min-p, temperature)."""
    arrivals: list[float] = []
    sampling = SamplingSettings(max_tokens=TG_TOKENS + 1, seed=salt)  # Paddock's default sampling
    reply = client.chat([ChatMessage("user", f"{salt}")], sampling,
                        on_token=lambda _text: arrivals.append(time.perf_counter()))
    ended = time.perf_counter()
    if reply.stats.generated_tokens <= TG_TOKENS or not arrivals:
        raise SystemExit("the model ended its reply early; use another --model")
    received = (reply.stats.generated_tokens - 1) / (ended - arrivals[0])
    return received, received / reply.stats.tokens_per_s


def paired_rounds(client: EngineClient, model: Path, threads: int, flash_attention: bool, rounds: int) -> list[Round]:
    paddock_pp(client, salt=999)  # warm-up, as llama-bench does its own
    result = []
    for number in range(rounds):
        if number % 2 == 0:  # alternate who goes first, so neither always runs in the other's wake
            native = llama_bench(model, threads, flash_attention, prompt=PP_TOKENS, gen=TG_TOKENS, repetitions=1)
            pp, tg = paddock_pp(client, number), paddock_tg(client, number)
        else:
            pp, tg = paddock_pp(client, number), paddock_tg(client, number)
            native = llama_bench(model, threads, flash_attention, prompt=PP_TOKENS, gen=TG_TOKENS, repetitions=1)
        one = Round(native[("pp", 0)][0], native[("tg", 0)][0], pp[0], tg[0], pp[1], tg[1])
        result.append(one)
        print(f"  round {number + 1}: llama-bench pp {one.native_pp:.1f} tg {one.native_tg:.2f} | "
              f"Paddock pp {one.ours_pp:.1f} tg {one.ours_tg:.2f}", flush=True)
    return result


def report_rounds(rounds: list[Round]) -> None:
    print("| measure | llama-bench (median) | Paddock (median) | ratio, median of rounds "
          "| ratio, middle half of rounds | ratio of medians |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, native, ours in (
        (f"prompt processing, pp{PP_TOKENS} (tokens/s)", [r.native_pp for r in rounds], [r.ours_pp for r in rounds]),
        (f"generation, tg{TG_TOKENS} (tokens/s)", [r.native_tg for r in rounds], [r.ours_tg for r in rounds]),
    ):
        ratios = sorted(o / n for o, n in zip(ours, native))
        quarter = len(ratios) // 4
        middle = ratios[quarter: len(ratios) - quarter] or ratios
        print(f"| {name} | {statistics.median(native):.2f} | {statistics.median(ours):.2f} | "
              f"{statistics.median(ratios):.3f} | {middle[0]:.3f}-{middle[-1]:.3f} | "
              f"{statistics.median(ours) / statistics.median(native):.3f} |")


@contextlib.contextmanager
def output_to(log: Path):
    """Send this process's stdout and stderr (llama.cpp's prints too) to `log`, as the
    worker process does with its own."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(log, "ab") as target:
        os.dup2(target.fileno(), 1)
        os.dup2(target.fileno(), 2)
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        os.close(saved[0])
        os.close(saved[1])


def where_time_goes(settings: LoadSettings, log: Path, samples: int = 3) -> tuple[float, float, float]:
    """The worker's engine code in this process, with llama.cpp's decode timed apart:
    medians of the share of the time inside llama.cpp's decode, reading a prompt and
    generating, and of Paddock's own milliseconds per generated token."""
    with output_to(log):
        prompt_share, token_share, token_overhead = _decode_shares(settings, samples)
    return statistics.median(prompt_share), statistics.median(token_share), statistics.median(token_overhead)


def report_same_tokens(rounds: list[Round], shares: tuple[float, float, float]) -> None:
    """Paddock against llama.cpp's own decode of the very same tokens: the engine's share
    (in this process) times what the trip to the app process keeps (from the rounds)."""
    prompt_share, token_share, overhead_ms = shares
    ipc_pp = statistics.median(r.ipc_pp for r in rounds)
    ipc_tg = statistics.median(r.ipc_tg for r in rounds)
    print("| measure | llama.cpp's decode / the engine's time | the engine's time / the app's wait "
          "| together: ratio to llama.cpp (target >= 0.98) | Paddock's own time |")
    print("|---|---:|---:|---:|---:|")
    print(f"| prompt processing, pp{PP_TOKENS} (template, tokenizer, first token, IPC) | {prompt_share:.4f} | "
          f"{ipc_pp:.4f} | {prompt_share * ipc_pp:.3f} | {(1 - prompt_share * ipc_pp) * 100:.2f} % |")
    print(f"| generation, tg{TG_TOKENS} (default sampling, detokenizing, stop checks, IPC) | {token_share:.4f} | "
          f"{ipc_tg:.4f} | {token_share * ipc_tg:.3f} | {overhead_ms:.2f} ms a token in the engine |")


def _decode_shares(settings: LoadSettings, samples: int) -> tuple[list[float], list[float], list[float]]:
    from app.engine.loaded_model import LoadedModel

    model = LoadedModel.load(settings)
    context = model._llama.llm._ctx  # the benchmark's one look inside: time every llama_decode call
    decode = context.decode
    spent: list[float] = []

    def timed_decode(batch):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return decode(batch)
        finally:
            spent.append(time.perf_counter() - started)

    context.decode = timed_decode
    prompt_share, token_overhead, token_share = [], [], []
    try:
        for salt in range(samples):
            spent.clear()
            messages = prompt_of(model.tokenize, model.detokenize, PP_TOKENS, 500 + salt)
            _, stats = model.chat(messages, SamplingSettings(temperature=0.7, max_tokens=1), emit=lambda _t: None,
                                  cancelled=lambda: False)
            prompt_share.append(sum(spent) / stats.time_to_first_token_s)
            spent.clear()
            _, stats = model.chat([ChatMessage("user", f"{salt}")], SamplingSettings(max_tokens=TG_TOKENS + 1, seed=salt),
                                  emit=lambda _t: None, cancelled=lambda: False)
            steps = stats.generated_tokens - 1
            wall = steps / stats.tokens_per_s
            in_llama = sum(spent[1: 1 + steps])  # spent[0] read the prompt
            token_share.append(in_llama / wall)
            token_overhead.append((wall - in_llama) / steps * 1000)
    finally:
        model.close()
    return prompt_share, token_share, token_overhead


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--rounds", type=int, default=8, help="paired rounds of both engines")
    parser.add_argument("--flash-attention", type=int, choices=(0, 1), default=int(LoadSettings(Path()).flash_attention),
                        help="1: on, 0: off, for both engines (default: Paddock's default)")
    parser.add_argument("--skip-chat", action="store_true", help="leave out the growing conversation")
    args = parser.parse_args()
    model = ensure_model(args.model)
    fa = bool(args.flash_attention)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; threads: {args.threads}; model: {model.name}; "
          f"flash attention {'on' if fa else 'off'}")
    settings = LoadSettings(model_path=model, n_ctx=8192, n_threads=args.threads, n_batch=512, n_ubatch=512,
                            flash_attention=fa)
    with tempfile.TemporaryDirectory() as tmp, EngineClient(Path(tmp) / "engine.log") as client:
        client.load(settings)
        rounds = paired_rounds(client, model, args.threads, fa, args.rounds)
        print()
        report_rounds(rounds)
        if not args.skip_chat:
            print("\nGrowing conversation:")
            growing_chat.measure(client, model, args.threads, fa)
        client.unload()
        shares = where_time_goes(settings, Path(tmp) / "in-process.log")
    print("\nPaddock against llama.cpp's decode of the same tokens (the engine's code in this process,")
    print("llama_decode timed apart; the trip to the app process from the rounds above):")
    report_same_tokens(rounds, shares)
    return 0


if __name__ == "__main__":
    sys.exit(main())

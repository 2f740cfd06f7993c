"""Paddock's engine (llama.cpp in a worker process, through the client) against llama.cpp's
own llama-bench, on the same GGUF, thread count and machine, in the same run.

Prints tokens/s for prompt processing (pp) and generation (tg) and their ratios
(target >= 0.98), then the time to first token at turn 1 and turn 10 of a growing
conversation with ~4k tokens of history (target turn10/turn1 <= 1.2).

    python benchmarks/engine_overhead.py [--model FILE] [--threads N] [--repeats N]

Without --model it builds a random-weight GGUF with Llama 3.2 1B dimensions at Q4_K_M
into benchmarks/.models/ (real per-token cost; the text is gibberish, the speed is not).
llama-bench is built from the sources vendored by the pinned llama-cpp-python.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from native_llama import build_tool  # noqa: E402

from app.engine.chat_template import ChatMessage  # noqa: E402
from app.engine.client import EngineClient  # noqa: E402
from app.engine.settings import LoadSettings, SamplingSettings  # noqa: E402

DEFAULT_MODEL = ROOT / "benchmarks" / ".models" / "llama-3.2-1b-random-Q4_K_M.gguf"
PP_TOKENS = 512
TG_TOKENS = 128
TURN_TOKENS = 390  # new tokens per turn of the growing chat (a ~380-token message and its header)
TURN10_DEPTH = 3500  # tokens of history before turn 10


def ensure_model(path: Path) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "app.cli.main", "dev", "make-tiny-model", str(path),
             "--like", "llama-3.2-1b", "--quant", "Q4_K_M"],
            check=True, cwd=ROOT,
        )
    return path


def llama_bench(model: Path, threads: int, flash_attention: bool, *, prompt: int = PP_TOKENS,
                gen: int = TG_TOKENS, depths: tuple[int, ...] = (0,), repetitions: int = 3) -> dict[tuple[str, int], list[float]]:
    """llama-bench's individual samples (tokens/s) per (test, depth): ("pp", d) and ("tg", d).

    Paddock's load settings: batch and micro-batch 512, the same flash-attention setting
    (llama-bench's own default is "auto", which turns it on for CPUs)."""
    binary = build_tool("llama-bench")
    args = [str(binary), "-m", str(model), "-t", str(threads), "-p", str(prompt), "-n", str(gen),
            "-b", "512", "-ub", "512", "-fa", "on" if flash_attention else "off", "-r", str(repetitions),
            "-d", ",".join(map(str, depths)), "-o", "json"]
    rows = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    out: dict[tuple[str, int], list[float]] = {}
    for row in rows:
        test = "pp" if row["n_gen"] == 0 else "tg"
        out[(test, int(row.get("n_depth", 0)))] = [float(v) for v in row["samples_ts"]]
    return out


def _prompt_of(client: EngineClient, n_tokens: int, salt: int) -> list[ChatMessage]:
    """A one-message conversation whose rendered prompt is about n_tokens long."""
    words = " ".join(f"w{salt}x{i}" for i in range(n_tokens))
    text = client.detokenize(client.tokenize(words)[: n_tokens - 30])
    return [ChatMessage("user", f"{salt} {text}")]


def paddock_pp_tg(client: EngineClient, salt: int) -> tuple[float, float]:
    """pp: a fresh ~512-token prompt (time to first token includes templating, IPC and
    sampling). tg: 128 tokens after a few-token prompt, like llama-bench's tg128 that
    starts from an empty context."""
    reply = client.chat(_prompt_of(client, PP_TOKENS, salt), SamplingSettings(temperature=0.0, max_tokens=1))
    pp = reply.stats.evaluated_prompt_tokens / reply.stats.time_to_first_token_s
    reply = client.chat([ChatMessage("user", f"{salt}")], SamplingSettings(temperature=0.0, max_tokens=TG_TOKENS + 1))
    if reply.stats.generated_tokens < TG_TOKENS:
        raise SystemExit("the model ended its reply early; use another --model")
    return pp, reply.stats.tokens_per_s


def ttft_growing_chat(client: EngineClient, turns: int = 10, user_tokens: int = 380) -> list[float]:
    """Time to first token for each turn of a conversation that grows to ~4k tokens."""
    history = [ChatMessage("system", "You are a helpful assistant.")]
    ttfts = []
    for turn in range(turns):
        history += _prompt_of(client, user_tokens, 1000 + turn)
        reply = client.chat(history, SamplingSettings(temperature=0.0, max_tokens=24))
        ttfts.append(reply.stats.time_to_first_token_s)
        history.append(ChatMessage("assistant", reply.text))
    print(f"  conversation after {turns} turns: {reply.stats.prompt_tokens + reply.stats.generated_tokens} tokens")
    return ttfts


def _summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f}, best {max(values):.2f} (n={len(values)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeats", type=int, default=4, help="interleaved rounds of both engines")
    parser.add_argument("--flash-attention", type=int, choices=(0, 1), default=int(LoadSettings(Path()).flash_attention),
                        help="1: on, 0: off, for both engines (default: Paddock's default)")
    args = parser.parse_args()
    model = ensure_model(args.model)
    fa = bool(args.flash_attention)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; threads: {args.threads}; model: {model.name}; "
          f"flash attention {'on' if fa else 'off'}")
    native_pp: list[float] = []
    native_tg: list[float] = []
    ours_pp: list[float] = []
    ours_tg: list[float] = []
    settings = LoadSettings(model_path=model, n_ctx=8192, n_threads=args.threads, n_batch=512, n_ubatch=512,
                            flash_attention=fa)
    with tempfile.TemporaryDirectory() as tmp, EngineClient(Path(tmp) / "engine.log") as client:
        client.load(settings)
        for round_ in range(args.repeats):  # interleaved, so background load hits both alike
            samples = llama_bench(model, args.threads, fa)
            native_pp += samples[("pp", 0)]
            native_tg += samples[("tg", 0)]
            for rep in range(2):
                pp, tg = paddock_pp_tg(client, salt=round_ * 10 + rep)
                ours_pp.append(pp)
                ours_tg.append(tg)
            print(f"  round {round_ + 1}: llama-bench pp {statistics.median(samples[('pp', 0)]):.1f} "
                  f"tg {statistics.median(samples[('tg', 0)]):.2f} | Paddock pp {ours_pp[-1]:.1f} tg {ours_tg[-1]:.2f}",
                  flush=True)
        ttfts = ttft_growing_chat(client)
    # The reference for the growing chat: llama.cpp itself reading a new turn (~390
    # tokens) on an empty cache and behind ~3.5k tokens of history.
    depth = llama_bench(model, args.threads, fa, prompt=TURN_TOKENS, gen=0, depths=(0, TURN10_DEPTH))
    native_turn1 = TURN_TOKENS / statistics.median(depth[("pp", 0)])
    native_turn10 = TURN_TOKENS / statistics.median(depth[("pp", TURN10_DEPTH)])
    print(f"\n  llama-bench pp{PP_TOKENS}: {_summary(native_pp)}; Paddock: {_summary(ours_pp)}")
    print(f"  llama-bench tg{TG_TOKENS}: {_summary(native_tg)}; Paddock: {_summary(ours_tg)}")
    rows = [
        (f"prompt processing, pp{PP_TOKENS} (tokens/s)", native_pp, ours_pp),
        (f"generation, tg{TG_TOKENS} (tokens/s)", native_tg, ours_tg),
    ]
    print()
    print("| measure | llama-bench (median) | Paddock (median) | ratio of medians | ratio of bests (target >= 0.98) |")
    print("|---|---:|---:|---:|---:|")
    for name, native, ours in rows:
        print(f"| {name} | {statistics.median(native):.2f} | {statistics.median(ours):.2f} | "
              f"{statistics.median(ours) / statistics.median(native):.3f} | {max(ours) / max(native):.3f} |")
    print()
    print(f"| growing chat (~{TURN_TOKENS} new tokens a turn) | Paddock, time to first token (s) "
          f"| llama-bench, pp{TURN_TOKENS} time (s) |")
    print("|---|---:|---:|")
    print(f"| turn 1 (empty cache) | {ttfts[0]:.2f} | {native_turn1:.2f} |")
    print(f"| turn 10 (~{TURN10_DEPTH:,} tokens of history) | {ttfts[-1]:.2f} | {native_turn10:.2f} (depth {TURN10_DEPTH:,}) |")
    print(f"| ratio turn10/turn1 (target <= 1.2) | {ttfts[-1] / ttfts[0]:.3f} | {native_turn10 / native_turn1:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

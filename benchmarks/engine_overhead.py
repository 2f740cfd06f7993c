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


def ensure_model(path: Path) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "app.cli.main", "dev", "make-tiny-model", str(path),
             "--like", "llama-3.2-1b", "--quant", "Q4_K_M"],
            check=True, cwd=ROOT,
        )
    return path


def llama_bench(model: Path, threads: int) -> tuple[float, float]:
    """(pp tokens/s, tg tokens/s) from one llama-bench run (it repeats 5 times itself),
    with Paddock's load settings: batch 512, flash attention off (llama-bench's default
    is "auto", which turns it on for CPUs)."""
    binary = build_tool("llama-bench")
    out = subprocess.run(
        [str(binary), "-m", str(model), "-t", str(threads), "-p", str(PP_TOKENS), "-n", str(TG_TOKENS),
         "-b", "512", "-ub", "512", "-fa", "0", "-o", "json"],
        check=True, capture_output=True, text=True,
    ).stdout
    rows = json.loads(out)
    pp = next(r["avg_ts"] for r in rows if r["n_prompt"] == PP_TOKENS and r["n_gen"] == 0)
    tg = next(r["avg_ts"] for r in rows if r["n_gen"] == TG_TOKENS and r["n_prompt"] == 0)
    return float(pp), float(tg)


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--repeats", type=int, default=3, help="interleaved rounds of both engines")
    args = parser.parse_args()
    model = ensure_model(args.model)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; threads: {args.threads}; model: {model.name}")
    native_pp, native_tg, ours_pp, ours_tg = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp, EngineClient(Path(tmp) / "engine.log") as client:
        client.load(LoadSettings(model_path=model, n_ctx=8192, n_threads=args.threads, n_batch=512, n_ubatch=512))
        for round_ in range(args.repeats):  # interleaved, so background load hits both alike
            pp, tg = llama_bench(model, args.threads)
            native_pp.append(pp)
            native_tg.append(tg)
            pp, tg = paddock_pp_tg(client, salt=round_ * 10)
            ours_pp.append(pp)
            ours_tg.append(tg)
            print(f"  round {round_ + 1}: llama-bench pp {native_pp[-1]:.1f} tg {native_tg[-1]:.2f} | "
                  f"Paddock pp {ours_pp[-1]:.1f} tg {ours_tg[-1]:.2f}")
        ttfts = ttft_growing_chat(client)
    rows = [
        (f"prompt processing, pp{PP_TOKENS} (tokens/s)", statistics.median(native_pp), statistics.median(ours_pp)),
        (f"generation, tg{TG_TOKENS} (tokens/s)", statistics.median(native_tg), statistics.median(ours_tg)),
    ]
    print()
    print("| measure | llama-bench | Paddock | ratio (target >= 0.98) |")
    print("|---|---:|---:|---:|")
    for name, native, ours in rows:
        print(f"| {name} | {native:.2f} | {ours:.2f} | {ours / native:.3f} |")
    print()
    print("| growing chat | time to first token (s) |")
    print("|---|---:|")
    print(f"| turn 1 | {ttfts[0]:.2f} |")
    print(f"| turn 10 | {ttfts[-1]:.2f} |")
    print(f"| ratio turn10/turn1 (target <= 1.2) | {ttfts[-1] / ttfts[0]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Two compare panes on this machine: wall time to both replies when they answer at the
same time (one worker each, the cores split) against one after another (load, answer,
unload), and each pane's generation speed against the same model answering alone.

    python benchmarks/compare.py [--layers 4] [--reply-tokens 48] [--repetitions 2]

The models: two random-weight Llama GGUFs with Llama 3.2 1B's dimensions (n_embd 2048,
n_ff 8192, 32 heads / 8 KV heads, the 128,256-token vocabulary) at Q4_K_M, seeds 1 and 2,
with `--layers` of its 16 layers (4 by default: the whole run stays within a few minutes
on 2 cores; the per-layer work, and so the ratios, are those of the full model). Built on
first use under benchmarks/.models/. Greedy replies of exactly --reply-tokens tokens
(random weights rarely end a turn; max_tokens cuts them). "Alone" is the model answering
with all the physical cores, as a single chat would; the ratio is a pane's generation
tokens/s in the mode over that.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.arena.compare_run import PaneSettings, plan_compare, run_compare  # noqa: E402
from app.arena.schedule import Mode  # noqa: E402
from app.chat.messages import ChatMessage  # noqa: E402
from app.engine.client import EngineClient  # noqa: E402
from app.engine.settings import LoadSettings, SamplingSettings  # noqa: E402
from app.hardware.detect import detect_hardware  # noqa: E402

MODELS = ROOT / "benchmarks" / ".models"
PROMPT = [ChatMessage("user", "Explain in a few sentences why bread dough needs time to rise, and what "
                              "happens to the gluten and the yeast while it rests.")]


def ensure_model(layers: int, seed: int) -> Path:
    path = MODELS / f"llama-3.2-1b-dims-{layers}layers-seed{seed}-Q4_K_M.gguf"
    if not path.exists():
        MODELS.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "app.cli.main", "dev", "make-tiny-model", str(path), "--like",
                        "llama-3.2-1b", "--layers", str(layers), "--quant", "Q4_K_M", "--seed", str(seed)],
                       check=True, cwd=ROOT)
    return path


def alone(path: Path, threads: int, sampling: SamplingSettings, log: Path) -> tuple[float, float]:
    """(generation tokens/s, wall s) of `path` answering alone with `threads` threads."""
    with EngineClient(log) as client:
        client.load(LoadSettings(path, n_ctx=1024, n_threads=threads, seed=1))
        client.chat(PROMPT, replace(sampling, max_tokens=4))  # warm: the first reply pays for page faults
        reply = client.chat(PROMPT, sampling)
    return reply.stats.tokens_per_s, reply.stats.time_to_first_token_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--reply-tokens", type=int, default=48)
    parser.add_argument("--repetitions", type=int, default=2)
    args = parser.parse_args()
    paths = [ensure_model(args.layers, seed) for seed in (1, 2)]
    hw = detect_hardware()
    cores = max(1, hw.physical_cores)
    sampling = SamplingSettings(temperature=0.0, max_tokens=args.reply_tokens, seed=1)
    panes = [PaneSettings(f"seed {i + 1}", LoadSettings(p, n_ctx=1024, n_threads=cores, seed=1), sampling)
             for i, p in enumerate(paths)]
    print(f"{hw.cpu_name}: {cores} physical core(s); two models with Llama 3.2 1B dimensions, {args.layers} "
          f"layers, Q4_K_M ({paths[0].stat().st_size / 2**20:.0f} MiB each); replies of {args.reply_tokens} tokens")
    walls: dict[str, list[float]] = {"concurrent": [], "sequential": []}
    speeds: dict[str, list[list[float]]] = {"concurrent": [[], []], "sequential": [[], []], "alone": [[], []]}
    with tempfile.TemporaryDirectory(prefix="paddock-bench-compare-") as tmp:
        logs = Path(tmp)
        for _ in range(args.repetitions):
            for i, path in enumerate(paths):
                speeds["alone"][i].append(alone(path, cores, sampling, logs / "alone.log")[0])
            for mode in ("concurrent", "sequential"):
                plan = plan_compare(panes, hw, force_sequential=mode == "sequential")  # each pane: all the cores
                result = run_compare(panes, PROMPT, hardware=hw, log_dir=logs, schedule=plan)
                assert result.mode is Mode(mode), result.reason
                walls[mode].append(result.wall_s)
                for i, pane in enumerate(result.panes):
                    assert pane.stats is not None, pane.error
                    speeds[mode][i].append(pane.stats.tokens_per_s)
                threads = [p.settings.n_threads for p in result.panes]
                print(f"  {mode}: {result.wall_s:.2f} s to both replies, threads {threads}, generation "
                      + ", ".join(f"{p.stats.tokens_per_s:.1f}" for p in result.panes) + " tok/s", flush=True)
    median = statistics.median
    print(f"\nwall time to both replies (median of {args.repetitions}, loads included): "
          f"concurrent {median(walls['concurrent']):.2f} s, sequential {median(walls['sequential']):.2f} s "
          f"(ratio {median(walls['concurrent']) / median(walls['sequential']):.2f})")
    for i in range(2):
        solo = median(speeds["alone"][i])
        print(f"pane {i + 1}: alone {solo:.1f} tok/s; concurrent {median(speeds['concurrent'][i]):.1f} tok/s "
              f"(x{median(speeds['concurrent'][i]) / solo:.2f}); sequential {median(speeds['sequential'][i]):.1f} "
              f"tok/s (x{median(speeds['sequential'][i]) / solo:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

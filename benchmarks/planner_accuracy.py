"""Planner accuracy: predicted memory and speed vs what llama.cpp really does.

For each row (model x context x KV cache type x flash attention) this loads the model in
a fresh engine worker through EngineClient, reads the buffer sizes llama.cpp logs
(model, KV cache, compute), evaluates a prompt longer than one micro-batch, generates a
few tokens, and reads the worker's peak RSS (VmHWM). It prints the planner's prediction
beside each measurement, with the error, as Markdown tables. Target: every memory figure
within 5 %.

Models are random-weight GGUFs with real Llama shapes, built once into
benchmarks/.models/ (ignored by git): the 2-layer tiny model, Llama 3.2 1B (F16 and
Q4_K_M) and Llama 3.2 3B (Q4_K_M; its 6.4 GB F16 source is deleted after quantizing).

    .venv/bin/python benchmarks/planner_accuracy.py            # all rows (~10 min)
    .venv/bin/python benchmarks/planner_accuracy.py --quick    # tiny model only (~1 min)
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.catalog.entries import load_catalog  # noqa: E402
from app.chat.messages import ChatMessage  # noqa: E402
from app.dev.tiny_model import TINY, write_random_llama  # noqa: E402
from app.engine.client import EngineClient  # noqa: E402
from app.engine.settings import LoadSettings, SamplingSettings  # noqa: E402
from app.gguf_file import read_gguf_info  # noqa: E402
from app.hardware.detect import detect_hardware  # noqa: E402
from app.planner.fit_check import footprint_of_file  # noqa: E402
from app.planner.measure import parse_buffer_sizes, process_memory, relative_error  # noqa: E402
from app.planner.memory import PlanSettings, mapped_bytes, plan_memory, repacked_tensors  # noqa: E402
from app.planner.speed import estimate_speed, machine_fingerprint, measure_speed  # noqa: E402

MODELS_DIR = ROOT / "benchmarks" / ".models"
MIB = 1024 * 1024
TOLERANCE = 0.05
PROMPT_WORDS = 230  # about 600 tokens with the chat template: more than one 512-token micro-batch
GENERATE = 24

# (model, n_ctx, kv type, flash attention)
QUICK_ROWS = [
    ("tiny-F16", 4096, "f16", False),
    ("tiny-F16", 4096, "f16", True),
    ("tiny-F16", 32768, "f16", False),
    ("tiny-F16", 131072, "f16", True),
    ("tiny-F16", 131072, "q8_0", True),
    ("tiny-F16", 131072, "q4_0", True),
]
FULL_ROWS = QUICK_ROWS + [
    ("1B-F16", 4096, "f16", False),
    ("1B-F16", 16384, "q8_0", True),
    ("1B-Q4_K_M", 8192, "f16", False),
    ("1B-Q4_K_M", 32768, "f16", True),
    ("1B-Q4_K_M", 65536, "f16", False),
    ("1B-Q4_K_M", 131072, "f16", True),
    ("1B-Q4_K_M", 131072, "q8_0", True),
    ("3B-Q4_K_M", 8192, "f16", False),
    ("3B-Q4_K_M", 32768, "f16", False),
    ("3B-Q4_K_M", 65536, "q8_0", True),
    ("3B-Q4_K_M", 131072, "q4_0", True),
]


def build_model(name: str) -> Path:
    """benchmarks/.models/NAME.gguf, written (and quantized) on first use."""
    from app.engine.llama_backend import quantize_file

    path = MODELS_DIR / f"{name}.gguf"
    if path.exists():
        return path
    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    size, quant = name.split("-", 1)
    shape = TINY if size == "tiny" else load_catalog().model({"1B": "llama-3.2-1b", "3B": "llama-3.2-3b"}[size]).architecture
    if quant == "F16":
        print(f"building {path.name} ...", file=sys.stderr)
        return write_random_llama(path, shape, name=f"random {name}", seed=1)
    source = MODELS_DIR / f"{size}-F16.gguf"
    keep_source = source.exists()
    if not keep_source:
        print(f"building {source.name} ...", file=sys.stderr)
        write_random_llama(source, shape, name=f"random {size}", seed=1)
    print(f"quantizing {path.name} ...", file=sys.stderr)
    quantize_file(source, path, quant)
    if not keep_source and size == "3B":
        source.unlink()  # 6.4 GB: only the quantized file is measured
    return path


@dataclass
class Row:
    label: str
    pred: dict
    meas: dict
    speed_pred: tuple
    speed_meas: tuple


def run_row(model: str, n_ctx: int, kv: str, fa: bool, hw, profile, log: Path) -> Row:
    path = build_model(model)
    settings = LoadSettings(model_path=path, n_ctx=n_ctx, kv_cache_type=kv, flash_attention=fa,
                            n_threads=max(1, hw.physical_cores))
    log.write_text("")
    prompt = " ".join(f"w{i}" for i in range(PROMPT_WORDS))
    with EngineClient(log) as engine:
        engine.load(settings)
        reply = engine.chat([ChatMessage("user", prompt)], SamplingSettings(max_tokens=GENERATE, temperature=0.0, seed=1))
        memory = process_memory(engine.worker_pid)
    reported = parse_buffer_sizes(log.read_text(errors="replace"))
    fp = footprint_of_file(read_gguf_info(path))
    plan = plan_memory(fp, PlanSettings.from_load_settings(settings), cpu_flags=hw.cpu_flags,
                       context_tokens=reply.stats.prompt_tokens)
    repacked = repacked_tensors(fp, hw.cpu_flags)
    pred = {"model": mapped_bytes(fp, repacked) + sum(t.n_bytes for t in repacked), "kv": plan.ram.kv_cache,
            "compute": plan.ram.compute, "rss": plan.peak_rss}
    meas = {"model": reported.model, "kv": reported.kv_cache, "compute": reported.compute, "rss": memory.peak_rss}
    estimate = estimate_speed(fp, profile, context=reply.stats.prompt_tokens, kv_type=kv)
    label = f"{model} | {n_ctx // 1024}k | {kv} | {'on' if settings.effective_flash_attention else 'off'}"
    return Row(label, pred, meas, (estimate.generation_tps, estimate.prompt_tps),
               (reply.stats.tokens_per_s, reply.stats.prompt_tokens_per_s))


SPEED_MODELS = ["tiny-F16", "1B-F16", "1B-Q4_K_M", "3B-Q4_K_M"]


def speed_rows(models: list[str], hw, repeats: int, log: Path) -> list[tuple]:
    """Each repeat measures the probes, then llama.cpp (4k context, default settings), so a
    prediction and its measurement share the machine's conditions; on a shared machine
    other programs change both. The repeat with the median generation error is shown."""
    threads = max(1, hw.physical_cores)
    machine = machine_fingerprint(hw.cpu_name, threads, hw.ram_total)
    rows = []
    for model in models:
        path = build_model(model)
        fp = footprint_of_file(read_gguf_info(path))
        settings = LoadSettings(model_path=path, n_ctx=4096, n_threads=threads)
        log.write_text("")
        runs = []
        with EngineClient(log) as engine:
            engine.load(settings)
            for i in range(repeats):
                profile = measure_speed(threads, machine)
                prompt = " ".join(f"v{i}x{j}" for j in range(PROMPT_WORDS))  # new text: no cache reuse
                reply = engine.chat([ChatMessage("user", prompt)],
                                    SamplingSettings(max_tokens=32, temperature=0.0, seed=1))
                estimate = estimate_speed(fp, profile, context=reply.stats.prompt_tokens)
                runs.append((relative_error(estimate.generation_tps, reply.stats.tokens_per_s), profile,
                             estimate, reply.stats))
        runs.sort(key=lambda r: r[0])
        _, profile, estimate, stats = runs[len(runs) // 2]
        rows.append((model, fp.bytes_read_per_token, profile, estimate.generation_tps, stats.tokens_per_s,
                     estimate.prompt_tps, stats.prompt_tokens_per_s))
    print(f"| model (4k context; median of {repeats} runs) | MB read per token | probe GB/s, GFLOP/s | "
          "generation tok/s pred / meas | prompt tok/s pred / meas |")
    print("|---|---|---|---|---|")
    for model, per_token, profile, gp, gm, pp, pm in rows:
        print(f"| {model} | {per_token / 1e6:,.0f} | {profile.read_bandwidth / 1e9:.1f}, {profile.matmul_flops / 1e9:.0f} | "
              f"{gp:.1f} / {gm:.1f} ({relative_error(gp, gm):+.0%}) | {pp:.0f} / {pm:.0f} ({relative_error(pp, pm):+.0%}) |")
    return rows


def _cell(pred: float, meas: float) -> tuple[str, float]:
    err = relative_error(pred, meas)
    return f"{pred / MIB:,.1f} / {meas / MIB:,.1f} ({err:+.1%})", err


def print_tables(rows: list[Row], profile) -> bool:
    print("| model | context | KV | flash attn | model buffers MiB pred / meas | KV cache MiB | compute buffer MiB | peak RSS MiB | within 5% |")
    print("|---|---|---|---|---|---|---|---|---|")
    all_ok = True
    for r in rows:
        cells, worst = [], 0.0
        for key in ("model", "kv", "compute", "rss"):
            text, err = _cell(r.pred[key], r.meas[key])
            cells.append(text)
            worst = max(worst, abs(err))
        ok = worst <= TOLERANCE
        all_ok &= ok
        print(f"| {r.label} | {' | '.join(cells)} | {'yes' if ok else f'NO ({worst:.1%})'} |")
    return all_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny model rows only")
    parser.add_argument("--only", metavar="MODEL", help="rows of one model, e.g. 1B-Q4_K_M")
    parser.add_argument("--speed-only", action="store_true", help="only the speed table")
    parser.add_argument("--repeats", type=int, default=3, help="speed runs per model; the best counts (default 3)")
    args = parser.parse_args()
    rows = QUICK_ROWS if args.quick else FULL_ROWS
    if args.only:
        rows = [r for r in rows if r[0] == args.only]
    hw = detect_hardware()
    threads = max(1, hw.physical_cores)
    log = MODELS_DIR / "engine-accuracy.log"
    speed_models = [m for m in SPEED_MODELS if not args.quick or m.startswith("tiny")]
    if args.only:
        speed_models = [m for m in speed_models if m == args.only]
    for model in sorted({r[0] for r in rows} | set(speed_models)):
        build_model(model)
    started = time.monotonic()
    if args.speed_only:
        speed_rows(speed_models, hw, args.repeats, log)
        return 0
    profile = measure_speed(threads, machine_fingerprint(hw.cpu_name, threads, hw.ram_total))
    results = []
    for model, n_ctx, kv, fa in rows:
        print(f"measuring {model} {n_ctx} {kv} fa={fa} ...", file=sys.stderr)
        results.append(run_row(model, n_ctx, kv, fa, hw, profile, log))
    ok = print_tables(results, profile)
    print()
    speed_rows(speed_models, hw, args.repeats, log)
    print(f"\n{len(results)} memory rows in {time.monotonic() - started:.0f} s; "
          f"{'every memory figure within 5%' if ok else 'SOME ROWS OUTSIDE 5%'}.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

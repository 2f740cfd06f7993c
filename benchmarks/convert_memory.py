"""Conversion memory and quantization speed, measured on a synthetic checkpoint.

1. Writes a Hugging Face Llama checkpoint with numpy only (BF16 safetensors in two
   shards with an index, Meta's real 128k-token Llama 3 vocabulary as tokenizer.json,
   llama3 rope scaling): by default Llama 3.2 1B's dimensions with 4 layers and an
   untied lm_head, 1.5 GB, whose largest tensors are the 525 MB embedding and lm_head.
2. Converts it to F16 with `paddock-cli convert` in a child process and reads that
   process's peak resident memory (wait4 rusage), against the largest tensor.
   Target: peak RSS <= 2 x largest tensor + 1 GiB.
3. Quantizes the F16 file with Paddock (its child process) and with llama.cpp's own
   `llama-quantize`, built from the sources llama-cpp-python vendors
   (benchmarks/native_llama.py), alternating runs. Target: time ratio <= 1.05.

    .venv/bin/python benchmarks/convert_memory.py [--layers 4] [--quant Q4_K_M] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GIB = 1024**3
# Heavier imports live inside the functions: Paddock's quantizer runs in a spawned
# process, which re-imports this script as its main module; importing numpy and the
# app here would add their import time to every Paddock quantization measured.


# --- a synthetic checkpoint, numpy only ------------------------------------------------


def _write_shard(path: Path, tensors: dict[str, tuple[int, ...]], seed: int) -> None:
    """BF16 safetensors, each tensor streamed in 16M-element chunks of N(0, 0.02)."""
    import numpy as np

    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    offset = 0
    for name, shape in tensors.items():
        size = int(np.prod(shape)) * 2
        header[name] = {"dtype": "BF16", "shape": list(shape), "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    rng = np.random.default_rng(seed)
    with path.open("wb") as out:
        out.write(len(raw).to_bytes(8, "little") + raw)
        for name, shape in tensors.items():
            remaining = int(np.prod(shape))
            while remaining:
                n = min(remaining, 16 * 1024 * 1024)
                values = rng.standard_normal(n, dtype=np.float32) * np.float32(0.02)
                if name.endswith("norm.weight"):
                    values += np.float32(1.0)
                out.write((values.view(np.uint32) >> 16).astype(np.uint16).tobytes())
                remaining -= n


def _tokenizer_files(folder: Path) -> None:
    from app.dev.llama3_vocab import LLAMA3_SPLIT_PATTERN, build_llama3_vocab
    from app.dev.tiny_model import CHAT_TEMPLATE_FILE, LLAMA3_TOKENIZER

    vocab = build_llama3_vocab(LLAMA3_TOKENIZER)
    n_base = len(vocab.tokens) - 256
    specials = vocab.tokens[n_base:]
    tokenizer = {
        "version": "1.0",
        "added_tokens": [{"id": n_base + i, "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for i, t in enumerate(specials)],
        "normalizer": None,
        "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {"Regex": LLAMA3_SPLIT_PATTERN}, "behavior": "Isolated", "invert": False},
            {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False},
        ]},
        "post_processor": {"type": "TemplateProcessing", "single": [
            {"SpecialToken": {"id": "<|begin_of_text|>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
            "pair": [], "special_tokens": {}},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "ignore_merges": True, "vocab": {t: i for i, t in enumerate(vocab.tokens[:n_base])},
                  "merges": [m.split(" ") for m in vocab.merges]},
    }
    (folder / "tokenizer.json").write_text(json.dumps(tokenizer, ensure_ascii=False), encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps({
        "bos_token": "<|begin_of_text|>", "eos_token": "<|eot_id|>", "chat_template": CHAT_TEMPLATE_FILE.read_text(),
    }))


def write_checkpoint(folder: Path, layers: int) -> dict[str, int]:
    """Llama 3.2 1B's shapes with `layers` layers and an untied lm_head; tensor sizes."""
    from math import prod

    hidden, ff, heads, kv_heads, head_dim, vocab = 2048, 8192, 32, 8, 64, 128256
    folder.mkdir(parents=True, exist_ok=True)
    config = {
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": hidden,
        "intermediate_size": ff, "num_attention_heads": heads, "num_key_value_heads": kv_heads,
        "head_dim": head_dim, "num_hidden_layers": layers, "vocab_size": vocab, "rms_norm_eps": 1e-5,
        "max_position_embeddings": 131072, "rope_theta": 500000.0, "tie_word_embeddings": False,
        "rope_scaling": {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                         "original_max_position_embeddings": 8192},
        "hidden_act": "silu", "torch_dtype": "bfloat16", "bos_token_id": 128000, "eos_token_id": 128009,
    }
    (folder / "config.json").write_text(json.dumps(config, indent=2))
    first = {"model.embed_tokens.weight": (vocab, hidden)}
    second: dict[str, tuple[int, ...]] = {}
    for i in range(layers):
        p = f"model.layers.{i}."
        second.update({
            p + "input_layernorm.weight": (hidden,), p + "post_attention_layernorm.weight": (hidden,),
            p + "self_attn.q_proj.weight": (heads * head_dim, hidden),
            p + "self_attn.k_proj.weight": (kv_heads * head_dim, hidden),
            p + "self_attn.v_proj.weight": (kv_heads * head_dim, hidden),
            p + "self_attn.o_proj.weight": (hidden, heads * head_dim),
            p + "mlp.gate_proj.weight": (ff, hidden), p + "mlp.up_proj.weight": (ff, hidden),
            p + "mlp.down_proj.weight": (hidden, ff),
        })
    second.update({"model.norm.weight": (hidden,), "lm_head.weight": (vocab, hidden)})
    shards = {"model-00001-of-00002.safetensors": first, "model-00002-of-00002.safetensors": second}
    for seed, (name, tensors) in enumerate(shards.items()):
        _write_shard(folder / name, tensors, seed)
    weight_map = {t: shard for shard, tensors in shards.items() for t in tensors}
    (folder / "model.safetensors.index.json").write_text(json.dumps({"metadata": {}, "weight_map": weight_map}))
    _tokenizer_files(folder)
    return {t: prod(s) * 2 for tensors in shards.values() for t, s in tensors.items()}


# --- measurements ----------------------------------------------------------------------


def run_measured(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(wall seconds, peak RSS bytes) of a child process, from its own rusage."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    output = process.stdout.read().decode() if process.stdout else ""
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command[:4]} failed with {process.returncode}: {output}")
    return elapsed, usage.ru_maxrss * 1024  # Linux reports KiB


def _children_cpu() -> float:
    """CPU seconds (user + system) of all reaped child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_llama_quantize(tool: Path, source: Path, target: Path, quant: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one llama-quantize run."""
    cpu, started = _children_cpu(), time.perf_counter()
    subprocess.run([str(tool), str(source), str(target), quant], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, _children_cpu() - cpu


def time_paddock_quantize(source: Path, target: Path, quant: str) -> tuple[float, float, float, float]:
    """Seconds until the quantized file is written, including the load check, of the
    llama.cpp call alone (timed inside the child), and the child's CPU seconds (all of it:
    start, quantization, load check)."""
    from app.hub.quantize import quantize_model
    from app.jobs import ProgressUpdate

    marks: dict[str, float] = {}
    cpu, started = _children_cpu(), time.perf_counter()

    def progress(update: ProgressUpdate) -> None:
        marks.setdefault(update.stage, time.perf_counter())

    result = quantize_model(source, target, quant, overwrite=True, progress=progress)
    total = time.perf_counter() - started
    return marks["validate"] - started, total, result.quantize_seconds, _children_cpu() - cpu


def _alternate(runs: int, first: Callable[[], None], second: Callable[[], None]) -> None:
    for i in range(runs):
        (first if i % 2 == 0 else second)()
        (second if i % 2 == 0 else first)()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--quant", default="Q4_K_M")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workdir", type=Path, help="default: a temporary folder, removed afterwards")
    args = parser.parse_args()

    from native_llama import build_tool  # benchmarks/native_llama.py (benchmarks/ is sys.path[0])

    tool = build_tool("llama-quantize")
    with tempfile.TemporaryDirectory(prefix="paddock-convert-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        env = dict(os.environ, PADDOCK_HOME=str(work / "home"), PYTHONPATH=str(ROOT))
        print(f"writing a synthetic checkpoint ({args.layers} layers) ...", file=sys.stderr)
        sizes = write_checkpoint(work / "checkpoint", args.layers)
        largest_name = max(sizes, key=sizes.__getitem__)
        f16 = work / "model-f16.gguf"
        print("converting ...", file=sys.stderr)
        _, baseline_rss = run_measured([sys.executable, "-c", "import app.cli.main, app.hub.convert"], env)
        convert_s, convert_rss = run_measured(
            [sys.executable, "-m", "app.cli.main", "convert", str(work / "checkpoint"), "--output", str(f16),
             "--outtype", "f16"], env)
        target_rss = 2 * sizes[largest_name] + GIB

        print(f"quantizing to {args.quant}, {args.repeats} runs each, alternating ...", file=sys.stderr)
        native: list[tuple[float, float]] = []
        ours: list[tuple[float, float, float, float]] = []
        _alternate(
            args.repeats,
            lambda: native.append(time_llama_quantize(tool, f16, work / "native.gguf", args.quant)),
            lambda: ours.append(time_paddock_quantize(f16, work / "paddock.gguf", args.quant)),
        )
        native_s = statistics.median(t for t, _ in native)
        native_cpu = statistics.median(c for _, c in native)
        ours_s = statistics.median(t[0] for t in ours)
        ours_total_s = statistics.median(t[1] for t in ours)
        ours_call_s = statistics.median(t[2] for t in ours)
        ours_cpu = statistics.median(t[3] for t in ours)

    checkpoint_bytes = sum(sizes.values())
    print(f"\nMachine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the end; "
          f"llama-quantize: {tool}")
    print(f"Checkpoint: {checkpoint_bytes / GIB:.2f} GiB BF16 in 2 shards, {len(sizes)} tensors; "
          f"largest {largest_name} {sizes[largest_name] / GIB:.3f} GiB\n")
    print("| measurement | value | target | result |")
    print("|---|---|---|---|")
    print(f"| converter peak RSS (BF16 -> F16, {convert_s:.1f} s) | {convert_rss / GIB:.2f} GiB "
          f"({convert_rss / sizes[largest_name]:.2f} x largest tensor) | <= 2 x largest + 1 GiB = "
          f"{target_rss / GIB:.2f} GiB | {'PASS' if convert_rss <= target_rss else 'FAIL'} |")
    print(f"| same interpreter, imports only | {baseline_rss / GIB:.2f} GiB | | |")
    print(f"| llama-quantize {args.quant}, wall (median of {len(native)}) | {native_s:.2f} s "
          f"({', '.join(f'{t:.2f}' for t, _ in native)}) | | |")
    print(f"| Paddock quantize {args.quant} until the file is written, wall (median of {len(ours)}) | "
          f"{ours_s:.2f} s ({', '.join(f'{t[0]:.2f}' for t in ours)}) | ratio <= 1.05 | "
          f"{ours_s / native_s:.3f} {'PASS' if ours_s / native_s <= 1.05 else 'FAIL'} |")
    print(f"| of which the llama.cpp call in the child, wall | {ours_call_s:.2f} s | | "
          f"ratio {ours_call_s / native_s:.3f} |")
    print(f"| Paddock quantize + load check of the output, wall | {ours_total_s:.2f} s | | "
          f"ratio {ours_total_s / native_s:.3f} |")
    print(f"| CPU time (user+sys): llama-quantize vs Paddock's child incl. start and load check | "
          f"{native_cpu:.1f} s vs {ours_cpu:.1f} s | | ratio {ours_cpu / native_cpu:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

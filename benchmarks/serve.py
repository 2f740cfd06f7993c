"""`paddock-cli serve` against llama-cpp-python's own server (`llama_cpp.server`) on the
same GGUF, context, threads and sampling. Both servers run at once (idle between requests)
and take paired rounds: each round asks both, in alternating order, so that a slow spell
of the machine hits both.

1. Generation tokens/s as a client sees it: streamed chat replies of --tokens tokens,
   timed from the first content chunk to the last (one chunk per token on both), in
   --rounds paired rounds. Paddock's path adds the engine worker's pipe, the event loop's
   queue and its own SSE writer; the target is a ratio >= 0.98.
2. Time to first token under 4 concurrent clients (distinct prompts, 32-token replies, all
   sent at once): both servers answer one request at a time, so the last client waits for
   the three before it; the median and the worst are printed.

    python benchmarks/serve.py [--model FILE] [--threads N] [--tokens N] [--rounds N]

Without --model it uses the random-weight Llama 3.2 1B Q4_K_M of the engine benchmarks
(built on first use into benchmarks/.models/). llama_cpp.server needs the server extras:
`pip install sse-starlette starlette-context pydantic-settings`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import httpx2 as httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.bench_inputs import DEFAULT_MODEL, ROOT, ensure_model  # noqa: E402

SAMPLING = {"temperature": 0.7, "top_p": 0.9, "top_k": 40, "min_p": 0.05, "repeat_penalty": 1.0, "seed": 1}
CONCURRENT = 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(command: list[str], ready_url: str, log: Path) -> subprocess.Popen:
    out = log.open("w")
    process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{command[2]} exited; see {log}")
        try:
            if httpx.get(ready_url, timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit(f"{command[2]} did not get ready; see {log}")


def _stream(base: str, model: str, prompt: str, max_tokens: int) -> tuple[float, float, int]:
    """(time to the first content chunk, to the last, content chunks) of one streamed reply."""
    body = {"model": model, "messages": [{"role": "user", "content": prompt}], "stream": True,
            "max_tokens": max_tokens, **SAMPLING}
    started = time.perf_counter()
    first = last = 0.0
    chunks = 0
    with httpx.stream("POST", f"{base}/v1/chat/completions", json=body, timeout=600) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if not line.startswith("data: {"):
                continue
            choices = json.loads(line[6:]).get("choices") or [{}]
            if choices[0].get("delta", {}).get("content"):
                last = time.perf_counter() - started
                first = first or last
                chunks += 1
    if not chunks:
        raise SystemExit(f"{base} streamed no text")
    return first, last, chunks


def _speed(base: str, model: str, tokens: int, salt: int) -> float:
    first, last, chunks = _stream(base, model, f"Tell me a long story, number {salt}.", tokens)
    return (chunks - 1) / (last - first) if chunks > 1 and last > first else float("nan")


def _concurrent_ttft(base: str, model: str) -> list[float]:
    results: list[float] = [0.0] * CONCURRENT
    start = threading.Barrier(CONCURRENT)

    def client(i: int) -> None:
        start.wait()
        results[i] = _stream(base, model, f"Client {i} asks about bread, rye and spelt.", 32)[0]

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CONCURRENT)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results)


@contextlib.contextmanager
def _running(name: str, start: Callable[[int], tuple[list[str], str]]) -> Iterator[str]:
    port = _free_port()
    command, ready = start(port)
    process = _start(command, ready, Path(tempfile.gettempdir()) / f"paddock-bench-serve-{name}.log")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--ctx", type=int, default=2048)
    parser.add_argument("--tokens", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    model = ensure_model(args.model or DEFAULT_MODEL).resolve()
    model_id = model.name.removesuffix(".gguf")
    py = sys.executable

    def paddock(port: int) -> tuple[list[str], str]:
        return ([py, "-m", "app.cli.main", "serve", "--model", str(model), "--port", str(port), "--ctx",
                 str(args.ctx), "--threads", str(args.threads)], f"http://127.0.0.1:{port}/health")

    def llama_cpp_server(port: int) -> tuple[list[str], str]:
        return ([py, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", model_id, "--port", str(port),
                 "--host", "127.0.0.1", "--n_ctx", str(args.ctx), "--n_threads", str(args.threads),
                 "--n_threads_batch", str(args.threads), "--verbose", "False",
                 # by default a new request interrupts the one streaming; Paddock's line makes it wait
                 "--interrupt_requests", "False"], f"http://127.0.0.1:{port}/v1/models")

    with _running("llama_cpp.server", llama_cpp_server) as theirs, _running("paddock", paddock) as ours:
        bases = {"llama_cpp.server": theirs, "paddock": ours}
        speeds: dict[str, list[float]] = {name: [] for name in bases}
        for round_ in range(args.rounds + 1):  # round 0 warms up; the order alternates
            for name in (list(bases) if round_ % 2 else list(bases)[::-1]):
                speed = _speed(bases[name], model_id, args.tokens, round_)
                if round_:
                    speeds[name].append(speed)
        ttfts = {name: _concurrent_ttft(base, model_id) for name, base in bases.items()}
    print(f"{model.name}, {args.threads} threads, context {args.ctx}, {args.tokens}-token replies, "
          f"median of {args.rounds} paired rounds")
    for name in bases:
        ttft = ttfts[name]
        print(f"  {name:17s} generation {statistics.median(speeds[name]):7.2f} tokens/s   {CONCURRENT} clients: "
              f"first token median {statistics.median(ttft):5.2f} s, worst {ttft[-1]:5.2f} s")
    ratios = [a / b for a, b in zip(speeds["paddock"], speeds["llama_cpp.server"])]
    print(f"  paddock / llama_cpp.server generation, median of the rounds' ratios: {statistics.median(ratios):.3f} "
          "(target >= 0.98)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

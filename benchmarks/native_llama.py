"""Build llama.cpp's own tools (llama-bench, llama-quantize) from the exact sources that
the pinned llama-cpp-python vendors, with the same build options on Linux (shared libs,
native CPU flags, OpenMP, no curl). The build is cached in benchmarks/.build/.

    python benchmarks/native_llama.py llama-bench llama-quantize

`llama_bench()` runs the built llama-bench and returns its samples.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from importlib.metadata import version
from pathlib import Path

BUILD_ROOT = Path(__file__).resolve().parent / ".build"


def _sources() -> Path:
    pinned = version("llama-cpp-python")
    source_dir = BUILD_ROOT / f"llama_cpp_python-{pinned}"
    if not (source_dir / "vendor" / "llama.cpp" / "CMakeLists.txt").exists():
        BUILD_ROOT.mkdir(parents=True, exist_ok=True)
        archive = BUILD_ROOT / f"llama_cpp_python-{pinned}.tar.gz"
        if not archive.exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "download", f"llama-cpp-python=={pinned}",
                 "--no-deps", "--no-binary", ":all:", "-d", str(BUILD_ROOT)],
                check=True,
            )
        with tarfile.open(archive) as tar:
            tar.extractall(BUILD_ROOT, filter="data")
    return source_dir / "vendor" / "llama.cpp"


def build_tool(target: str) -> Path:
    """Path to the built `target` (e.g. "llama-bench"), building it if needed."""
    build_dir = BUILD_ROOT / "llama.cpp-build"
    binary = build_dir / "bin" / target
    if binary.exists():
        return binary
    source = _sources()
    if not (build_dir / "CMakeCache.txt").exists():
        subprocess.run(
            ["cmake", "-S", str(source), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
             "-DBUILD_SHARED_LIBS=ON", "-DLLAMA_CURL=OFF", "-DLLAMA_BUILD_TESTS=OFF",
             "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_SERVER=OFF", "-DLLAMA_BUILD_TOOLS=ON"],
            check=True,
        )
    subprocess.run(["cmake", "--build", str(build_dir), "--target", target, "-j2"], check=True)
    return binary


def llama_bench(model: Path, threads: int, flash_attention: bool, *, prompt: int = 512, gen: int = 128,
                depths: tuple[int, ...] = (0,), repetitions: int = 3) -> dict[tuple[str, int], list[float]]:
    """llama-bench's individual samples (tokens/s) per (test, depth): ("pp", d) and ("tg", d).

    With Paddock's load settings: batch and micro-batch 512, the given flash-attention
    setting (llama-bench's own default is "auto", which turns it on for CPUs)."""
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


if __name__ == "__main__":
    for name in sys.argv[1:] or ["llama-bench"]:
        print(build_tool(name))

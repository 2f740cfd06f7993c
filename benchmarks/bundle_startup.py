"""The packaged app's smoke test and figures: build time, bundle size, time to a usable window.

    python benchmarks/bundle_startup.py [--build] [--bundle dist/paddock] [--runs 5]
    python benchmarks/bundle_startup.py --source . [--source OTHER-TREE] [--runs 9]

1. `--build` runs packaging/build_bundle.py first and reports its build time and sizes.
2. Smoke test, everything through the bundle's own executables with a fresh PADDOCK_HOME:
   `paddock-cli dev make-tiny-model --reply` writes a scripted GGUF; `paddock --self-test`
   (offscreen) shows the window, loads the model in the real engine worker (a spawned
   child of the frozen executable), sends a prompt, gets the scripted reply and quits
   through its ordinary shutdown; `paddock-cli history show last` then finds prompt and
   reply saved; `paddock-cli chat` answers through the worker too. Any failure exits 1.
3. Time to a usable window: from just before the process is started to the self-test's
   `ready` event (the window shown and the event loop running; offscreen, so no
   compositor time). "Cold" is the first start with a fresh data folder after every file
   of the bundle was evicted from the page cache (posix_fadvise DONTNEED: no root
   needed, but the system's own libraries, libc, libGL, fontconfig, stay cached, so a
   first start after a reboot is slower). "Warm" is the median of `--runs` starts right
   after, with the data folder already there. With each, the CPU seconds of the whole
   start and quit (user + system): on a machine others share, the wall clock swings with
   their load and the CPU time says what an idle machine would take.

`--source TREE` (repeatable) times starts from source trees instead, with this Python:
`paddock --self-test` as the `paddock` command runs it, and `import ui.main` alone. With
two trees (a `git archive` of an older commit, say) the starts alternate, so the load of
others falls on both alike: compare the two in one run, not with figures from another day.

The last line is the figures as JSON.
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

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.dev.tiny_model import LLAMA3_TOKENIZER  # noqa: E402 (after the path is set)

REPLY = "Hello from inside the bundle."
PROMPT = "Are you packaged?"
TARGET_S = 2.0


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PADDOCK_HOME=str(home), QT_QPA_PLATFORM="offscreen", PADDOCK_LANGUAGE="en")
    return env


def _run(command: list[str], home: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=_env(home), timeout=timeout)


def _check(condition: bool, message: str, result: subprocess.CompletedProcess[str] | None = None) -> None:
    if not condition:
        details = f"\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr[-4000:]}" if result else ""
        raise SystemExit(f"FAILED: {message}{details}")


def events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith('{"event"')]


def evict(folder: Path) -> int:
    """Drop the folder's files from the page cache; returns how many files."""
    count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
            count += 1
    return count


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_window(bundle: Path, home: Path) -> tuple[float, float]:
    """Seconds to a usable window (wall clock), and the CPU seconds of the whole start and
    quit: on a machine others share, the second says what the first would be on an idle one."""
    cpu = _children_cpu_s()
    started = time.time()
    result = _run([str(bundle / "paddock"), "--self-test"], home, timeout=120)
    ready = [e for e in events(result.stdout) if e["event"] == "ready"]
    _check(result.returncode == 0 and len(ready) == 1 and ready[0]["visible"], "the window did not come up", result)
    return ready[0]["time"] - started, _children_cpu_s() - cpu


_SOURCE_START = "import sys; from ui.main import main; sys.exit(main())"  # what the `paddock` script runs
_IMPORT_TIME = "import time; t = time.perf_counter(); import ui.main; print(time.perf_counter() - t)"


def source_start(tree: Path, home: Path) -> tuple[float, float, float]:
    """From a source tree: seconds to a usable window, CPU seconds of the start and quit,
    and seconds to `import ui.main` in a fresh interpreter."""
    env = {**_env(home), "PYTHONPATH": str(tree)}
    cpu = _children_cpu_s()
    started = time.time()
    result = subprocess.run([sys.executable, "-c", _SOURCE_START, "--self-test"], capture_output=True,
                            text=True, env=env, cwd=tree, timeout=120)
    cpu = _children_cpu_s() - cpu
    ready = [e for e in events(result.stdout) if e["event"] == "ready"]
    _check(result.returncode == 0 and len(ready) == 1 and ready[0]["visible"], f"no window from {tree}", result)
    imported = subprocess.run([sys.executable, "-c", _IMPORT_TIME], capture_output=True, text=True, env=env,
                              cwd=tree, timeout=120)
    _check(imported.returncode == 0, f"import ui.main from {tree}", imported)
    return ready[0]["time"] - started, cpu, float(imported.stdout.strip().splitlines()[-1])


def source_figures(trees: list[Path], runs: int) -> dict:
    """Median figures per tree, the starts of the trees alternating."""
    times: dict[Path, list[tuple[float, float, float]]] = {tree: [] for tree in trees}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="paddock-source-") as temporary:
        for tree in trees:  # a first start of each creates its data folder and its .pyc files
            source_start(tree, Path(temporary) / tree.name)
        for _ in range(runs):
            for tree in trees:
                times[tree].append(source_start(tree, Path(temporary) / tree.name))
    figures: dict = {"load_average": round((load + os.getloadavg()[0]) / 2, 1), "runs": runs}
    for tree, measured in times.items():
        figures[str(tree)] = {
            name: round(statistics.median(m[i] for m in measured), 3)
            for i, name in enumerate(("window_s", "cpu_s", "import_ui_main_s"))
        }
    return figures


def smoke(bundle: Path, work: Path) -> dict:
    home = work / "smoke-home"
    model = work / "scripted.gguf"
    made = _run([str(bundle / "paddock-cli"), "dev", "make-tiny-model", "--tokenizer", str(LLAMA3_TOKENIZER),
                 "--reply", REPLY, str(model)], home)
    _check(made.returncode == 0 and model.is_file(), "paddock-cli dev make-tiny-model", made)
    started = time.monotonic()
    test = _run([str(bundle / "paddock"), "--self-test", str(model), "--prompt", PROMPT], home)
    reply_s = time.monotonic() - started
    seen = events(test.stdout)
    _check(test.returncode == 0, "paddock --self-test exited with an error", test)
    _check([e["event"] for e in seen] == ["ready", "loaded", "reply"], f"unexpected events {seen}", test)
    _check(seen[2]["text"] == REPLY, f"the reply was {seen[2]['text']!r}", test)
    saved = _run([str(bundle / "paddock-cli"), "history", "show", "last"], home)
    _check(saved.returncode == 0 and PROMPT in saved.stdout and REPLY in saved.stdout,
           "the conversation was not saved", saved)
    chat = _run([str(bundle / "paddock-cli"), "chat", "--no-save", "-m", str(model), "hi"], home)
    _check(chat.returncode == 0 and REPLY in chat.stdout, "paddock-cli chat through the worker", chat)
    return {"self_test_s": round(reply_s, 2), "reply": seen[2]["text"]}


def folder_mb(folder: Path) -> float:
    return round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="run packaging/build_bundle.py first")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "paddock")
    parser.add_argument("--runs", type=int, default=5, help="warm starts to time (default 5)")
    parser.add_argument("--source", type=Path, action="append", default=[], metavar="TREE",
                        help="time starts from this source tree instead of a bundle (repeatable)")
    args = parser.parse_args(argv)
    if args.source:
        figures = source_figures([tree.resolve() for tree in args.source], args.runs)
        for tree in args.source:
            print(f"{str(tree):>32}: {figures[str(tree.resolve())]}")
        print(f"{'load average (2 cores)':>32}: {figures['load_average']}")
        print(json.dumps(figures))
        return 0
    figures: dict = {}
    if args.build:
        built = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py")],
                               capture_output=True, text=True, check=True)
        figures.update(json.loads(built.stdout.strip().splitlines()[-1]))
    bundle = args.bundle.resolve()
    _check((bundle / "paddock").is_file(), f"no bundle at {bundle}: build it with packaging/build_bundle.py")
    figures["bundle_mb"] = folder_mb(bundle)
    with tempfile.TemporaryDirectory(prefix="paddock-bundle-") as temporary:
        work = Path(temporary)
        figures.update(smoke(bundle, work))
        print(f"smoke test passed: the engine worker answered {figures['reply']!r} inside the bundle; saved")
        figures["evicted_files"] = evict(bundle)
        figures["load_average"] = round(os.getloadavg()[0], 1)
        cold, cold_cpu = time_to_window(bundle, work / "cold-home")
        figures.update(cold_start_s=round(cold, 2), cold_cpu_s=round(cold_cpu, 2))
        warm = [time_to_window(bundle, work / "cold-home") for _ in range(args.runs)]
        figures["warm_start_s"] = round(statistics.median(wall for wall, _ in warm), 2)
        figures["warm_start_min_s"] = round(min(wall for wall, _ in warm), 2)
        figures["warm_cpu_s"] = round(statistics.median(cpu for _, cpu in warm), 2)
    for key, label in [("build_s", "build time"), ("bundle_mb", "bundle size (MB)"), ("archive_mb", "tarball (MB)"),
                       ("load_average", "load average (2 cores)"),
                       ("cold_start_s", "cold start to a usable window"), ("cold_cpu_s", "cold start and quit, CPU s"),
                       ("warm_start_s", f"warm start (median of {args.runs})"), ("warm_cpu_s", "warm start and quit, CPU s"),
                       ("self_test_s", "start, load, reply, quit")]:
        if key in figures:
            print(f"{label:>32}: {figures[key]}")
    ok = figures["warm_start_s"] < TARGET_S
    print(f"{'target':>32}: a usable window in under {TARGET_S} s: {'met' if ok else 'NOT met'} (warm)")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How long the window's event loop stalls while it works: the longest gap and the p99 gap
between the ticks of a 1 ms timer (a gap of 1 ms is no stall at all).

    .venv/bin/python benchmarks/ui_latency.py                   # every scenario
    .venv/bin/python benchmarks/ui_latency.py stream open-long  # some of them

Scenarios (each a function in SCENARIOS; add one there):
- idle: the window doing nothing for 5 s: the machine's own noise (other processes, the
  OS scheduler), the reference the other lines are read against in the same run.
- stream: a reply streams from the endless tiny model (app/dev/scripted_model.py) at full
  speed through the real window: engine thread, worker process, coalescer, transcript.
- stream-code: a 4,000-token reply full of code blocks and tables streams at ~1,000 tokens
  a second through the same window (a paced stand-in engine: no tiny model writes code).
- open-long: a saved conversation of 10,000 messages opens from the history database
  (shown: the last 200 messages are drawn, a few each event-loop turn).
- download: the model manager is open while the downloads queue fetches a large GGUF from
  a real local HTTP server (the mock hub of tests/app/hub/mock_hub.py) sending it at a set
  pace (--download-mb, --download-mbps), then verifies and installs it.
- fit-grid: the first-run page's grid of every catalog model and quantization is planned
  again for each context of its chooser, across all of them and back, three times (this
  machine's own hardware; the planning runs in the models thread).

The window runs with the GUI process's interpreter settings (ui/interpreter_tuning.py: a
1 ms GIL switch interval, a larger young generation, start-up objects frozen);
--python-defaults measures without them, the reference to read them against.

Each line gives the longest stall and its p50/p90/p99, so a run on a busy machine can be
told from a regression (a busy machine moves the tail, a structural stall the median).

Targets from issues 13 and 19: longest stall <= 16 ms, opening <= 300 ms. Printed, not asserted:
the figures depend on the machine (README "Performance" lists a run).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import os  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.chat.messages import ChatMessage, ChatReply, ReplyStats, StopReason  # noqa: E402
from app.dev.scripted_model import write_scripted_llama  # noqa: E402
from app.engine.preflight import check_model_file  # noqa: E402
from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.store.conversations import create_conversation  # noqa: E402
from app.store.location import database_path  # noqa: E402
from app.store.messages import add_message  # noqa: E402
from app.store.opening import open_store  # noqa: E402
from app.store.records import Role  # noqa: E402
from ui.interpreter_tuning import freeze_start_up_objects, tune_for_responsiveness  # noqa: E402
from ui.main import Paddock, build  # noqa: E402

TIMEOUT_MS = 600_000
TUNED = {"on": True}  # the GUI process's interpreter settings (ui/interpreter_tuning.py); --python-defaults


@dataclass
class StallMeter:
    """A 1 ms precise timer; each gap between its ticks, minus the 1 ms, is a stall."""

    ticks: list[float] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.timer.timeout.disconnect()
        return [max(0.0, (b - a) * 1000 - 1) for a, b in zip(self.ticks, self.ticks[1:])]


@dataclass(frozen=True)
class Result:
    name: str
    stalls_ms: list[float]
    figures: dict[str, str]

    def line(self) -> str:
        ordered = sorted(self.stalls_ms) or [0.0]

        def at(share: float) -> float:
            return ordered[min(len(ordered) - 1, int(len(ordered) * share))]

        extra = "  ".join(f"{key} {value}" for key, value in self.figures.items())
        over = sum(1 for gap in ordered if gap > 16)
        return (f"{self.name:12s} longest stall {max(ordered):7.1f} ms  p99 {at(0.99):6.1f} ms  "
                f"p90 {at(0.9):5.2f} ms  median {statistics.median(ordered):5.2f} ms  "
                f"over 16 ms {over:4d}  ticks {len(ordered):6d}  {extra}")


def wait_for(signal: object, start: Callable[[], object], timeout_ms: int = TIMEOUT_MS) -> list:
    """Run `start`, then the event loop until `signal` fires; its arguments."""
    loop = QEventLoop()
    got: list = []
    fired: list[bool] = []

    def done(*args: object) -> None:
        got.extend(args)
        fired.append(True)
        loop.quit()

    signal.connect(done)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    if not fired:  # it may fire within start()
        loop.exec()
    signal.disconnect(done)  # type: ignore[attr-defined]
    if not fired:
        raise TimeoutError(f"no {signal} within {timeout_ms} ms")
    return got


def make_app(qapp: QApplication, home: Path, engine: Optional[object] = None) -> Paddock:
    paddock = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(home)}), language="en",
                    engine_client=engine)  # type: ignore[arg-type]
    paddock.window.resize(1000, 760)
    paddock.window.show()
    if TUNED["on"]:
        freeze_start_up_objects()  # as ui.main.main does once the window is up
    return paddock


def close_app(paddock: Paddock) -> None:
    paddock.window.close()
    paddock.shutdown()


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def measure_reply(paddock: Paddock, name: str, text: str = "Go") -> Result:
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    got = wait_for(paddock.controller.replyFinished, lambda: paddock.controller.send(text))
    elapsed = time.perf_counter() - started
    settle(200)  # the last render and its layout
    stalls = meter.stop()
    stats: ReplyStats = got[0]
    renders = [s * 1000 for s in paddock.window.transcript.render_seconds]
    return Result(name, stalls, {"tokens": str(stats.generated_tokens), "tokens/s": f"{stats.tokens_per_s:.0f}",
                                 "reply s": f"{elapsed:.1f}", "renders": str(len(renders)),
                                 "render ms mean/max": f"{statistics.mean(renders):.1f}/{max(renders):.1f}"})


# --- scenarios ---------------------------------------------------------------------------


def stream(qapp: QApplication, work: Path, tokens: int) -> Result:
    model = write_scripted_llama(work / "endless.gguf", " and on", endless=True)
    paddock = make_app(qapp, work / "home-stream")
    try:
        wait_for(paddock.controller.modelLoaded, lambda: paddock.window.open_model(model))
        paddock.controller.sampling = SamplingSettings(temperature=0.0, max_tokens=tokens)
        return measure_reply(paddock, "stream")
    finally:
        close_app(paddock)


def code_reply(tokens: int) -> list[str]:
    """About `tokens` pieces of Markdown: prose, fenced Python, a table, again and again."""
    section = ("\n\n## Step {n}\n\nWrite the function, then **test** it:\n\n```python\n"
               "def step_{n}(values: list[int]) -> int:\n    total = 0\n    for value in values:\n"
               "        if value % 2 == 0:\n            total += value * {n}\n    return total  # even ones\n"
               "```\n\n| input | output |\n|---|--:|\n| [1, 2] | {n2} |\n| [] | 0 |\n")
    pieces: list[str] = []
    n = 0
    while len(pieces) < tokens:
        text = section.format(n=n, n2=2 * n)
        pieces += [text[i:i + 4] for i in range(0, len(text), 4)]
        n += 1
    return pieces[:tokens]


class PacedEngine:
    """Streams a fixed reply one piece every `interval_s` (from the engine thread)."""

    worker_pid = None

    def __init__(self, pieces: Sequence[str], interval_s: float) -> None:
        self.pieces, self.interval_s = list(pieces), interval_s
        self.info: Optional[ModelInfo] = None

    def load(self, settings: LoadSettings, *, fit_check: Optional[Callable] = None) -> ModelInfo:
        header = check_model_file(settings)
        self.info = ModelInfo(path=Path(settings.model_path), architecture=header.architecture, name=header.name,
                              file_type=header.file_type, n_ctx=settings.n_ctx, n_ctx_train=header.context_length,
                              n_vocab=header.vocab_size, n_embd=0, has_chat_template=True, llama_cpp_version="paced")
        return self.info

    @property
    def model_info(self) -> Optional[ModelInfo]:
        return self.info

    @staticmethod
    def count_tokens(messages: Sequence[ChatMessage]) -> int:
        return sum(4 + len(m.content.split()) for m in messages)

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = SamplingSettings(), *,
             on_token: Optional[Callable[[str], None]] = None, cancel: Optional[object] = None) -> ChatReply:
        started = time.perf_counter()
        for index, piece in enumerate(self.pieces):
            delay = started + index * self.interval_s - time.perf_counter()
            if delay > 0:
                threading.Event().wait(delay)
            if on_token is not None:
                on_token(piece)
        elapsed = time.perf_counter() - started
        stats = ReplyStats(prompt_tokens=10, reused_tokens=0, generated_tokens=len(self.pieces),
                           time_to_first_token_s=0.0, prompt_tokens_per_s=0.0,
                           tokens_per_s=len(self.pieces) / max(elapsed, 1e-9), stop_reason=StopReason.END_OF_TURN)
        return ChatReply("".join(self.pieces), stats)

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


def stream_code(qapp: QApplication, work: Path, tokens: int) -> Result:
    model = write_scripted_llama(work / "any.gguf", "x")
    paddock = make_app(qapp, work / "home-code", PacedEngine(code_reply(max(tokens, 4000)), 0.001))
    try:
        wait_for(paddock.controller.modelLoaded, lambda: paddock.window.open_model(model))
        return measure_reply(paddock, "stream-code")
    finally:
        close_app(paddock)


def open_long(qapp: QApplication, work: Path, tokens: int, messages: int = 10_000) -> Result:
    home = work / "home-long"
    paths = AppPaths.from_environment({"PADDOCK_HOME": str(home)}).ensure()
    store = open_store(database_path(paths))
    db = store.connection()
    conversation = create_conversation(db, title="A very long chat")
    with db.transaction():
        for n in range(messages):
            role = Role.USER if n % 2 == 0 else Role.ASSISTANT
            text = f"Question {n}: how?" if role is Role.USER else f"Answer {n}: like **this**, with `code`."
            add_message(db, conversation.id, role, text, touch=False)
    store.close()
    paddock = make_app(qapp, home)
    try:
        wait_for(paddock.history_controller.listed, lambda: None)
        settle()
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        wait_for(paddock.window.transcript.drawn, lambda: paddock.controller.open_conversation(conversation.id))
        shown_ms = (time.perf_counter() - started) * 1000  # read from the database, every shown message drawn
        settle(500)
        stalls = meter.stop()
        return Result("open-long", stalls, {"messages": str(messages), "shown after": f"{shown_ms:.0f} ms"})
    finally:
        close_app(paddock)


def fit_grid(qapp: QApplication, work: Path, tokens: int, rounds: int = 3) -> Result:
    paddock = make_app(qapp, work / "home-grid")
    try:
        models = paddock.models_controller
        page = paddock.models_ui.show_first_run()
        settle(1000)  # the hardware measured, the first grid planned
        box = page.context_box
        stops = list(range(box.count()))
        path = [index for _ in range(rounds) for index in stops + stops[-2:0:-1]] + [box.currentIndex()]
        path = [index for previous, index in zip([box.currentIndex()] + path, path) if index != previous]
        meter = StallMeter()
        meter.start()
        planned: list[float] = []
        for index in path:  # each move once the grid of the one before is shown
            started = time.perf_counter()
            wait_for(models.catalogChanged, lambda index=index: box.setCurrentIndex(index))  # type: ignore[misc]
            planned.append((time.perf_counter() - started) * 1000)
        settle(200)
        stalls = meter.stop()
        cells = len(models.grid)
        return Result("fit-grid", stalls, {"moves": str(len(path)), "cells": str(cells),
                                           "grid shown after a move median/max":
                                           f"{statistics.median(planned):.0f}/{max(planned):.0f} ms"})
    finally:
        close_app(paddock)


DOWNLOAD = {"mb": 256, "mbps": 64.0}  # set from the command line
DOWNLOAD_REPO, DOWNLOAD_FILE = "bench/Llama-Download-GGUF", "llama-download-Q4_K_M.gguf"


def serve_download(mb: float, mbps: float) -> None:
    """In a process of its own (a real hub is not in Paddock's process either, and a server
    thread here would compete for Python's GIL with the window): the tests' mock hub (a
    real local HTTP server: hub API, CDN, Range, throttling) serving one large GGUF. Prints
    its address, serves until stdin closes."""
    from tests.app.hub.mock_hub import Fault, MockHub
    from tests.app.hub.support import write_small_gguf

    with tempfile.TemporaryDirectory() as tmp:
        head = write_small_gguf(Path(tmp) / "small.gguf").read_bytes()
    data = head + bytes(max(0, int(mb * 2**20) - len(head)))  # a GGUF header, then the bulk
    with MockHub() as hub:
        served = hub.add_repo(DOWNLOAD_REPO).add(DOWNLOAD_FILE, data)
        if mbps > 0:
            hub.add_fault(served, Fault("throttle", bytes_per_s=int(mbps * 2**20), times=1_000))
        print(hub.endpoint, flush=True)
        sys.stdin.read()


def download(qapp: QApplication, work: Path, tokens: int) -> Result:
    server = subprocess.Popen([sys.executable, __file__, "--serve-download"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "BENCH_MB": str(DOWNLOAD["mb"]),
                                   "BENCH_MBPS": str(DOWNLOAD["mbps"])})
    saved = {key: os.environ.pop(key, None) for key in ("HF_ENDPOINT", "HF_TOKEN")}
    try:
        os.environ["HF_ENDPOINT"] = server.stdout.readline().strip()  # type: ignore[union-attr]
        paddock = make_app(qapp, work / "home-download")
        try:
            paddock.models_ui.show_manager()
            settle(500)
            downloads = paddock.downloads_controller
            changes = [0]
            downloads.jobChanged.connect(lambda _id: changes.__setitem__(0, changes[0] + 1))
            meter = StallMeter()
            meter.start()
            started = time.perf_counter()
            wait_for(downloads.jobFinished, lambda: downloads.start(DOWNLOAD_REPO, DOWNLOAD_FILE, "Llama download"))
            elapsed = time.perf_counter() - started
            settle(500)  # the models list read again with the new file
            stalls = meter.stop()
        finally:
            close_app(paddock)
    finally:
        server.stdin.close()  # type: ignore[union-attr]
        server.wait(30)
        for key, value in saved.items():
            os.environ.pop(key, None)
            if value is not None:
                os.environ[key] = value
    return Result("download", stalls, {"MiB": f"{DOWNLOAD['mb']:.0f}", "MiB/s": f"{DOWNLOAD['mb'] / elapsed:.0f}",
                                       "s": f"{elapsed:.1f}", "updates": str(changes[0])})


def idle(qapp: QApplication, work: Path, tokens: int, seconds: float = 5.0) -> Result:
    paddock = make_app(qapp, work / "home-idle")
    try:
        settle(1000)  # what the window does once it is up (warm-ups, the first listings)
        meter = StallMeter()
        meter.start()
        settle(int(seconds * 1000))
        return Result("idle", meter.stop(), {"s": f"{seconds:.0f}"})
    finally:
        close_app(paddock)


SCENARIOS: dict[str, Callable[[QApplication, Path, int], Result]] = {
    "idle": idle,
    "stream": stream,
    "stream-code": stream_code,
    "open-long": open_long,
    "download": download,
    "fit-grid": fit_grid,
}


def main(argv: Optional[Sequence[str]] = None) -> int:
    if list(argv if argv is not None else sys.argv[1:]) == ["--serve-download"]:
        serve_download(float(os.environ["BENCH_MB"]), float(os.environ["BENCH_MBPS"]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scenarios", nargs="*", help=f"any of {', '.join(SCENARIOS)} (default: all)")
    parser.add_argument("--tokens", type=int, default=1000, help="reply length for the stream scenario")
    parser.add_argument("--download-mb", type=float, default=DOWNLOAD["mb"], help="size of the downloaded file")
    parser.add_argument("--download-mbps", type=float, default=DOWNLOAD["mbps"],
                        help="the local server's pace, MiB/s (0: as fast as it can)")
    parser.add_argument("--python-defaults", action="store_true",
                        help="keep Python's switch interval and collector thresholds (the reference "
                             "for ui/interpreter_tuning.py, which the app's GUI process uses)")
    args = parser.parse_args(argv)
    if not args.python_defaults:
        tune_for_responsiveness()
    TUNED["on"] = not args.python_defaults
    DOWNLOAD.update(mb=args.download_mb, mbps=args.download_mbps)
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    qapp = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="paddock-ui-latency-") as tmp:
        for name in args.scenarios or list(SCENARIOS):
            work = Path(tmp) / name
            work.mkdir()
            print(SCENARIOS[name](qapp, work, args.tokens).line(), flush=True)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What a kill -9 loses, and what saving every streamed piece costs.

    .venv/bin/python benchmarks/reply_durability.py               # 20 kills, then the write cost
    .venv/bin/python benchmarks/reply_durability.py --rounds 5 --tokens 512

1. Kill torture: `paddock-cli chat` (the real CLI, a tiny random-weight model, a long reply)
   is killed with SIGKILL, with its engine worker, at a random moment: while the model loads
   or while the reply streams. After each kill the database is opened as Paddock opens it
   and checked: its integrity (quick_check and the search index's own check), the person's
   message (lost: target 0), and the reply's saved text against what the terminal had shown
   (shown but not saved: target at most one coalesced update, i.e. what the model writes in
   30 ms, measured in the same run from the reply's own speed).
2. Write cost: the same engine writes a reply of --tokens tokens, coalesced as a turn does
   (one piece per 30 ms); then the store writes that reply piece by piece, as the recorder
   does. Printed: store time / generation time (target: negligible, well under 0.01).

Run by hand, not by the tests (tests/app/cli/test_chat_kill.py is the suite's short kill test).
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.chat.conversation_recorder import ConversationRecorder  # noqa: E402
from app.chat.messages import ChatMessage  # noqa: E402
from app.chat.turn import COALESCE_SECONDS, TurnRequest, run_turn  # noqa: E402
from app.engine.client import EngineClient  # noqa: E402
from app.engine.settings import LoadSettings, SamplingSettings  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.store.conversations import list_conversations  # noqa: E402
from app.store.location import database_path  # noqa: E402
from app.store.messages import thread  # noqa: E402
from app.store.opening import open_store  # noqa: E402
from app.store.records import Role  # noqa: E402

MODEL = ROOT / "benchmarks" / ".models" / "tiny-F16.gguf"


def ensure_tiny(path: Path) -> Path:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "app.cli.main", "dev", "make-tiny-model", str(path)], check=True, cwd=ROOT)
    return path


def _one_kill(model: Path, home: Path, round_: int, rng: random.Random) -> tuple[str, float, float, bool]:
    """Start a chat, kill it at a random moment; what the terminal showed, the reply's
    streaming time, the kill's delay and whether the model was loading or loaded by then
    (its worker existed: the message had been accepted)."""
    prompt = f"Round {round_}: tell me a very long story."
    child = subprocess.Popen(
        [sys.executable, "-m", "app.cli.main", "chat", "--model", str(model), "--ctx", "4096", "--max-tokens", "3000",
         "--temperature", "1.0", "--seed", str(round_), "--threads", "2", prompt],
        cwd=ROOT, env={**os.environ, "PADDOCK_HOME": str(home)}, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    delay = rng.uniform(0.5, 9.0)  # start and load take 1-4 s: some kills hit the load, most the reply
    started = time.monotonic()
    first_at = None
    shown = b""
    assert child.stdout is not None
    while time.monotonic() - started < delay and child.poll() is None:
        ready, _, _ = select.select([child.stdout], [], [], 0.005)
        if ready:
            chunk = os.read(child.stdout.fileno(), 65536)
            if chunk and first_at is None:
                first_at = time.monotonic()
            shown += chunk
    try:
        accepted = bool(psutil.Process(child.pid).children())
    except psutil.NoSuchProcess:
        accepted = True
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    shown += child.stdout.read()  # printed before the kill, still in the pipe: it was shown
    streaming = time.monotonic() - first_at if first_at is not None else 0.0
    return shown.decode("utf-8", "replace"), streaming, delay, accepted


def kill_torture(model: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    lost = integrity = mismatched = early = 0
    gaps: list[tuple[int, float]] = []  # (characters shown but not saved, characters per coalesced update)
    with tempfile.TemporaryDirectory(prefix="paddock-kill-") as folder:
        home = Path(folder)
        db_path = database_path(AppPaths.from_environment({"PADDOCK_HOME": str(home)}))
        for round_ in range(rounds):
            shown, streaming, delay, accepted = _one_kill(model, home, round_, rng)
            with open_store(db_path) as store:
                db = store.connection()
                ok = db.query_one("PRAGMA quick_check")["quick_check"] == "ok"
                try:
                    db.execute("INSERT INTO message_fts (message_fts) VALUES ('integrity-check')")
                except Exception:  # noqa: BLE001 - any failure of the check is what is counted
                    ok = False
                integrity += not ok
                prompt = f"Round {round_}: tell me a very long story."
                found = [(c.id, m) for c in list_conversations(db, limit=rounds + 1)
                         for m in thread(db, c.id) if m.role is Role.USER and m.content == prompt]
                if not found:
                    if accepted:
                        lost += 1
                    else:
                        early += 1
                    print(f"round {round_:2d}: killed after {delay:.2f} s, "
                          + ("the message was LOST" if accepted else "while Python was still starting (no message yet)"))
                    continue
                conversation_id, message = found[0]
                replies = [m for m in thread(db, conversation_id) if m.parent_id == message.id]
                saved = replies[0].content if replies else ""
            if not shown.startswith(saved):
                mismatched += 1
            rate = len(shown) / streaming if streaming > 0 else 0.0
            per_update = rate * COALESCE_SECONDS
            gaps.append((len(shown) - len(saved), per_update))
            print(f"round {round_:2d}: killed after {delay:.2f} s; shown {len(shown):5d} chars, saved {len(saved):5d}, "
                  f"not saved {len(shown) - len(saved):3d} (one update ~{per_update:.0f} chars)")
    streamed = [(gap, per) for gap, per in gaps if per > 0]
    worst = max((gap / per for gap, per in streamed), default=0.0)
    print(f"\nmessages lost: {lost} (target 0; {early} kill(s) came before the CLI had started); "
          f"integrity failures: {integrity} (target 0); saved text that is not what was shown: {mismatched}")
    print(f"shown but not saved: max {max((g for g, _ in gaps), default=0)} chars; worst ratio to one coalesced "
          f"update: {worst:.2f} (target <= 1) over {len(streamed)} kills mid-reply")


def _timed_turn(engine: EngineClient, request: TurnRequest, recorder: object) -> tuple[float, object]:
    started = time.perf_counter()
    result = run_turn(engine, request, recorder=recorder)  # type: ignore[arg-type]
    return time.perf_counter() - started, result


class _TimedRecorder:
    """The recorder, with the time spent in its calls added up (the store's own cost,
    which other work on the machine does not blur as it blurs two whole turns)."""

    def __init__(self, recorder: ConversationRecorder) -> None:
        self._recorder = recorder
        self.seconds = 0.0
        self.calls = 0

    def __getattr__(self, name: str) -> object:
        method = getattr(self._recorder, name)
        if not callable(method):
            return method

        def timed(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.calls += 1
        return timed


def write_cost(model: Path, tokens: int, repetitions: int = 3) -> None:
    """The same reply (same seed) with and without saving every piece, alternating; and
    the time spent inside the recorder's calls against the whole turn."""
    with tempfile.TemporaryDirectory(prefix="paddock-writes-") as folder, \
            EngineClient(Path(folder) / "engine.log") as engine:
        engine.load(LoadSettings(model_path=model, n_ctx=tokens + 256, n_threads=2))
        store = open_store(Path(folder) / "paddock.sqlite3")
        with_save: list[float] = []
        without: list[float] = []
        in_store = store_calls = 0.0
        for i in range(repetitions):
            request = TurnRequest(f"Tell me a long story ({i}).", (ChatMessage("system", "Be verbose."),),
                                  SamplingSettings(temperature=1.0, max_tokens=tokens, seed=i), "tiny")
            for saving in ((True, False) if i % 2 == 0 else (False, True)):
                recorder = _TimedRecorder(ConversationRecorder(store.connection())) if saving else None
                seconds, result = _timed_turn(engine, request, recorder)
                (with_save if saving else without).append(seconds)
                if recorder is not None:
                    in_store += recorder.seconds
                    store_calls += recorder.calls
        chars = len(result.text)  # type: ignore[attr-defined]
        generated = result.stats.generated_tokens  # type: ignore[attr-defined]
        store.close()
    ratio = sum(with_save) / sum(without)
    print(f"\nwrite cost: replies of {generated} tokens ({chars:,} chars), {repetitions} each way: "
          f"{sum(without) / repetitions:.2f} s without saving, {sum(with_save) / repetitions:.2f} s saving every "
          f"30 ms piece; ratio {ratio:.3f} (target <= 1.01)")
    print(f"time inside the store's calls: {in_store:.3f} s of {sum(with_save):.2f} s ({store_calls:.0f} calls, "
          f"{1000 * in_store / max(store_calls, 1):.2f} ms each); fraction {in_store / sum(with_save):.4f} (target <= 0.01)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--tokens", type=int, default=2048, help="reply length for the write cost")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--model", type=Path, default=MODEL)
    args = parser.parse_args()
    model = ensure_tiny(args.model)
    if args.rounds:
        kill_torture(model, args.rounds, args.seed)
    if args.tokens:
        write_cost(model, args.tokens)


if __name__ == "__main__":
    main()

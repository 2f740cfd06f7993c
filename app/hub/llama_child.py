"""Run one llama.cpp job in a spawned child process, so that it can be stopped and so
that a llama.cpp crash (an abort on a broken file) cannot take the caller down.

`run_in_child(job, *args)` calls `job(emit, *args)` in the child: `emit(*event)` sends
an event to the parent's `on_event`, the return value comes back as the result, an
AppError comes back as the same AppError, anything else as a RuntimeError carrying the
child's traceback. The child's stdout/stderr (file descriptors, so llama.cpp's own
prints and assertion messages too) go to a temporary log whose last lines explain a
child that died. Quantization and the load check of converted files use it; it is the
one place that would change if child processes were handled elsewhere.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any, Callable, Optional

from app.errors import AppError, Cancelled, EngineError, error_from_kind
from app.jobs import CancelToken, check

HEARTBEAT_S = 0.5
# Any text will do: tokenizing it runs llama.cpp's pre-tokenizer regexes and BPE merges.
LOAD_CHECK_TEXT = "Hello, world! It's 2024: 3.14 and 12345. Grüße, 你好, 🦙\n\tdone"


# --- child process ---------------------------------------------------------------------


def _child_main(conn: Any, log_path: str, job: Callable[..., Any], args: tuple[Any, ...]) -> None:
    # A failed llama.cpp assertion then ends the log with its message, not a debugger's backtrace.
    os.environ["GGML_NO_BACKTRACE"] = "1"
    with open(log_path, "ab", buffering=0) as log_file:
        for fd in (1, 2):
            os.dup2(log_file.fileno(), fd)
    llama_log = logging.getLogger("llama.cpp")
    llama_log.addHandler(logging.StreamHandler(sys.stderr))  # into log_path, for a crash report
    llama_log.setLevel(logging.INFO)
    llama_log.propagate = False

    def emit(*event: Any) -> None:
        conn.send(("event", event))

    try:
        conn.send(("done", job(emit, *args)))
    except AppError as exc:
        conn.send(("failed", exc.kind, exc.detail))
    except BaseException:  # a bug: the parent reports it with the traceback
        conn.send(("bug", traceback.format_exc()))
    finally:
        conn.close()


def load_check(_emit: Callable[..., None], model_path: str) -> int:
    """Job: load the GGUF in llama.cpp and tokenize a sample text; its vocabulary size.
    A failure names the llama.cpp build (another one may know what this one does not)."""
    from app.engine.llama_backend import check_model_loads, llama_cpp_version

    try:
        return check_model_loads(Path(model_path), sample_text=LOAD_CHECK_TEXT, keep_stderr=True)
    except EngineError as exc:
        raise EngineError(f"{exc.detail} (llama-cpp-python {llama_cpp_version()})") from exc


# --- parent ----------------------------------------------------------------------------


def describe_exit(code: Optional[int]) -> str:
    if code is not None and code < 0:
        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        hint = " (the system may have run out of memory)" if -code == signal.SIGKILL else ""
        return f"was killed by {name}{hint}"
    return f"exited with code {code}"


def _log_tail(path: Path, lines: int = 3) -> str:
    try:
        text = path.read_bytes()[-8192:].decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join([l.strip() for l in text.splitlines() if l.strip()][-lines:])


def _stop(process: Any) -> None:
    if process.is_alive():
        process.terminate()
        process.join(timeout=5)
    if process.is_alive():
        process.kill()
        process.join(timeout=5)


def run_in_child(
    job: Callable[..., Any],
    *args: Any,
    what: str,
    name: str,
    on_event: Optional[Callable[..., None]] = None,
    on_tick: Optional[Callable[[], None]] = None,
    cancel: Optional[CancelToken] = None,
    start_method: str = "spawn",
) -> Any:
    """`job(emit, *args)` in a child process named `name`; what it returns.

    `job` must be a module-level function (the child imports it). `on_event(*event)`
    receives what the job emits, `on_tick()` runs after each event and at least every
    HEARTBEAT_S. A cancel terminates the child and raises Cancelled. A child that dies
    is an EngineError naming `what` ("The {what} process was killed by SIGKILL ...").
    """
    check(cancel)
    context = multiprocessing.get_context(start_method)
    parent_conn, child_conn = context.Pipe(duplex=False)
    log_fd, log_name = tempfile.mkstemp(prefix=f"{name}-", suffix=".log")
    os.close(log_fd)
    log_path = Path(log_name)
    process = context.Process(target=_child_main, args=(child_conn, log_name, job, args), name=name, daemon=True)
    started = False
    try:
        process.start()
        started = True
        child_conn.close()
        return _relay(process, parent_conn, what, on_event, on_tick, cancel, log_path)
    except BaseException:
        if started:
            _stop(process)
        raise
    finally:
        parent_conn.close()
        if started:
            process.join(timeout=5)  # a child that answered is exiting by now
            _stop(process)
        log_path.unlink(missing_ok=True)


def _relay(
    process: Any,
    conn: Any,
    what: str,
    on_event: Optional[Callable[..., None]],
    on_tick: Optional[Callable[[], None]],
    cancel: Optional[CancelToken],
    log_path: Path,
) -> Any:
    def died() -> EngineError:
        process.join(timeout=5)
        tail = _log_tail(log_path)
        detail = f"The {what} process {describe_exit(process.exitcode)}."
        return EngineError(detail + (f" Its last messages:\n{tail}" if tail else ""))

    while True:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        if conn.poll(HEARTBEAT_S):
            try:
                message = conn.recv()
            except (EOFError, OSError):
                raise died() from None
            kind = message[0]
            if kind == "done":
                return message[1]
            if kind == "failed":
                raise error_from_kind(message[1], message[2])
            if kind == "bug":
                raise RuntimeError(f"The {what} process failed:\n{message[1]}")
            if on_event is not None:
                on_event(*message[1])
        elif not process.is_alive():
            raise died()
        if on_tick is not None:
            on_tick()

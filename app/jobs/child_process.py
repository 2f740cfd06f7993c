"""Child processes: the one place in app/ that starts them.

A child is a *spawned* Python process (never forked: the parent holds threads, maybe a
Qt event loop and llama.cpp state, none of which survives a fork) that runs
`target(conn, *args)` with a duplex pipe `conn` to the parent. Its file descriptors 1
and 2 go to a log file, so what native code prints (llama.cpp's log, a GGML_ASSERT
before an abort) is kept instead of reaching a terminal, and Python logging in the child
goes there too. When a child ends, `ChildOutcome` says how (an AppError with a
translatable detail, plain English as `str()`), with the error lines it wrote to its log.

Two levels:

- `ChildProcess.start(...)`, then `send`/`receive`/`poll`, `join`, `stop`, `close`: a
  child that serves requests for a long time (the engine worker).
- `run_in_child(target, *args, ...)`: run one function in a child and get what it
  returns; the AppError it raised, a `ChildBug`, a `ChildDied` or `Cancelled` otherwise
  (the quantizer, the load check of a converted model).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar, Union

from app.errors import QT_TRANSLATE_NOOP, AppError, Cancelled, EngineError, error_from_kind, portable_params
from app.jobs.cancel import CancelToken
from app.logging_setup import LOG_FORMAT

T = TypeVar("T")
_LOG_TAIL_BYTES = 16_384
_WORTH_REPORTING = ("error", "assert", "abort", "failed")
_context = multiprocessing.get_context("spawn")


def support_frozen_children() -> None:
    """Call first thing in every entry point. In a frozen app (a PyInstaller bundle) a
    spawned child is the bundle's own executable started with `--multiprocessing-fork`:
    this turns that process into the child and exits when it is done. A no-op from source."""
    multiprocessing.freeze_support()


@dataclass(frozen=True)
class ChildOutcome:
    """How a child process ended, for a person to read.

    `exit_code` is the process's exit status, minus the signal's number when a signal
    ended it, None while it still runs (it stopped answering). `log_tail` holds the last
    error lines the child wrote to its log. `error()` is the whole sentence as an AppError
    (its detail translatable), `str()` its English text.
    """

    # The child, as a sentence starts: "The quantization process". An AppError whose
    # template is that text, marked with QT_TRANSLATE_NOOP("AppError", ...), lets the
    # window translate it too; a plain str stays as it is.
    what: Union[str, AppError]
    exit_code: Optional[int]
    log_tail: str = ""

    @property
    def succeeded(self) -> bool:
        return self.exit_code == 0

    @property
    def signal_name(self) -> Optional[str]:
        """SIGKILL, SIGSEGV...: the signal that ended the child, if one did."""
        if self.exit_code is None or self.exit_code >= 0:
            return None
        try:
            return signal.Signals(-self.exit_code).name
        except ValueError:
            return str(-self.exit_code)

    def error(self) -> AppError:
        """What happened, as an AppError: its template says how the child ended, with
        `what` and the signal or exit code as parameters, then the log's last lines."""
        ended = self._exit()
        if not self.log_tail:
            return ended
        return AppError(
            QT_TRANSLATE_NOOP("AppError", "{exit} Last messages in its log:\n{log_tail}"),
            exit=ended, log_tail=self.log_tail,
        )

    def _exit(self) -> AppError:
        what = self.what
        if self.exit_code is None:
            return AppError(QT_TRANSLATE_NOOP("AppError", "{what} stopped answering."), what=what)
        name = self.signal_name
        if name == "SIGKILL":  # what the kernel's out-of-memory killer sends
            return AppError(
                QT_TRANSLATE_NOOP("AppError", "{what} was killed ({signal}); the system may have run out of memory."),
                what=what, signal=name,
            )
        if name == "SIGTERM":  # asked to end: by stop(), or by the system shutting down
            return AppError(QT_TRANSLATE_NOOP("AppError", "{what} was stopped ({signal})."), what=what, signal=name)
        if name is not None:
            return AppError(QT_TRANSLATE_NOOP("AppError", "{what} crashed ({signal})."), what=what, signal=name)
        return AppError(
            QT_TRANSLATE_NOOP("AppError", "{what} exited with code {code}."), what=what, code=self.exit_code
        )

    def __str__(self) -> str:
        return self.error().detail


def log_tail(log_path: Path, since: int = 0, lines: int = 3) -> str:
    """The last `lines` lines that report an error (error, assert, abort, failed) among
    the end of the log written after byte offset `since`."""
    try:
        with Path(log_path).open("rb") as handle:
            end = handle.seek(0, os.SEEK_END)
            start = since if since <= end else 0  # a log rotated meanwhile starts again
            handle.seek(max(start, end - _LOG_TAIL_BYTES))
            text = handle.read().decode("utf-8", "replace")
    except OSError:
        return ""
    worth = [line for line in text.splitlines() if any(w in line.lower() for w in _WORTH_REPORTING)]
    return "\n".join(worth[-lines:])


class ChildGone(Exception):
    """The child's end of the pipe closed: it exited or died (`join()` says how)."""


class SharedInt:
    """A 64-bit integer in shared memory, handed to a child among its target's arguments:
    the parent sets it while the child is busy and the child reads it, without a pipe
    message (the engine's stop request)."""

    def __init__(self) -> None:
        self._raw = _context.Value("q", 0, lock=False)

    @property
    def value(self) -> int:
        return int(self._raw.value)

    @value.setter
    def value(self, value: int) -> None:
        self._raw.value = value


def _child_main(log_path: str, target: Callable[..., None], conn: Any, args: tuple[Any, ...]) -> None:
    """Entry point of every child: output into the log, then the target."""
    # A failed llama.cpp assertion then ends the log with its message, not a debugger's backtrace.
    os.environ.setdefault("GGML_NO_BACKTRACE", "1")
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    target(conn, *args)


class ChildProcess:
    """A running child and the parent's end of its pipe; one thread talks to it."""

    def __init__(self, process: Any, conn: Any, what: Union[str, AppError], log_path: Path, log_start: int) -> None:
        self._process = process
        self._conn = conn
        self._what = what
        self._log_path = log_path
        self._log_start = log_start  # the outcome reports only what this child logged

    @classmethod
    def start(
        cls, target: Callable[..., None], *args: Any, what: Union[str, AppError], log_path: Path, name: str
    ) -> "ChildProcess":
        """Start `target(conn, *args)` in a spawned child (`target` and `args` must be
        picklable: a module-level function, plain values, SharedInt). `what` names the
        child in its outcome ("The model's worker process", see ChildOutcome); `name` is
        the process name."""
        log_path = Path(log_path)
        log_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            log_start = log_path.stat().st_size
        except OSError:
            log_start = 0
        parent_conn, child_conn = _context.Pipe(duplex=True)
        process = _context.Process(target=_child_main, args=(str(log_path), target, child_conn, args), name=name, daemon=True)
        process.start()
        child_conn.close()
        return cls(process, parent_conn, what, log_path, log_start)

    @property
    def pid(self) -> Optional[int]:
        return self._process.pid

    def is_alive(self) -> bool:
        return bool(self._process.is_alive())

    def send(self, message: Any) -> None:
        """Send a picklable message (a frozen dataclass); ChildGone if the pipe closed."""
        try:
            self._conn.send(message)
        except (OSError, ValueError) as exc:
            raise ChildGone() from exc

    def poll(self, timeout_s: float) -> bool:
        """True when `receive` will not block (a message, or the news that the pipe closed)."""
        try:
            return bool(self._conn.poll(timeout_s))
        except (OSError, EOFError):
            return True

    def receive(self) -> Any:
        """The child's next message (blocking); ChildGone if the pipe closed."""
        try:
            return self._conn.recv()
        except (EOFError, OSError) as exc:
            raise ChildGone() from exc

    def outcome(self) -> ChildOutcome:
        return ChildOutcome(self._what, self._process.exitcode, log_tail(self._log_path, self._log_start))

    def join(self, timeout_s: float = 5.0) -> ChildOutcome:
        """Wait up to `timeout_s` for the child to end by itself; how it ended (or that
        it still runs)."""
        self._process.join(timeout=timeout_s)
        return self.outcome()

    def stop(self, timeout_s: float = 5.0) -> ChildOutcome:
        """End the child now: SIGTERM, then SIGKILL if it has not ended within `timeout_s`."""
        self._close_pipe()
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=timeout_s)
        return self._kill_if_alive(timeout_s)

    def close(self, timeout_s: float = 5.0) -> ChildOutcome:
        """Close the pipe (a child serving it then exits), wait up to `timeout_s`, kill
        it if it still runs."""
        self._close_pipe()
        self._process.join(timeout=timeout_s)
        return self._kill_if_alive(timeout_s)

    def _kill_if_alive(self, timeout_s: float) -> ChildOutcome:
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=timeout_s)
        return self.outcome()

    def _close_pipe(self) -> None:
        try:
            self._conn.close()
        except OSError:
            pass


# --- one function in a child ---------------------------------------------------------


class ChildDied(EngineError):
    """A child died before answering; `outcome` says how (signal, exit code, log lines).
    Made by `ChildDied.of(outcome)`: its detail is the outcome's."""

    def __init__(self, detail: str, outcome: Optional[ChildOutcome] = None, **params: Any) -> None:
        super().__init__(detail, **params)
        self.outcome = outcome

    @classmethod
    def of(cls, outcome: ChildOutcome) -> "ChildDied":
        error = outcome.error()
        return cls(error.template, outcome, **error.params)


class ChildBug(RuntimeError):
    """The function run in a child raised an unexpected exception (traceback included)."""


@dataclass(frozen=True)
class _Message:
    payload: Any


@dataclass(frozen=True)
class _Returned:
    value: Any


@dataclass(frozen=True)
class _Raised:
    kind: str  # AppError.kind
    detail: str  # the traceback when not expected
    expected: bool
    template: str = ""  # the AppError's template and parameters (for its translation)
    params: Optional[dict[str, Any]] = None


def _run_target(conn: Any, target: Callable[..., Any], sends_messages: bool, args: tuple[Any, ...]) -> None:
    """In the child: run the target, answer with what it returned or raised."""
    try:
        if sends_messages:
            value = target(lambda message: conn.send(_Message(message)), *args)
        else:
            value = target(*args)
        conn.send(_Returned(value))
    except AppError as exc:
        conn.send(_Raised(exc.kind, exc.detail, True, exc.template, portable_params(exc.params)))
    except BaseException:  # a bug: the parent raises ChildBug with the traceback
        conn.send(_Raised("bug", traceback.format_exc(), expected=False))
    finally:
        conn.close()


def run_in_child(
    target: Callable[..., T],
    *args: Any,
    what: Union[str, AppError],
    name: str = "paddock-child",
    log_path: Optional[Path] = None,
    cancel: Optional[CancelToken] = None,
    on_message: Optional[Callable[[Any], None]] = None,
    on_tick: Optional[Callable[[], None]] = None,
    tick_s: float = 0.5,
) -> T:
    """Run `target(*args)` in a spawned child and return what it returns (pickled).

    With `on_message`, the target is called as `target(send, *args)`: each
    `send(message)` in the child calls `on_message(message)` here, in the calling
    thread. `on_tick` is called after every wait of at most `tick_s` seconds, with or
    without a message (elapsed-time progress). `cancel` is checked as often, the first
    time right after the start. The child's output goes to `log_path` (appended), or to
    a temporary file removed afterwards.

    Raises the AppError the target raised (same class and detail), ChildBug for any
    other exception in the target, ChildDied (an EngineError) when the child died
    without answering, Cancelled when `cancel` was set. On any exception, including one
    from `on_message` or `on_tick`, the child is stopped before it propagates.
    """
    temporary_log = log_path is None
    if log_path is None:
        fd, temp_name = tempfile.mkstemp(prefix=f"{name}-", suffix=".log")
        os.close(fd)
        log_path = Path(temp_name)
    try:
        child = ChildProcess.start(
            _run_target, target, on_message is not None, args, what=what, log_path=log_path, name=name
        )
        try:
            return _answer(child, what, cancel, on_message, on_tick, tick_s)
        except BaseException:
            child.stop()
            raise
        finally:
            child.close()
    finally:
        if temporary_log:
            log_path.unlink(missing_ok=True)


def _answer(
    child: ChildProcess,
    what: Union[str, AppError],
    cancel: Optional[CancelToken],
    on_message: Optional[Callable[[Any], None]],
    on_tick: Optional[Callable[[], None]],
    tick_s: float,
) -> Any:
    """Relay the child's messages until it answers."""
    while True:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        if child.poll(tick_s):
            try:
                reply = child.receive()
            except ChildGone:
                raise ChildDied.of(child.join()) from None
            if isinstance(reply, _Returned):
                return reply.value
            if isinstance(reply, _Raised):
                if reply.expected:
                    raise error_from_kind(reply.kind, reply.detail, reply.template, reply.params)
                raise ChildBug(f"{what} failed:\n{reply.detail}")
            if on_message is not None:
                on_message(reply.payload)
        elif not child.is_alive():
            raise ChildDied.of(child.join())
        if on_tick is not None:
            on_tick()

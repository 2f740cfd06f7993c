"""Quantize an F32/F16/BF16 GGUF with llama.cpp, in a child process so it can be stopped.

`quantize_model` checks the input (a whole GGUF, not already quantized unless asked),
then runs llama.cpp's quantizer in a spawned process that reports each finished tensor
(read from llama.cpp's own log lines) and finally loads the result to prove llama.cpp
can run it. The output is written as `FILE.part` and renamed only once validated; a
cancel terminates the child and removes the partial file. llama.cpp's quantizer cannot
be interrupted from inside, which is why it never runs in the caller's process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from app.errors import AppError, Cancelled, EngineError, InvalidRequestError, error_from_kind
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report

log = logging.getLogger(__name__)

# What Paddock offers (llama.cpp ftype names). Left out: types that need an importance
# matrix (IQ1_*, IQ2_*, Q2_K_S), which Paddock does not compute.
QUANT_TYPES = (
    "Q2_K", "Q3_K_S", "Q3_K_M", "Q3_K_L", "IQ4_XS", "IQ4_NL", "Q4_0", "Q4_K_S", "Q4_K_M",
    "Q5_K_S", "Q5_K_M", "Q6_K", "Q8_0", "F16", "BF16",
)
FLOAT_TENSOR_TYPES = frozenset({"F32", "F16", "BF16"})
_TENSOR_LINE = re.compile(r"^\[\s*(\d+)/\s*(\d+)\]\s+(\S+)")
_HEARTBEAT_S = 0.5


@dataclass(frozen=True)
class QuantizeResult:
    path: Path
    quant_type: str
    file_size: int
    source_size: int
    seconds: float  # all of it: child start, quantization, validation
    quantize_seconds: float  # llama.cpp's quantization call alone, timed in the child


def _normalized_type(quant_type: str) -> str:
    name = quant_type.strip().upper()
    if name not in QUANT_TYPES:
        raise InvalidRequestError(f"Unknown or unsupported quantization {quant_type!r}; choose one of {', '.join(QUANT_TYPES)}.")
    return name


# --- child process ---------------------------------------------------------------------


class _TensorProgress(logging.Handler):
    """Turns llama.cpp's per-tensor quantize log lines into progress messages."""

    def __init__(self, conn: Any) -> None:
        super().__init__(logging.INFO)
        self.conn = conn

    def emit(self, record: logging.LogRecord) -> None:
        match = _TENSOR_LINE.match(record.getMessage().strip())
        if match:
            self.conn.send(("tensor", int(match[1]), int(match[2]), match[3]))


def _child_main(
    conn: Any, source: str, part: str, quant_type: str, n_threads: int, allow_requantize: bool, log_path: str
) -> None:
    """Target of the spawned process: quantize, then prove the result loads.

    Its stdout/stderr (file descriptors, so llama.cpp's own prints and assertion
    messages too) go to `log_path`, whose tail the parent reports if the child dies.
    """
    with open(log_path, "ab", buffering=0) as log_file:
        for fd in (1, 2):
            os.dup2(log_file.fileno(), fd)
    llama_log = logging.getLogger("llama.cpp")
    handler = _TensorProgress(conn)
    llama_log.addHandler(handler)
    llama_log.addHandler(logging.StreamHandler(sys.stderr))  # into log_path, for a crash report
    llama_log.setLevel(logging.INFO)
    llama_log.propagate = False
    try:
        from app.engine.llama_backend import check_model_loads, quantize_file

        started = time.monotonic()
        quantize_file(Path(source), Path(part), quant_type, n_threads=n_threads, allow_requantize=allow_requantize)
        conn.send(("quantized", time.monotonic() - started))
        check_model_loads(Path(part))
        conn.send(("done",))
    except AppError as exc:
        conn.send(("failed", exc.kind, exc.detail))
    except BaseException:  # a bug: the parent reports it with the traceback
        conn.send(("bug", traceback.format_exc()))
    finally:
        conn.close()


# --- parent ----------------------------------------------------------------------------


def _describe_exit(code: Optional[int]) -> str:
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


def quantize_model(
    source: Path,
    target: Path,
    quant_type: str,
    *,
    allow_requantize: bool = False,
    overwrite: bool = False,
    n_threads: int = 0,
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
    start_method: str = "spawn",
) -> QuantizeResult:
    """Quantize the GGUF `source` to `quant_type` (e.g. Q4_K_M) at `target`.

    Progress: stage "start", then "quantize" with tensors done/total and the elapsed
    time in `message`, then "validate". `n_threads` 0 uses every core, as llama.cpp's
    own tool does. Raises Cancelled when `cancel` is set; never leaves a partial file.
    """
    # Imported here, not at the top: the spawned child imports this module too, and
    # every import there delays the start of quantization.
    from app.gguf_file import read_gguf_info

    started = time.monotonic()
    source, target = Path(source), Path(target)
    quant_type = _normalized_type(quant_type)
    info = read_gguf_info(source)
    already = {t.type_name for t in info.tensors} - FLOAT_TENSOR_TYPES
    if already and not allow_requantize:
        raise InvalidRequestError(
            f"{source.name} is already quantized ({', '.join(sorted(already))} tensors). Quantizing it "
            "again loses more quality than quantizing its F16/BF16 original; allow re-quantizing to do it anyway."
        )
    if target.resolve() == source.resolve():
        raise InvalidRequestError("The quantized model must be written to a new file, not over its source.")
    if target.exists() and not overwrite:
        raise InvalidRequestError(f"{target} already exists; choose another name or allow overwriting.")
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    check(cancel)
    context = multiprocessing.get_context(start_method)
    parent_conn, child_conn = context.Pipe(duplex=False)
    log_fd, log_path = tempfile.mkstemp(prefix="paddock-quantize-", suffix=".log")
    os.close(log_fd)
    process = context.Process(
        target=_child_main,
        args=(child_conn, str(source), str(part), quant_type, n_threads, allow_requantize, log_path),
        name="paddock-quantize",
        daemon=True,
    )
    report(progress, ProgressUpdate("start", 0, len(info.tensors), f"{source.name} -> {quant_type}"))
    process.start()
    child_conn.close()
    try:
        quantize_seconds = _pump(process, parent_conn, started, len(info.tensors), progress, cancel, Path(log_path))
        result_info = read_gguf_info(part)
        if result_info.file_type not in (quant_type, "unknown"):
            raise EngineError(f"llama.cpp wrote a {result_info.file_type} file, not {quant_type}.")
        os.replace(part, target)
    except BaseException:
        _stop(process)
        part.unlink(missing_ok=True)
        raise
    finally:
        parent_conn.close()
        process.join(timeout=5)
        Path(log_path).unlink(missing_ok=True)
    return QuantizeResult(
        path=target,
        quant_type=quant_type,
        file_size=target.stat().st_size,
        source_size=info.file_size,
        seconds=time.monotonic() - started,
        quantize_seconds=quantize_seconds,
    )


def _pump(
    process: Any,
    conn: Any,
    started: float,
    n_tensors: int,
    progress: Optional[ProgressCallback],
    cancel: Optional[CancelToken],
    log_path: Path,
) -> float:
    """Relay the child's messages until it is done; the quantization time it measured."""

    def died() -> EngineError:
        process.join(timeout=5)
        detail = f"The quantization process {_describe_exit(process.exitcode)}."
        tail = _log_tail(log_path)
        return EngineError(detail + (f" Its last messages:\n{tail}" if tail else ""))

    done = 0
    current = ""
    quantize_seconds = 0.0
    last_report = 0.0
    while True:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        if conn.poll(_HEARTBEAT_S):
            try:
                message = conn.recv()
            except (EOFError, OSError):
                raise died() from None
            kind = message[0]
            if kind == "tensor":
                done, n_tensors, current = message[1], message[2], message[3]
            elif kind == "quantized":
                quantize_seconds = message[1]
                report(progress, ProgressUpdate("validate", done, n_tensors, "loading the result in llama.cpp"))
                continue
            elif kind == "done":
                return quantize_seconds
            elif kind == "failed":
                raise error_from_kind(message[1], message[2])
            elif kind == "bug":
                raise RuntimeError(f"The quantization process failed:\n{message[1]}")
        elif not process.is_alive():
            raise died()
        now = time.monotonic()
        if not quantize_seconds and (now - last_report >= _HEARTBEAT_S or done == n_tensors):
            last_report = now
            elapsed = f"{now - started:.1f} s elapsed"
            report(progress, ProgressUpdate("quantize", done, n_tensors, f"{elapsed}, {current}" if current else elapsed))

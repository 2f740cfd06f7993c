"""Quantize an F32/F16/BF16 GGUF with llama.cpp, in a child process so it can be stopped.

`quantize_model` checks the input (a whole GGUF, not already quantized unless asked),
then runs llama.cpp's quantizer in a child process (app.jobs.child_process) that reports
each finished tensor (read from llama.cpp's own log lines) and finally loads the result
to prove llama.cpp can run it. The output is written as `FILE.part` and renamed only
once validated; a cancel stops the child and removes the partial file. llama.cpp's
quantizer cannot be interrupted from inside, which is why it never runs in the
caller's process.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from app.errors import QT_TRANSLATE_NOOP, AppError, EngineError, InvalidRequestError
from app.jobs import CancelToken, ProgressCallback, ProgressUpdate, check, report
from app.jobs.child_process import run_in_child

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
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP(
                "AppError", "Unknown or unsupported quantization '{quant_type}'; choose one of {choices}."
            ),
            quant_type=quant_type,
            choices=", ".join(QUANT_TYPES),
        )
    return name


# --- child process ---------------------------------------------------------------------


@dataclass(frozen=True)
class TensorQuantized:
    """Child to parent: llama.cpp finished tensor `done` of `total`, named `name`."""

    done: int
    total: int
    name: str


@dataclass(frozen=True)
class QuantizedFileWritten:
    """Child to parent: the quantized file is complete; loading it to check it begins."""


class _TensorProgress(logging.Handler):
    """Turns llama.cpp's per-tensor quantize log lines into TensorQuantized messages."""

    def __init__(self, send: Callable[[Any], None]) -> None:
        super().__init__(logging.INFO)
        self.send = send

    def emit(self, record: logging.LogRecord) -> None:
        match = _TENSOR_LINE.match(record.getMessage().strip())
        if match:
            self.send(TensorQuantized(int(match[1]), int(match[2]), match[3]))


def _quantize_in_child(
    send: Callable[[Any], None], source: str, part: str, quant_type: str, n_threads: int, allow_requantize: bool
) -> float:
    """Runs in the child: quantize, then prove the result loads. Returns the seconds
    llama.cpp's quantization call took."""
    llama_log = logging.getLogger("llama.cpp")
    llama_log.addHandler(_TensorProgress(send))
    llama_log.addHandler(logging.StreamHandler(sys.stderr))  # into the child's log, for a crash report
    llama_log.setLevel(logging.INFO)
    llama_log.propagate = False
    from app.engine.llama_backend import check_model_loads, quantize_file

    started = time.monotonic()
    quantize_file(Path(source), Path(part), quant_type, n_threads=n_threads, allow_requantize=allow_requantize)
    seconds = time.monotonic() - started
    send(QuantizedFileWritten())
    check_model_loads(Path(part), keep_stderr=True)
    return seconds


# --- parent ----------------------------------------------------------------------------


class _ProgressRelay:
    """The child's messages as progress: per tensor, and at least every half second with
    the elapsed time while llama.cpp works on a big tensor."""

    def __init__(self, progress: Optional[ProgressCallback], started: float, n_tensors: int) -> None:
        self._progress = progress
        self._started = started
        self._done, self._total, self._current = 0, n_tensors, ""
        self._written = False
        self._last_report = 0.0

    def on_message(self, message: Any) -> None:
        if isinstance(message, TensorQuantized):
            self._done, self._total, self._current = message.done, message.total, message.name
        elif isinstance(message, QuantizedFileWritten):
            self._written = True
            report(self._progress, ProgressUpdate("validate", self._done, self._total, "loading the result in llama.cpp"))

    def on_tick(self) -> None:
        now = time.monotonic()
        if not self._written and (now - self._last_report >= _HEARTBEAT_S or self._done == self._total):
            self._last_report = now
            elapsed = f"{now - self._started:.1f} s elapsed"
            message = f"{elapsed}, {self._current}" if self._current else elapsed
            report(self._progress, ProgressUpdate("quantize", self._done, self._total, message))


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
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} is already quantized ({types} tensors). Quantizing it again loses more quality "
                "than quantizing its F16/BF16 original; allow re-quantizing to do it anyway.",
            ),
            name=source.name,
            types=", ".join(sorted(already)),
        )
    if target.resolve() == source.resolve():
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "The quantized model must be written to a new file, not over its source.")
        )
    if target.exists() and not overwrite:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "{path} already exists; choose another name or allow overwriting."),
            path=target,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    check(cancel)
    report(progress, ProgressUpdate("start", 0, len(info.tensors), f"{source.name} -> {quant_type}"))
    relay = _ProgressRelay(progress, started, len(info.tensors))
    try:
        quantize_seconds = run_in_child(
            _quantize_in_child, str(source), str(part), quant_type, n_threads, allow_requantize,
            what=AppError(QT_TRANSLATE_NOOP("AppError", "The quantization process")), name="paddock-quantize", cancel=cancel,
            on_message=relay.on_message, on_tick=relay.on_tick, tick_s=_HEARTBEAT_S,
        )
        result_info = read_gguf_info(part)
        if result_info.file_type not in (quant_type, "unknown"):
            raise EngineError(
                QT_TRANSLATE_NOOP("AppError", "llama.cpp wrote a {file_type} file, not {quant_type}."),
                file_type=result_info.file_type,
                quant_type=quant_type,
            )
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return QuantizeResult(
        path=target,
        quant_type=quant_type,
        file_size=target.stat().st_size,
        source_size=info.file_size,
        seconds=time.monotonic() - started,
        quantize_seconds=quantize_seconds,
    )

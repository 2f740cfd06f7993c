"""Functions the child-process tests run in spawned children (importable by name)."""

from __future__ import annotations

import os
import signal
import sys
import time
from typing import Any, Callable

from app.errors import QT_TRANSLATE_NOOP, ModelFileError
from app.jobs.child_process import SharedInt


def add(a: int, b: int) -> int:
    return a + b


def count_to(send: Callable[[Any], None], n: int) -> str:
    for i in range(1, n + 1):
        send(i)
    return "counted"


def refuse(path: str) -> None:
    raise ModelFileError(
        QT_TRANSLATE_NOOP("AppError", "{path} is not a GGUF file ({cause})."),
        path=path,
        cause=ModelFileError(QT_TRANSLATE_NOOP("AppError", "it starts with {start!r}"), start=b"PK"),
    )


def divide_by_zero() -> float:
    return 1 / 0


def abort_like_native_code() -> None:
    """What a failed GGML_ASSERT looks like: a line on fd 2, then a fatal signal."""
    print("loading tensors", flush=True)
    os.write(2, b"ggml.c:1234: GGML_ASSERT(n_dims <= 4) failed\n")
    os.kill(os.getpid(), signal.SIGKILL)


def sleep_forever() -> None:
    while True:
        time.sleep(1)


def serve_nothing(_conn: Any) -> None:
    sleep_forever()


def echo_server(conn: Any, word: SharedInt) -> None:
    """Answers each message with (message, word.value); exits when the pipe closes."""
    print("echo server on stdout", flush=True)
    sys.stderr.write("echo server on stderr\n")
    sys.stderr.flush()
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        conn.send((message, word.value))

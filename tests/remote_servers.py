"""Real OpenAI-compatible servers on loopback for the remote-backend tests.

`llama_server` starts llama-cpp-python's own server (`python -m llama_cpp.server`) on a
tiny GGUF in a child process and waits until /v1/models answers; `StubServer` is a tiny
http.server that answers every request with a fixed status (a broken backend) or holds
the connection without answering (a slow one).
"""

from __future__ import annotations

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def llama_server(model_path: Path, log_path: Path, *, startup_s: float = 120.0) -> Iterator[str]:
    """Yield the base URL (…/v1) of a llama_cpp.server serving `model_path` as "scripted"."""
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--model_alias", "scripted",
               "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2", "--verbose", "False"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + startup_s
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited: {log_path.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(base + "/models", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)  # polling a child process coming up: no signal to wait on
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class StubServer:
    """Answers every request with `status` and an OpenAI-style error body; with
    `hold_s`, first waits that long without a byte (a slow backend); with `stream_pieces`,
    streams them as chat chunks and closes the connection without finishing."""

    def __init__(self, status: int = 500, hold_s: float = 0.0, stream_pieces: tuple[str, ...] = ()) -> None:
        release = self._release = threading.Event()

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                if hold_s:
                    release.wait(hold_s)
                if stream_pieces:
                    self._stream()
                    return
                body = json.dumps({"error": {"message": "the backend broke", "type": "server_error"}}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _stream(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for piece in stream_pieces:
                    chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                             "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                self.close_connection = True  # gone before the last chunk and [DONE]

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass  # keep the test output clean

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "StubServer":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

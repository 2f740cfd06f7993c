"""The window's local API: an ApiServer (app/serve) running in a thread of its own.

This module is one of the only places that create threads (ui/tasks/). The server is
bound in the caller's thread (a taken port is reported at once, as `failed`), then
uvicorn runs its event loop in the thread until `stop`; `closed` says the port is closed
again. The server shares the window's engine client: no model is loaded for it.
"""

from __future__ import annotations

import logging
from typing import Any, Optional

from PySide6.QtCore import QObject, QThread, Signal

from app.errors import AppError
from ui.error_texts import error_detail

log = logging.getLogger(__name__)


class _ServerThread(QThread):
    def __init__(self, server: Any) -> None:
        super().__init__()
        self.setObjectName("paddock-api-server")
        self.server = server

    def run(self) -> None:
        self.server.run()


class ServeTask(QObject):
    listening = Signal(str)  # the server's base URL
    failed = Signal(str)  # why it could not start (the port is taken...)
    closed = Signal()  # the server has stopped and its port is closed

    def __init__(self, engine: Any) -> None:
        super().__init__()
        self._engine = engine
        self._thread: Optional[_ServerThread] = None
        self.url = ""

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, port: int) -> None:
        """Listen on 127.0.0.1:`port` (emits `listening` or `failed`); nothing if running."""
        if self._thread is not None:
            return
        from app.serve.window_model import open_window_server

        try:
            server = open_window_server(self._engine, port)
        except AppError as exc:
            log.warning("the local API could not start: %s", exc.detail)
            self.failed.emit(error_detail(exc))
            return
        self._thread = _ServerThread(server)
        self._thread.finished.connect(self._finished)
        self._thread.start()
        self.url = server.url
        log.info("local API listening at %s", self.url)
        self.listening.emit(self.url)

    def stop(self) -> None:
        """Ask the server to stop; `closed` follows once its port is closed."""
        if self._thread is not None:
            self._thread.server.stop()

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Stop and wait for the thread (at quit)."""
        thread = self._thread
        if thread is not None:
            thread.server.stop()
            if not thread.wait(timeout_ms):  # never delete a running thread (Qt aborts)
                log.error("the local API did not stop within %d ms", timeout_ms)
                return
            self._finished()

    def _finished(self) -> None:
        if self._thread is None:
            return
        self._thread.deleteLater()
        self._thread = None
        self.url = ""
        log.info("local API closed")
        self.closed.emit()

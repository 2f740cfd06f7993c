"""ServeController: the settings switch that serves the window's loaded model to other
programs on this computer (an OpenAI-compatible API on 127.0.0.1), in the GUI thread.

`apply` saves the switch and port (app/config/serve_settings.py) and starts or stops the
server (ui/tasks/serve_task.py); `changed` tells the settings view, which shows `url`
while it listens and `error` when it could not (the port is taken...).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from app.config.serve_settings import ServeSettings, load_serve_settings, save_serve_settings

HOST = "127.0.0.1"  # the window's API listens on this computer's loopback only


class ServerTask(Protocol):
    """ui/tasks/serve_task.py's ServeTask."""

    listening: Any
    failed: Any
    closed: Any
    url: str

    @property
    def running(self) -> bool: ...

    def start(self, port: int) -> None: ...

    def stop(self) -> None: ...

    def wait(self, timeout_ms: int = ...) -> None: ...


class ServeController(QObject):
    changed = Signal()

    host = HOST

    def __init__(self, config_dir: Path, task: ServerTask) -> None:
        super().__init__()
        self._config_dir = Path(config_dir)
        self.settings = load_serve_settings(self._config_dir)
        self.task = task
        self.error = ""
        self._port_wanted = self.settings.port
        self._quitting = False
        task.listening.connect(self._listening)
        task.failed.connect(self._failed)
        task.closed.connect(self._closed)

    @property
    def url(self) -> str:
        return self.task.url

    def start_if_enabled(self) -> None:
        """At start: the API comes back if the person left it switched on."""
        if self.settings.enabled:
            self.task.start(self.settings.port)

    def switch(self, enabled: bool, port: int) -> None:
        self.apply(ServeSettings(enabled=enabled, port=port))

    def apply(self, settings: ServeSettings) -> None:
        """Save the switch and port; start, stop or move the server to match."""
        moved = settings.port != self.settings.port
        save_serve_settings(self._config_dir, settings)
        self.settings = settings
        self.error = ""
        self._port_wanted = settings.port
        if not settings.enabled or (moved and self.task.running):
            self.task.stop()  # a new port starts once the old one is closed (_closed)
        elif not self.task.running:
            self.task.start(settings.port)
        self.changed.emit()

    def _listening(self, _url: str) -> None:
        self.error = ""
        self.changed.emit()

    def _failed(self, detail: str) -> None:
        self.error = detail
        self.changed.emit()

    def shutdown(self) -> None:
        """At quit: stop the server for good (no restart on the new port) and wait for it."""
        self._quitting = True
        self.task.wait()

    def _closed(self) -> None:
        if self.settings.enabled and not self._quitting:  # the port changed: listen on the new one
            self.task.start(self._port_wanted)
        self.changed.emit()

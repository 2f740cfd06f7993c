"""The remote endpoints (app/config/remote_endpoints.py) and the models they serve, for the
settings and the model picker (GUI thread). Listing goes through RemoteModelsTask."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.config.remote_endpoints import RemoteEndpoint, load_endpoints, normalized_url, save_endpoints
from app.remote.records import RemoteModel


class RemoteController(QObject):
    listRequested = Signal(object)  # tuple[RemoteEndpoint, ...]
    endpointsChanged = Signal()
    modelsChanged = Signal()
    listFailed = Signal(str, str, str)  # endpoint name, error kind, detail

    def __init__(self, config_dir: Path) -> None:
        super().__init__()
        self._config_dir = Path(config_dir)
        self.endpoints: list[RemoteEndpoint] = load_endpoints(self._config_dir)
        self.models: dict[str, tuple[RemoteModel, ...]] = {}
        self.failures: dict[str, str] = {}  # endpoint name -> detail of its last listing failure

    def endpoint(self, name: str) -> Optional[RemoteEndpoint]:
        return next((e for e in self.endpoints if e.name == name), None)

    def all_models(self) -> list[tuple[RemoteEndpoint, RemoteModel]]:
        return [(e, m) for e in self.endpoints for m in self.models.get(e.name, ())]

    def add(self, name: str, url: str, api_key: str = "") -> bool:
        """Save a new endpoint (or replace the one of that name); False if name or URL is not usable."""
        base = normalized_url(url)
        if not name.strip() or base is None:
            return False
        endpoint = RemoteEndpoint(name.strip(), base, api_key.strip())
        self.endpoints = [e for e in self.endpoints if e.name != endpoint.name] + [endpoint]
        save_endpoints(self._config_dir, self.endpoints)
        self.endpointsChanged.emit()
        self.refresh()
        return True

    def remove(self, name: str) -> None:
        self.endpoints = [e for e in self.endpoints if e.name != name]
        self.models.pop(name, None)
        save_endpoints(self._config_dir, self.endpoints)
        self.endpointsChanged.emit()
        self.modelsChanged.emit()

    def refresh(self) -> None:
        if self.endpoints:
            self.listRequested.emit(tuple(self.endpoints))

    @Slot(str, object)
    def on_listed(self, name: str, models: tuple) -> None:
        if self.endpoint(name) is not None:
            self.models[name] = models
            self.failures.pop(name, None)
            self.modelsChanged.emit()

    @Slot(str, str, str)
    def on_list_failed(self, name: str, kind: str, detail: str) -> None:
        self.models.pop(name, None)
        self.failures[name] = detail
        self.modelsChanged.emit()
        self.listFailed.emit(name, kind, detail)

"""Lists the models of the remote endpoints off the GUI thread (a slow or dead server must
never freeze the window). Lives in its own TaskThread; results leave as signals carrying
frozen data."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from app.errors import AppError
from app.remote.remote_engine import openai_adapter
from ui.error_texts import error_detail


class RemoteModelsTask(QObject):
    listed = Signal(str, object)  # endpoint name, tuple[RemoteModel, ...]
    listFailed = Signal(str, str, str)  # endpoint name, AppError.kind, detail

    @Slot(object)
    def list_models(self, endpoints: tuple) -> None:
        list_models = openai_adapter().list_models  # the HTTP client loads when first needed
        for endpoint in endpoints:
            try:
                models = tuple(list_models(endpoint))
            except AppError as exc:
                self.listFailed.emit(endpoint.name, exc.kind, error_detail(exc))
            else:
                self.listed.emit(endpoint.name, models)

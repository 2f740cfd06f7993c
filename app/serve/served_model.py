"""ServedModel: one model the API serves: its name, whether it is ready, its line.

The model loads after the server has started listening (the front end calls `load` in
the background): until it is ready, requests for it get a 503, and a failed load is
kept to be reported. Requests for it take turns in arrival order (FairQueue): each model
has its own engine worker, so each has its own line.
"""

from __future__ import annotations

import enum
import time
from typing import Any, Callable, Optional

from app.errors import AppError
from app.serve.api_errors import ApiError, model_loading
from app.serve.fair_queue import FairQueue


class ModelState(enum.Enum):
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class ServedModel:
    def __init__(self, load: Callable[[], Any], model_id: str) -> None:
        self._load = load
        self._model_id = model_id
        self.created = int(time.time())
        self.state = ModelState.LOADING
        self.load_error: Optional[AppError] = None
        self._queue = FairQueue()

    @property
    def model_id(self) -> Optional[str]:
        """The name clients use for the model (None: there is none to serve now)."""
        return self._model_id

    def load(self) -> Any:
        """Load the model (blocking); an AppError is kept in `load_error` and raised."""
        try:
            info = self._load()
        except AppError as exc:
            self.load_error, self.state = exc, ModelState.FAILED
            raise
        self.state = ModelState.READY
        return info

    def check_model(self, requested: Optional[str]) -> None:
        """ApiError unless `requested` names this model (None: it does) and it is ready."""
        if self.model_id is None:
            raise ApiError(503, "No model is loaded in Paddock; load one in its window first.", type="server_error",
                           code="model_not_loaded")
        if requested is not None and requested != self.model_id:
            raise ApiError(404, f"The model {requested!r} does not exist here; this server serves {self.model_id!r}.",
                           code="model_not_found", param="model")
        if self.state is ModelState.LOADING:
            raise model_loading(self.model_id)
        if self.state is ModelState.FAILED:
            detail = self.load_error.detail if self.load_error else "it could not be loaded"
            raise ApiError(503, f"The model {self.model_id} is not available: {detail}", type="server_error",
                           code="model_not_loaded")

    @property
    def waiting(self) -> int:
        """Requests in line behind the one running."""
        return self._queue.waiting

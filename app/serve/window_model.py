"""WindowModelService: the API in the window's process, serving the model the window has
loaded, through the window's own engine client (one worker, one copy of the model).

Nothing is loaded for the API: the window loads (after its planner check) and the API
serves whatever is loaded now, under the file's name; with no model loaded, requests get
a 503 that says so. The window's turns and the API's requests share the client, which
hands the worker to its callers in the order they came (FifoLock).
"""

from __future__ import annotations

from typing import Optional

from app.serve.access import DEFAULT_HOST
from app.serve.served_model import ModelState
from app.serve.service import ApiService, ServeEngine


class WindowModelService(ApiService):
    def __init__(self, engine: ServeEngine) -> None:
        super().__init__(engine, lambda: engine.model_info, "")
        self._window_engine = engine
        self.state = ModelState.READY  # nothing to load: the window loads

    @property
    def model_id(self) -> Optional[str]:
        info = self._window_engine.model_info
        return info.path.name.removesuffix(".gguf") if info is not None else None


def open_window_server(engine: ServeEngine, port: int):  # type: ignore[no-untyped-def]
    """An ApiServer (bound now, on this computer's loopback only, no key) serving the
    window's model; InvalidRequestError when the port is taken."""
    from app.serve.http_api import ApiServer  # FastAPI and uvicorn load only when the API is switched on

    return ApiServer(WindowModelService(engine), host=DEFAULT_HOST, port=port)

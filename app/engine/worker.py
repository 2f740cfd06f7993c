"""The engine worker process: owns one llama.cpp model and answers requests in order.

`run_worker` is the target of the child that EngineClient starts through
app.jobs.child_process, which sends its stdout and stderr (file descriptors, so
llama.cpp's own prints and GGML_ASSERT messages too) to the engine log. Expected
failures are answered as FailedEvent(expected=True); anything else is a bug and is
answered with its traceback. The process exits when its pipe closes.
"""

from __future__ import annotations

import logging
import os
import traceback
from typing import TYPE_CHECKING, Any, Callable, Optional

from app.engine import protocol as p
from app.errors import QT_TRANSLATE_NOOP, AppError, NoModelLoadedError, portable_params
from app.jobs.child_process import SharedInt

if TYPE_CHECKING:
    from app.engine.loaded_model import LoadedModel

log = logging.getLogger("app.engine.worker")


class _Worker:
    def __init__(self, conn: Any, cancel_id: SharedInt) -> None:
        from app.engine.loaded_model import LoadedModel  # llama.cpp loads in the worker only

        self._load_model = LoadedModel.load
        self._conn = conn
        self._cancel_id = cancel_id
        self._model: Optional[LoadedModel] = None

    def _need_model(self) -> "LoadedModel":
        if self._model is None:
            raise NoModelLoadedError(QT_TRANSLATE_NOOP("AppError", "No model is loaded. Load a GGUF model first."))
        return self._model

    def _unload(self) -> None:
        if self._model is not None:
            self._model.close()
            self._model = None

    def handle(self, request: p.Request) -> p.Event:
        rid = request.request_id
        if isinstance(request, p.LoadRequest):
            self._unload()
            self._model = self._load_model(request.settings)
            return p.ResultEvent(rid, self._model.info)
        if isinstance(request, p.UnloadRequest):
            self._unload()
            return p.ResultEvent(rid, None)
        model = self._need_model()
        if isinstance(request, p.ChatRequest):
            cancelled: Callable[[], bool] = lambda: self._cancel_id.value == rid
            emit = lambda text: self._conn.send(p.TokenEvent(rid, text))
            text, stats = model.chat(request.messages, request.sampling, emit=emit, cancelled=cancelled)
            return p.ChatDoneEvent(rid, text, stats)
        if isinstance(request, p.CompleteRequest):
            cancelled = lambda: self._cancel_id.value == rid
            emit = lambda text: self._conn.send(p.TokenEvent(rid, text))
            text, stats = model.complete(request.prompt, request.sampling, emit=emit, cancelled=cancelled)
            return p.ChatDoneEvent(rid, text, stats)
        if isinstance(request, p.RenderRequest):
            return p.ResultEvent(rid, model.render(request.messages, request.add_generation_prompt))
        if isinstance(request, p.TokenizeRequest):
            return p.ResultEvent(rid, model.tokenize(request.text, special=request.special))
        if isinstance(request, p.DetokenizeRequest):
            return p.ResultEvent(rid, model.detokenize(request.tokens))
        if isinstance(request, p.EmbedRequest):
            return p.ResultEvent(rid, model.embed(request.texts))
        raise TypeError(f"unknown request {type(request).__name__}")

    def serve(self) -> None:
        while True:
            try:
                request = self._conn.recv()
            except (EOFError, OSError):
                break
            try:
                reply = self.handle(request)
            except AppError as exc:
                log.warning("request %s failed: %s", type(request).__name__, exc.detail)
                reply = p.FailedEvent(
                    request.request_id, exc.kind, exc.detail, True, exc.template, portable_params(exc.params)
                )
            except Exception:
                detail = traceback.format_exc()
                log.error("bug while handling %s:\n%s", type(request).__name__, detail)
                reply = p.FailedEvent(request.request_id, "engine", detail, expected=False)
            try:
                self._conn.send(reply)
            except (OSError, ValueError):
                break
        self._unload()


def run_worker(conn: Any, cancel_id: SharedInt) -> None:
    """Process entry point: serve requests from `conn`; `cancel_id` holds the id of the
    request to stop."""
    log.info("engine worker %s ready", os.getpid())
    _Worker(conn, cancel_id).serve()
    log.info("engine worker %s exits", os.getpid())

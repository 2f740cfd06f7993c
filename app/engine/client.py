"""EngineClient: the app's handle on the llama.cpp worker process.

The model lives in a separate process so that a crash, an abort inside llama.cpp or an
out-of-memory kill never takes the app down. The client sends one request at a time and
blocks until it is answered; streamed tokens arrive through a callback. If the worker
dies, the call raises WorkerDiedError (with the text streamed so far) and the next call
starts a fresh worker and loads the same model again.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from app.chat.messages import ChatMessage, ChatReply
from app.engine import protocol as p
from app.engine.preflight import check_model_file
from app.engine.settings import LoadSettings, ModelInfo, SamplingSettings
from app.errors import QT_TRANSLATE_NOOP, AppError, NoModelLoadedError, WorkerDiedError, error_from_kind
from app.gguf_file import GgufInfo
from app.jobs import CancelToken
from app.jobs.child_process import ChildGone, ChildProcess, SharedInt
from app.jobs.fifo_lock import FifoLock

log = logging.getLogger(__name__)

TokenCallback = Callable[[str], None]
FitCheck = Callable[[LoadSettings, GgufInfo], None]


class EngineBug(RuntimeError):
    """The worker hit an unexpected exception: a bug, reported with its traceback."""


class EngineClient:
    """Runs llama.cpp in a worker process. Not thread-safe for concurrent requests:
    one request at a time (a second caller waits, callers take turns in the order they
    came: the window and the API may share one client); `stop()` may be called from any thread.
    """

    def __init__(self, engine_log: Path) -> None:
        self._engine_log = Path(engine_log)
        self._lock = FifoLock()
        self._ids = itertools.count(1)
        self._worker: Optional[ChildProcess] = None
        self._cancel_id: Optional[SharedInt] = None
        self._settings: Optional[LoadSettings] = None
        self._info: Optional[ModelInfo] = None
        self._current_request = 0

    # --- lifecycle -------------------------------------------------------------------

    @property
    def worker_pid(self) -> Optional[int]:
        return self._worker.pid if self._worker is not None and self._worker.is_alive() else None

    @property
    def model_info(self) -> Optional[ModelInfo]:
        return self._info

    def _start_worker(self) -> None:
        from app.engine.worker import run_worker

        self._cancel_id = SharedInt()
        self._worker = ChildProcess.start(
            run_worker, self._cancel_id, what=AppError(QT_TRANSLATE_NOOP("AppError", "The model's worker process")),
            log_path=self._engine_log, name="paddock-engine",
        )
        log.info("engine worker started, pid %s", self._worker.pid)

    def _forget_worker(self) -> None:
        if self._worker is not None:
            self._worker.close()  # the worker exits when its pipe closes; killed if it does not
        self._worker = None
        self._info = None

    def close(self) -> None:
        """Stop the worker (the model is freed with it)."""
        with self._lock:
            self._settings = None
            self._forget_worker()

    def __enter__(self) -> "EngineClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- requests --------------------------------------------------------------------

    def stop(self) -> None:
        """Stop the reply in progress, if any (safe from any thread)."""
        if self._cancel_id is not None and self._current_request:
            self._cancel_id.value = self._current_request

    def _died(self, partial: str) -> WorkerDiedError:
        assert self._worker is not None
        ended = self._worker.join(timeout_s=5).error()
        self._forget_worker()
        if partial:
            return WorkerDiedError(
                QT_TRANSLATE_NOOP("AppError", "{exit} The reply streamed so far was kept."),
                partial_text=partial, exit=ended,
            )
        return WorkerDiedError(ended.template, **ended.params)

    def _ensure_ready(self, need_model: bool) -> None:
        if self._worker is None or not self._worker.is_alive():
            if self._worker is not None:
                self._forget_worker()
            if need_model and self._settings is None:
                raise NoModelLoadedError(QT_TRANSLATE_NOOP("AppError", "No model is loaded. Load a GGUF model first."))
            self._start_worker()
            if self._settings is not None:
                log.info("reloading %s in a fresh worker", self._settings.model_path)
                self._info = self._call(p.LoadRequest(next(self._ids), self._settings))
        elif need_model and self._info is None:
            raise NoModelLoadedError(QT_TRANSLATE_NOOP("AppError", "No model is loaded. Load a GGUF model first."))

    def _call(
        self,
        request: p.Request,
        on_token: Optional[TokenCallback] = None,
        cancel: Optional[CancelToken] = None,
    ) -> Any:
        """Send `request`, pump events until it is answered; return its value."""
        assert self._worker is not None
        streamed: list[str] = []
        self._current_request = request.request_id
        try:
            self._worker.send(request)
        except ChildGone as exc:
            raise self._died("") from exc
        if cancel is not None:
            cancel.on_cancel(lambda rid=request.request_id: self._cancel_now(rid))
        callback_error: Optional[BaseException] = None
        while True:
            try:
                event = self._worker.receive()
            except ChildGone as exc:
                raise self._died("".join(streamed)) from exc
            if event.request_id != request.request_id:
                continue  # a late event of an abandoned request
            if isinstance(event, p.TokenEvent):
                streamed.append(event.text)
                if on_token is not None and callback_error is None:
                    try:
                        on_token(event.text)
                    except BaseException as exc:  # finish the request, then re-raise
                        callback_error = exc
                        self._cancel_now(request.request_id)
                continue
            self._current_request = 0
            if callback_error is not None:
                raise callback_error
            if isinstance(event, p.FailedEvent):
                if not event.expected:
                    raise EngineBug(event.detail)
                raise error_from_kind(event.kind, event.detail, event.template, event.params)
            if isinstance(event, p.ChatDoneEvent):
                return ChatReply(event.text, event.stats)
            return event.value

    def _cancel_now(self, request_id: int) -> None:
        if self._cancel_id is not None:
            self._cancel_id.value = request_id

    def load(self, settings: LoadSettings, *, fit_check: Optional[FitCheck] = None) -> ModelInfo:
        """Check the file, then load it in the worker (replacing any loaded model).

        `fit_check` (the planner's) may raise an AppError to refuse a model that would
        not fit in memory, before any memory is spent on it.
        """
        settings = settings.validated()
        header = check_model_file(settings)
        if fit_check is not None:
            fit_check(settings, header)
        with self._lock:
            self._settings = None
            self._ensure_ready(need_model=False)
            self._info = None
            info = replace(self._call(p.LoadRequest(next(self._ids), settings)), file_type=header.file_type)
            self._settings, self._info = settings, info
            return info

    def unload(self) -> None:
        with self._lock:
            self._settings = None
            self._info = None
            if self._worker is not None and self._worker.is_alive():
                self._call(p.UnloadRequest(next(self._ids)))

    def chat(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingSettings = SamplingSettings(),
        *,
        on_token: Optional[TokenCallback] = None,
        cancel: Optional[CancelToken] = None,
    ) -> ChatReply:
        """Generate the assistant's reply to `messages`, streaming text to `on_token`."""
        with self._lock:
            self._ensure_ready(need_model=True)
            request = p.ChatRequest(next(self._ids), tuple(messages), sampling)
            return self._call(request, on_token=on_token, cancel=cancel)

    def complete(
        self,
        prompt: str,
        sampling: SamplingSettings = SamplingSettings(),
        *,
        on_token: Optional[TokenCallback] = None,
        cancel: Optional[CancelToken] = None,
    ) -> ChatReply:
        """Continue the raw text `prompt` (no chat template), streaming text to `on_token`."""
        with self._lock:
            self._ensure_ready(need_model=True)
            request = p.CompleteRequest(next(self._ids), prompt, sampling)
            return self._call(request, on_token=on_token, cancel=cancel)

    def _simple(self, make: Callable[[int], p.Request]) -> Any:
        with self._lock:
            self._ensure_ready(need_model=True)
            return self._call(make(next(self._ids)))

    def render_prompt(self, messages: Sequence[ChatMessage], add_generation_prompt: bool = True) -> str:
        return self._simple(lambda rid: p.RenderRequest(rid, tuple(messages), add_generation_prompt))

    def tokenize(self, text: str, special: bool = True) -> list[int]:
        return self._simple(lambda rid: p.TokenizeRequest(rid, text, special))

    def detokenize(self, tokens: Sequence[int]) -> str:
        return self._simple(lambda rid: p.DetokenizeRequest(rid, tuple(tokens)))

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """Tokens the conversation takes in the context, with the reply header."""
        return len(self.tokenize(self.render_prompt(messages)))

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self._simple(lambda rid: p.EmbedRequest(rid, tuple(texts)))

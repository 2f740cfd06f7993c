"""The HTTP front of `paddock-cli serve`: the one module that imports FastAPI, Starlette
and uvicorn.

Routes (/v1/models, /v1/chat/completions, /v1/completions, /v1/embeddings, /health),
request bodies read by openai_requests, every error in OpenAI's JSON shape, and access
(see access.py): Bearer API keys compared in constant time, JSON bodies only, loopback
Host headers on loopback, no CORS headers.
Each reply runs in Starlette's thread pool (the engine call blocks); its text reaches the
event loop through an asyncio queue. When the client disconnects, the request's
CancelToken is set: the worker stops generating, or the request leaves the line.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import socket
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable, Mapping, Optional, Union

import uvicorn
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import QT_TRANSLATE_NOOP, AppError, Cancelled, InvalidRequestError
from app.jobs import CancelToken
from app.serve.access import allowed_host_headers, host_name
from app.serve.api_errors import ApiError
from app.serve.embeddings import EmbeddingService, embedding_request
from app.serve.openai_requests import GenerationRequest, chat_request, completion_request, parse_json_body
from app.serve.openai_responses import SSE_DONE, ChatObjects, TextObjects, model_list, model_object, sse
from app.serve.served_model import ModelState, ServedModel
from app.serve.service import ApiService, Generation

log = logging.getLogger(__name__)
MAX_BODY_BYTES = 16 * 1024 * 1024
CLIENT_GONE = 499  # nginx's "client closed request": nobody reads it, the logs do
Objects = Union[ChatObjects, TextObjects]


def create_app(service: ApiService, *, embeddings: Optional[EmbeddingService] = None,
               api_key: Optional[str] = None, hosts: Optional[frozenset[str]] = None,
               on_fatal: Callable[[], None] = lambda: None) -> FastAPI:
    """The API for `service` (and `embeddings`, if given); the models start loading when
    the server starts, and `on_fatal` is called if that fails (the server should stop).
    `api_key`: required as a Bearer token; `hosts`: the Host headers accepted (None: any)."""
    served: list[ServedModel] = [service] + ([embeddings] if embeddings is not None else [])

    def load_all() -> None:
        for model in served:
            if model.state is ModelState.LOADING:
                model.load()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loading = asyncio.ensure_future(run_in_threadpool(load_all))
        loading.add_done_callback(lambda task: _after_load(task, on_fatal))
        yield
        service.stop_all()

    app = FastAPI(title="Paddock", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    _add_error_handlers(app)
    access = [Depends(_access_check(api_key, hosts))]
    router = APIRouter(prefix="/v1", dependencies=access)

    @router.get("/models")
    async def models() -> dict[str, Any]:
        return model_list([(m.model_id, m.created) for m in served if m.model_id is not None])

    @router.get("/models/{model_id:path}")
    async def model(model_id: str) -> dict[str, Any]:
        for known in served:
            if known.model_id is not None and known.model_id == model_id:
                return model_object(known.model_id, known.created)
        raise ApiError(404, f"The model {model_id!r} does not exist here; this server serves "
                            f"{', '.join(repr(m.model_id) for m in served if m.model_id)}.", code="model_not_found", param="model")

    @router.post("/chat/completions")
    async def chat_completions(request: Request) -> Response:
        generation = chat_request(await _json_body(request))
        return await _answer(service, request, generation, ChatObjects(service.model_id or ""))

    @router.post("/completions")
    async def completions(request: Request) -> Response:
        generation = completion_request(await _json_body(request))
        return await _answer(service, request, generation, TextObjects(service.model_id or ""))

    @router.post("/embeddings")
    async def embed(request: Request) -> dict[str, Any]:
        wanted = embedding_request(await _json_body(request))
        if embeddings is None:
            raise ApiError(400, "This server has no embedding model; start it with --embedding-model FILE.",
                           param="model", code="model_not_found" if wanted.model else None)
        result = await run_in_threadpool(embeddings.embed, wanted, cancel=CancelToken())
        return embeddings.response(wanted, result)

    app.include_router(router)

    @app.get("/health", dependencies=access)
    async def health() -> JSONResponse:
        states = {m.state for m in served}
        status = ModelState.READY if states == {ModelState.READY} else (
            ModelState.FAILED if ModelState.FAILED in states else ModelState.LOADING)
        return JSONResponse({"status": status.value, "models": {m.model_id: m.state.value for m in served},
                             "waiting": service.waiting}, status_code=200 if status is ModelState.READY else 503)

    return app


def _after_load(task: "asyncio.Future[Any]", on_fatal: Callable[[], None]) -> None:
    if task.cancelled():
        return
    error = task.exception()
    if error is None:
        return
    if isinstance(error, AppError):
        log.error("the model could not be loaded: %s", error.detail)
    else:
        log.error("bug while loading the model", exc_info=error)
    on_fatal()


# --- errors and keys --------------------------------------------------------------------


def _add_error_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(exc.body(), status_code=exc.status, headers=headers)

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        error = ApiError(exc.status_code, f"{request.method} {request.url.path}: {exc.detail}",
                         code="not_found" if exc.status_code == 404 else None)
        return JSONResponse(error.body(), status_code=exc.status_code)

    async def bug(request: Request, exc: Exception) -> JSONResponse:
        log.error("bug while answering %s %s", request.method, request.url.path, exc_info=exc)
        error = ApiError(500, "Paddock hit an internal error; its log has the details.", type="server_error")
        return JSONResponse(error.body(), status_code=500)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, bug)


def _access_check(api_key: Optional[str], hosts: Optional[frozenset[str]]) -> Callable[[Request], None]:
    expected = api_key.encode("utf-8") if api_key else None

    def check(request: Request) -> None:
        if hosts is not None and host_name(request.headers.get("host", "")) not in hosts:
            raise ApiError(403, "This server answers requests for this computer's loopback address only "
                                "(the Host header names another).", code="host_not_allowed")
        if request.method == "POST" and request.headers.get("content-type", "").split(";")[0].strip() != \
                "application/json":
            raise ApiError(415, "Send the request body as JSON, with 'Content-Type: application/json'.")
        if expected is None:
            return
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        # compare_digest: the time taken says nothing about how much of a guess was right
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode("utf-8"), expected):
            raise ApiError(401, "Missing or wrong API key: send 'Authorization: Bearer KEY' with the key "
                                "this server was started with.", code="invalid_api_key")

    return check


async def _json_body(request: Request) -> Mapping[str, Any]:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_BODY_BYTES:
        raise ApiError(413, f"The request body is larger than {MAX_BODY_BYTES // 2**20} MiB.")
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise ApiError(413, f"The request body is larger than {MAX_BODY_BYTES // 2**20} MiB.")
    return parse_json_body(raw)


# --- one reply: the engine in the thread pool, its text on the event loop ----------------


class _Reply:
    """service.generate running in the thread pool. `next()` gives each piece of text,
    then the finished Generation; None once the client has gone (watched until
    `stop_watching`, after which the streaming response watches instead)."""

    def __init__(self, service: ApiService, request: GenerationRequest, http: Request) -> None:
        self._loop = asyncio.get_running_loop()
        self._pieces: asyncio.Queue[str] = asyncio.Queue()
        self.cancel = CancelToken()
        on_text = self._on_text if request.stream else None
        self._work = asyncio.ensure_future(
            run_in_threadpool(service.generate, request, cancel=self.cancel, on_text=on_text))
        self._work.add_done_callback(_log_unexpected)
        self._gone: Optional[asyncio.Future[None]] = asyncio.ensure_future(_until_disconnected(http))

    def _on_text(self, piece: str) -> None:  # in the engine's thread
        self._loop.call_soon_threadsafe(self._pieces.put_nowait, piece)

    async def next(self) -> Union[str, Generation, None]:
        while True:
            if not self._pieces.empty():
                return self._pieces.get_nowait()
            if self._work.done():
                return self._work.result()  # pieces are queued before the work is done
            getting = asyncio.ensure_future(self._pieces.get())
            waits = {getting, self._work} | ({self._gone} if self._gone is not None else set())
            done, _ = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            if getting in done:
                return getting.result()
            getting.cancel()
            if self._gone is not None and self._gone in done:
                log.info("the client disconnected; its reply is stopped")
                self.close()
                return None

    def stop_watching(self) -> None:
        if self._gone is not None:
            self._gone.cancel()
            self._gone = None

    def close(self) -> None:
        """Stop the generation (if still running) and the watching."""
        self.cancel.cancel()
        self.stop_watching()


async def _until_disconnected(http: Request) -> None:
    while (await http.receive())["type"] != "http.disconnect":
        pass


def _log_unexpected(work: "asyncio.Future[Any]") -> None:
    """Collect the outcome of a reply nobody waits for any more (its client left)."""
    if work.cancelled():
        return
    error = work.exception()
    if error is not None and not isinstance(error, (ApiError, AppError, Cancelled)):
        log.error("bug while generating a reply", exc_info=error)


async def _answer(service: ApiService, http: Request, request: GenerationRequest, objects: Objects) -> Response:
    reply = _Reply(service, request, http)
    try:
        item = await reply.next()  # an error before the first token is an HTTP error
        while not request.stream and isinstance(item, str):
            item = await reply.next()
    except BaseException:
        reply.close()
        raise
    if item is None:
        return Response(status_code=CLIENT_GONE)
    if not request.stream:
        reply.close()
        assert isinstance(item, Generation)
        return JSONResponse(objects.completion(item.text, item.finish_reason, item.stats, item.tool_call))
    reply.stop_watching()
    return StreamingResponse(_events(reply, item, objects, request.include_usage), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


async def _events(reply: _Reply, first: Union[str, Generation], objects: Objects,
                  include_usage: bool) -> AsyncIterator[bytes]:
    """The reply as server-sent events in OpenAI's chunk format, ending with [DONE]. When
    the client disconnects, Starlette cancels this generator and `finally` stops the reply."""
    try:
        head = objects.first_chunk()
        if head is not None:
            yield sse(head)
        item: Union[str, Generation, None] = first
        while isinstance(item, str):
            yield sse(objects.text_chunk(item))
            item = await reply.next()
        if item is None:
            return
        call = objects.tool_call_chunk(item.tool_call) if item.tool_call is not None else None
        if call is not None:
            yield sse(call)
        yield sse(objects.finish_chunk(item.finish_reason))
        if include_usage:
            yield sse(objects.usage_chunk(item.stats))
        yield SSE_DONE
    except ApiError as exc:  # the worker died mid-reply...: OpenAI's clients raise on an error event
        yield sse(exc.body())
        yield SSE_DONE
    finally:
        reply.close()


# --- the server -------------------------------------------------------------------------


class ApiServer:
    """uvicorn serving `service` on a socket bound at construction (so the address is
    known, and a port in use is reported, before anything starts)."""

    def __init__(self, service: ApiService, *, host: str, port: int, api_key: Optional[str] = None,
                 embeddings: Optional[EmbeddingService] = None) -> None:
        self._socket = _listen(host, port)
        self._service = service
        app = create_app(service, embeddings=embeddings, api_key=api_key, hosts=allowed_host_headers(host),
                         on_fatal=self.stop)
        config = uvicorn.Config(app, log_config=None,
                                access_log=False, lifespan="on", server_header=False, timeout_graceful_shutdown=3)
        self._server = uvicorn.Server(config)

    @property
    def url(self) -> str:
        host, port = self._socket.getsockname()[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}"

    def run(self) -> None:
        """Serve until `stop()` or Ctrl-C (blocking)."""
        try:
            self._server.run(sockets=[self._socket])
        finally:
            self._socket.close()

    def stop(self) -> None:
        """Ask the server to finish, its replies stopped (safe from any thread)."""
        self._server.should_exit = True
        self._service.stop_all()


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=128)
    except OSError as exc:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP(
                "AppError", "Paddock cannot listen on {host} port {port}: {reason}. Choose another port with --port."
            ),
            host=host, port=port, reason=exc.strerror or exc,
        ) from exc

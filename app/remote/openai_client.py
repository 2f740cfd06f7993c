"""The one adapter to the `openai` package: list a server's models, stream a chat reply.

Chosen over hand-written requests/httpx calls: the official client knows the API's shapes,
parses server-sent events and maps HTTP failures to typed exceptions; every OpenAI-compatible
server (llama-server, vLLM, Ollama) is tested against it. Retries are off (a down server
must say so at once, not after three silent tries); its exceptions become our AppErrors.
"""

from __future__ import annotations

from typing import Iterator, Optional, Sequence

import openai

from app.chat.messages import ChatMessage
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.settings import SamplingSettings
from app.errors import QT_TRANSLATE_NOOP, AppError
from app.jobs import CancelToken
from app.remote.errors import RemoteServerError, RemoteTimeoutError, RemoteUnreachableError
from app.remote.records import CONNECT_TIMEOUT_S, READ_TIMEOUT_S, RemoteModel, StreamEnd


def _client(endpoint: RemoteEndpoint, read_timeout_s: float) -> openai.OpenAI:
    timeout = openai.Timeout(read_timeout_s, connect=min(CONNECT_TIMEOUT_S, read_timeout_s))
    # A key is required by the client: servers without one ignore the placeholder.
    return openai.OpenAI(base_url=endpoint.base_url, api_key=endpoint.api_key or "none",
                         timeout=timeout, max_retries=0)


def _translate(exc: Exception, endpoint: RemoteEndpoint) -> AppError:
    name, url = endpoint.name, endpoint.base_url
    if isinstance(exc, openai.APITimeoutError):
        return RemoteTimeoutError(
            QT_TRANSLATE_NOOP("AppError", "{name} ({url}) did not answer in time."), name=name, url=url
        )
    if isinstance(exc, openai.APIConnectionError):
        return RemoteUnreachableError(
            QT_TRANSLATE_NOOP("AppError", "{name} ({url}) could not be reached: {reason}"),
            name=name, url=url, reason=exc.__cause__ or exc,
        )
    if isinstance(exc, openai.APIStatusError):
        return RemoteServerError(
            QT_TRANSLATE_NOOP("AppError", "{name} ({url}) answered HTTP {status}: {message}"),
            name=name, url=url, status=exc.status_code, message=_message(exc),
        )
    return RemoteServerError(
        QT_TRANSLATE_NOOP("AppError", "{name} ({url}) sent something unexpected: {reason}"),
        name=name, url=url, reason=exc,
    )


def _message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return inner["message"][:500]
    return str(exc.message)[:500]


def list_models(endpoint: RemoteEndpoint, *, timeout_s: float = CONNECT_TIMEOUT_S) -> list[RemoteModel]:
    """The models `endpoint` serves (GET /v1/models)."""
    try:
        page = _client(endpoint, timeout_s).models.list()
        return [RemoteModel(endpoint.name, m.id, _context_length(m)) for m in page.data]
    except openai.OpenAIError as exc:
        raise _translate(exc, endpoint) from exc


def _context_length(model: object) -> Optional[int]:
    extra = getattr(model, "model_extra", None) or {}
    meta = extra.get("meta") if isinstance(extra.get("meta"), dict) else {}
    for value in (extra.get("max_model_len"), meta.get("n_ctx"), meta.get("n_ctx_train")):
        if isinstance(value, int) and value > 0:
            return value
    return None


def stream_chat(
    endpoint: RemoteEndpoint,
    model_id: str,
    messages: Sequence[ChatMessage],
    sampling: SamplingSettings,
    *,
    cancel: Optional[CancelToken] = None,
    read_timeout_s: float = READ_TIMEOUT_S,
) -> Iterator[str | StreamEnd]:
    """Yield the reply's text pieces as they arrive, then one StreamEnd.

    A cancel closes the connection at once (the server stops generating when it sees the
    client gone); the generator then ends with finish_reason "cancelled".
    """
    extra: dict = {"seed": sampling.seed} if sampling.seed is not None else {}
    try:
        stream = _client(endpoint, read_timeout_s).chat.completions.create(
            model=model_id, messages=[{"role": m.role, "content": m.content} for m in messages],
            stream=True, stream_options={"include_usage": True}, temperature=sampling.temperature,
            top_p=sampling.top_p, max_tokens=sampling.max_tokens, **extra)
    except openai.OpenAIError as exc:
        raise _translate(exc, endpoint) from exc
    if cancel is not None:
        cancel.on_cancel(stream.close)
    finish: Optional[str] = None
    prompt_tokens = completion_tokens = None
    try:
        for chunk in stream:
            if chunk.usage is not None:
                prompt_tokens, completion_tokens = chunk.usage.prompt_tokens, chunk.usage.completion_tokens
            for choice in chunk.choices or ():
                if choice.delta is not None and choice.delta.content:
                    yield choice.delta.content
                if choice.finish_reason:
                    finish = choice.finish_reason
            if cancel is not None and cancel.cancelled:
                break
    except openai.OpenAIError as exc:
        if cancel is None or not cancel.cancelled:
            raise _translate(exc, endpoint) from exc
    except Exception as exc:  # the connection closed under a cancel; else the server broke off
        if cancel is None or not cancel.cancelled:
            raise RemoteServerError(
                QT_TRANSLATE_NOOP("AppError", "{name} broke off the reply: {reason}"), name=endpoint.name, reason=exc
            ) from exc
    finally:
        stream.close()
    if cancel is not None and cancel.cancelled:
        finish = "cancelled"
    yield StreamEnd(finish, prompt_tokens, completion_tokens)

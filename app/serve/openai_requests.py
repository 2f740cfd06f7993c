"""OpenAI request bodies (already decoded from JSON) as one GenerationRequest for the engine.

Checks what Paddock can honour and refuses the rest with a 400 that names the field:
sampling (`temperature`, `top_p`, `seed`, `max_tokens`, llama.cpp's `top_k`, `min_p`,
`repeat_penalty`), `stop`, `stream` with `stream_options.include_usage`, and
`response_format` (JSON, or JSON matching a schema, through a llama.cpp grammar), and
`tools` in Llama 3.1's own format (tool_calls.py; `tool` messages become `ipython` ones).
Fields that change nothing here (`user`, `presence_penalty` of 0...) are ignored, as
OpenAI's clients send them by default. When a field is absent, the window's defaults apply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional

from app.chat.messages import ChatMessage
from app.engine.llama_backend import json_schema_grammar
from app.engine.settings import SamplingSettings
from app.errors import InvalidRequestError
from app.serve.api_errors import ApiError, bad_request
from app.serve.tool_calls import Tool, parse_tools, tool_call_text, with_tools

ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant",
         "tool": "ipython", "ipython": "ipython"}  # Llama 3.1 reads a tool's result as ipython
MAX_STOPS = 4  # as OpenAI
JSON_OBJECT_SCHEMA = '{"type": "object"}'


@dataclass(frozen=True)
class GenerationRequest:
    """One chat (`messages`) or text (`prompt`) completion to generate."""

    model: Optional[str]  # None: the served model
    sampling: SamplingSettings
    max_tokens: Optional[int]  # None: until the reply ends or the context is full
    stop: tuple[str, ...] = ()
    stream: bool = False
    include_usage: bool = False
    messages: tuple[ChatMessage, ...] = ()
    prompt: Optional[str] = None
    tools: tuple[Tool, ...] = ()  # offered to the model (chat only)


def parse_json_body(raw: bytes) -> Mapping[str, Any]:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"The request body is not valid JSON: {exc}") from exc
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    return body


def chat_request(body: Mapping[str, Any]) -> GenerationRequest:
    """A /v1/chat/completions body."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("`messages` must be a non-empty list of messages.", "messages")
    tools = parse_tools(body)
    parsed = with_tools([_message(m, i) for i, m in enumerate(messages)], tools)
    request = _common(body)
    return replace(request, messages=parsed, tools=tools, sampling=replace(request.sampling, grammar=_grammar(body)))


def completion_request(body: Mapping[str, Any]) -> GenerationRequest:
    """A /v1/completions body (one prompt)."""
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise bad_request("`prompt` must be a string (one prompt per request).", "prompt")
    if body.get("echo"):
        raise bad_request("`echo` is not supported.", "echo")
    if body.get("suffix"):
        raise bad_request("`suffix` (fill in the middle) is not supported.", "suffix")
    if (body.get("best_of") or 1) != 1:
        raise bad_request("Only `best_of` = 1 is supported.", "best_of")
    request = _common(body)
    return replace(request, prompt=prompt, sampling=replace(request.sampling, grammar=_grammar(body)))


def _message(message: Any, index: int) -> ChatMessage:
    param = f"messages[{index}]"
    if not isinstance(message, dict):
        raise bad_request(f"{param} must be an object with `role` and `content`.", param)
    role = ROLES.get(message.get("role"))  # type: ignore[arg-type]
    if role is None:
        raise bad_request(f"{param}.role must be one of {', '.join(ROLES)}; got {message.get('role')!r}.", param)
    content = message.get("content")
    calls = message.get("tool_calls") if role == "assistant" else None
    if calls:
        if not isinstance(calls, list) or len(calls) != 1:
            raise bad_request(f"{param}.tool_calls: Llama 3.1 makes one tool call at a time.", param)
        return ChatMessage(role, tool_call_text(calls[0], param))
    if content is None and role == "assistant":
        content = ""
    if isinstance(content, list):
        content = "".join(_text_part(part, param) for part in content)
    if not isinstance(content, str):
        raise bad_request(f"{param}.content must be text.", param)
    return ChatMessage(role, content)


def _text_part(part: Any, param: str) -> str:
    if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
        return part["text"]
    raise bad_request(f"{param}.content may hold only text parts (the loaded model reads text only).", param)


def _common(body: Mapping[str, Any]) -> GenerationRequest:
    defaults = SamplingSettings()
    if (body.get("n") or 1) != 1:
        raise bad_request("Only `n` = 1 is supported.", "n")
    if body.get("logprobs") not in (None, False, 0):
        raise bad_request("`logprobs` is not supported.", "logprobs")
    for name in ("presence_penalty", "frequency_penalty"):
        if _number(body, name, 0.0, -2.0, 2.0) != 0:
            raise bad_request(f"`{name}` is not supported; use `repeat_penalty`.", name)
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
    if max_tokens is not None:
        max_tokens = _integer(body, "max_completion_tokens" if "max_completion_tokens" in body else "max_tokens", 1)
    seed = body.get("seed")
    if seed is not None:
        seed = _integer(body, "seed", 0, 2**32 - 1)
    sampling = SamplingSettings(
        temperature=_number(body, "temperature", defaults.temperature, 0.0, 2.0),
        top_p=_number(body, "top_p", defaults.top_p, 0.0, 1.0),
        top_k=int(_integer(body, "top_k", 0, default=defaults.top_k)),
        min_p=_number(body, "min_p", defaults.min_p, 0.0, 1.0),
        repeat_penalty=_number(body, "repeat_penalty", defaults.repeat_penalty, 0.0, 10.0),
        seed=seed,
    )
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise bad_request("`stream` must be true or false.", "stream")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict):
        raise bad_request("`stream_options` must be an object.", "stream_options")
    model = body.get("model")
    if model is not None and not isinstance(model, str):
        raise bad_request("`model` must be a string.", "model")
    return GenerationRequest(model=model, sampling=sampling, max_tokens=max_tokens, stop=_stops(body),
                             stream=stream, include_usage=bool(stream and options.get("include_usage")))


def _number(body: Mapping[str, Any], name: str, default: float, low: float, high: float) -> float:
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise bad_request(f"`{name}` must be a number from {low:g} to {high:g}; got {value!r}.", name)
    return float(value)


def _integer(body: Mapping[str, Any], name: str, low: int, high: Optional[int] = None, *,
             default: Optional[int] = None) -> Optional[int]:
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"of at least {low}"
        raise bad_request(f"`{name}` must be a whole number {bounds}; got {value!r}.", name)
    return value


def _stops(body: Mapping[str, Any]) -> tuple[str, ...]:
    stop = body.get("stop")
    if stop is None:
        return ()
    stops = [stop] if isinstance(stop, str) else stop
    if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops) or len(stops) > MAX_STOPS:
        raise bad_request(f"`stop` must be a string or a list of up to {MAX_STOPS} strings.", "stop")
    return tuple(s for s in stops if s)


def _grammar(body: Mapping[str, Any]) -> Optional[str]:
    """The llama.cpp grammar `response_format` asks for, if any."""
    fmt = body.get("response_format")
    if fmt is None:
        return None
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind == "text":
        return None
    if kind == "json_object":
        return json_schema_grammar(JSON_OBJECT_SCHEMA)
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if not isinstance(schema, dict):
            raise bad_request("`response_format.json_schema.schema` must be a JSON schema object.", "response_format")
        return _schema_grammar(schema)
    raise bad_request("`response_format.type` must be text, json_object or json_schema.", "response_format")


def _schema_grammar(schema: Mapping[str, Any]) -> str:
    try:
        return json_schema_grammar(json.dumps(schema))
    except InvalidRequestError as exc:
        raise ApiError(400, exc.detail, param="response_format") from exc

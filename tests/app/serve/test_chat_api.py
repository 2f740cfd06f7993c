"""/v1/models, /v1/chat/completions and /v1/completions over real HTTP, in front of a
real engine worker with the scripted model (its reply is SCRIPTED_REPLY, 9 tokens)."""

from __future__ import annotations

import json

import httpx2 as httpx
import pytest

from tests.app.serve.conftest import SCRIPTED_ID, SERVE_CTX, Served
from tests.conftest import SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS

HI = [{"role": "user", "content": "How do I bake bread?"}]


def _events(response: httpx.Response) -> list[str]:
    """The data of each server-sent event, checking the framing on the way."""
    lines = list(response.iter_lines())
    data = [line.removeprefix("data: ") for line in lines if line]
    assert all(line.startswith("data: ") for line in lines if line), lines
    assert all(line == "" for line in lines[1::2]), "each event ends with a blank line"
    return data


def _stream(api: Served, path: str, body: dict) -> list[dict]:
    with httpx.stream("POST", f"{api.url}/v1/{path}", json=body, timeout=60) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        data = _events(response)
    assert data[-1] == "[DONE]"
    return [json.loads(d) for d in data[:-1]]


def test_models_lists_the_served_model(scripted_api: Served) -> None:
    listed = httpx.get(f"{scripted_api.url}/v1/models").json()
    assert listed["object"] == "list"
    assert [(m["id"], m["object"], m["owned_by"]) for m in listed["data"]] == [(SCRIPTED_ID, "model", "paddock")]
    assert httpx.get(f"{scripted_api.url}/v1/models/{SCRIPTED_ID}").json()["id"] == SCRIPTED_ID
    missing = httpx.get(f"{scripted_api.url}/v1/models/llama-405b")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "model_not_found"


def test_a_chat_completion_with_its_usage(scripted_api: Served) -> None:
    response = httpx.post(f"{scripted_api.url}/v1/chat/completions", timeout=60,
                          json={"model": SCRIPTED_ID, "messages": HI, "temperature": 0, "seed": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "chat.completion" and body["model"] == SCRIPTED_ID
    assert body["id"].startswith("chatcmpl-")
    (choice,) = body["choices"]
    assert choice["message"] == {"role": "assistant", "content": SCRIPTED_REPLY, "refusal": None}
    assert choice["finish_reason"] == "stop"
    usage = body["usage"]
    assert usage["completion_tokens"] == SCRIPTED_REPLY_TOKENS
    assert usage["prompt_tokens"] > 10  # the template's headers and the question
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_streamed_chunks_in_openai_format(scripted_api: Served) -> None:
    chunks = _stream(scripted_api, "chat/completions",
                     {"messages": HI, "stream": True, "stream_options": {"include_usage": True}})
    assert len({c["id"] for c in chunks}) == 1 and chunks[0]["id"].startswith("chatcmpl-")
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    texts = [c["choices"][0]["delta"].get("content", "") for c in chunks[1:-2]]
    assert "".join(texts) == SCRIPTED_REPLY and len(texts) > 3  # streamed in pieces, not at once
    assert all(c["choices"][0]["finish_reason"] is None for c in chunks[:-2])
    assert chunks[-2]["choices"][0] == {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["completion_tokens"] == SCRIPTED_REPLY_TOKENS


def test_max_tokens_ends_with_length(scripted_api: Served) -> None:
    body = httpx.post(f"{scripted_api.url}/v1/chat/completions", timeout=60,
                      json={"messages": HI, "max_tokens": 3}).json()
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["usage"]["completion_tokens"] == 3
    assert SCRIPTED_REPLY.startswith(body["choices"][0]["message"]["content"])
    assert body["choices"][0]["message"]["content"] != SCRIPTED_REPLY


@pytest.mark.parametrize("stream", [False, True])
def test_a_stop_sequence_cuts_the_reply(scripted_api: Served, stream: bool) -> None:
    body = {"messages": HI, "stop": ["water", "zebra"], "stream": stream}
    if stream:
        chunks = _stream(scripted_api, "chat/completions", body)
        text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
        finish = chunks[-1]["choices"][0]["finish_reason"]
    else:
        choice = httpx.post(f"{scripted_api.url}/v1/chat/completions", json=body, timeout=60).json()["choices"][0]
        text, finish = choice["message"]["content"], choice["finish_reason"]
    assert text == SCRIPTED_REPLY[: SCRIPTED_REPLY.index("water")]
    assert finish == "stop"


def test_a_text_completion_streamed_and_not(scripted_api: Served) -> None:
    # (the scripted model goes on with its reply after any token outside it, as " hello")
    body = httpx.post(f"{scripted_api.url}/v1/completions", timeout=60,
                      json={"model": SCRIPTED_ID, "prompt": "Say hello", "max_tokens": 4}).json()
    assert body["object"] == "text_completion" and body["id"].startswith("cmpl-")
    assert body["choices"][0]["finish_reason"] == "length"
    assert body["usage"]["completion_tokens"] == 4
    assert SCRIPTED_REPLY.startswith(body["choices"][0]["text"])
    chunks = _stream(scripted_api, "completions", {"prompt": ["Say hello"], "stream": True})
    assert {c["object"] for c in chunks} == {"text_completion"}
    assert "".join(c["choices"][0]["text"] for c in chunks) == SCRIPTED_REPLY
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_a_json_schema_reply_parses_and_matches(scripted_api: Served) -> None:
    schema = {"type": "object", "properties": {"bread": {"type": "boolean"}, "size": {"enum": ["small", "large"]}},
              "required": ["bread", "size"], "additionalProperties": False}
    for temperature in (0, 0.8):
        body = httpx.post(f"{scripted_api.url}/v1/chat/completions", timeout=60, json={
            "messages": HI, "temperature": temperature, "seed": 5, "max_tokens": 100,
            "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}}).json()
        reply = json.loads(body["choices"][0]["message"]["content"])  # the scripted reply is not JSON
        assert set(reply) == {"bread", "size"}
        assert isinstance(reply["bread"], bool) and reply["size"] in ("small", "large")
        assert body["choices"][0]["finish_reason"] == "stop"
    body = httpx.post(f"{scripted_api.url}/v1/chat/completions", timeout=60, json={
        "messages": HI, "max_tokens": 200, "response_format": {"type": "json_object"}}).json()
    if body["choices"][0]["finish_reason"] == "stop":  # a free object may run to the limit
        assert isinstance(json.loads(body["choices"][0]["message"]["content"]), dict)
    text = httpx.post(f"{scripted_api.url}/v1/completions", timeout=60, json={
        "prompt": "Say hello", "max_tokens": 100, "temperature": 0,
        "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}}).json()
    assert set(json.loads(text["choices"][0]["text"])) == {"bread", "size"}
    # the next plain request is not constrained any more
    plain = httpx.post(f"{scripted_api.url}/v1/chat/completions", json={"messages": HI}, timeout=60).json()
    assert plain["choices"][0]["message"]["content"] == SCRIPTED_REPLY


@pytest.mark.parametrize("body, param", [
    ({"messages": []}, "messages"),
    ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0]"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]}, "messages[0]"),
    ({"messages": HI, "temperature": 3}, "temperature"),
    ({"messages": HI, "top_p": "high"}, "top_p"),
    ({"messages": HI, "max_tokens": 0}, "max_tokens"),
    ({"messages": HI, "seed": -1}, "seed"),
    ({"messages": HI, "n": 2}, "n"),
    ({"messages": HI, "stop": ["a", "b", "c", "d", "e"]}, "stop"),
    ({"messages": HI, "tools": [{"type": "function", "function": {}}]}, "tools[0]"),
    ({"messages": HI, "tools": [{"type": "function", "function": {"name": "f"}}], "tool_choice": "required"},
     "tool_choice"),
    ({"messages": HI, "response_format": {"type": "json_schema", "json_schema": {"schema": {"type": "nonsense"}}}},
     "response_format"),
    ({"messages": HI, "response_format": {"type": "yaml"}}, "response_format"),
])
def test_bad_requests_get_a_400_naming_the_field(scripted_api: Served, body: dict, param: str) -> None:
    response = httpx.post(f"{scripted_api.url}/v1/chat/completions", json=body, timeout=60)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and error["param"] == param and error["message"]


def test_errors_in_openai_shape(scripted_api: Served) -> None:
    url = f"{scripted_api.url}/v1/chat/completions"
    not_json = httpx.post(url, content=b"{nope", headers={"content-type": "application/json"})
    assert not_json.status_code == 400 and "not valid JSON" in not_json.json()["error"]["message"]
    unknown = httpx.post(url, json={"model": "llama-405b", "messages": HI})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "model_not_found"
    assert "scripted" in unknown.json()["error"]["message"]
    route = httpx.get(f"{scripted_api.url}/v2/anything")
    assert route.status_code == 404 and route.json()["error"]["code"] == "not_found"
    huge = httpx.post(url, content=b" " * (17 * 2**20), headers={"content-type": "application/json"})
    assert huge.status_code == 413 and "error" in huge.json()


@pytest.mark.parametrize("stream", [False, True])
def test_a_conversation_longer_than_the_context(scripted_api: Served, stream: bool) -> None:
    long = [{"role": "user", "content": "flour and water " * SERVE_CTX}]
    response = httpx.post(f"{scripted_api.url}/v1/chat/completions", json={"messages": long, "stream": stream},
                          timeout=60)
    assert response.status_code == 400  # before any event: a streamed request gets the status too
    error = response.json()["error"]
    assert error["code"] == "context_length_exceeded"
    assert f"{SERVE_CTX:,}" in error["message"]
    ok = httpx.post(f"{scripted_api.url}/v1/chat/completions", json={"messages": HI}, timeout=60)
    assert ok.json()["choices"][0]["message"]["content"] == SCRIPTED_REPLY

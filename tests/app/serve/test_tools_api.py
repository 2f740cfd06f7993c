"""`tools` through the official openai client, streamed and not, against a scripted
Llama 3.1 whose fixed reply is a tool call in Llama 3.1's JSON format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import openai
import pytest

from app.dev.scripted_model import write_scripted_llama
from app.engine.client import EngineClient
from tests.app.serve.conftest import Served, load_settings, loaded_once
from tests.app.serve.test_tool_calls import WEATHER

# (no spaces after ':' and ',' except one: a scripted model's tokens may repeat only
# when followed by the same token each time)
TOOL_REPLY = '{"name":"get_weather","parameters":{"city": "Paris"}}'
ASK = [{"role": "user", "content": "What is the weather in Paris?"}]


@pytest.fixture(scope="module")
def tool_model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scripted_llama(tmp_path_factory.mktemp("models") / "tool-llama.gguf", TOOL_REPLY)


@pytest.fixture
def client(start_server: Callable[..., Served], module_engine: EngineClient, tool_model_path: Path) -> openai.OpenAI:
    api = start_server(module_engine, loaded_once(module_engine, load_settings(tool_model_path)))
    return openai.OpenAI(base_url=f"{api.url}/v1", api_key="unused", max_retries=0, timeout=60)


def test_a_tool_call_comes_back_as_tool_calls(client: openai.OpenAI) -> None:
    reply = client.chat.completions.create(model="scripted", messages=ASK, tools=[WEATHER])
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    (call,) = choice.message.tool_calls
    assert call.type == "function" and call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    # the call and its result go back; the model is asked again (and calls again: it is scripted)
    again = client.chat.completions.create(model="scripted", tools=[WEATHER], messages=[
        *ASK, choice.message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": '{"sky": "clear", "celsius": 21}'}])
    assert again.choices[0].finish_reason == "tool_calls"
    assert again.usage.prompt_tokens > reply.usage.prompt_tokens + 20  # the call and the result are in the prompt


def test_a_streamed_tool_call(client: openai.OpenAI) -> None:
    chunks = list(client.chat.completions.create(model="scripted", messages=ASK, tools=[WEATHER], stream=True))
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    assert not "".join(d.content or "" for d in deltas)  # the call is never streamed as text
    calls = [tc for d in deltas for tc in (d.tool_calls or [])]
    assert len(calls) == 1 and calls[0].index == 0 and calls[0].id.startswith("call_")
    assert calls[0].function.name == "get_weather"
    assert json.loads(calls[0].function.arguments) == {"city": "Paris"}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


@pytest.mark.parametrize("stream", [False, True])
def test_without_tools_the_same_reply_is_plain_content(client: openai.OpenAI, stream: bool) -> None:
    if stream:
        chunks = client.chat.completions.create(model="scripted", messages=ASK, stream=True)
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    else:
        reply = client.chat.completions.create(model="scripted", messages=ASK)
        assert reply.choices[0].finish_reason == "stop" and not reply.choices[0].message.tool_calls
        text = reply.choices[0].message.content
    assert text == TOOL_REPLY


def test_a_call_to_a_tool_not_offered_stays_content(client: openai.OpenAI) -> None:
    other = {"type": "function", "function": {"name": "get_time", "parameters": {"type": "object"}}}
    reply = client.chat.completions.create(model="scripted", messages=ASK, tools=[other])
    assert reply.choices[0].finish_reason == "stop"
    assert reply.choices[0].message.content == TOOL_REPLY and not reply.choices[0].message.tool_calls

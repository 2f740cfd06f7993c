"""Tools in Llama 3.1's own format: the prompt Meta's template writes, the model's call
read back (bad JSON and unknown tools stay plain content), streamed pieces held back."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from app.chat.messages import ChatMessage
from app.serve.api_errors import ApiError
from app.serve.openai_requests import chat_request
from app.serve.tool_calls import ENVIRONMENT, TOOLS_PREAMBLE, Tool, ToolCallWatch, parse_tool_call

WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "The weather in a city",
                                            "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                                                           "required": ["city"]}}}
TOOLS = (Tool("get_weather", WEATHER),)


@pytest.mark.parametrize("text", [
    '{"name": "get_weather", "parameters": {"city": "Paris"}}',
    '<|python_tag|>{"name": "get_weather", "parameters": {"city": "Paris"}}<|eom_id|>',
    '  {"type": "function", "name": "get_weather", "parameters": {"city": "Paris"}}\n',
    '{"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}',
    '{"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Paris"}}}',
])
def test_llama_tool_calls_are_read(text: str) -> None:
    call = parse_tool_call(text, TOOLS)
    assert call is not None and call.name == "get_weather"
    assert json.loads(call.arguments) == {"city": "Paris"}
    assert call.id.startswith("call_")


@pytest.mark.parametrize("text", [
    '{"name": "get_weather", "parameters": {"city": "Par',  # cut off
    '{"name": "launch_rockets", "parameters": {}}',  # not offered
    '{"name": "get_weather", "parameters": [1, 2]}',
    '{"name": "get_weather", "arguments": "not json"}',
    '[{"name": "get_weather"}]',
    'The weather is {"name": "get_weather"} fine',
    'It is sunny in Paris.',
    '',
    '{"name": 5}',
])
def test_anything_else_stays_plain_content(text: str) -> None:
    assert parse_tool_call(text, TOOLS) is None


@given(st.text())
def test_no_text_crashes_the_parser(text: str) -> None:
    parse_tool_call(text, TOOLS)
    watch = ToolCallWatch(TOOLS)
    out = "".join(watch.feed(c) for c in text)
    rest, call = watch.finish()
    assert call is not None or out + rest == text  # nothing lost when it is not a call


def test_streamed_text_passes_at_once_unless_it_may_be_a_call() -> None:
    plain = ToolCallWatch(TOOLS)
    assert [plain.feed(p) for p in ("  ", "It", " is")] == ["", "  It", " is"]
    held = ToolCallWatch(TOOLS)
    pieces = ['{"name": "get_weather", ', '"parameters": {"city": "Paris"}}']
    assert [held.feed(p) for p in pieces] == ["", ""]
    rest, call = held.finish()
    assert rest == "" and call is not None and call.name == "get_weather"
    bad = ToolCallWatch(TOOLS)
    assert bad.feed("{not json") == ""
    assert bad.finish() == ("{not json", None)
    assert ToolCallWatch(()).feed("{") == "{"  # no tools: never held


def test_tools_go_where_metas_template_puts_them() -> None:
    request = chat_request({"tools": [WEATHER], "messages": [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Weather in Paris?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": '{"sky": "clear"}'},
    ]})
    system, user, assistant, tool = request.messages
    assert system == ChatMessage("system", ENVIRONMENT + "\n\nYou are terse.")
    assert user.content == TOOLS_PREAMBLE + json.dumps(WEATHER, indent=4) + "\n\nWeather in Paris?"
    assert assistant == ChatMessage("assistant", '{"name": "get_weather", "parameters": {"city": "Paris"}}')
    assert tool == ChatMessage("ipython", '{"sky": "clear"}')
    assert request.tools == TOOLS


def test_tool_choice_none_offers_no_tools() -> None:
    request = chat_request({"tools": [WEATHER], "tool_choice": "none", "messages": [{"role": "user", "content": "Hi"}]})
    assert request.tools == () and request.messages == (ChatMessage("user", "Hi"),)


def test_two_calls_in_one_message_are_refused() -> None:
    call = {"type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
    with pytest.raises(ApiError) as raised:
        chat_request({"messages": [{"role": "assistant", "tool_calls": [call, call]}]})
    assert raised.value.param == "messages[0]"

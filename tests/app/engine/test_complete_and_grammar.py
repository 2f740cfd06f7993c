"""The engine's raw text completion and grammar-constrained sampling, in the real worker."""

from __future__ import annotations

import json

import pytest

from app.chat.messages import ChatMessage, StopReason
from app.engine.client import EngineClient
from app.engine.llama_backend import json_schema_grammar
from app.engine.settings import SamplingSettings
from app.errors import InvalidRequestError
from tests.conftest import SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS

HI = [ChatMessage("user", "hi")]


def test_a_raw_completion_has_no_chat_template(scripted_engine: EngineClient) -> None:
    reply = scripted_engine.complete("Say hello", SamplingSettings(max_tokens=50))
    assert reply.text == SCRIPTED_REPLY and reply.stats.stop_reason is StopReason.END_OF_TURN
    assert reply.stats.prompt_tokens == 3  # <|begin_of_text|>, "Say", " hello": no headers
    again = scripted_engine.complete("<|begin_of_text|>Say hello", SamplingSettings(max_tokens=50))
    assert again.stats.prompt_tokens == 3 and again.stats.reused_tokens == 2  # BOS not doubled; cache reused


def test_a_schema_grammar_shapes_the_reply_and_only_that_reply(scripted_engine: EngineClient) -> None:
    schema = {"type": "object", "properties": {"done": {"type": "boolean"}}, "required": ["done"],
              "additionalProperties": False}
    grammar = json_schema_grammar(json.dumps(schema))
    reply = scripted_engine.chat(HI, SamplingSettings(max_tokens=40, grammar=grammar, seed=3))
    assert set(json.loads(reply.text)) == {"done"}
    assert reply.stats.stop_reason is StopReason.END_OF_TURN  # the grammar ends, then the turn
    plain = scripted_engine.chat(HI, SamplingSettings(max_tokens=40))
    assert plain.text == SCRIPTED_REPLY and plain.stats.generated_tokens == SCRIPTED_REPLY_TOKENS


def test_bad_schemas_and_grammars_are_refused(scripted_engine: EngineClient) -> None:
    with pytest.raises(InvalidRequestError, match="schema"):
        json_schema_grammar('{"type": "nonsense"}')
    with pytest.raises(InvalidRequestError, match="grammar"):
        scripted_engine.chat(HI, SamplingSettings(max_tokens=5, grammar="root ::= ( unclosed"))
    assert scripted_engine.chat(HI, SamplingSettings(max_tokens=40)).text == SCRIPTED_REPLY  # the worker lives on

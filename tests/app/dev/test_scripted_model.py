"""The scripted model: a fixed reply, whatever the conversation, the sampling or the
quantization, with margins no CPU kernel's rounding can bridge."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from app.chat.messages import ChatMessage, StopReason
from app.dev.scripted_model import Script, scripted_dimensions, write_scripted_llama
from app.engine.client import EngineClient
from app.engine.llama_backend import next_token_logits, quantize_file, tokenize_with_model
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import InvalidRequestError
from app.gguf_file import read_gguf_info
from tests.conftest import ENDLESS_PIECES, SCRIPTED_NAME, SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS, endless_text

CONVERSATIONS = [
    [ChatMessage("user", "Hello!")],
    [ChatMessage("system", "Be brief."), ChatMessage("user", "Wie backe ich Brot über Nacht? 🦙")],
    [ChatMessage("user", "Hi"), ChatMessage("assistant", "Bread needs flour"), ChatMessage("user", "and?")],
]
SAMPLINGS = [
    SamplingSettings(temperature=0.0, max_tokens=40),
    SamplingSettings(temperature=0.7, max_tokens=40, seed=3),  # Paddock's default sampling
    SamplingSettings(temperature=1.5, top_k=0, top_p=1.0, min_p=0.0, max_tokens=40, seed=4),
]


def test_the_constants_tests_rely_on(scripted_model_path: Path, endless_model_path: Path) -> None:
    pieces = [tokenize_with_model(scripted_model_path, p, special=False) for p in ENDLESS_PIECES]
    assert all(len(ids) == 1 for ids in pieces)
    assert tokenize_with_model(endless_model_path, "".join(ENDLESS_PIECES), special=False) == [ids[0] for ids in pieces]
    assert len(tokenize_with_model(scripted_model_path, SCRIPTED_REPLY, special=False)) == SCRIPTED_REPLY_TOKENS
    assert read_gguf_info(scripted_model_path).name == SCRIPTED_NAME


@pytest.mark.parametrize("conversation", CONVERSATIONS)
def test_the_reply_is_the_same_whatever_is_asked_and_sampled(scripted_engine: EngineClient, conversation) -> None:  # type: ignore[no-untyped-def]
    for sampling in SAMPLINGS:
        reply = scripted_engine.chat(conversation, sampling)
        assert reply.text == SCRIPTED_REPLY, sampling
        assert reply.stats.stop_reason is StopReason.END_OF_TURN
        assert reply.stats.generated_tokens == SCRIPTED_REPLY_TOKENS


def test_the_endless_model_never_ends_its_turn(endless_engine: EngineClient) -> None:
    for conversation in CONVERSATIONS:
        for sampling in SAMPLINGS:
            reply = endless_engine.chat(conversation, replace(sampling, max_tokens=16))
            assert reply.text == endless_text(16), sampling
            assert (reply.stats.stop_reason, reply.stats.generated_tokens) == (StopReason.LENGTH, 16)


def test_every_step_wins_by_a_wide_margin(scripted_model_path: Path) -> None:
    """The next token's logit is ~128 and every other one exactly 0: rounding in any kernel
    (or quantization) is many orders of magnitude too small to change the choice."""
    prompt = tokenize_with_model(scripted_model_path, "<|start_header_id|>assistant<|end_header_id|>\n\n")
    reply = tokenize_with_model(scripted_model_path, SCRIPTED_REPLY, special=False)
    eot = tokenize_with_model(scripted_model_path, "<|eot_id|>")[0]
    logits = next_token_logits(scripted_model_path, prompt + reply, all_positions=True)
    expected = reply + [eot]
    for row, wanted in zip(logits[len(prompt) - 1:], expected):
        others = np.delete(row, wanted)
        assert row[wanted] > 100 and np.abs(others).max() == 0.0


@pytest.mark.parametrize("quant_type", ["Q8_0", "Q4_K_M"])
def test_quantized_files_keep_the_reply(scripted_model_path: Path, tmp_path: Path, engine: EngineClient, quant_type: str) -> None:
    target = tmp_path / f"scripted-{quant_type}.gguf"
    quantize_file(scripted_model_path, target, quant_type)
    assert read_gguf_info(target).file_type == quant_type
    engine.load(LoadSettings(model_path=target, n_ctx=512, n_threads=2))
    for sampling in SAMPLINGS:
        assert engine.chat(CONVERSATIONS[1], sampling).text == SCRIPTED_REPLY


def test_replies_that_need_more_than_the_last_token_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="followed by"):
        write_scripted_llama(tmp_path / "x.gguf", "one, two, three")  # "," goes on to " two" and " three"
    with pytest.raises(InvalidRequestError, match="needs a reply"):
        write_scripted_llama(tmp_path / "x.gguf", "", endless=True)
    assert not list(tmp_path.iterdir())  # nothing was written


def test_script_layout() -> None:
    """Tokens that lead to the reply's start share dimension 0 with every unscripted
    token; the others get a dimension each."""
    start, eot = 271, 128009
    script = Script(reply=(10, 11, 12), endless=False, start=start, end_of_turn=eot)
    assert script.next_tokens() == {start: 10, 10: 11, 11: 12, 12: eot}
    dimensions, successors = scripted_dimensions(script, 256)
    assert dimensions == {10: 1, 11: 2, 12: 3} and successors == {0: 10, 1: 11, 2: 12, 3: eot}
    endless = Script(reply=(10, 11), endless=True, start=start, end_of_turn=eot)
    assert endless.next_tokens() == {start: 10, 10: 11, 11: 10}
    assert scripted_dimensions(endless, 256) == ({10: 1}, {0: 10, 1: 11})
    assert Script(reply=(), endless=False, start=start, end_of_turn=eot).next_tokens() == {start: eot}
    with pytest.raises(InvalidRequestError, match="at most 3"):
        scripted_dimensions(Script(reply=(1, 2, 3, 4, 5), endless=False, start=start, end_of_turn=eot), 4)

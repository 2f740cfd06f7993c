"""The engine on real llama.cpp: a tiny random-weight Llama 3.1 model in a real worker.

Nothing here is faked: load, stream, stop, prefix reuse, a killed worker, bad files.
"""

from __future__ import annotations

import math
import os
import signal
import threading
from pathlib import Path

import pytest

from app.chat.messages import ChatMessage, StopReason
from app.dev.tiny_model import shape_with, write_random_llama
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import (
    ChatTemplateError,
    ContextOverflowError,
    ContextTooLongError,
    InvalidRequestError,
    ModelFileError,
    NoModelLoadedError,
    WorkerDiedError,
)
from app.jobs import CancelToken

GREEDY = SamplingSettings(temperature=0.0, max_tokens=24)
HELLO = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hello there!")]


def test_load_reports_model_and_context(loaded_engine: EngineClient) -> None:
    info = loaded_engine.model_info
    assert info is not None
    assert (info.architecture, info.file_type, info.n_ctx, info.n_ctx_train) == ("llama", "F16", 4096, 131072)
    assert info.n_vocab == 128256 and info.has_chat_template


def test_stream_matches_reply_and_stats(loaded_engine: EngineClient) -> None:
    pieces: list[str] = []
    reply = loaded_engine.chat(HELLO, GREEDY, on_token=pieces.append)
    assert "".join(pieces) == reply.text
    stats = reply.stats
    assert stats.prompt_tokens == loaded_engine.count_tokens(HELLO)
    assert stats.stop_reason in (StopReason.LENGTH, StopReason.END_OF_TURN)
    assert 0 < stats.generated_tokens <= GREEDY.max_tokens
    assert stats.time_to_first_token_s > 0 and stats.prompt_tokens_per_s > 0
    if stats.generated_tokens > 1:
        assert stats.tokens_per_s > 0


def test_greedy_is_deterministic(loaded_engine: EngineClient) -> None:
    first = loaded_engine.chat(HELLO, GREEDY).text
    loaded_engine.chat([ChatMessage("user", "something else entirely")], GREEDY)
    assert loaded_engine.chat(HELLO, GREEDY).text == first


def test_stop_mid_reply(loaded_engine: EngineClient) -> None:
    cancel = CancelToken()
    seen: list[str] = []

    def on_token(text: str) -> None:
        seen.append(text)
        if len(seen) == 5:
            cancel.cancel()

    reply = loaded_engine.chat(HELLO, SamplingSettings(max_tokens=3000, temperature=1.0, seed=3), on_token=on_token, cancel=cancel)
    assert reply.stats.stop_reason is StopReason.STOPPED
    assert 5 <= reply.stats.generated_tokens < 100  # stopped within a few tokens of the flag
    # A stale Stop never stops the next request.
    loaded_engine.stop()
    assert loaded_engine.chat(HELLO, GREEDY).stats.stop_reason is not StopReason.STOPPED


def test_stop_from_another_thread(loaded_engine: EngineClient) -> None:
    started = threading.Event()
    cancel = CancelToken()
    threading.Thread(target=lambda: (started.wait(30), cancel.cancel()), daemon=True).start()
    reply = loaded_engine.chat(HELLO, SamplingSettings(max_tokens=3000, temperature=1.0), on_token=lambda _t: started.set(), cancel=cancel)
    assert reply.stats.stop_reason is StopReason.STOPPED
    assert reply.stats.generated_tokens < 3000


def test_stop_before_prompt_evaluation(loaded_engine: EngineClient) -> None:
    cancel = CancelToken()
    cancel.cancel()
    long_history = [ChatMessage("user", "word " * 1500)]
    reply = loaded_engine.chat(long_history, GREEDY, cancel=cancel)
    assert reply.stats.stop_reason is StopReason.STOPPED
    assert reply.stats.generated_tokens == 0 and reply.text == ""


def test_prefix_reuse_evaluates_only_the_new_turn(loaded_engine: EngineClient) -> None:
    turn1 = [ChatMessage("system", "You answer in one word."), ChatMessage("user", "Name a colour.")]
    first = loaded_engine.chat(turn1, GREEDY)
    assert first.stats.reused_tokens == 0 or first.stats.reused_tokens < first.stats.prompt_tokens
    turn2 = turn1 + [ChatMessage("assistant", "Blue."), ChatMessage("user", "Name a fruit.")]
    second = loaded_engine.chat(turn2, GREEDY)
    prompt1 = loaded_engine.render_prompt(turn1)
    prompt2 = loaded_engine.render_prompt(turn2)
    assert prompt2.startswith(prompt1)
    new_tokens = loaded_engine.tokenize(prompt2[len(prompt1):])
    assert second.stats.reused_tokens == first.stats.prompt_tokens
    assert second.stats.evaluated_prompt_tokens == len(new_tokens)


def test_growing_chat_reuses_the_whole_history(loaded_engine: EngineClient) -> None:
    """Each turn re-reads at most the previous reply and the new message (this model's
    replies start with a space, which the Llama 3.1 template trims: the cache then keeps
    the history up to the reply; test_loaded_model checks that untrimmed replies stay)."""
    history = [ChatMessage("system", "Chat.")]
    previous_prompt = last_generated = 0
    for turn in range(5):
        history.append(ChatMessage("user", f"Message number {turn}: tell me more."))
        reply = loaded_engine.chat(history, SamplingSettings(temperature=0.0, max_tokens=12))
        stats = reply.stats
        if turn:
            assert stats.reused_tokens >= previous_prompt
            new_message = loaded_engine.tokenize(f"Message number {turn}: tell me more.")
            assert stats.evaluated_prompt_tokens <= len(new_message) + last_generated + 12
        previous_prompt, last_generated = stats.prompt_tokens, stats.generated_tokens
        history.append(ChatMessage("assistant", reply.text))


def test_killed_worker_keeps_partial_reply_and_recovers(loaded_engine: EngineClient) -> None:
    seen: list[str] = []
    pid = loaded_engine.worker_pid
    assert pid

    def on_token(text: str) -> None:
        seen.append(text)
        if len(seen) == 6:
            os.kill(pid, signal.SIGKILL)

    with pytest.raises(WorkerDiedError) as caught:
        loaded_engine.chat(HELLO, SamplingSettings(max_tokens=3000, temperature=1.0), on_token=on_token)
    assert "killed" in caught.value.detail and "SIGKILL" in caught.value.detail
    assert caught.value.partial_text == "".join(seen) and len(seen) >= 6
    # The next request starts a fresh worker with the same model.
    reply = loaded_engine.chat(HELLO, GREEDY)
    assert reply.stats.generated_tokens > 0
    assert loaded_engine.worker_pid not in (None, pid)


def test_chat_without_model(engine: EngineClient) -> None:
    with pytest.raises(NoModelLoadedError):
        engine.chat(HELLO, GREEDY)


def test_context_overflow_is_clear(engine: EngineClient, tiny_model_path: Path) -> None:
    info = engine.load(LoadSettings(model_path=tiny_model_path, n_ctx=256, n_threads=2))
    assert info.n_ctx == 256
    with pytest.raises(ContextOverflowError, match="context holds 256"):
        engine.chat([ChatMessage("user", "long " * 400)], GREEDY)
    near_full = [ChatMessage("user", "long " * 200)]
    reply = engine.chat(near_full, SamplingSettings(temperature=1.0, max_tokens=1000, seed=1))
    assert reply.stats.stop_reason in (StopReason.CONTEXT_FULL, StopReason.END_OF_TURN)
    assert reply.stats.prompt_tokens + reply.stats.generated_tokens <= 256


def test_bad_files_are_clear_errors(engine: EngineClient, tiny_model_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="does not exist"):
        engine.load(LoadSettings(model_path=tmp_path / "missing.gguf"))
    text = tmp_path / "readme.gguf"
    text.write_text("not a model")
    with pytest.raises(ModelFileError, match="not a GGUF"):
        engine.load(LoadSettings(model_path=text))
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_model_path.read_bytes()[:40_000_000])
    with pytest.raises(ModelFileError, match="truncated"):
        engine.load(LoadSettings(model_path=cut))
    with pytest.raises(InvalidRequestError):
        engine.load(LoadSettings(model_path=tiny_model_path, kv_cache_type="q3"))
    assert engine.worker_pid is None  # nothing was started for files refused up front


def test_context_longer_than_trained(engine: EngineClient, tmp_path: Path) -> None:
    short = write_random_llama(tmp_path / "short.gguf", shape_with(context_length=2048))
    with pytest.raises(ContextTooLongError, match="2,048"):
        engine.load(LoadSettings(model_path=short, n_ctx=4096))


def test_hostile_template_is_refused_at_load(engine: EngineClient, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    hostile = "{{ cycler.__init__.__globals__.os.popen('touch " + str(marker) + "').read() }}"
    path = write_random_llama(tmp_path / "hostile.gguf", chat_template=hostile)
    with pytest.raises(ChatTemplateError, match="unsafe"):
        engine.load(LoadSettings(model_path=path, n_ctx=512, n_threads=2))
    assert not marker.exists()
    with pytest.raises(NoModelLoadedError):
        engine.chat(HELLO, GREEDY)


def test_quantized_kv_cache_and_flash_attention(engine: EngineClient, tiny_model_path: Path) -> None:
    engine.load(LoadSettings(model_path=tiny_model_path, n_ctx=1024, kv_cache_type="q8_0", n_threads=2))
    assert engine.chat(HELLO, GREEDY).stats.generated_tokens > 0


def test_embeddings(engine: EngineClient, tiny_model_path: Path) -> None:
    engine.load(LoadSettings(model_path=tiny_model_path, n_ctx=512, embeddings=True, n_threads=2))
    vectors = engine.embed(["Hello world", "Bonjour le monde", "Hello world"])
    assert len(vectors) == 3 and all(len(v) == 256 for v in vectors)
    assert all(math.isclose(sum(x * x for x in v), 1.0, rel_tol=1e-3) for v in vectors)
    assert vectors[0] == pytest.approx(vectors[2]) and vectors[0] != pytest.approx(vectors[1])


def test_embed_needs_embedding_mode(loaded_engine: EngineClient) -> None:
    with pytest.raises(InvalidRequestError, match="embeddings"):
        loaded_engine.embed(["x"])


def test_llama_cpp_log_goes_to_engine_log(loaded_engine: EngineClient, engine_log: Path, capfd: pytest.CaptureFixture[str]) -> None:
    loaded_engine.chat(HELLO, GREEDY)
    out, err = capfd.readouterr()
    assert "llama" not in out + err
    log_text = engine_log.read_text()
    assert "llama_model_loader" in log_text or "llama_context" in log_text

"""The engine on real llama.cpp: tiny Llama 3.1 models in a real worker.

Nothing here is faked: load, stream, stop, prefix reuse, a killed worker, bad files.
What a reply says, how long it is and why it stops come from the scripted models (the
same on every CPU); the random-weight model serves where the words do not matter.
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
    UnsupportedModelError,
    WorkerDiedError,
)
from app.jobs import CancelToken
from tests.app.gguf_damage import rewrite_value
from tests.app.hub.support import write_small_gguf
from tests.conftest import SCRIPTED_REPLY, SCRIPTED_REPLY_TOKENS, endless_text

GREEDY = SamplingSettings(temperature=0.0, max_tokens=24)
HELLO = [ChatMessage("system", "Be brief."), ChatMessage("user", "Hello there!")]


def test_load_reports_model_and_context(loaded_engine: EngineClient) -> None:
    info = loaded_engine.model_info
    assert info is not None
    assert (info.architecture, info.file_type, info.n_ctx, info.n_ctx_train) == ("llama", "F16", 4096, 131072)
    assert info.n_vocab == 128256 and info.has_chat_template


def test_stream_matches_reply_and_stats(scripted_engine: EngineClient) -> None:
    pieces: list[str] = []
    reply = scripted_engine.chat(HELLO, GREEDY, on_token=pieces.append)
    assert reply.text == "".join(pieces) == SCRIPTED_REPLY
    assert len(pieces) == SCRIPTED_REPLY_TOKENS  # streamed token by token
    stats = reply.stats
    assert stats.prompt_tokens == scripted_engine.count_tokens(HELLO) and stats.reused_tokens == 0
    assert (stats.stop_reason, stats.generated_tokens) == (StopReason.END_OF_TURN, SCRIPTED_REPLY_TOKENS)
    assert stats.time_to_first_token_s > 0 and stats.prompt_tokens_per_s > 0 and stats.tokens_per_s > 0


def test_max_tokens_ends_the_reply(scripted_engine: EngineClient) -> None:
    reply = scripted_engine.chat(HELLO, SamplingSettings(max_tokens=4))
    assert reply.text == "Bread needs flour"  # B|read| needs| flour
    assert (reply.stats.stop_reason, reply.stats.generated_tokens) == (StopReason.LENGTH, 4)


def test_greedy_does_not_depend_on_the_seed_or_the_cache(engine: EngineClient, tiny_model_path: Path) -> None:
    """Temperature 0 gives the same reply whatever the seed and whatever conversation the
    cache held before. Random weights here: the reply must depend on the whole prompt.
    Batches of one token make every position's arithmetic the same whichever request read
    it (a prefix reused from another request was read in a batch of another size, which
    changes float rounding and could flip a near-tie of this model on some CPUs)."""
    engine.load(LoadSettings(model_path=tiny_model_path, n_ctx=1024, n_threads=2, n_batch=1, n_ubatch=1))
    first = engine.chat(HELLO, SamplingSettings(temperature=0.0, max_tokens=12, seed=1))
    other = engine.chat([ChatMessage("system", "Be brief."), ChatMessage("user", "Something else entirely")], GREEDY)
    again = engine.chat(HELLO, SamplingSettings(temperature=0.0, max_tokens=12, seed=2))
    assert other.stats.reused_tokens > 0 and again.stats.reused_tokens > 0  # the cache was shared
    assert again.text == first.text


def test_stop_mid_reply(endless_engine: EngineClient) -> None:
    cancel = CancelToken()
    seen: list[str] = []

    def on_token(text: str) -> None:
        seen.append(text)
        if len(seen) == 5:
            cancel.cancel()

    reply = endless_engine.chat(HELLO, SamplingSettings(max_tokens=3000, temperature=1.0, seed=3), on_token=on_token, cancel=cancel)
    assert reply.stats.stop_reason is StopReason.STOPPED
    assert 5 <= reply.stats.generated_tokens < 100  # stopped within a few tokens of the flag
    assert reply.text == "".join(seen) == endless_text(reply.stats.generated_tokens)
    # A stale Stop never stops the next request.
    endless_engine.stop()
    after = endless_engine.chat(HELLO, GREEDY).stats
    assert (after.stop_reason, after.generated_tokens) == (StopReason.LENGTH, GREEDY.max_tokens)


def test_stop_from_another_thread(endless_engine: EngineClient) -> None:
    started = threading.Event()
    cancel = CancelToken()
    threading.Thread(target=lambda: (started.wait(30), cancel.cancel()), daemon=True).start()
    reply = endless_engine.chat(HELLO, SamplingSettings(max_tokens=3000, temperature=1.0), on_token=lambda _t: started.set(), cancel=cancel)
    assert reply.stats.stop_reason is StopReason.STOPPED
    assert 1 <= reply.stats.generated_tokens < 3000
    assert reply.text == endless_text(reply.stats.generated_tokens)


def test_stop_before_prompt_evaluation(loaded_engine: EngineClient) -> None:
    cancel = CancelToken()
    cancel.cancel()
    long_history = [ChatMessage("user", "word " * 1500)]
    reply = loaded_engine.chat(long_history, GREEDY, cancel=cancel)
    assert reply.stats.stop_reason is StopReason.STOPPED
    assert reply.stats.generated_tokens == 0 and reply.text == ""


def test_prefix_reuse_evaluates_only_the_new_turn(scripted_engine: EngineClient) -> None:
    """A history that replaces the model's reply (here with "Red.") re-reads from there."""
    turn1 = [ChatMessage("system", "You answer in one word."), ChatMessage("user", "Name a colour.")]
    first = scripted_engine.chat(turn1, GREEDY)
    assert first.stats.reused_tokens == 0  # a fresh worker has nothing cached
    turn2 = turn1 + [ChatMessage("assistant", "Red."), ChatMessage("user", "Name a fruit.")]
    second = scripted_engine.chat(turn2, GREEDY)
    prompt1 = scripted_engine.render_prompt(turn1)
    prompt2 = scripted_engine.render_prompt(turn2)
    assert prompt2.startswith(prompt1)
    new_tokens = scripted_engine.tokenize(prompt2[len(prompt1):])
    assert second.stats.reused_tokens == first.stats.prompt_tokens
    assert second.stats.evaluated_prompt_tokens == len(new_tokens)


def test_growing_chat_reuses_the_whole_history(scripted_engine: EngineClient) -> None:
    """Each turn reads only what follows the previous reply: its end of turn, the new
    message and the headers. The model's reply tokens stay in the cache (this reply has
    no outer whitespace for the template to trim; test_llama_backend covers a reply that
    the history cuts)."""
    history = [ChatMessage("system", "Chat.")]
    previous = None
    for turn in range(5):
        history.append(ChatMessage("user", f"Message number {turn}: tell me more."))
        reply = scripted_engine.chat(history, SamplingSettings(temperature=0.0, max_tokens=12))
        stats = reply.stats
        assert reply.text == SCRIPTED_REPLY and stats.prompt_tokens == scripted_engine.count_tokens(history)
        if previous is None:
            assert stats.reused_tokens == 0
        else:
            assert stats.reused_tokens == previous.prompt_tokens + previous.generated_tokens
            read_before = scripted_engine.render_prompt(history[:-2]) + SCRIPTED_REPLY
            new_text = scripted_engine.render_prompt(history)[len(read_before):]
            assert stats.evaluated_prompt_tokens == len(scripted_engine.tokenize(new_text))
        previous = stats
        history.append(ChatMessage("assistant", reply.text))


def test_killed_worker_keeps_partial_reply_and_recovers(endless_engine: EngineClient) -> None:
    seen: list[str] = []
    pid = endless_engine.worker_pid
    assert pid

    def on_token(text: str) -> None:
        seen.append(text)
        if len(seen) == 6:
            os.kill(pid, signal.SIGKILL)

    with pytest.raises(WorkerDiedError) as caught:
        endless_engine.chat(HELLO, SamplingSettings(max_tokens=3000, temperature=1.0), on_token=on_token)
    assert "killed" in caught.value.detail and "SIGKILL" in caught.value.detail
    assert caught.value.template == "{exit} The reply streamed so far was kept."
    assert len(seen) >= 6 and caught.value.partial_text == "".join(seen) == endless_text(len(seen))
    # The next request starts a fresh worker with the same model.
    reply = endless_engine.chat(HELLO, GREEDY)
    assert reply.text == endless_text(GREEDY.max_tokens) and reply.stats.stop_reason is StopReason.LENGTH
    assert endless_engine.worker_pid not in (None, pid)


def test_chat_without_model(engine: EngineClient) -> None:
    with pytest.raises(NoModelLoadedError):
        engine.chat(HELLO, GREEDY)


def test_context_overflow_is_clear(engine: EngineClient, endless_model_path: Path) -> None:
    info = engine.load(LoadSettings(model_path=endless_model_path, n_ctx=256, n_threads=2))
    assert info.n_ctx == 256
    with pytest.raises(ContextOverflowError, match="context holds 256"):
        engine.chat([ChatMessage("user", "long " * 400)], GREEDY)
    near_full = [ChatMessage("user", "long " * 200)]
    reply = engine.chat(near_full, SamplingSettings(temperature=1.0, max_tokens=1000, seed=1))
    stats = reply.stats
    assert stats.stop_reason is StopReason.CONTEXT_FULL
    # The reply used the room the prompt left, and not one token more.
    assert 256 - 1 <= stats.prompt_tokens + stats.generated_tokens <= 256
    assert reply.text == endless_text(stats.generated_tokens)


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


@pytest.mark.parametrize(("key", "value"), [("llama.attention.layer_norm_rms_epsilon", -1.0),
                                            ("llama.block_count", 1000), ("llama.rope.freq_base", math.nan)])
def test_damaged_llama_headers_are_refused_before_a_worker_starts(engine: EngineClient, tmp_path: Path,
                                                                  key: str, value: object) -> None:
    # llama.cpp aborted the worker on the first two (GGML_ASSERT) and ran the third
    small = write_small_gguf(tmp_path / "small.gguf")
    damaged = rewrite_value(small, tmp_path / "damaged.gguf", key, value)  # type: ignore[arg-type]
    with pytest.raises(ModelFileError, match=f"damaged Llama header: {key}"):
        engine.load(LoadSettings(model_path=damaged, n_ctx=512, n_threads=2))
    assert engine.worker_pid is None


def test_other_architectures_get_llama_cpp_s_own_message(engine: EngineClient, tmp_path: Path) -> None:
    small = write_small_gguf(tmp_path / "small.gguf")
    other = rewrite_value(small, tmp_path / "other.gguf", "general.architecture", "llamX")
    with pytest.raises(UnsupportedModelError, match="unknown model architecture: 'llamX'"):
        engine.load(LoadSettings(model_path=other, n_ctx=512, n_threads=2))


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


def test_quantized_kv_cache_and_flash_attention(engine: EngineClient, scripted_model_path: Path) -> None:
    """The attention blocks compute on random weights through the q8_0 cache and flash
    attention; any NaN or infinity there would break the scripted reply."""
    engine.load(LoadSettings(model_path=scripted_model_path, n_ctx=1024, kv_cache_type="q8_0", n_threads=2))
    assert engine.chat(HELLO, GREEDY).text == SCRIPTED_REPLY


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

"""LoadedModel in this process (no worker): what llama.cpp is asked to decode per request.

Scripted models (the same reply on every CPU), so that reply lengths and what the cache
keeps of a reply are known exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.chat.messages import ChatMessage, StopReason
from app.dev.scripted_model import write_scripted_llama
from app.engine.llama_backend import tokenize_with_model
from app.engine.loaded_model import LoadedModel
from app.engine.settings import LoadSettings, SamplingSettings


def _load(path: Path) -> LoadedModel:
    return LoadedModel.load(LoadSettings(model_path=path, n_ctx=2048, n_threads=2, n_batch=64))


@pytest.fixture(scope="module")
def model(scripted_model_path: Path) -> Iterator[LoadedModel]:
    loaded = _load(scripted_model_path)
    yield loaded
    loaded.close()


RESPELLED_PIECES = ("Hel", "lo", " world")  # the tokenizer splits "Hello world" as Hello| world


@pytest.fixture(scope="module")
def respelled(tmp_path_factory: pytest.TempPathFactory, scripted_model_path: Path) -> Iterator[LoadedModel]:
    """A model whose reply's tokens are not those its text tokenizes to, as a sampled
    reply's often are: "Hello world" as Hel|lo| world."""
    ids = [tokenize_with_model(scripted_model_path, piece, special=False) for piece in RESPELLED_PIECES]
    assert all(len(one) == 1 for one in ids)
    path = write_scripted_llama(tmp_path_factory.mktemp("respelled") / "respelled.gguf", [one[0] for one in ids])
    loaded = _load(path)
    yield loaded
    loaded.close()


def _chat(model: LoadedModel, messages: list[ChatMessage], max_tokens: int) -> tuple[str, object]:
    return model.chat(messages, SamplingSettings(temperature=0.0, max_tokens=max_tokens, seed=3),
                      emit=lambda _t: None, cancelled=lambda: False)


@pytest.fixture
def decodes(model: LoadedModel, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every batch llama.cpp is asked to decode, in order."""
    sizes: list[int] = []
    context = model._llama.llm._ctx
    real = context.decode

    def counting(batch: object) -> None:
        sizes.append(int(batch.n_tokens()))  # type: ignore[attr-defined]
        real(batch)

    monkeypatch.setattr(context, "decode", counting)
    return sizes


def test_the_prompt_is_read_in_batches_only(model: LoadedModel, decodes: list[int]) -> None:
    """The prompt is decoded in batches of n_batch, its last token included: no separate
    one-token decode of the last prompt token before the first sampled token (on a big
    model that costs as much as generating a token). Each generated token but the last
    is decoded once, alone."""
    _chat(model, [ChatMessage("user", "warm up")], 2)
    history = [ChatMessage("system", "Be brief."), ChatMessage("user", "zz " * 200)]
    decodes.clear()
    text, stats = _chat(model, history, 6)
    assert text == "Bread needs flour, water"  # the reply's first 6 tokens: B|read| needs| flour|,| water
    assert stats.stop_reason is StopReason.LENGTH and stats.generated_tokens == 6
    n = stats.evaluated_prompt_tokens
    assert n > 3 * 64, decodes  # several batches
    assert decodes == [64] * (n // 64) + ([n % 64] if n % 64 else []) + [1] * (stats.generated_tokens - 1)

    # The next turn decodes only its new tokens (the reply's last token among them).
    history += [ChatMessage("assistant", text), ChatMessage("user", "And now?")]
    decodes.clear()
    _text, again = _chat(model, history, 4)
    # The whole reply stayed in the cache but its last token: sampled, never decoded.
    assert again.reused_tokens == stats.prompt_tokens + stats.generated_tokens - 1
    assert again.generated_tokens == 4
    assert decodes == [again.evaluated_prompt_tokens] + [1] * (again.generated_tokens - 1)


def test_stopping_while_reading_keeps_what_was_read(model: LoadedModel) -> None:
    history = [ChatMessage("user", "token " * 400)]
    calls = iter(range(1000))
    text, stats = model.chat(history, SamplingSettings(temperature=0.0, max_tokens=4),
                             emit=lambda _t: None, cancelled=lambda: next(calls) >= 2)
    assert text == "" and stats.stop_reason is StopReason.STOPPED and stats.generated_tokens == 0
    # Two batches were read before the stop; asking again reuses them.
    text, again = _chat(model, history, 2)
    assert again.reused_tokens == stats.reused_tokens + 2 * 64
    assert (text, again.stop_reason) == ("Bread", StopReason.LENGTH)


def test_the_cache_keeps_a_reply_up_to_where_the_history_changes_it(respelled: LoadedModel) -> None:
    """The model's own tokens stay in the cache for as much of its reply as the history
    still holds, though tokenizing that text again gives other tokens; a reply cut short
    in the history (as a template's trim does) is read again only from the cut on."""
    history = [ChatMessage("user", "Tell me a long story, please.")]
    text, first = _chat(respelled, history, 8)
    assert (text, first.stop_reason) == ("Hello world", StopReason.END_OF_TURN)
    in_cache = respelled._llama.cached_tokens()[first.prompt_tokens:]
    assert [respelled.token_bytes(t) for t in in_cache] == [p.encode() for p in RESPELLED_PIECES]
    assert respelled.tokenize("Hello world", special=False) != in_cache  # tokenized again: Hello| world
    _text, whole = _chat(respelled, [*history, ChatMessage("assistant", text), ChatMessage("user", "Go on.")], 2)
    assert whole.reused_tokens == first.prompt_tokens + 3
    _text, cut = _chat(respelled, [*history, ChatMessage("assistant", "Hello"), ChatMessage("user", "Go on.")], 2)
    assert cut.reused_tokens == first.prompt_tokens + 2  # Hel|lo spell "Hello"; " world" is gone


def test_long_tokens_keep_their_text(model: LoadedModel) -> None:
    """Llama 3 has tokens longer than 32 bytes (runs of spaces in indented code, rules of
    '=' or '-'): they must not vanish from a reply or a detokenized text."""
    spaces = model.tokenize(" " * 39 + "x", special=False)
    assert len(spaces) == 2 and model.token_bytes(spaces[0], special=False) == b" " * 38
    assert model.detokenize(spaces) == " " * 39 + "x"
    rule = model.tokenize("=" * 64, special=False)
    assert model.detokenize(rule) == "=" * 64 and max(len(model.token_bytes(t)) for t in rule) > 32


def test_llama_cpp_s_reason_for_a_failure_is_found_after_hundreds_of_log_lines() -> None:
    """The log keeps its last 200 lines; a mark taken once it is full still finds the lines
    logged after it (a failed load says why, however much was logged before)."""
    from app.engine.llama_backend import _llama_log

    llama_log = _llama_log()
    for i in range(250):
        llama_log._callback(2, f"llama_model_loader: line {i}\n".encode(), None)
    mark = llama_log.mark()
    assert llama_log.errors_since(mark) == []
    llama_log._callback(4, b"llama_model_load: error loading model: unknown pre-tokenizer type: 'x'\n", None)
    llama_log._callback(4, b"llama_model_load_from_file_impl: failed to load model\n", None)
    assert llama_log.errors_since(mark) == [
        "llama_model_load: error loading model: unknown pre-tokenizer type: 'x'",
        "llama_model_load_from_file_impl: failed to load model",
    ]

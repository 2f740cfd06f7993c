"""LoadedModel in this process (no worker): what llama.cpp is asked to decode per request."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from app.chat.messages import ChatMessage, StopReason
from app.engine.loaded_model import LoadedModel
from app.engine.settings import LoadSettings, SamplingSettings


@pytest.fixture(scope="module")
def model(tiny_model_path: Path) -> Iterator[LoadedModel]:
    loaded = LoadedModel.load(LoadSettings(model_path=tiny_model_path, n_ctx=2048, n_threads=2, n_batch=64))
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
    assert stats.stop_reason is StopReason.LENGTH and stats.generated_tokens == 6
    n = stats.evaluated_prompt_tokens
    assert n > 3 * 64, decodes  # several batches
    assert decodes == [64] * (n // 64) + ([n % 64] if n % 64 else []) + [1] * (stats.generated_tokens - 1)

    # The next turn decodes only its new tokens (the reply's last token among them).
    history += [ChatMessage("assistant", text), ChatMessage("user", "And now?")]
    decodes.clear()
    _text, again = _chat(model, history, 4)
    assert again.reused_tokens >= stats.prompt_tokens
    assert decodes == [again.evaluated_prompt_tokens] + [1] * (again.generated_tokens - 1)


def test_stopping_while_reading_keeps_what_was_read(model: LoadedModel) -> None:
    history = [ChatMessage("user", "token " * 400)]
    calls = iter(range(1000))
    text, stats = model.chat(history, SamplingSettings(temperature=0.0, max_tokens=4),
                             emit=lambda _t: None, cancelled=lambda: next(calls) >= 2)
    assert text == "" and stats.stop_reason is StopReason.STOPPED and stats.generated_tokens == 0
    # Two batches were read before the stop; asking again reuses them.
    _text, again = _chat(model, history, 2)
    assert again.reused_tokens == stats.reused_tokens + 2 * 64 and again.stop_reason is StopReason.LENGTH


def _spelled_prefix(model: LoadedModel, tokens: list[int]) -> tuple[int, str]:
    """The longest run of leading `tokens` (at most half) whose text is plain, complete
    UTF-8 that a chat template leaves as it is (no special tokens, no outer whitespace)."""
    for k in range(len(tokens) // 2, 0, -1):
        pieces = [model.token_bytes(t, special=False) for t in tokens[:k]]
        if any(not p or p != model.token_bytes(t, special=True) for p, t in zip(pieces, tokens)):
            continue
        try:
            text = b"".join(pieces).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if text == text.strip():
            return k, text
    return 0, ""


def _reply_that_tokenizes_otherwise(model: LoadedModel, history: list[ChatMessage]) -> tuple[object, int, str]:
    """A sampled reply whose first words, tokenized again, give other tokens than the
    model produced (random weights write such text often, not always)."""
    for seed in range(40):
        varied = SamplingSettings(temperature=1.5, top_k=0, top_p=1.0, min_p=0.0, max_tokens=32, seed=seed)
        _text, stats = model.chat(history, varied, emit=lambda _t: None, cancelled=lambda: False)
        in_cache = model._llama.cached_tokens()[stats.prompt_tokens:]
        k, kept_text = _spelled_prefix(model, in_cache)
        if k >= 4 and model.tokenize(kept_text) != in_cache[:k]:
            return stats, k, kept_text
    raise AssertionError("no sampled reply tokenizes otherwise")


def test_the_cache_keeps_a_reply_up_to_where_the_history_changes_it(model: LoadedModel) -> None:
    """The model's own tokens stay in the cache for as much of its reply as the history
    still holds, though tokenizing that text again gives other tokens; a reply cut short
    in the history (as a template's trim does) is read again only from the cut on."""
    history = [ChatMessage("user", "Tell me a long story, please.")]
    first, k, kept_text = _reply_that_tokenizes_otherwise(model, history)
    history += [ChatMessage("assistant", kept_text), ChatMessage("user", "Go on.")]
    _text, again = _chat(model, history, 2)
    assert again.reused_tokens == first.prompt_tokens + k


def test_long_tokens_keep_their_text(model: LoadedModel) -> None:
    """Llama 3 has tokens longer than 32 bytes (runs of spaces in indented code, rules of
    '=' or '-'): they must not vanish from a reply or a detokenized text."""
    spaces = model.tokenize(" " * 39 + "x", special=False)
    assert len(spaces) == 2 and model.token_bytes(spaces[0], special=False) == b" " * 38
    assert model.detokenize(spaces) == " " * 39 + "x"
    rule = model.tokenize("=" * 64, special=False)
    assert model.detokenize(rule) == "=" * 64 and max(len(model.token_bytes(t)) for t in rule) > 32

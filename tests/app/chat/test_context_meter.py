"""The context meter's numbers: estimates, the engine's counts when known, the fit."""

from __future__ import annotations

from app.chat.context_meter import MESSAGE_OVERHEAD, context_usage, estimate_tokens, seen_counts
from app.chat.messages import ChatMessage, ReplyStats, StopReason

HISTORY = (ChatMessage("system", "Be brief."), ChatMessage("user", "Hello there"),
           ChatMessage("assistant", "Hi! How can I help?"))


def _stats(prompt: int, generated: int) -> ReplyStats:
    return ReplyStats(prompt, 0, generated, 0.1, 100.0, 10.0, StopReason.END_OF_TURN)


def test_estimate_grows_with_the_text() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("abc") == 1
    assert estimate_tokens("x" * 300) == 100


def test_usage_adds_the_parts_and_the_reply_reserve() -> None:
    usage = context_usage(HISTORY, "What is the weather?", 512, 1024)
    assert usage.reserve == 128  # at most a quarter of the context
    assert usage.system == estimate_tokens("Be brief.") + MESSAGE_OVERHEAD
    assert usage.draft == estimate_tokens("What is the weather?") + MESSAGE_OVERHEAD
    assert usage.used == usage.system + usage.history + usage.draft + usage.reserve
    assert usage.fits


def test_the_engines_count_replaces_the_estimate_of_the_history() -> None:
    usage = context_usage(HISTORY, "", 512, 64, _stats(300, 40))
    assert usage.history == 340 - usage.system
    assert usage.draft == 0 and usage.reserve == 64


def test_a_long_message_does_not_fit() -> None:
    assert not context_usage(HISTORY, "word " * 300, 512, 64).fits
    assert context_usage(HISTORY, "word " * 300, 4096, 64).fits


def test_seen_counts_leave_out_the_system_prompt_and_the_reply() -> None:
    history = (*HISTORY, ChatMessage("user", "again"), ChatMessage("assistant", "sure"))
    assert seen_counts(history, 2, replied=True) == (1, 3)
    assert seen_counts(history, 0, replied=False) == (4, 4)


def test_the_message_typed_is_estimated_at_the_rate_the_engine_measured() -> None:
    chars = sum(len(m.content) for m in HISTORY)
    exact = context_usage(HISTORY, "x" * 60, 512, 64, _stats(chars // 6 + 3 * MESSAGE_OVERHEAD, 0))
    assert exact.draft == 10 + MESSAGE_OVERHEAD  # 6 characters a token, as the history was counted
    assert context_usage(HISTORY, "x" * 60, 512, 64).draft == 20 + MESSAGE_OVERHEAD

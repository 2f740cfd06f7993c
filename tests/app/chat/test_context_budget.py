"""Fitting a conversation into the context by leaving out its oldest exchanges."""

from __future__ import annotations

from hypothesis import given, strategies as st

from app.chat.context_budget import fit_to_context, reply_room
from app.chat.messages import ChatMessage


def count(messages) -> int:  # type: ignore[no-untyped-def]
    return sum(4 + len(m.content.split()) for m in messages)


def conversation(lengths: list[int]) -> tuple[ChatMessage, ...]:
    body = [ChatMessage("user" if i % 2 == 0 else "assistant", " ".join(["w"] * n)) for i, n in enumerate(lengths)]
    if len(body) % 2 == 0:
        body.append(ChatMessage("user", "last question"))
    return (ChatMessage("system", "Be brief."), *body)


def test_a_conversation_that_fits_is_sent_whole() -> None:
    messages = conversation([3, 3])
    assert fit_to_context(messages, count, 1000, 100) == (messages, 0)


def test_the_oldest_exchanges_go_first() -> None:
    messages = conversation([50, 50, 5, 5])
    kept, left_out = fit_to_context(messages, count, 60, 10)
    assert left_out == 2 and kept == (messages[0], *messages[3:])


@given(st.lists(st.integers(0, 60), min_size=0, max_size=12), st.integers(20, 400))
def test_what_is_sent_fits_starts_with_a_question_and_keeps_the_newest(lengths: list[int], n_ctx: int) -> None:
    messages = conversation(lengths)
    room = reply_room(n_ctx, 16)
    kept, left_out = fit_to_context(messages, count, n_ctx, room)
    assert kept[0] == messages[0] and kept[-1] == messages[-1]  # the system prompt and the new message
    assert kept == (messages[0], *messages[1 + left_out:])  # a suffix of the conversation
    assert kept[1].role == "user"
    if count(kept) > n_ctx - room:  # too long even so: only when nothing more can go
        assert len(kept) == 2 or all(m.role != "user" for m in kept[2:])
    elif left_out:  # the longest suffix that fits: one more exchange would not
        earlier = [i for i in range(1, 1 + left_out) if messages[i].role == "user"]
        assert count((messages[0], *messages[earlier[-1]:])) > n_ctx - room

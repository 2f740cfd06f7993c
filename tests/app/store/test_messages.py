"""Conversations and branches: editing a message or regenerating a reply keeps every
alternative, and a person can switch between them."""

from __future__ import annotations

import pytest

from app.chat.messages import ReplyStats, StopReason
from app.errors import InvalidRequestError
from app.store.conversations import (
    create_conversation,
    delete_conversation,
    get_conversation,
    list_conversations,
    rename_conversation,
    set_pinned,
)
from app.store.database import Database
from app.store.errors import NotFoundError
from app.store.messages import (
    add_message,
    edit_user_message,
    regeneration_parent,
    select_branch,
    siblings,
    thread,
)
from app.store.records import MessageStatus, Role, TitleSource
from app.store.streaming import StreamingReply

STATS = ReplyStats(10, 0, 3, 0.1, 100.0, 20.0, StopReason.END_OF_TURN)


def _reply(db: Database, conversation_id: int, text: str, parent_id: object = None) -> int:
    kwargs = {} if parent_id is None else {"parent_id": parent_id}
    reply = StreamingReply(db, conversation_id, **kwargs)  # type: ignore[arg-type]
    reply.add(text)
    return reply.finish(STATS).id


def _contents(db: Database, conversation_id: int) -> list[str]:
    return [m.content for m in thread(db, conversation_id)]


def test_conversation_records_model_settings_and_system_prompt(db: Database) -> None:
    conversation = create_conversation(db, model="Llama 3.2 1B", settings={"n_ctx": 8192, "temperature": 0.7},
                                       system_prompt="Be brief.")
    again = get_conversation(db, conversation.id)
    assert (again.model, again.settings, again.system_prompt) == ("Llama 3.2 1B", {"n_ctx": 8192, "temperature": 0.7}, "Be brief.")
    assert again.title_source is TitleSource.NONE and not again.pinned


def test_edit_keeps_the_original_branch(db: Database) -> None:
    c = create_conversation(db).id
    first = add_message(db, c, Role.USER, "What is 2+2?")
    _reply(db, c, "4")
    add_message(db, c, Role.USER, "And 3+3?")
    old_leaf = _reply(db, c, "6")

    edited = edit_user_message(db, first.id, "What is 2+3?")
    assert _contents(db, c) == ["What is 2+3?"]
    _reply(db, c, "5")
    assert _contents(db, c) == ["What is 2+3?", "5"]
    assert [m.content for m in siblings(db, edited.id)] == ["What is 2+2?", "What is 2+3?"]

    leaf = select_branch(db, first.id)  # back to the original, down to its last message
    assert leaf == old_leaf
    assert _contents(db, c) == ["What is 2+2?", "4", "And 3+3?", "6"]


def test_regenerate_keeps_every_reply(db: Database) -> None:
    c = create_conversation(db).id
    question = add_message(db, c, Role.USER, "Tell me a joke")
    first = _reply(db, c, "Joke one")
    second = _reply(db, c, "Joke two", parent_id=regeneration_parent(db, first))
    assert [m.content for m in siblings(db, second)] == ["Joke one", "Joke two"]
    assert _contents(db, c) == ["Tell me a joke", "Joke two"]
    select_branch(db, first)
    assert _contents(db, c) == ["Tell me a joke", "Joke one"]
    assert all(m.parent_id == question.id for m in siblings(db, first))


def test_only_user_messages_are_edited_and_only_replies_regenerated(db: Database) -> None:
    c = create_conversation(db).id
    question = add_message(db, c, Role.USER, "Hi")
    answer = _reply(db, c, "Hello")
    with pytest.raises(InvalidRequestError):
        edit_user_message(db, answer, "changed")
    with pytest.raises(InvalidRequestError):
        regeneration_parent(db, question.id)


def test_a_message_cannot_hang_under_another_conversation(db: Database) -> None:
    a = create_conversation(db).id
    b = create_conversation(db).id
    foreign = add_message(db, a, Role.USER, "in a")
    with pytest.raises(InvalidRequestError):
        add_message(db, b, Role.USER, "in b", parent_id=foreign.id)


def test_list_pinned_first_then_recent(db: Database) -> None:
    old = create_conversation(db, created_ms=1000)
    new = create_conversation(db, created_ms=2000)
    pinned = create_conversation(db, created_ms=500)
    set_pinned(db, pinned.id, True)
    add_message(db, new.id, Role.USER, "hello", created_ms=3000)
    listed = list_conversations(db)
    assert [c.id for c in listed] == [pinned.id, new.id, old.id]
    assert [c.message_count for c in listed] == [0, 1, 0]
    assert listed[0].pinned


def test_rename_and_delete(db: Database) -> None:
    c = create_conversation(db)
    renamed = rename_conversation(db, c.id, "  My   title \n")
    assert (renamed.title, renamed.title_source) == ("My title", TitleSource.PERSON)
    with pytest.raises(InvalidRequestError):
        rename_conversation(db, c.id, "   ")
    add_message(db, c.id, Role.USER, "bye")
    delete_conversation(db, c.id)
    with pytest.raises(NotFoundError, match="no conversation number"):
        get_conversation(db, c.id)
    assert db.scalar("SELECT count(*) FROM messages") == 0


def test_status_values_are_the_stored_ones() -> None:
    # Stored on disk: a renamed value would strand every existing row.
    assert [s.value for s in MessageStatus] == ["streaming", "done", "stopped", "failed", "interrupted"]
    assert [r.value for r in Role] == ["user", "assistant"]
    assert [t.value for t in TitleSource] == ["none", "first_words", "model", "person", "imported"]

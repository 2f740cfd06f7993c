"""Each thread message's alternatives, for the window's "‹ 2/3 ›"."""

from __future__ import annotations

from pathlib import Path

from app.store.alternatives import alternatives
from app.store.conversations import create_conversation
from app.store.messages import add_message, regeneration_parent, select_branch, thread
from app.store.opening import open_store
from app.store.records import MessageStatus, Role


def test_alternatives_of_a_thread_in_one_query(tmp_path: Path) -> None:
    with open_store(tmp_path / "paddock.sqlite3") as store:
        db = store.connection()
        chat = create_conversation(db)
        question = add_message(db, chat.id, Role.USER, "Which flour?")
        rye = add_message(db, chat.id, Role.ASSISTANT, "Rye.")
        add_message(db, chat.id, Role.ASSISTANT, "", parent_id=question.id, status=MessageStatus.FAILED)
        spelt = add_message(db, chat.id, Role.ASSISTANT, "Spelt.", parent_id=regeneration_parent(db, rye.id))
        follow = add_message(db, chat.id, Role.USER, "Why?")
        shown = thread(db, chat.id)
        assert [m.id for m in shown] == [question.id, spelt.id, follow.id]
        # The empty failed reply is no alternative; the question and its follow-up have none.
        assert alternatives(db, chat.id, shown) == {spelt.id: (rye.id, spelt.id)}
        select_branch(db, rye.id)
        shown = thread(db, chat.id)
        assert alternatives(db, chat.id, shown) == {rye.id: (rye.id, spelt.id)}

"""Votes stored in the real conversation database, read back, and read as battles."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.arena.votes import ModelIdentity, Outcome, Vote, battles, list_votes, record_vote
from app.errors import InvalidRequestError
from app.store.opening import open_store

Q8 = ModelIdentity.of("Llama-3.1-8B.gguf", "Q8_0", {"temperature": 0.7})
Q2 = ModelIdentity.of("Llama-3.3-70B.gguf", "Q2_K")
SMALL = ModelIdentity.of("Llama-3.2-3B.gguf", "Q4_K_M")


@pytest.fixture
def db(tmp_path: Path):
    store = open_store(tmp_path / "paddock.sqlite3")
    yield store.connection()
    store.close()


def test_votes_round_trip_with_their_links_and_tags(db) -> None:
    db.execute("INSERT INTO conversations (id, uuid, created_ms, updated_ms) VALUES (1, 'c', 1, 1)")
    db.execute("INSERT INTO messages (id, uuid, conversation_id, role, status, created_ms, updated_ms) "
               "VALUES (5, 'm', 1, 'user', 'done', 1, 1)")
    first = record_vote(db, Vote((Q8, Q2), Outcome.WINNER, winner=1, conversation_id=1, message_id=5,
                                 tags={"language": "th"}, created_ms=10))
    record_vote(db, Vote((Q8, SMALL), Outcome.TIE, blind=False, created_ms=20))
    record_vote(db, Vote((Q2, SMALL, Q8), Outcome.BOTH_BAD, created_ms=30))
    blind = list_votes(db)
    assert [v.created_ms for v in blind] == [10, 30]
    assert blind[0] == Vote((Q8, Q2), Outcome.WINNER, 1, True, 1, 5, {"language": "th"}, 10, first)
    assert blind[0].models[0].key == "Llama-3.1-8B.gguf (Q8_0, temperature=0.7)"
    assert len(list_votes(db, include_unblind=True)) == 3
    db.execute("DELETE FROM conversations WHERE id = 1")  # the vote outlives its conversation
    assert list_votes(db)[0].conversation_id is None and list_votes(db)[0].message_id is None


def test_votes_become_pairwise_battles() -> None:
    best_of_three = Vote((Q2, SMALL, Q8), Outcome.WINNER, winner=2)
    assert [(b.model_a, b.model_b, b.score_a) for b in battles([best_of_three])] == [
        (Q8.key, Q2.key, 1.0), (Q8.key, SMALL.key, 1.0)]
    bad = Vote((Q2, SMALL, Q8), Outcome.BOTH_BAD)
    assert [(b.score_a, b.both_bad) for b in battles([bad])] == [(0.5, True)] * 3
    assert battles([bad], drop_both_bad=True) == []
    assert len(battles([Vote((Q2, SMALL), Outcome.TIE)])) == 1


@pytest.mark.parametrize("vote, says", [
    (Vote((Q8,), Outcome.TIE), "at least two"),
    (Vote((Q8, Q8), Outcome.TIE), "given twice"),
    (Vote((Q8, Q2), Outcome.WINNER), "winning pane"),
    (Vote((Q8, Q2), Outcome.TIE, winner=0), "winning pane"),
    (Vote((Q8, Q2), Outcome.WINNER, winner=2), "no pane 3"),
])
def test_invalid_votes_are_refused_and_nothing_is_stored(db, vote, says) -> None:
    with pytest.raises(InvalidRequestError, match=says):
        record_vote(db, vote)
    assert db.scalar("SELECT count(*) FROM votes") == 0

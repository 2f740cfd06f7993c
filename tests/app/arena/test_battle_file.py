"""The Chatbot Arena battle format: written and read back, and bad lines named."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.arena.battle_file import read_battles, write_battles
from app.arena.votes import ModelIdentity, Outcome, Vote, battles
from app.errors import InvalidRequestError

A, B = ModelIdentity.of("a.gguf", "Q8_0"), ModelIdentity.of("b.gguf")


def test_two_model_votes_survive_the_round_trip(tmp_path: Path) -> None:
    votes = [Vote((A, B), Outcome.WINNER, 1, created_ms=1500, tags={"language": "th"}),
             Vote((B, A), Outcome.TIE, blind=False, created_ms=2000),
             Vote((A, B), Outcome.BOTH_BAD, created_ms=3000)]
    path = tmp_path / "votes.jsonl"
    assert write_battles(votes, path) == 3
    back = read_battles(path)
    assert [(v.outcome, v.winner, v.blind, v.created_ms, dict(v.tags)) for v in back] == [
        (Outcome.WINNER, 0, True, 1500, {"language": "th"}),  # the winner is written as model_a
        (Outcome.TIE, None, False, 2000, {}), (Outcome.BOTH_BAD, None, True, 3000, {})]
    assert battles(back) == battles(votes)


@pytest.mark.parametrize("line, says", [
    ("{not json", "not JSON"),
    ('{"model_a": "x", "model_b": "y", "winner": "model_c"}', "winner must be one of"),
    ('{"model_a": "x", "model_b": "y", "winner": "tie", "tstamp": "noon"}', "tstamp must be"),
    ('{"model_a": "x", "model_b": "x", "winner": "tie"}', "given twice"),
    ('["model_a"]', "needs model_a"),
])
def test_a_bad_line_is_named(tmp_path: Path, line: str, says: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"model_a": "x", "model_b": "y", "winner": "tie"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InvalidRequestError) as caught:
        read_battles(path)
    assert caught.value.detail.startswith("in.jsonl, line 2: ") and says in caught.value.detail


def test_a_missing_file_is_an_expected_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="Cannot read"):
        read_battles(tmp_path / "nowhere.jsonl")


def test_a_battle_is_known_by_its_content_not_its_key_order(tmp_path: Path) -> None:
    from app.arena.battle_file import content_id

    line = {"model_a": "x", "model_b": "y", "winner": "tie", "tstamp": 1.0}
    same = {"tstamp": 1.0, "winner": "tie", "model_b": "y", "model_a": "x"}
    assert content_id(line) == content_id(same) and content_id(line).startswith("battle-")
    assert content_id({**line, "tstamp": 2.0}) != content_id(line)
    assert content_id({**line, "paddock_id": "abc/1"}) == "abc/1"
    # a vote cast here writes its id and the battle's number; read back as that id
    votes = [Vote((A, B, ModelIdentity.of("c.gguf")), Outcome.WINNER, 2, uuid="v1")]
    path = tmp_path / "mine.jsonl"
    write_battles(votes, path)
    assert [v.uuid for v in read_battles(path)] == ["v1/0", "v1/1"]

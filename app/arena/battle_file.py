"""Votes as JSON Lines in the Chatbot Arena's public battle format, out and in.

One battle a line: {"model_a", "model_b", "winner": "model_a" | "model_b" | "tie" |
"tie (bothbad)", "tstamp" (seconds), "anony" (blind), "language", ...}. A vote between
more than two panes is written as its implied pairwise battles; a model's name is its
leaderboard key ("file (Q4_K_M, temperature=0.7)"), read back as that name.
Each battle Paddock writes carries "paddock_id" (its vote's uuid and number); a battle from
elsewhere is known by a hash of its line: importing the same file twice adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from app.arena.votes import ModelIdentity, Outcome, Vote
from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError

WINNERS = {"model_a": Outcome.WINNER, "model_b": Outcome.WINNER, "tie": Outcome.TIE,
           "tie (bothbad)": Outcome.BOTH_BAD}


ID_KEY = "paddock_id"  # "<the vote's uuid>/<n>": read back as the battle's content id


def content_id(line: dict[str, Any]) -> str:
    """A battle's identity: the id Paddock wrote, else a hash of the whole line (every
    key, in sorted order), so the same battle imported twice is stored once."""
    given = line.get(ID_KEY)
    if isinstance(given, str) and given:
        return given
    canonical = json.dumps(line, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "battle-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _pairs(vote: Vote) -> Iterator[tuple[str, str, str]]:
    keys = [m.key for m in vote.models]
    if vote.outcome is Outcome.WINNER:
        assert vote.winner is not None
        yield from ((keys[vote.winner], key, "model_a") for i, key in enumerate(keys) if i != vote.winner)
        return
    winner = "tie" if vote.outcome is Outcome.TIE else "tie (bothbad)"
    yield from ((keys[i], keys[j], winner) for i in range(len(keys)) for j in range(i + 1, len(keys)))


def battle_lines(votes: Iterable[Vote]) -> Iterator[dict[str, Any]]:
    for vote in votes:
        common: dict[str, Any] = {"tstamp": vote.created_ms / 1000.0, "anony": vote.blind, **dict(vote.tags)}
        for n, (a, b, winner) in enumerate(_pairs(vote)):
            line = {"model_a": a, "model_b": b, "winner": winner, **common}
            if vote.uuid:  # an imported Paddock battle keeps its id; a vote's battles are numbered
                line[ID_KEY] = vote.uuid if "/" in vote.uuid else f"{vote.uuid}/{n}"
            yield line


def write_battles(votes: Iterable[Vote], path: Path) -> int:
    """Write `votes` to `path` (replaced); return the number of battles written."""
    lines = [json.dumps(b, ensure_ascii=False) for b in battle_lines(votes)]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def _vote(line: dict[str, Any], name: str, number: int) -> Vote:
    """The battle on line `number` of the file `name`."""
    try:
        a, b, winner = line["model_a"], line["model_b"], line["winner"]
    except (KeyError, TypeError):
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "{name}, line {line}: a battle needs model_a, model_b and winner."),
            name=name,
            line=number,
        ) from None
    if winner not in WINNERS or not isinstance(a, str) or not isinstance(b, str):
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "{name}, line {line}: winner must be one of {winners}, not {winner}."),
            name=name,
            line=number,
            winners=", ".join(WINNERS),
            winner=repr(winner),
        )
    try:
        created_ms = int(float(line.get("tstamp") or 0) * 1000)
    except (TypeError, ValueError):
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "{name}, line {line}: tstamp must be a number of seconds."),
            name=name,
            line=number,
        ) from None
    tags = {k: str(line[k]) for k in ("language", "task") if line.get(k)}
    position = {"model_a": 0, "model_b": 1}.get(winner)
    vote = Vote((ModelIdentity(a), ModelIdentity(b)), WINNERS[winner], position, bool(line.get("anony", True)),
                tags=tags, created_ms=created_ms, uuid=content_id(line))
    try:
        return vote.validated()
    except InvalidRequestError as exc:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "{name}, line {line}: {cause}"), name=name, line=number, cause=exc
        ) from None


def read_battles(path: Path) -> list[Vote]:
    """The battles of a JSON Lines file as two-model votes; a bad line is named."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidRequestError(
            QT_TRANSLATE_NOOP("AppError", "Cannot read {path}: {reason}."), path=path, reason=exc.strerror or exc
        ) from exc
    votes = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "{name}, line {line}: not JSON ({reason})."),
                name=path.name,
                line=number,
                reason=exc.msg,
            ) from None
        votes.append(_vote(line, path.name, number))
    return votes

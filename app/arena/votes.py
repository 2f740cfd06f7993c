"""Votes between side-by-side panes, stored in the conversation database (tables
`votes` and `vote_models`, migration m005), and their reading as pairwise battles.

A vote names two or more model identities in the order the panes were shown and one
outcome: a winner (that pane beat every other pane), a tie, or "both bad" (a tie in which
no reply was good). `battles()` turns votes into the pairwise records the ratings fit.
"""

from __future__ import annotations

import enum
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError
from app.store.database import Database


class Outcome(str, enum.Enum):
    """Stored on disk (votes.outcome): never change or reuse values."""

    WINNER = "winner"
    TIE = "tie"
    BOTH_BAD = "both_bad"


@dataclass(frozen=True)
class ModelIdentity:
    """What is being rated: a file at a quantization with the settings that shape replies
    (sampling, context, KV type). The same file with other settings is another contestant."""

    file_name: str
    quantization: str = ""
    settings: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, file_name: str, quantization: str = "", settings: Optional[Mapping[str, object]] = None) -> "ModelIdentity":
        pairs = tuple(sorted((str(k), str(v)) for k, v in (settings or {}).items()))
        return cls(file_name, quantization, pairs)

    @property
    def key(self) -> str:
        """The name on the leaderboard: "file (Q4_K_M, temperature=0.7)"."""
        details = ([self.quantization] if self.quantization else []) + [f"{k}={v}" for k, v in self.settings]
        return f"{self.file_name} ({', '.join(details)})" if details else self.file_name


@dataclass(frozen=True)
class Vote:
    models: tuple[ModelIdentity, ...]
    outcome: Outcome
    winner: Optional[int] = None  # position in `models` when outcome is WINNER
    blind: bool = True
    conversation_id: Optional[int] = None
    message_id: Optional[int] = None
    tags: Mapping[str, str] = field(default_factory=dict)
    created_ms: int = 0
    id: Optional[int] = None
    # Unique in the database: random for a vote cast here; for an imported battle its
    # content id (battle_file.content_id), so importing the same file twice adds nothing.
    uuid: str = field(default="", compare=False)

    def validated(self) -> "Vote":
        if len(self.models) < 2:
            raise InvalidRequestError(QT_TRANSLATE_NOOP("AppError", "A vote compares at least two models."))
        if len({m.key for m in self.models}) != len(self.models):
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "A vote compares different models; the same one was given twice.")
            )
        if (self.outcome is Outcome.WINNER) != (self.winner is not None):
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "Name the winning pane exactly when the outcome is a win.")
            )
        if self.winner is not None and not 0 <= self.winner < len(self.models):
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "There is no pane {pane} in a vote between {count} models."),
                pane=self.winner + 1,
                count=len(self.models),
            )
        return self


def record_vote(db: Database, vote: Vote) -> int:
    """Store `vote` (all or nothing); return its id."""
    vote = vote.validated()
    created = vote.created_ms or int(time.time() * 1000)
    with db.transaction():
        outcome = db.execute(
            "INSERT INTO votes (uuid, created_ms, conversation_id, message_id, outcome, winner_position, blind, "
            "tags_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (vote.uuid or str(uuid.uuid4()), created, vote.conversation_id, vote.message_id, vote.outcome.value, vote.winner,
             int(vote.blind), json.dumps(dict(vote.tags), ensure_ascii=False) if vote.tags else None),
        )
        vote_id = int(outcome.lastrowid or 0)
        db.executemany(
            "INSERT INTO vote_models (vote_id, position, file_name, quantization, settings_json) VALUES (?, ?, ?, ?, ?)",
            [(vote_id, i, m.file_name, m.quantization, json.dumps(dict(m.settings), sort_keys=True))
             for i, m in enumerate(vote.models)],
        )
    return vote_id


def import_votes(db: Database, votes: Sequence[Vote]) -> int:
    """Store the votes (all or nothing) whose uuid is not stored yet, nor any earlier in
    `votes`; a battle exported from here ("<vote uuid>/<n>") is known by its vote's uuid
    too. Return how many were added."""
    added = 0
    seen: set[str] = set()
    with db.transaction():
        for vote in votes:
            ids = {vote.uuid, vote.uuid.partition("/")[0]} - {""}
            if vote.uuid in seen or any(db.query("SELECT 1 FROM votes WHERE uuid = ?", (i,)) for i in ids):
                continue
            seen.add(vote.uuid)
            record_vote(db, vote)
            added += 1
    return added


def list_votes(db: Database, *, include_unblind: bool = False) -> list[Vote]:
    """Stored votes, oldest first; blind ones only unless asked (as the Arena counts)."""
    where = "" if include_unblind else "WHERE blind = 1"
    rows = db.query(f"SELECT * FROM votes {where} ORDER BY created_ms, id")
    models: dict[int, list[ModelIdentity]] = {}
    for m in db.query("SELECT * FROM vote_models ORDER BY vote_id, position"):
        settings = json.loads(m["settings_json"] or "{}")
        models.setdefault(m["vote_id"], []).append(ModelIdentity.of(m["file_name"], m["quantization"], settings))
    return [
        Vote(tuple(models.get(r["id"], ())), Outcome(r["outcome"]), r["winner_position"], bool(r["blind"]),
             r["conversation_id"], r["message_id"], json.loads(r["tags_json"] or "{}"), r["created_ms"], r["id"], r["uuid"])
        for r in rows
    ]


@dataclass(frozen=True)
class Battle:
    """One pairwise comparison: score_a is 1 (a won), 0 (b won) or 0.5 (a tie)."""

    model_a: str
    model_b: str
    score_a: float
    both_bad: bool = False


def battles(votes: Sequence[Vote], *, drop_both_bad: bool = False) -> list[Battle]:
    """Each vote as pairwise battles: a winner beat every other pane (the implied pairwise
    wins); a tie or "both bad" ties every pair."""
    found: list[Battle] = []
    for vote in votes:
        if vote.outcome is Outcome.BOTH_BAD and drop_both_bad:
            continue
        keys = [m.key for m in vote.models]
        if vote.outcome is Outcome.WINNER:
            assert vote.winner is not None
            found += [Battle(keys[vote.winner], k, 1.0) for i, k in enumerate(keys) if i != vote.winner]
        else:
            bad = vote.outcome is Outcome.BOTH_BAD
            found += [Battle(keys[i], keys[j], 0.5, bad) for i in range(len(keys)) for j in range(i + 1, len(keys))]
    return found

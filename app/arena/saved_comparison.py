"""A comparison saved as a conversation, so that a vote keeps what was voted on: the
person's messages, then one branch per pane with its replies, model, settings and stats;
the winner's branch (or the first) is the one selected. The window's compare view and
`paddock-cli compare` both save through `save_comparison` before recording the vote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Sequence

from app.arena.votes import ModelIdentity
from app.chat.messages import ReplyStats
from app.store import messages as msg
from app.store.conversations import create_conversation
from app.store.records import Role


@dataclass(frozen=True)
class PaneRecord:
    """One pane as stored with a vote: its model, settings and the replies it gave."""

    name: str
    identity: ModelIdentity
    settings: dict
    replies: tuple[str, ...]
    stats: Optional[ReplyStats]


def save_comparison(db: Any, prompts: Sequence[str], panes: Sequence[PaneRecord],
                    winner: Optional[int]) -> tuple[int, int]:
    """Save the comparison (see the module docstring); returns the conversation id and the
    last message of the selected branch's prompt (what the vote links to)."""
    title = "⚖ " + prompts[0][:60]
    conversation = create_conversation(db, title=title, model=panes[0].name)
    first = msg.add_message(db, conversation.id, Role.USER, prompts[0], parent_id=None)
    chosen = winner if winner is not None else 0
    chosen_leaf, chosen_prompt = first.id, first.id
    for slot, pane in enumerate(panes):
        parent, prompt_id = first.id, first.id
        for turn, reply in enumerate(pane.replies):
            if turn > 0:
                prompt_id = msg.add_message(db, conversation.id, Role.USER, prompts[turn], parent_id=parent,
                                            select=False).id
                parent = prompt_id
            stats = pane.stats if turn == len(pane.replies) - 1 else None
            parent = msg.add_message(db, conversation.id, Role.ASSISTANT, reply, parent_id=parent, model=pane.name,
                                     settings=pane.settings, stats=stats, select=False).id
        if slot == chosen:
            chosen_leaf, chosen_prompt = parent, prompt_id
    msg.select_branch(db, chosen_leaf)
    return conversation.id, chosen_prompt

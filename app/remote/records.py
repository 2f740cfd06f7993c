"""The remote backends' plain records (no HTTP client here: the window imports them at
start, the `openai` package loads with the first remote request)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 120.0  # the longest wait for the next piece (a big model's first token included)


@dataclass(frozen=True)
class RemoteModel:
    endpoint: str  # the endpoint's name
    model_id: str
    context_length: Optional[int] = None  # when the server says (vLLM's max_model_len, llama-server's meta)


@dataclass(frozen=True)
class StreamEnd:
    """The stream's last word: why it ended and, when the server sent usage, its counts."""

    finish_reason: Optional[str]
    prompt_tokens: Optional[int]
    completion_tokens: Optional[int]

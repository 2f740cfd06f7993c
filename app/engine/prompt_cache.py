"""Which tokens already in the KV cache a new prompt can keep, matched by the text they spell.

A conversation's next prompt repeats the previous one and the model's reply as text. Cut
into tokens again, that text often differs from the tokens the model generated (the same
characters have several tokenizations; templates trim replies; a reply may end inside a
character), and a token-by-token comparison would then re-read the history from the
first difference on. Matching bytes instead keeps every cached token whose text still
stands at the start of the new prompt; only the rest is tokenized and read.
"""

from __future__ import annotations

import bisect
from typing import Callable, Sequence


def common_prefix_length(a: Sequence, b: Sequence) -> int:
    """Length of the longest common prefix of two lists or byte strings (slice
    comparisons, so long equal runs cost C speed, not a Python loop)."""
    low, high = 0, min(len(a), len(b))
    while low < high:  # invariant: a[:low] == b[:low]
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _is_continuation_byte(value: int) -> bool:
    return 0x80 <= value <= 0xBF


class CachedPrompt:
    """The text (bytes) of each token in the KV cache, in cache order."""

    def __init__(self) -> None:
        self._tokens: list[int] = []
        self._ends: list[int] = []  # where each token's bytes end in _text
        self._text = bytearray()

    def __len__(self) -> int:
        return len(self._tokens)

    def sync(self, tokens: Sequence[int], piece: Callable[[int], bytes]) -> None:
        """Follow the cache: `tokens` are the tokens it holds now; `piece` gives a token's
        bytes (special tokens spelled out, as chat templates write them)."""
        tokens = list(tokens)
        keep = common_prefix_length(self._tokens, tokens)
        del self._tokens[keep:]
        del self._ends[keep:]
        del self._text[self._ends[-1] if self._ends else 0:]
        for token in tokens[keep:]:
            self._text += piece(token)
            self._tokens.append(token)
            self._ends.append(len(self._text))

    def shared_with(self, tokens: Sequence[int]) -> int:
        """How many leading `tokens` equal the cached ones."""
        return common_prefix_length(self._tokens, tokens)

    def reusable(self, prompt: bytes) -> tuple[list[int], int]:
        """The cached tokens that spell the start of `prompt`, ending where a character
        starts, and how many bytes of `prompt` they cover."""
        matched = common_prefix_length(self._text, prompt)
        count = bisect.bisect_right(self._ends, matched)
        while count and self._ends[count - 1] < len(prompt) and _is_continuation_byte(prompt[self._ends[count - 1]]):
            count -= 1
        return self._tokens[:count], (self._ends[count - 1] if count else 0)

"""Stop sequences: a reply streamed piece by piece is cut where one of them begins.

Text that could be the beginning of a stop sequence is held back until the next piece
shows whether it is one, so a client never sees part of a stop sequence.
"""

from __future__ import annotations

from typing import Sequence


class StopText:
    """Feed the reply's pieces in; out comes the text to pass on. `hit` once a stop
    sequence was found: everything from it on is dropped."""

    def __init__(self, stops: Sequence[str]) -> None:
        self._stops = tuple(s for s in stops if s)
        self._held = ""
        self.hit = False

    def feed(self, piece: str) -> str:
        if self.hit:
            return ""
        if not self._stops:
            return piece
        text = self._held + piece
        found = [i for i in (text.find(s) for s in self._stops) if i >= 0]
        if found:
            self.hit = True
            self._held = ""
            return text[: min(found)]
        keep = self._partial_stop_at_end(text)
        self._held = text[len(text) - keep:]
        return text[: len(text) - keep]

    def flush(self) -> str:
        """The text held back when the reply ended without a stop sequence."""
        held, self._held = self._held, ""
        return "" if self.hit else held

    def _partial_stop_at_end(self, text: str) -> int:
        """Length of the longest end of `text` that begins a stop sequence."""
        longest = 0
        for stop in self._stops:
            for length in range(min(len(stop) - 1, len(text)), longest, -1):
                if text.endswith(stop[:length]):
                    longest = length
                    break
        return longest

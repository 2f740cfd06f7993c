"""Blocks -> chunks measured in tokens, cut at paragraph, then sentence, then word
boundaries, with overlap; each chunk keeps where it is.

`count_tokens` is the embedding model's tokenizer (or `approximate_tokens` until one is
chosen). Chunks never cross a page or a heading, so every chunk has one citation place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from app.documents.records import Block, Chunk, Location
from app.documents.thai_words import words

TokenCounter = Callable[[str], int]

# A sentence ends at . ! ? (and the Devanagari danda, CJK full stop) followed by a
# space; Thai marks the end of a sentence with a space alone.
_SENTENCE_END = re.compile(r"(?<=[.!?\u0964\u0965\u3002])\s+|(?<=[\u0e00-\u0e7f])\s+(?=[\u0e00-\u0e7f])")


def approximate_tokens(text: str) -> int:
    """About what a multilingual subword tokenizer gives: 4 tokens for 3 words."""
    return max(1, (len(words(text)) * 4 + 2) // 3)


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s.strip()]


@dataclass(frozen=True)
class _Piece:
    text: str
    tokens: int
    line_start: int | None
    line_end: int | None


def _glue(parts: Iterable[str]) -> str:
    return " ".join(parts)


def _split_words(text: str, count: TokenCounter, limit: int) -> list[str]:
    """A sentence longer than a chunk, cut between words (Thai words found by segmentation).
    Each word's tokens are counted once and summed: counting ever longer prefixes would
    make a long run of Thai quadratic."""
    pieces: list[str] = []
    current, tokens = "", 0
    rest = text
    for word in words(text):
        at = rest.find(word)
        upto, rest = rest[: at + len(word)], rest[at + len(word):]
        n = count(upto.strip())
        if current.strip() and tokens + n > limit:
            pieces.append(current.strip())
            current, tokens = "", 0
        current, tokens = current + upto, tokens + n
    if (current + rest).strip():
        pieces.append((current + rest).strip())
    return pieces


def _pieces(block: Block, count: TokenCounter, limit: int) -> list[_Piece]:
    loc = block.location
    tokens = count(block.text)
    if tokens <= limit:
        return [_Piece(block.text, tokens, loc.line_start, loc.line_end)]
    out: list[_Piece] = []
    for sentence in sentences(block.text):
        n = count(sentence)
        parts = [sentence] if n <= limit else _split_words(sentence, count, limit)
        out.extend(_Piece(p, n if len(parts) == 1 else count(p), loc.line_start, loc.line_end) for p in parts)
    return out


def _place(block: Block) -> tuple[object, ...]:
    return (block.location.page, block.location.heading)


def _groups(blocks: Sequence[Block]) -> list[list[Block]]:
    groups: list[list[Block]] = []
    for block in blocks:
        if groups and _place(groups[-1][-1]) == _place(block):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _chunk(pieces: Sequence[_Piece], where: Location) -> Chunk:
    starts = [p.line_start for p in pieces if p.line_start is not None]
    ends = [p.line_end for p in pieces if p.line_end is not None]
    location = Location(where.page, where.heading, min(starts) if starts else None, max(ends) if ends else None)
    return Chunk(_glue(p.text for p in pieces), location, sum(p.tokens for p in pieces))


def _pack(pieces: list[_Piece], where: Location, limit: int, overlap: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    current: list[_Piece] = []
    fresh = 0  # pieces in `current` not carried over from the previous chunk
    for piece in pieces:
        if current and sum(p.tokens for p in current) + piece.tokens > limit:
            chunks.append(_chunk(current, where))
            carried: list[_Piece] = []
            for old in reversed(current):
                if sum(p.tokens for p in carried) + old.tokens + piece.tokens > min(overlap + piece.tokens, limit):
                    break
                carried.insert(0, old)
            current, fresh = carried, 0
        current.append(piece)
        fresh += 1
    if current and fresh:
        chunks.append(_chunk(current, where))
    return chunks


def chunk_blocks(blocks: Sequence[Block], *, count_tokens: TokenCounter = approximate_tokens,
                 max_tokens: int = 256, overlap_tokens: int = 32) -> list[Chunk]:
    """Chunks of at most `max_tokens` (a single word longer than that stays whole), the
    next starting with the previous one's last sentences up to `overlap_tokens`."""
    if max_tokens < 1 or not 0 <= overlap_tokens < max_tokens:
        raise ValueError("need max_tokens >= 1 and 0 <= overlap_tokens < max_tokens")
    chunks: list[Chunk] = []
    for group in _groups(blocks):
        pieces = [p for block in group for p in _pieces(block, count_tokens, max_tokens)]
        chunks.extend(_pack(pieces, group[0].location, max_tokens, overlap_tokens))
    return chunks

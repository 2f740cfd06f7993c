"""The seam for embeddings (not implemented yet): what the indexer will call.

The next step runs a multilingual embedding model (multilingual-e5, bge-m3) through
llama.cpp's embedding mode behind this protocol, writes one row per chunk into the
`vectors` table (schema.py) and fuses vector and keyword ranks. Its `count_tokens` is
then the one `index_collection` takes, so chunks are measured in the model's tokens.
"""

from __future__ import annotations

from typing import Protocol, Sequence


class Embedder(Protocol):
    model: str  # stored in vectors.model
    dim: int

    def count_tokens(self, text: str) -> int: ...

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One L2-normalized vector per text ("passage: " / "query: " prefixes are the caller's)."""
        ...

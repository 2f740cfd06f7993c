"""What the indexer and retrieval call for embeddings (the `Embedder` protocol), and how
vectors are stored.

One vector per chunk and embedding model, L2-normalized, stored in the `vectors` table
as little-endian float16 bytes (dtype "f16"): half the size of float32 with no loss that
changes a ranking, and numpy turns a whole collection of them into one float32 matrix at
once. embedding_model.py runs a real model through llama.cpp behind this protocol.
"""

from __future__ import annotations

from typing import Protocol, Sequence

import numpy as np

VECTOR_DTYPE = "f16"  # vectors.dtype: stored on disk, never change or reuse values


class Embedder(Protocol):
    model: str  # stored in vectors.model: names the model file (a different file, other vectors)
    dim: int
    max_tokens: int  # the longest text (prefix and special tokens included) read whole

    def count_tokens(self, text: str) -> int:
        """Tokens a passage takes, as embed_passages reads it (prefix included)."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32, each row L2-normalized."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalized."""
        ...


def normalized(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1 (a zero row stays zero)."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f2").tobytes()


def from_blobs(blobs: Sequence[bytes], dim: int) -> np.ndarray:
    """The stored vectors as one (n, dim) float32 matrix."""
    if not blobs:
        return np.zeros((0, dim), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype="<f2").reshape(len(blobs), dim).astype(np.float32)

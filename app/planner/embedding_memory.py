"""Memory of an embedding model for documents: its weights and a small context.

An encoder keeps no KV cache between texts: besides the weights, llama.cpp needs the
compute buffer of one batch of `n_ctx` tokens (the activations of one layer, and the
attention scores of every head, n_ctx x n_ctx, in F32) and the pooled outputs. That is
tens of MB at 512 tokens and grows with the square of the context, which is why the
documents index reads bge-m3 with a 2,048-token context, not its 8,192.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.catalog.embedding_entries import EmbeddingEntry

OVERHEAD_BYTES = 16 * 2**20  # llama.cpp's context, graph and tokenizer tables


@dataclass(frozen=True)
class EmbeddingMemory:
    weights: int
    context: int

    @property
    def total(self) -> int:
        return self.weights + self.context


def context_bytes(entry: EmbeddingEntry, n_ctx: int) -> int:
    arch = entry.architecture
    activations = n_ctx * (6 * arch.n_embd + arch.n_ff) * 4
    scores = arch.n_head * n_ctx * n_ctx * 4
    outputs = n_ctx * arch.n_embd * 4
    return activations + scores + outputs + OVERHEAD_BYTES


def embedding_memory(entry: EmbeddingEntry, quant: str, n_ctx: int = 512) -> EmbeddingMemory:
    """RAM (or VRAM) the model takes loaded for embeddings with an `n_ctx`-token context
    (at most its trained one)."""
    n_ctx = min(n_ctx, entry.architecture.context_length)
    return EmbeddingMemory(entry.file_bytes(quant), context_bytes(entry, n_ctx))

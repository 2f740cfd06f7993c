"""LlamaEmbedder: a multilingual embedding GGUF run by llama.cpp in this process.

In this process, not in the engine worker: the chunker counts tokens many times per file
(per paragraph, sentence, and word of an overlong sentence), and a round trip to another
process for each would cost more than the tokenizing; the embedding model is small (at
most ~600 MB) and is read for indexing and one vector per question only; and the
no-network test then covers the whole path in one process. The front end decides the
thread (or a child process) that indexing runs in.

e5 models were trained with "passage: " and "query: " before the text and need them;
bge-m3 takes the text as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from app.documents.embedder import normalized
from app.engine.llama_backend import EmbeddingModel, open_embedding_model

BATCH = 32  # texts per llama.cpp call: a cancel is checked between batches


def prefixes_for(model_path: Path) -> tuple[str, str]:
    """(passage prefix, query prefix) the model was trained with, from its file name."""
    name = Path(model_path).name.lower()
    if "e5" in name:
        return "passage: ", "query: "
    return "", ""


def model_key(model_path: Path) -> str:
    """What vectors.model holds: the file name and size (another file, other vectors)."""
    path = Path(model_path)
    return f"{path.name}:{path.stat().st_size}"


class LlamaEmbedder:
    def __init__(self, model: EmbeddingModel, *, passage_prefix: str = "", query_prefix: str = "") -> None:
        self._model = model
        self.passage_prefix = passage_prefix
        self.query_prefix = query_prefix
        self.model = model_key(model.model_path)
        self.dim = model.dim
        self.max_tokens = model.n_ctx

    @classmethod
    def open(cls, model_path: Path, *, n_ctx: int = 2048, n_threads: Optional[int] = None,
             prefixes: Optional[tuple[str, str]] = None) -> "LlamaEmbedder":
        passage, query = prefixes if prefixes is not None else prefixes_for(model_path)
        model = open_embedding_model(Path(model_path), n_ctx=n_ctx, n_threads=n_threads)
        return cls(model, passage_prefix=passage, query_prefix=query)

    def close(self) -> None:
        self._model.close()

    def __enter__(self) -> "LlamaEmbedder":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def count_tokens(self, text: str) -> int:
        return self._model.count_tokens(self.passage_prefix + text)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        rows = [self._model.embed([self.passage_prefix + t for t in texts[i:i + BATCH]])
                for i in range(0, len(texts), BATCH)]
        return normalized(np.concatenate(rows) if rows else np.zeros((0, self.dim), dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        return normalized(self._model.embed([self.query_prefix + text]))[0]

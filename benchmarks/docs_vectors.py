"""The embedding and vector-search half of benchmarks/docs.py (run that file)."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from app.dev.tiny_bert import BertShape, write_random_bert
from app.documents.collections import ensure_collection
from app.documents.embedder import VECTOR_DTYPE, normalized, to_blob
from app.documents.embedding_model import LlamaEmbedder
from app.documents.retrieval import RelevanceFloor, VectorCache, retrieve, vector_ranking
from app.documents.schema import open_documents
from app.documents.vectors import bump_version

E5_SMALL_SHAPE = BertShape(n_layer=12, n_embd=384, n_head=12, n_ff=1536, context_length=512)
WORDS = ("valve lever pressure manual warranty reset button lid garden frost roses tomatoes sun winter "
         "pump filter seal gasket spring bolt washer hinge latch panel").split()


def _passages(n: int, rng: np.random.Generator) -> list[str]:
    """Passages of 20-40 words: about 150-250 tokens in the random model's letter-by-letter
    vocabulary (the chunker's size; a real e5 vocabulary reads these words whole)."""
    return [" ".join(rng.choice(WORDS, size=int(rng.integers(20, 40)))) + f" {i}." for i in range(n)]


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def embedding_rates(model: Optional[Path], threads: Optional[int], n: int = 128) -> None:
    import llama_cpp  # the reference: llama-cpp-python's own embedding call

    with tempfile.TemporaryDirectory() as tmp:
        if model is None:
            model = write_random_bert(Path(tmp) / "e5-small-shaped.gguf", E5_SMALL_SHAPE, seed=1)
        texts = _passages(n, np.random.default_rng(0))
        with LlamaEmbedder.open(model, n_ctx=512, n_threads=threads) as paddock:
            prefixed = [paddock.passage_prefix + t for t in texts]
            tokens = sum(paddock.count_tokens(t) for t in texts)
            own = llama_cpp.Llama(model_path=str(model), embedding=True, n_ctx=512, n_batch=512, n_ubatch=512,
                                  n_threads=threads, n_threads_batch=threads, verbose=False)
            try:
                ours = theirs = float("inf")
                for _ in range(3):  # interleaved, so both see the same machine load
                    ours = min(ours, _best_of(1, lambda: paddock.embed_passages(texts)))
                    theirs = min(theirs, _best_of(1, lambda: own.embed(prefixed, normalize=True)))
            finally:
                own.close()
    print(f"embeddings ({Path(model).name}, {n} passages, {tokens / n:.0f} tokens each):")
    print(f"  Paddock LlamaEmbedder          {n / ours:>8.1f} passages/s")
    print(f"  llama-cpp-python Llama.embed   {n / theirs:>8.1f} passages/s")
    print(f"  ratio                          {theirs / ours:>8.3f}  (target >= 0.95)")


def _fill(db, collection, vectors: np.ndarray) -> None:
    n, dim = vectors.shape
    with db.transaction():
        file_id = db.execute("INSERT INTO files (collection_id, path, status, indexed_ms) VALUES (?, ?, ?, ?)",
                             [collection.id, "/bench/synthetic.txt", "indexed", 0]).lastrowid
        db.executemany("INSERT INTO chunks (id, file_id, ordinal, text, search_text, token_count) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       ([i + 1, file_id, i, f"chunk {i}", f"word{i % 5000} chunk", 8] for i in range(n)))
        db.executemany("INSERT INTO vectors (chunk_id, model, dim, dtype, data) VALUES (?, ?, ?, ?, ?)",
                       ([i + 1, "bench", dim, VECTOR_DTYPE, to_blob(vectors[i])] for i in range(n)))
        bump_version(db, collection)


class _Fixed:
    """An embedder whose question vectors are given (the search, not the model, is measured)."""

    model, max_tokens = "bench", 512

    def __init__(self, queries: np.ndarray) -> None:
        self.dim, self._queries, self._next = queries.shape[1], queries, 0

    def embed_query(self, text: str) -> np.ndarray:
        self._next += 1
        return self._queries[self._next % len(self._queries)]


def _quantiles(times: list[float]) -> str:
    cuts = statistics.quantiles(times, n=20)
    return f"p50 {statistics.median(times):.1f} ms, p95 {cuts[18]:.1f} ms"


def vector_search(n: int, dim: int = 384, queries: int = 100) -> None:
    rng = np.random.default_rng(0)
    vectors = normalized(rng.standard_normal((n, dim), dtype=np.float32))
    asked = normalized(rng.standard_normal((queries, dim), dtype=np.float32))
    with tempfile.TemporaryDirectory() as tmp:
        db = open_documents(Path(tmp) / "vectors.sqlite3")
        collection = ensure_collection(db, "bench")
        start = time.perf_counter()
        _fill(db, collection, vectors)
        print(f"vector search over {n:,} chunks x {dim} dimensions (stored float16, "
              f"{Path(tmp, 'vectors.sqlite3').stat().st_size / 1e6:,.0f} MB database, written in "
              f"{time.perf_counter() - start:.1f} s):")
        cache = VectorCache()
        start = time.perf_counter()
        ids, matrix = cache.matrix(db, collection, "bench")
        print(f"  matrix read from SQLite in {time.perf_counter() - start:.2f} s, {matrix.nbytes / 1e6:,.0f} MB "
              "in memory (float32)")
        times = []
        for q in asked:
            start = time.perf_counter()
            vector_ranking(db, [collection], q, "bench", cache, 10)
            times.append((time.perf_counter() - start) * 1000)
        print(f"  exact top-10 (matrix product + partial sort): {_quantiles(times)}  (target top-10 <= 50 ms)")
        fixed = _Fixed(asked)
        times = []
        for i in range(queries):
            start = time.perf_counter()
            retrieve(db, [collection], f"word{i} chunk", embedder=fixed, limit=10, cache=cache,  # type: ignore[arg-type]
                     floor=RelevanceFloor(min_similarity=-1.0, margin=2.0))
            times.append((time.perf_counter() - start) * 1000)
        print(f"  whole hybrid retrieve(), keywords included: {_quantiles(times)}")
        db.close()
    del vectors, matrix
    million = normalized(rng.standard_normal((1_000_000, dim), dtype=np.float32))
    times = []
    for q in asked[:30]:
        start = time.perf_counter()
        scores = million @ q
        np.argpartition(-scores, 9)[:10]
        times.append((time.perf_counter() - start) * 1000)
    print(f"  at 1,000,000 chunks (in memory): {million.nbytes / 1e9:.2f} GB float32, exact top-10 {_quantiles(times)}")

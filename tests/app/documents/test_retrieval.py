"""Hybrid retrieval over a real SQLite index with vectors from real llama.cpp (a tiny
random BERT): vectors written incrementally, reciprocal rank fusion, the relevance
floor, several collections, the vector cache. Never what a random model ranks: a
question whose text is a passage's own has that passage's vector exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import pytest

from app.documents.collections import add_sources, ensure_collection
from app.documents.embedding_model import LlamaEmbedder
from app.documents.indexing import index_collection
from app.documents.retrieval import RRF_K, RelevanceFloor, VectorCache, fuse, passing, retrieve
from app.documents.schema import open_documents
from app.documents.vectors import index_version, load_matrix
from app.store.database import Database
from tests.app.documents.sample_files import write_pdf

LID = "The reset button is under the lid."
THAI = "แมวของฉันชื่อส้มโอและมันชอบนอนบนหลังคาบ้านทุกวัน"


class Counting:
    """The real embedder, counting the passages it embeds."""

    def __init__(self, inner: LlamaEmbedder) -> None:
        self.inner, self.passages = inner, 0
        self.model, self.dim, self.max_tokens = inner.model, inner.dim, inner.max_tokens

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += len(texts)
        return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


@pytest.fixture
def db(tmp_path: Path):
    database = open_documents(tmp_path / "documents.sqlite3")
    yield database
    database.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_pdf(folder / "manual.pdf", [["Welcome to the manual."], [LID], ["Warranty lasts two years."]])
    (folder / "thai.txt").write_text(f"บันทึก\n\n{THAI}\n", encoding="utf-8")
    (folder / "hindi.md").write_text("# भारत\n\nदिल्ली भारत की राजधानी है।\n", encoding="utf-8")
    return folder


@pytest.fixture
def counting(embedder: LlamaEmbedder) -> Counting:
    return Counting(embedder)


def _vectors(db: Database) -> int:
    return db.scalar("SELECT count(*) FROM vectors")


def test_rrf_adds_one_over_k_plus_rank_and_both_lists_beat_one() -> None:
    fused = dict(fuse([[1, 2, 3], [3, 4]]))
    assert fused[3] == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    assert fused[1] == pytest.approx(1 / (RRF_K + 1))
    assert [i for i, _ in fuse([[1, 2, 3], [3, 4]])] == [3, 1, 2, 4]
    assert fuse([[], []]) == []


def test_the_floor_keeps_vector_candidates_near_the_best_and_above_the_minimum() -> None:
    ranked = [(1, 0.9), (2, 0.8), (3, 0.7), (4, 0.2)]
    assert [i for i, _ in passing(ranked, RelevanceFloor(min_similarity=0.3, margin=0.15))] == [1, 2]
    assert [i for i, _ in passing(ranked, RelevanceFloor(min_similarity=0.75, margin=1.0))] == [1, 2]
    assert passing([(1, 0.2)], RelevanceFloor(min_similarity=0.3)) == []


def test_every_chunk_gets_one_normalized_vector(db: Database, corpus: Path, counting: Counting) -> None:
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    report = index_collection(db, collection, embedder=counting)
    chunks = db.scalar("SELECT count(*) FROM chunks")
    assert chunks == sum(o.chunks for o in report.outcomes) and chunks >= 5
    assert _vectors(db) == chunks == counting.passages
    ids, matrix = load_matrix(db, collection, counting.model)
    assert matrix.shape == (chunks, 64)
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0, atol=2e-3)  # float16 on disk
    rows = db.query("SELECT dim, dtype, length(data) AS n FROM vectors")
    assert {(r["dim"], r["dtype"], r["n"]) for r in rows} == {(64, "f16", 128)}
    # chunks are measured in the model's own tokens ([CLS] and [SEP] included)
    counted = db.query("SELECT text, token_count FROM chunks")
    assert all(r["token_count"] >= counting.count_tokens(r["text"]) - 2 for r in counted)


def test_reindex_embeds_only_changed_files_and_drops_deleted_ones(db: Database, corpus: Path,
                                                                  counting: Counting) -> None:
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    index_collection(db, collection, embedder=counting)
    first, version = counting.passages, index_version(db, collection)
    index_collection(db, collection, embedder=counting)
    assert counting.passages == first and index_version(db, collection) == version
    (corpus / "thai.txt").write_text("บันทึกใหม่\n\nวันนี้ฝนตก\n\nพรุ่งนี้แดดออก\n", encoding="utf-8")
    index_collection(db, collection, embedder=counting)
    thai_chunks = db.scalar("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id WHERE f.path LIKE ?",
                            ["%thai.txt"])
    assert counting.passages == first + thai_chunks
    (corpus / "hindi.md").unlink()
    index_collection(db, collection, embedder=counting)
    assert _vectors(db) == db.scalar("SELECT count(*) FROM chunks")
    assert index_version(db, collection) > version


def test_a_keyword_index_gets_its_vectors_when_an_embedder_comes(db: Database, corpus: Path,
                                                                 counting: Counting) -> None:
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    index_collection(db, collection)
    assert _vectors(db) == 0
    index_collection(db, collection, embedder=counting)
    assert _vectors(db) == db.scalar("SELECT count(*) FROM chunks") == counting.passages


def test_keyword_only_retrieval_without_an_embedder_across_collections(db: Database, corpus: Path,
                                                                      tmp_path: Path) -> None:
    home = ensure_collection(db, "home")
    add_sources(db, home, [corpus])
    index_collection(db, home)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    (other_dir / "o.txt").write_text("Press reset twice to wipe it.", encoding="utf-8")
    other = ensure_collection(db, "other")
    add_sources(db, other, [other_dir])
    index_collection(db, other)
    hits = retrieve(db, [home, other], "where is the reset button", limit=5)
    assert {h.collection for h in hits} == {"home", "other"}
    assert hits[0].text == LID and hits[0].location.page == 2 and hits[0].keyword_rank == 1
    assert all(h.vector_rank is None and h.similarity is None for h in hits)
    assert [h.collection for h in retrieve(db, [other], "reset")] == ["other"]
    assert retrieve(db, [home], "zebra") == []


def test_a_question_equal_to_a_passage_finds_it_by_vector_first(db: Database, corpus: Path,
                                                                embedder: LlamaEmbedder) -> None:
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    index_collection(db, collection, embedder=embedder)
    passage = db.scalar("SELECT text FROM chunks WHERE text LIKE ?", [f"%{THAI}%"])
    hits = retrieve(db, [collection], passage, embedder=embedder, limit=3)
    assert hits[0].text == passage and hits[0].vector_rank == 1
    assert hits[0].similarity == pytest.approx(1.0, abs=2e-3)
    assert hits[0].keyword_rank == 1 and hits[0].score == pytest.approx(2 / (RRF_K + 1))


def test_vector_hits_without_a_keyword_pass_only_above_the_floor(db: Database, corpus: Path,
                                                                embedder: LlamaEmbedder) -> None:
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    index_collection(db, collection, embedder=embedder)
    question = "zebra quokka"  # no word of it is in the documents
    loose = retrieve(db, [collection], question, embedder=embedder, limit=3,
                     floor=RelevanceFloor(min_similarity=-1.0, margin=2.0))
    assert len(loose) == 3 and all(h.keyword_rank is None and h.vector_rank for h in loose)
    assert [h.similarity for h in loose] == sorted((h.similarity for h in loose), reverse=True)
    strict = retrieve(db, [collection], question, embedder=embedder, floor=RelevanceFloor(min_similarity=1.01))
    assert strict == []


def test_the_cache_reads_the_matrix_again_after_a_reindex(db: Database, corpus: Path,
                                                         embedder: LlamaEmbedder) -> None:
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    index_collection(db, collection, embedder=embedder)
    cache = VectorCache()
    ids, matrix = cache.matrix(db, collection, embedder.model)
    assert cache.matrix(db, collection, embedder.model)[1] is matrix  # kept
    (corpus / "more.txt").write_text("A new passage about gardens.", encoding="utf-8")
    index_collection(db, collection, embedder=embedder)
    new_ids, new_matrix = cache.matrix(db, collection, embedder.model)
    assert len(new_ids) == len(ids) + 1 and new_matrix is not matrix
    hits = retrieve(db, [collection], "A new passage about gardens.", embedder=embedder, cache=cache)
    assert hits[0].text == "A new passage about gardens." and hits[0].vector_rank == 1


def test_ingestion_and_retrieval_with_the_real_embedder_open_no_network_connection(
        tmp_path: Path, corpus: Path, tiny_e5_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("documents must not open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "socketpair", refuse)
    with pytest.raises(AssertionError):
        socket.create_connection(("127.0.0.1", 9))  # the trap is set
    attempts.clear()
    db = open_documents(tmp_path / "offline.sqlite3")
    try:
        with LlamaEmbedder.open(tiny_e5_path, n_ctx=512, n_threads=1) as embedder:
            collection = ensure_collection(db, "offline")
            add_sources(db, collection, [corpus])
            index_collection(db, collection, embedder=embedder)
            assert _vectors(db) == db.scalar("SELECT count(*) FROM chunks") > 0
            hits = retrieve(db, [collection], "reset button หลังคา", embedder=embedder, cache=VectorCache())
            assert any(h.text == LID for h in hits)
    finally:
        db.close()
    assert attempts == []

"""The embedding model saved with a collection (m003), migrated from the previous schema."""

from __future__ import annotations

from pathlib import Path

from app.documents.collections import embedding_model_of, ensure_collection, get_collection, set_embedding_model
from app.documents.schema import MIGRATIONS, open_documents
from app.store.database import connect


def test_m003_keeps_the_collections_of_the_previous_schema(tmp_path: Path) -> None:
    path = tmp_path / "documents.sqlite3"
    old = connect(path)
    old.apply_migrations(MIGRATIONS, stop_before="m003_add_embedding_model")
    old.execute("INSERT INTO collections (name, created_ms, index_version) VALUES ('work', 1, 4)")
    old.close()
    db = open_documents(path)
    try:
        work = get_collection(db, "work")
        assert embedding_model_of(db, work) is None  # indexed before: keyword search only
        assert db.scalar("SELECT index_version FROM collections WHERE name = 'work'") == 4
    finally:
        db.close()


def test_the_model_is_saved_as_an_absolute_path_and_can_be_cleared(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    db = open_documents(tmp_path / "documents.sqlite3")
    try:
        work = ensure_collection(db, "work")
        set_embedding_model(db, work, Path("e5.gguf"))
        assert embedding_model_of(db, work) == tmp_path.resolve() / "e5.gguf"
        set_embedding_model(db, work, None)
        assert embedding_model_of(db, work) is None
    finally:
        db.close()

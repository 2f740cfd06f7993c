"""Indexing a collection into a real SQLite file: incremental, cancellable, searchable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.documents.collections import add_sources, ensure_collection, list_files
from app.documents.indexing import index_collection
from app.documents.schema import KNOWN, MIGRATIONS, open_documents
from app.documents.search import keyword_search
from app.errors import Cancelled
from app.jobs import CancelToken, ProgressUpdate
from app.store.database import Database
from app.store.errors import DatabaseTooNewError
from tests.app.documents.sample_files import write_docx, write_pdf

THAI = "แมวของฉันชื่อส้มโอและมันชอบนอนบนหลังคาบ้านทุกวัน"


@pytest.fixture
def db(tmp_path: Path):
    database = open_documents(tmp_path / "data" / "documents.sqlite3")
    yield database
    database.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_pdf(folder / "manual.pdf", [["Welcome to the manual."], ["The reset button is under the lid."],
                                      ["Warranty lasts two years."]])
    write_pdf(folder / "scan.pdf", [None])
    write_docx(folder / "notes.docx", [("h1", "Garden"), ("p", "Tomatoes need sun."), ("h2", "Winter"),
                                       ("p", "Cover the roses in frost.")])
    (folder / "thai.txt").write_text(f"บันทึก\n\n{THAI}\n", encoding="utf-8")
    (folder / "hindi.md").write_text("# भारत\n\nदिल्ली भारत की राजधानी है।\n", encoding="utf-8")
    (folder / "sheet.xlsx").write_bytes(b"PK")
    (folder / "broken.docx").write_bytes(b"not a zip")
    (folder / ".hidden.txt").write_text("secret", encoding="utf-8")
    return folder


def _index(db: Database, corpus: Path, **kwargs):
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    return collection, index_collection(db, collection, **kwargs)


def _actions(report) -> dict[str, str]:
    return {Path(o.path).name: o.action for o in report.outcomes}


def test_first_index_reads_every_file_and_reports_the_others(db: Database, corpus: Path) -> None:
    updates: list[ProgressUpdate] = []
    collection, report = _index(db, corpus, progress=updates.append)
    assert _actions(report) == {
        "broken.docx": "damaged", "hindi.md": "indexed", "manual.pdf": "indexed", "notes.docx": "indexed",
        "scan.pdf": "no_text", "sheet.xlsx": "skipped", "thai.txt": "indexed"}
    scan = next(o for o in report.outcomes if o.path.endswith("scan.pdf"))
    assert "scanned, no text" in scan.detail
    assert updates[-1].done == updates[-1].total == 7
    rows = {Path(f.path).name: f for f in list_files(db, collection)}
    assert rows["manual.pdf"].pages == 3 and rows["manual.pdf"].chunks == 3
    assert rows["sheet.xlsx"].detail == "unsupported file type (.xlsx)"


def test_a_file_s_note_is_kept_translatable_when_it_is_unchanged(db: Database, corpus: Path) -> None:
    collection, first = _index(db, corpus)
    again = index_collection(db, collection)
    for report, action in ((first, "damaged"), (again, "unchanged")):
        broken = next(o for o in report.outcomes if o.path.endswith("broken.docx"))
        assert broken.action == action and broken.note is not None
        assert broken.note.template == "not a readable Word document ({reason})"
        assert broken.note.detail == broken.detail and broken.detail.startswith("not a readable Word document (")
        sheet = next(o for o in report.outcomes if o.path.endswith("sheet.xlsx"))
        assert sheet.note is not None and sheet.note.template == "unsupported file type ({suffix})"
        assert sheet.note.params == {"suffix": ".xlsx"}
        scan = next(o for o in report.outcomes if o.path.endswith("scan.pdf"))
        assert scan.note is not None and scan.note.detail == "scanned, no text layer (text recognition is not done)"


def test_hits_carry_file_and_page_or_heading(db: Database, corpus: Path) -> None:
    collection, _ = _index(db, corpus)
    hit = keyword_search(db, collection, "Where is the reset button?")[0]
    assert Path(hit.path).name == "manual.pdf" and hit.location.page == 2 and "lid" in hit.text
    hit = keyword_search(db, collection, "frost roses")[0]
    assert Path(hit.path).name == "notes.docx" and hit.location.heading == "Garden > Winter"
    hit = keyword_search(db, collection, "भारत की राजधानी")[0]
    assert Path(hit.path).name == "hindi.md" and hit.location.heading == "भारत"


def test_thai_keyword_search_finds_a_word_inside_unspaced_text(db: Database, corpus: Path) -> None:
    collection, _ = _index(db, corpus)
    hits = keyword_search(db, collection, "หลังคา")  # "roof", in the middle of the sentence
    assert [Path(h.path).name for h in hits] == ["thai.txt"]
    assert (hits[0].location.line_start, hits[0].location.line_end) == (1, 3)
    # whole words, not substrings: "คาบ" (a period) is in the letters of "หลังคา|บ้าน" but is no word there
    assert keyword_search(db, collection, "คาบ") == []


def test_reindex_touches_only_changed_files_and_removes_deleted_ones(db: Database, corpus: Path) -> None:
    collection, _ = _index(db, corpus)
    (corpus / "thai.txt").write_text("The roof is red.\n", encoding="utf-8")
    (corpus / "hindi.md").unlink()
    os.utime(corpus / "notes.docx")  # touched, same content
    report = index_collection(db, collection)
    actions = _actions(report)
    assert actions["thai.txt"] == "indexed" and actions["hindi.md"] == "removed"
    assert actions["notes.docx"] == actions["manual.pdf"] == "unchanged"
    assert keyword_search(db, collection, "หลังคา") == []
    assert Path(keyword_search(db, collection, "roof")[0].path).name == "thai.txt"
    assert keyword_search(db, collection, "राजधानी") == []
    assert db.scalar("SELECT count(*) FROM chunks c LEFT JOIN files f ON f.id = c.file_id WHERE f.id IS NULL") == 0
    # the keyword index dropped the removed chunks too (the triggers fire on cascaded deletes)
    db.execute("INSERT INTO chunk_fts (chunk_fts, rank) VALUES ('integrity-check', 1)")


def test_cancel_stops_between_files_and_keeps_what_was_done(db: Database, corpus: Path) -> None:
    collection = ensure_collection(db, "home")
    add_sources(db, collection, [corpus])
    token = CancelToken()

    def progress(update: ProgressUpdate) -> None:
        if update.done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        index_collection(db, collection, progress=progress, cancel=token)
    assert db.scalar("SELECT count(*) FROM files") == 2
    report = index_collection(db, collection)
    assert _actions(report) == {
        "broken.docx": "unchanged", "hindi.md": "unchanged", "manual.pdf": "indexed", "notes.docx": "indexed",
        "scan.pdf": "no_text", "sheet.xlsx": "skipped", "thai.txt": "indexed"}
    # still reported as damaged although it was not read again
    assert {Path(o.path).name: o.status for o in report.not_indexed()} == {
        "broken.docx": "damaged", "scan.pdf": "no_text", "sheet.xlsx": "skipped"}


def test_a_folder_linked_inside_itself_is_not_followed(db: Database, corpus: Path) -> None:
    (corpus / "loop").symlink_to(corpus, target_is_directory=True)
    _, report = _index(db, corpus)
    assert len(report.outcomes) == 7


def test_collections_are_kept_apart(db: Database, corpus: Path, tmp_path: Path) -> None:
    _index(db, corpus)
    other = ensure_collection(db, "other")
    (tmp_path / "o.txt").write_text("reset button elsewhere", encoding="utf-8")
    add_sources(db, other, [tmp_path / "o.txt"])
    index_collection(db, other)
    assert [Path(h.path).name for h in keyword_search(db, other, "reset")] == ["o.txt"]


def test_a_database_from_a_newer_paddock_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "documents.sqlite3"
    open_documents(path).close()
    raw = open_documents(path)
    raw.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                [MIGRATIONS.name, "m999_future", "2030-01-01"])
    raw.close()
    with pytest.raises(DatabaseTooNewError):
        open_documents(path)
    assert KNOWN == ("m001_create_documents", "m002_add_index_version", "m003_add_embedding_model",
                     "m004_add_detail_note")


def test_indexing_and_searching_open_no_network_connection(tmp_path: Path, corpus: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    attempts: list[tuple] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs) -> None:
            attempts.append(args)
            raise AssertionError("documents must not open a socket")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: attempts.append(a) or NoSocket())
    db = open_documents(tmp_path / "offline.sqlite3")
    try:
        collection, report = _index(db, corpus)
        assert len(report.with_action("indexed")) == 4
        assert keyword_search(db, collection, "หลังคา") and keyword_search(db, collection, "reset")
    finally:
        db.close()
    assert attempts == []

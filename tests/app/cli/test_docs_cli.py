"""`paddock-cli docs`: add, index, list and search against a real documents database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from tests.app.documents.sample_files import write_docx, write_pdf


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PADDOCK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    write_pdf(folder / "guide.pdf", [["Introduction."], ["Press the blue lever to open the valve."]])
    write_pdf(folder / "scan.pdf", [None])
    write_docx(folder / "plan.docx", [("h1", "Budget"), ("p", "The lever costs ten euros.")])
    (folder / "ภาษา.txt").write_text("คันโยกสีฟ้าเปิดวาล์ว\n", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG")
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["docs", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_indexes_and_says_what_was_not_read(capsys, home: Path, folder: Path) -> None:
    code, out, err = run(capsys, "add", "work", str(folder))
    assert code == 0
    assert "3 indexed" in out and "1 no text" in out and "1 skipped" in out
    assert "scan.pdf: no text: scanned, no text" in out
    assert "photo.png: skipped: an image" in out
    assert "[5/5]" in err
    assert (home / "data" / "documents.sqlite3").exists()
    code, out, _ = run(capsys, "list")
    assert code == 0 and out.startswith("work  (5 files, 4 passages)")


def test_search_prints_file_and_page_or_heading(capsys, folder: Path) -> None:
    run(capsys, "add", "work", str(folder))
    code, out, _ = run(capsys, "search", "work", "blue", "lever")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("[1] ") and first.endswith("guide.pdf  (page 2)")
    assert "plan.docx  (Budget)" in out
    code, out, _ = run(capsys, "search", "work", "วาล์ว", "--json")
    hits = json.loads(out)
    assert [Path(h["path"]).name for h in hits] == ["ภาษา.txt"]
    assert hits[0]["page"] is None and hits[0]["location"] == "line 1" and hits[0]["text"] == "คันโยกสีฟ้าเปิดวาล์ว"
    code, out, _ = run(capsys, "search", "work", "blue", "-k", "1", "--json")
    assert [(Path(h["path"]).name, h["page"]) for h in json.loads(out)] == [("guide.pdf", 2)]


def test_index_again_skips_unchanged_files(capsys, folder: Path) -> None:
    run(capsys, "add", "work", str(folder))
    (folder / "plan.docx").unlink()
    code, out, _ = run(capsys, "index", "work")
    assert code == 0 and out.startswith("1 removed, 1 skipped, 3 unchanged; 3 passages in the index.")
    code, out, _ = run(capsys, "search", "work", "euros")
    assert out.strip() == "Nothing found."


def test_unknown_collection_is_a_clear_error(capsys) -> None:
    code, _, err = run(capsys, "search", "nope", "x")
    assert code == 1 and "no document collection named 'nope'" in err


def test_a_missing_path_is_refused_and_makes_no_collection(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "add", "work", str(tmp_path / "nowhere"))
    assert code == 1 and "nowhere does not exist" in err
    code, out, _ = run(capsys, "list")
    assert "No document collections yet" in out


def test_remove_paths_then_the_collection(capsys, folder: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.txt"
    extra.write_text("the blue lever again", encoding="utf-8")
    run(capsys, "add", "work", str(folder), str(extra))
    code, _, err = run(capsys, "remove", "work", str(folder / "guide.pdf"))
    assert code == 1 and "were not added to 'work' as such" in err
    code, out, _ = run(capsys, "remove", "work", str(folder))
    assert code == 0 and "Removed 5 files" in out
    code, out, _ = run(capsys, "search", "work", "blue", "--json")
    assert [Path(h["path"]).name for h in json.loads(out)] == ["extra.txt"]
    assert (folder / "guide.pdf").exists()
    code, out, _ = run(capsys, "remove", "work")
    assert code == 0 and "Removed the collection 'work'" in out
    code, _, err = run(capsys, "search", "work", "blue")
    assert code == 1


def test_without_an_embedding_model_search_is_keyword_only_and_says_so(capsys, folder: Path) -> None:
    run(capsys, "add", "work", str(folder))
    code, out, err = run(capsys, "search", "work", "lever")
    assert code == 0 and "Keyword search only" in err and "guide.pdf" in out


def test_an_embedding_model_gives_vectors_and_hybrid_search(capsys, folder: Path, home: Path,
                                                             tmp_path: Path) -> None:
    from app.dev.tiny_bert import write_random_bert
    from app.documents.schema import open_documents

    model = write_random_bert(tmp_path / "tiny-multilingual-e5.gguf", seed=3)
    code, out, _ = run(capsys, "add", "work", str(folder), "--embedding-model", str(model))
    assert code == 0 and "3 indexed" in out
    db = open_documents(home / "data" / "documents.sqlite3")
    try:
        assert db.scalar("SELECT count(*) FROM vectors") == db.scalar("SELECT count(*) FROM chunks") == 4
    finally:
        db.close()
    code, out, err = run(capsys, "search", "work", "blue", "lever", "--json", "--embedding-model", str(model))
    hits = json.loads(out)
    assert code == 0 and Path(hits[0]["path"]).name == "guide.pdf" and hits[0]["page"] == 2
    assert set(hits[0]) == {"path", "page", "location", "score", "text"}
    code, out, err = run(capsys, "reindex", "work", "--embedding-model", str(model))
    assert code == 0 and "4 unchanged" in out


def test_a_missing_embedding_model_is_a_clear_error(capsys, folder: Path, tmp_path: Path) -> None:
    run(capsys, "add", "work", str(folder))
    code, _, err = run(capsys, "search", "work", "lever", "--embedding-model", str(tmp_path / "none.gguf"))
    assert code != 0 and "none.gguf does not exist" in err

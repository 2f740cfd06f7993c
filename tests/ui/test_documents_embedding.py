"""The Documents window with an embedding model: chosen for a collection (a GGUF picked
from the disk, here a tiny random BERT run by real llama.cpp), saved with it, its passages
embedded in the documents task with progress and cancel, and the turn's passages found
hybrid with the same model. Mechanics only: what a random model ranks means nothing, but
a question identical to a passage has that passage's vector (similarity 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt

from app.dev.tiny_bert import write_random_bert
from app.documents.collections import embedding_model_of, get_collection
from app.documents.schema import open_documents
from ui.controllers.chat_controller import ChatController
from ui.controllers.documents_controller import DocumentsController
from ui.tasks.documents_task import DocumentsTask, PassageFinder
from ui.tasks.task_thread import TaskThread
from ui.widgets.documents_dialog import PICK, DocumentsDialog
from ui.wiring import QUEUED

WAIT = 120_000
PASSAGE = "The reset button is under the lid."


@pytest.fixture(scope="module")
def bert_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_random_bert(tmp_path_factory.mktemp("embedding") / "tiny-bert.gguf", seed=3)


@pytest.fixture
def setup(qtbot, tmp_path: Path) -> Iterator[tuple[DocumentsController, DocumentsDialog, Path]]:  # type: ignore[no-untyped-def]
    database = tmp_path / "documents.sqlite3"
    thread = TaskThread(DocumentsTask(database, tmp_path / "models"), "test-documents-embedding")
    controller = DocumentsController(ChatController())
    task = thread.task
    controller.addRequested.connect(task.add, QUEUED)
    controller.reindexRequested.connect(task.reindex, QUEUED)
    controller.modelRequested.connect(task.set_model, QUEUED)
    controller.listRequested.connect(task.list, QUEUED)
    task.listed.connect(controller.on_listed, QUEUED)
    task.modelsFound.connect(controller.on_models_found, QUEUED)
    task.progressed.connect(controller.on_progress, QUEUED)
    task.embedProgressed.connect(controller.on_embed_progress, QUEUED)
    task.indexed.connect(controller.on_indexed, QUEUED)
    task.cancelled.connect(controller.on_cancelled, QUEUED)
    task.failed.connect(controller.on_failed, QUEUED)
    dialog = DocumentsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    controller.task = task  # type: ignore[attr-defined]  # for the cancel test
    yield controller, dialog, database
    thread.stop()
    thread.task.close()


def _pick(dialog: DocumentsDialog, path: Path) -> None:
    dialog.choose_model_file = lambda: str(path)
    index = dialog.model_box.findData(PICK)
    dialog.model_box.setCurrentIndex(index)
    dialog.model_box.activated.emit(index)


def _vectors(database: Path) -> int:
    db = open_documents(database)
    try:
        return int(db.scalar("SELECT count(*) FROM vectors"))
    finally:
        db.close()


def test_a_collection_with_an_embedding_model_is_embedded_saved_and_searched_hybrid(  # type: ignore[no-untyped-def]
        setup, qtbot, tmp_path: Path, bert_path: Path) -> None:
    controller, dialog, database = setup
    assert "Keyword search only" in dialog.model_note.text() and dialog.chosen_model() == ""
    (tmp_path / "manual.txt").write_text(f"{PASSAGE}\n\nPaper goes in the tray.\n", encoding="utf-8")
    dialog.name_edit.setText("work")
    _pick(dialog, bert_path)  # a new collection: saved with it when the files are added
    assert dialog.chosen_model() == str(bert_path)
    embedded: list[tuple[int, int]] = []
    controller.embedProgressed.connect(lambda done, total, _left: embedded.append((done, total)))
    dialog.choose_files = lambda: [str(tmp_path / "manual.txt")]
    with qtbot.waitSignal(controller.indexed, timeout=WAIT):
        qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    assert embedded and embedded[-1][0] == embedded[-1][1] > 0
    assert _vectors(database) == embedded[-1][1]
    qtbot.waitUntil(lambda: controller.model_of("work") == str(bert_path.resolve()), timeout=WAIT)
    db = open_documents(database)
    try:
        assert embedding_model_of(db, get_collection(db, "work")) == bert_path.resolve()
    finally:
        db.close()
    dialog.name_edit.clear()
    dialog.collections.setCurrentRow(0)
    assert dialog.chosen_model() == str(bert_path.resolve()) and "tiny-bert.gguf" in dialog.model_note.text()

    finder = PassageFinder(database)
    try:
        found = finder(("work",), PASSAGE)
        assert found and found[0].name == "manual.txt"
        top = finder.last_hits[0]
        assert top.vector_rank == 1 and top.similarity == pytest.approx(1.0, abs=1e-2)  # its own vector
    finally:
        finder.close()


def test_without_a_model_the_finder_is_keyword_only_and_choosing_one_later_embeds(  # type: ignore[no-untyped-def]
        setup, qtbot, tmp_path: Path, bert_path: Path) -> None:
    controller, dialog, database = setup
    (tmp_path / "notes.txt").write_text(f"{PASSAGE}\n", encoding="utf-8")
    dialog.name_edit.setText("plain")
    dialog.choose_files = lambda: [str(tmp_path / "notes.txt")]
    with qtbot.waitSignal(controller.indexed, timeout=WAIT):
        qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    finder = PassageFinder(database)
    try:
        assert finder(("plain",), PASSAGE) and all(h.vector_rank is None for h in finder.last_hits)
        assert _vectors(database) == 0
        qtbot.waitUntil(lambda: dialog.collections.count() == 1, timeout=WAIT)
        # Chosen for the existing collection: saved, and its passages embedded now.
        with qtbot.waitSignal(controller.indexed, timeout=WAIT):
            _pick(dialog, bert_path)
        assert _vectors(database) == 1
        found = finder(("plain",), PASSAGE)
        assert found and finder.last_hits[0].vector_rank == 1
    finally:
        finder.close()


def test_cancel_before_the_embedding_keeps_the_files_and_no_vectors(  # type: ignore[no-untyped-def]
        setup, qtbot, tmp_path: Path, bert_path: Path) -> None:
    controller, dialog, database = setup
    (tmp_path / "a.txt").write_text("Alpha.\n", encoding="utf-8")
    dialog.name_edit.setText("stopped")
    _pick(dialog, bert_path)
    # Cancelled (in the task's thread, as the flag is set from any thread) once the last
    # file is read: the embedding stage stops before its first batch.
    controller.task.progressed.connect(  # type: ignore[attr-defined]
        lambda done, total, _p, _l: done == total > 0 and controller.cancel(), Qt.ConnectionType.DirectConnection)
    dialog.choose_files = lambda: [str(tmp_path / "a.txt")]
    with qtbot.waitSignal(controller.cancelled, timeout=WAIT):
        qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    assert _vectors(database) == 0
    db = open_documents(database)
    try:
        assert db.scalar("SELECT count(*) FROM chunks") == 1
    finally:
        db.close()


def test_the_embedding_models_in_the_models_folder_are_offered(setup, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller, dialog, _database = setup
    (tmp_path / "models").mkdir()
    installed = write_random_bert(tmp_path / "models" / "multilingual-e5-small-Q8_0.gguf", seed=1)
    with qtbot.waitSignal(controller.modelsChanged, timeout=WAIT):
        controller.listRequested.emit()
    assert controller.installed_models == (str(installed),)
    labels = [dialog.model_box.itemText(i) for i in range(dialog.model_box.count())]
    assert labels[1] == "multilingual-e5-small-Q8_0.gguf" and dialog.model_box.itemData(labels.index(labels[-1])) == PICK


def test_the_catalog_embedding_models_are_offered_through_the_downloads_queue(setup, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.catalog.embedding_entries import embedding_offers
    from app.catalog.entries import load_catalog

    controller, dialog, _database = setup
    offers = embedding_offers(load_catalog().embedding_models)
    assert [o.entry_id for o in offers] == ["multilingual-e5-small", "multilingual-e5-base", "bge-m3"]
    started: list[tuple[str, str, str]] = []
    dialog.offer_downloads(offers, lambda repo, name, label: started.append((repo, name, label)))
    texts = [dialog.model_box.itemText(i) for i in range(dialog.model_box.count())]
    small = next(i for i, t in enumerate(texts) if t.startswith("Download multilingual-e5-small ("))
    dialog.model_box.setCurrentIndex(small)
    dialog.model_box.activated.emit(small)
    assert started == [("cstr/multilingual-e5-small-GGUF", "multilingual-e5-small-q8_0.gguf", "multilingual-e5-small")]
    assert "Downloading multilingual-e5-small-q8_0.gguf" in dialog.model_note.text() and dialog.chosen_model() == ""
    # Once it is in the models folder (the download's end lists the models again) it is offered to choose.
    (tmp_path / "models").mkdir()
    write_random_bert(tmp_path / "models" / "multilingual-e5-small-q8_0.gguf", seed=1)
    with qtbot.waitSignal(controller.modelsChanged, timeout=WAIT):
        controller.listRequested.emit()
    texts = [dialog.model_box.itemText(i) for i in range(dialog.model_box.count())]
    assert "multilingual-e5-small-q8_0.gguf" in texts and not any(t.startswith("Download multilingual-e5-small (")
                                                                    for t in texts)
    assert "Keyword search only" in dialog.model_note.text()


def test_the_rescan_at_start_embeds_with_each_collections_model(qtbot, tmp_path: Path, bert_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.jobs import CancelToken

    database = tmp_path / "documents.sqlite3"
    task = DocumentsTask(database)  # called directly: this thread is its thread
    try:
        (tmp_path / "a.txt").write_text("Alpha.\n", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Beta.\n", encoding="utf-8")
        task.set_model("embedded", str(bert_path))
        task.add("embedded", [str(tmp_path / "a.txt")], CancelToken())
        task.set_model("lost", str(tmp_path / "gone.gguf"))  # its model file is no longer there
        task.add("lost", [str(tmp_path / "b.txt")], CancelToken())
        assert _vectors(database) == 1
        (tmp_path / "a.txt").write_text("Alpha.\n\nGamma, a second paragraph.\n", encoding="utf-8")
        (tmp_path / "b.txt").write_text("Beta changed.\n", encoding="utf-8")
        with qtbot.waitSignal(task.listed, timeout=WAIT):
            task.rescan_all()
        db = open_documents(database)
        try:
            assert db.scalar("SELECT count(*) FROM chunks c JOIN vectors v ON v.chunk_id = c.id") == \
                db.scalar("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id "
                          "WHERE f.path = ?", [str(tmp_path / "a.txt")])
            assert db.scalar("SELECT text FROM chunks c JOIN files f ON f.id = c.file_id WHERE f.path = ?",
                             [str(tmp_path / "b.txt")]) == "Beta changed."  # re-read, keyword only
        finally:
            db.close()
    finally:
        task.close()

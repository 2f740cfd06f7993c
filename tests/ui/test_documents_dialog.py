"""The Documents window on the real documents task (its own thread, a real database):
why each file was not indexed, progress with an ETA, cancel; and the finder the engine
thread asks for a turn's passages (or the whole documents)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt

from tests.app.documents.sample_files import write_pdf
from ui.controllers.chat_controller import ChatController
from ui.controllers.documents_controller import DocumentsController
from ui.tasks.documents_task import DocumentsTask, PassageFinder
from ui.tasks.task_thread import TaskThread
from ui.widgets.documents_dialog import DocumentsDialog
from ui.wiring import QUEUED

WAIT = 60_000


@pytest.fixture
def setup(qtbot, tmp_path: Path) -> Iterator[tuple[DocumentsController, DocumentsDialog, Path]]:  # type: ignore[no-untyped-def]
    database = tmp_path / "documents.sqlite3"
    thread = TaskThread(DocumentsTask(database), "test-documents")
    controller = DocumentsController(ChatController())
    controller.addRequested.connect(thread.task.add, QUEUED)
    controller.listRequested.connect(thread.task.list, QUEUED)
    thread.task.listed.connect(controller.on_listed, QUEUED)
    thread.task.progressed.connect(controller.on_progress, QUEUED)
    thread.task.indexed.connect(controller.on_indexed, QUEUED)
    thread.task.cancelled.connect(controller.on_cancelled, QUEUED)
    thread.task.failed.connect(controller.on_failed, QUEUED)
    dialog = DocumentsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    yield controller, dialog, database
    thread.stop()
    thread.task.close()


def test_files_not_indexed_are_listed_with_why_and_progress_has_an_eta(setup, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller, dialog, database = setup
    folder = tmp_path / "docs"
    folder.mkdir()
    write_pdf(folder / "a.pdf", [["Alpha page one."], ["Alpha page two."]])
    write_pdf(folder / "scan.pdf", [None, None])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "b.txt").write_text("Beta text.\n", encoding="utf-8")
    etas: list[float] = []
    controller.progressed.connect(lambda _d, _t, _p, left: etas.append(left))
    dialog.name_edit.setText("work")
    dialog.choose_files = lambda: [str(p) for p in sorted(folder.iterdir())]
    with qtbot.waitSignal(controller.indexed, timeout=WAIT):
        qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    rows = sorted(dialog.skipped.item(i).text() for i in range(dialog.skipped.count()))
    assert [r.split(":")[0] for r in rows] == ["broken.pdf", "scan.pdf"]
    assert "damaged" in rows[0] and "scanned PDF without text" in rows[1]
    assert etas[0] == -1.0 and all(left >= 0 for left in etas[1:]) and len(etas) == 5
    qtbot.waitUntil(lambda: dialog.collections.count() == 1, timeout=WAIT)
    assert dialog.add_files_button.isEnabled() and not dialog.cancel_button.isEnabled()

    found = PassageFinder(database)(("work",), "Alpha page two")
    assert found and found[0].page == 2 and found[0].name == "a.pdf"
    whole = PassageFinder(database)(("work",), "anything", True)
    assert {(p.name, p.page) for p in whole} == {("a.pdf", 1), ("a.pdf", 2), ("b.txt", None)}
    assert PassageFinder(database)(("other",), "Alpha") == ()


def test_cancel_stops_the_indexing_and_says_so(setup, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    controller, dialog, _database = setup
    (tmp_path / "c.txt").write_text("Gamma.\n", encoding="utf-8")
    # Cancelled as soon as it starts, before the task thread reads the first file.
    controller.indexingChanged.connect(lambda busy: busy and dialog.cancel_button.click())
    dialog.name_edit.setText("stopped")
    dialog.choose_files = lambda: [str(tmp_path / "c.txt")]
    with qtbot.waitSignal(controller.cancelled, timeout=WAIT):
        qtbot.mouseClick(dialog.add_files_button, Qt.MouseButton.LeftButton)
    assert "stopped" in dialog.progress_label.text() and not controller.indexing


def _model(n_ctx: int):  # type: ignore[no-untyped-def]
    from app.engine.settings import ModelInfo

    return ModelInfo(path=Path("m.gguf"), architecture="llama", name="m", file_type="Q4_K_M", n_ctx=n_ctx,
                     n_ctx_train=131072, n_vocab=128256, n_embd=4096, has_chat_template=True,
                     llama_cpp_version="0.3.36")


def test_read_whole_documents_is_offered_only_when_they_fit(setup) -> None:  # type: ignore[no-untyped-def]
    from ui.tasks.documents_task import CollectionSummary

    controller, dialog, _database = setup
    chat = controller._chat
    controller.on_listed([CollectionSummary("work", 2, 10, 3000)])
    controller.attach("work")
    chat.model_info = _model(4096)  # 3,000 tokens leave too little room for the reply
    assert not controller.fits_whole()
    controller.set_whole_documents(True)
    assert not chat.whole_documents
    chat.model_info = _model(8192)
    controller.on_listed([CollectionSummary("work", 2, 10, 3000)])
    assert dialog.whole.isEnabled() and "3000 tokens" in dialog.whole.text()
    dialog.whole.setChecked(True)
    assert chat.whole_documents
    controller.detach("work")
    assert not chat.whole_documents and chat.collections == ()


def test_why_a_file_was_not_indexed_is_shown_translated(setup, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The reader's note is translated with its fields; a note known only in English
    (stored by an older Paddock) is shown as it is."""
    from PySide6.QtCore import QCoreApplication

    from app.errors import QT_TRANSLATE_NOOP, AppError
    from ui.tasks.documents_task import Skipped

    _controller, dialog, _database = setup
    german = {"unsupported file type ({suffix})": "nicht unterstützter Dateityp ({suffix})"}
    translate = QCoreApplication.translate
    monkeypatch.setattr(QCoreApplication, "translate", lambda context, text, *rest: german.get(text, text)
                        if context == "AppError" else translate(context, text, *rest))
    note = AppError(QT_TRANSLATE_NOOP("AppError", "unsupported file type ({suffix})"), suffix=".xlsx")
    dialog.on_indexed("work", [Skipped("/d/sheet.xlsx", "skipped", note.detail, note),
                               Skipped("/d/old.pdf", "damaged", "page 2 cannot be read (x)")])
    rows = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert rows[0].startswith("sheet.xlsx: ") and rows[0].endswith(" (nicht unterstützter Dateityp (.xlsx))")
    assert rows[1].startswith("old.pdf: ") and rows[1].endswith(" (page 2 cannot be read (x))")

"""Documents in the window, end to end on the real engine (a scripted tiny Llama whose
greedy reply cites [1]): a collection made in the Documents window from a 3-page PDF, a
DOCX and a file Paddock does not read, indexed in the background with the skipped file
listed; attached to the chat (named above the message box); a question answered with
citations that open the PDF at the right page; the attachment kept with the conversation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from app.dev.scripted_model import write_scripted_llama
from app.engine.settings import LoadSettings
from app.store.attached_collections import attached_collections
from app.store.messages import thread
from app.store.records import MessageStatus
from tests.app.documents.sample_files import write_docx, write_pdf
from tests.ui.test_transcript_view import _click_link
from ui.main import Paddock

WAIT = 180_000
CITING_REPLY = "Under the blue flowerpot [1]."


@pytest.fixture(scope="module")
def citing_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scripted_llama(tmp_path_factory.mktemp("models") / "citing.gguf", CITING_REPLY)


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    write_pdf(folder / "manual.pdf", [["The train leaves at nine in the morning."],
                                      ["The spare key is kept under the blue flowerpot."],
                                      ["Opening hours are posted on the door."]])
    write_docx(folder / "notes.docx", [("h1", "Garden"), ("p", "Water the roses every evening.")])
    (folder / "photo.xyz").write_bytes(b"\x00\x01")
    return folder


def test_a_chat_answers_from_an_attached_collection_with_citations_to_the_page(  # type: ignore[no-untyped-def]
        paddock: Paddock, qtbot, tmp_path: Path, citing_model: Path) -> None:
    folder = _corpus(tmp_path / "docs")
    docs = paddock.documents_controller
    assert docs is not None and paddock.documents_ui is not None
    dialog = paddock.documents_ui.dialog
    menu = paddock.documents_ui.menu
    assert menu.menuAction() in paddock.window.menuBar().actions()
    menu.open_action.trigger()
    assert dialog.isVisible()
    dialog.name_edit.setText("home")
    dialog.choose_folder = lambda: str(folder)
    with qtbot.waitSignal(docs.indexed, timeout=WAIT):
        qtbot.mouseClick(dialog.add_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.collections.count() == 1, timeout=WAIT)
    skipped = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert len(skipped) == 1 and "photo.xyz" in skipped[0] and "not a kind of file" in skipped[0]
    assert "2 files" not in dialog.collections.item(0).text()  # three files, one of them skipped
    dialog.name_edit.clear()

    item = dialog.collections.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert docs.attached == ("home",)
    label = paddock.documents_ui.label
    assert not label.isHidden() and "home" in label.text()

    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=WAIT):
        paddock.controller.load_with(LoadSettings(model_path=citing_model, n_ctx=2048, n_threads=2))
    paddock.window.input.setPlainText("Where is the spare key kept?")
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        paddock.window.send()

    transcript = paddock.window.transcript
    opened: list[QUrl] = []
    transcript.open_source = opened.append
    reply = len(transcript.entries) - 1
    sources = transcript.entries[reply].sources
    assert sources and sources[0].page == 2 and sources[0].name == "manual.pdf"
    assert "manual.pdf, page 2" in transcript.toPlainText()
    _click_link(transcript, qtbot, f"cite:{reply}/1")
    assert opened == [QUrl((folder / "manual.pdf").as_uri() + "#page=2")]

    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)  # set by the history thread
    conversation_id = paddock.controller.conversation_id
    qtbot.waitUntil(lambda: attached_collections(db, conversation_id) == ["home"], timeout=WAIT)
    qtbot.waitUntil(lambda: thread(db, conversation_id)[-1].status is MessageStatus.DONE, timeout=WAIT)
    question, answer = thread(db, conversation_id)[-2:]
    assert question.content == "Where is the spare key kept?"  # stored as typed
    assert answer.settings["sources"][0]["page"] == 2  # the citations survive a reload

"""Regenerate any reply and edit any message from the transcript, not only the last: the
branch starts at that message, what followed is kept aside in the store, and the switcher
goes back to it. Real window, controller, engine thread and history thread; the
FakeEngine answers."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.paths import AppPaths
from app.store.messages import siblings, thread
from app.store.records import MessageStatus
from tests.app.hub.support import write_small_gguf
from tests.fake_engine import FakeEngine
from tests.ui.test_transcript_view import _click_link
from ui.main import Paddock, build

WAIT = 30_000


@pytest.fixture
def fake() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def paddock(qapp: QApplication, qtbot, tmp_path: Path, fake: FakeEngine) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en",
                engine_client=fake)  # type: ignore[arg-type]
    app.window.show()
    qtbot.waitUntil(lambda: app.history.task.store is not None, timeout=WAIT)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=WAIT):
        app.window.open_model(write_small_gguf(tmp_path / "small.gguf"))
    yield app
    app.window.close()
    app.shutdown()
    assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)


def _three_turns(paddock: Paddock, qtbot, fake: FakeEngine):  # type: ignore[no-untyped-def]
    """Three exchanges, saved (the model's title turn done too); the store's thread."""
    from app.store.conversations import get_conversation
    from app.store.records import TitleSource

    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    for question, answer in (("Which flour?", "Rye."), ("How long?", "An hour."), ("How hot?", "220 °C.")):
        fake.enqueue(answer)
        paddock.window.input.setPlainText(question)
        with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
            paddock.window.send()
        qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)
        conversation_id = paddock.controller.conversation_id
        # The model titles the chat after the first reply: let it, or it may take a scripted answer.
        qtbot.waitUntil(lambda: get_conversation(db, conversation_id).title_source is TitleSource.MODEL, timeout=WAIT)
    qtbot.waitUntil(lambda: len(thread(db, conversation_id)) == 6
                    and thread(db, conversation_id)[-1].status is MessageStatus.DONE, timeout=WAIT)
    qtbot.waitUntil(lambda: not paddock.controller.busy, timeout=WAIT)
    return db, conversation_id


def _link(paddock: Paddock, action: str, nth: int) -> str:
    """The href of the nth (0-based) Regenerate or Edit link on screen."""
    hrefs = sorted((href for href in paddock.window.transcript.action_links() if href.startswith(f"paddock:{action}/")),
                   key=lambda href: int(href.rsplit("/", 1)[1]))
    return hrefs[nth]


def test_regenerate_a_reply_in_the_middle_branches_from_there(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    window, controller = paddock.window, paddock.controller
    db, conversation_id = _three_turns(paddock, qtbot, fake)
    fake.enqueue("Ninety minutes.")
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):  # shown again from the store
        _click_link(window.transcript, qtbot, _link(paddock, "regenerate", 1))  # the second reply
    sent = [(m.role, m.content) for m in fake.requests[-1][0]][1:]
    assert sent == [("user", "Which flour?"), ("assistant", "Rye."), ("user", "How long?")]
    text = window.transcript_text()
    assert text.endswith("You\nHow long?\nAssistant\xa0\xa0\xa02/2\xa0›\nNinety minutes.")  # "‹" is a link
    assert "How hot?" not in text and "An hour." not in text
    assert [m.content for m in controller.chat] == ["Which flour?", "Rye.", "How long?", "Ninety minutes."]
    qtbot.waitUntil(lambda: [m.content for m in thread(db, conversation_id)]
                    == ["Which flour?", "Rye.", "How long?", "Ninety minutes."], timeout=WAIT)
    new_reply = thread(db, conversation_id)[-1]
    assert [m.content for m in siblings(db, new_reply.id)] == ["An hour.", "Ninety minutes."]
    # Back to the first reply: the turn that followed it is there again, all kept.
    back = next(href for href, text in window.transcript.action_links().items() if text == "‹")
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):
        _click_link(window.transcript, qtbot, back)
    assert window.transcript_text().endswith("How hot?\nAssistant\n220 °C.")
    assert [m.content for m in controller.chat][-3:] == ["An hour.", "How hot?", "220 °C."]


def test_edit_the_first_message_and_resend(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    window, controller = paddock.window, paddock.controller
    db, conversation_id = _three_turns(paddock, qtbot, fake)
    _click_link(window.transcript, qtbot, _link(paddock, "edit", 0))
    assert window.input.toPlainText() == "Which flour?"
    qtbot.keyClicks(window.input, " For rolls.")
    fake.enqueue("Wheat.")
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    sent = fake.requests[-1][0]
    assert sent[0].role == "system" and [(m.role, m.content) for m in sent[1:]] == [("user", "Which flour? For rolls.")]
    assert window.input.toPlainText() == ""
    text = window.transcript_text()
    assert text.startswith("You\xa0\xa0\xa02/2\xa0›\nWhich flour? For rolls.\nAssistant\nWheat.") and "How hot?" not in text
    qtbot.waitUntil(lambda: [m.content for m in thread(db, conversation_id)] == ["Which flour? For rolls.", "Wheat."],
                    timeout=WAIT)
    first = thread(db, conversation_id)[0]
    assert [m.content for m in siblings(db, first.id)] == ["Which flour?", "Which flour? For rolls."]
    # The next message continues the new branch.
    fake.enqueue("Yes.")
    window.input.setPlainText("Soft ones?")
    with qtbot.waitSignal(controller.replyFinished, timeout=WAIT):
        window.send()
    assert [m.content for m in fake.requests[-1][0]][1:] == ["Which flour? For rolls.", "Wheat.", "Soft ones?"]


def test_edit_a_middle_message_keeps_what_came_before(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    window, controller = paddock.window, paddock.controller
    db, conversation_id = _three_turns(paddock, qtbot, fake)
    window.edit_at(2)  # "How long?"
    window.input.setPlainText("How long to rise?")
    fake.enqueue("Two hours.")
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):
        window.send()
    assert [m.content for m in fake.requests[-1][0]][1:] == ["Which flour?", "Rye.", "How long to rise?"]
    qtbot.waitUntil(lambda: [m.content for m in thread(db, conversation_id)]
                    == ["Which flour?", "Rye.", "How long to rise?", "Two hours."], timeout=WAIT)
    assert [m.content for m in siblings(db, thread(db, conversation_id)[2].id)] == ["How long?", "How long to rise?"]


def test_nothing_branches_while_a_reply_is_written(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    import threading

    window, controller = paddock.window, paddock.controller
    _three_turns(paddock, qtbot, fake)
    gate = threading.Event()
    fake.enqueue("Slow", " reply.", gate=gate)
    window.input.setPlainText("More?")
    window.send()
    qtbot.waitUntil(lambda: controller.generating, timeout=WAIT)
    before = len(fake.requests)
    assert not controller.regenerate_at(1) and controller.editable(0) is None
    window.regenerate_at(1)
    assert "A reply is being written" in window.statusBar().currentMessage()
    with qtbot.waitSignal(controller.replyFinished, timeout=WAIT):
        gate.set()
    qtbot.waitUntil(lambda: not controller.busy, timeout=WAIT)
    # The refused regenerate sent nothing (the model's title request may have gone out).
    assert all(request[-1].content != "Which flour?" for request, _sampling in fake.requests[before:])


def test_a_model_s_own_sampling_is_the_new_chat_s_and_restore_defaults(paddock: Paddock, qtbot,  # type: ignore[no-untyped-def]
                                                                       fake: FakeEngine, tmp_path: Path) -> None:
    from tests.app.chat.test_gguf_sampling import SAMPLING_KEYS

    controller = paddock.controller
    assert controller.sampling.temperature != 0.3
    path = write_small_gguf(tmp_path / "sampled.gguf", extra_metadata=SAMPLING_KEYS)
    with qtbot.waitSignal(controller.modelLoaded, timeout=WAIT):
        paddock.window.open_model(path)
    assert (controller.sampling.temperature, controller.sampling.top_k) == (0.3, 20)
    dialog = paddock.window.edit_sampling()
    assert round(dialog.temperature.value(), 2) == 0.3
    dialog.temperature.setValue(1.5)
    restore = dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert (round(dialog.temperature.value(), 2), dialog.top_k.value()) == (0.3, 20)  # the file's, not Meta's
    dialog.reject()


def test_a_system_prompt_preset_is_sent_saved_and_exported_in_the_interface_language(  # type: ignore[no-untyped-def]
        paddock: Paddock, qtbot, fake: FakeEngine, tmp_path: Path) -> None:
    from app.store.conversations import get_conversation
    from app.store.export_files import export_to_file

    window, controller = paddock.window, paddock.controller
    dialog = window.edit_sampling()
    dialog.presets.choose("concise")
    concise = dialog.system_prompt.toPlainText()
    assert concise.startswith("You are a helpful assistant. Answer briefly")
    dialog.presets.choose("default")
    assert dialog.system_prompt.toPlainText() == controller.system_prompt  # back to Paddock's own
    dialog.presets.choose("translator")
    dialog.accept()
    fake.enqueue("Bonjour.")
    window.input.setPlainText("Hello.")
    with qtbot.waitSignal(controller.replyFinished, timeout=WAIT):
        window.send()
    assert fake.requests[-1][0][0].content.startswith("You are a translator.")
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: controller.conversation_id is not None, timeout=WAIT)
    conversation_id = controller.conversation_id
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).system_prompt.startswith("You are a translator."),
                    timeout=WAIT)
    out = tmp_path / "chat.md"
    export_to_file(db, [conversation_id], out, markdown=True)
    assert "You are a translator." in out.read_text(encoding="utf-8")
    # In German the presets are German, names and prompts.
    paddock.languages.apply("de")
    try:
        german = window.edit_sampling()
        assert german.presets.itemText(3) == "Übersetzer"
        german.presets.choose("concise")
        assert german.system_prompt.toPlainText().startswith("Du bist ein hilfreicher Assistent.")
        german.reject()
    finally:
        paddock.languages.apply("en")

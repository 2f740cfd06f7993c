"""The chat window as a new user meets it: a failed open keeps the working model, the
file dialog starts in the models folder, nothing fails silently, the reply limit is in
sight, the Help menu, and the keyboard. Real window, controller, engine thread and
history thread, with the FakeEngine (tests/fake_engine.py) answering."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.chat.messages import StopReason
from app.errors import EngineError
from app.paths import AppPaths
from tests.app.hub.support import write_small_gguf
from tests.fake_engine import FakeEngine
from ui.main import Paddock, build
from ui.widgets.help_menu import BUILT_WITH_LLAMA, LLAMA_NOTICE

WAIT = 30_000
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def fake() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def bare(qapp: QApplication, qtbot, tmp_path: Path, fake: FakeEngine) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    """The app as it starts: no model loaded yet."""
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en",
                engine_client=fake)  # type: ignore[arg-type]
    app.window.show()
    app.window.activateWindow()
    qtbot.waitUntil(lambda: app.history.task.store is not None, timeout=WAIT)
    yield app
    app.window.close()
    app.shutdown()
    assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)


@pytest.fixture
def paddock(bare: Paddock, qtbot, tmp_path: Path) -> Paddock:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(bare.controller.modelLoaded, timeout=WAIT):
        bare.window.open_model(write_small_gguf(tmp_path / "small.gguf"))
    return bare


def _send(paddock: Paddock, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    paddock.window.input.setPlainText(text)
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        qtbot.keyClick(paddock.window.input, Qt.Key.Key_Return)


def _titled(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the title the model writes after the first reply: one more chat, which
    would otherwise take the FakeEngine's next scripted answer."""
    from app.store.conversations import get_conversation
    from app.store.records import TitleSource

    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)
    conversation_id = paddock.controller.conversation_id
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).title_source is TitleSource.MODEL, timeout=WAIT)


def _close_boxes(paddock: Paddock) -> None:
    for box in paddock.window.findChildren(QMessageBox):
        box.close()


# --- found when tried as a new user would ---------------------------------------------------


def test_a_failed_open_keeps_the_model_that_was_working(paddock: Paddock, qtbot, fake: FakeEngine,  # type: ignore[no-untyped-def]
                                                        tmp_path: Path) -> None:
    window = paddock.window
    working = window.model_label.text()
    assert "small test Llama" in working
    broken = tmp_path / "half-downloaded.gguf"
    broken.write_bytes(b"GGUF\x03\x00\x00\x00")  # a truncated header
    with qtbot.waitSignal(paddock.controller.modelFailed, timeout=WAIT):
        window.open_model(broken)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    box.close()
    assert window.model_label.text() == working and window.send_button.isEnabled()
    fake.enqueue("Still", " here.")
    _send(paddock, qtbot, "Are you there?")
    assert paddock.controller.messages[-1].content == "Still here."


def test_the_file_dialog_opens_in_the_models_folder_and_loads_the_choice(bare: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    models = bare.paths.models_dir
    model = write_small_gguf(models / "chosen.gguf")
    qtbot.mouseClick(bare.window.open_button, Qt.MouseButton.LeftButton)
    dialog = bare.window.findChild(QFileDialog, "openModelDialog")
    assert dialog is not None and dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) == models.resolve()
    dialog.selectFile(str(model))
    dialog.accept()
    settings = bare.models_ui.opener.dialog  # the choice goes through its load settings and the fit check
    assert settings is not None and settings.path == model
    qtbot.waitUntil(lambda: not bare.models_controller.pending and settings.load_button.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(bare.controller.modelLoaded, timeout=WAIT) as loaded:
        qtbot.mouseClick(settings.load_button, Qt.MouseButton.LeftButton)
    assert loaded.args[0].path == model


def test_enter_without_a_model_says_why_and_keeps_the_message(bare: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = bare.window
    qtbot.keyClicks(window.input, "Hello?")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage().startswith("No model is loaded.")
    assert window.input.toPlainText() == "Hello?" and window.transcript_text() == ""


def test_a_reply_that_fails_before_any_text_leaves_no_empty_heading(paddock: Paddock, qtbot,  # type: ignore[no-untyped-def]
                                                                    fake: FakeEngine) -> None:
    fake.enqueue("Fine.")
    _send(paddock, qtbot, "First")
    _titled(paddock, qtbot)
    before = paddock.window.transcript_text()
    fake.enqueue_error(EngineError("llama.cpp could not evaluate the prompt"))
    paddock.window.input.setPlainText("Second")
    with qtbot.waitSignal(paddock.controller.replyFailed, timeout=WAIT):
        paddock.window.send()
    assert paddock.window.transcript_text() == before + "\nYou\nSecond"
    assert paddock.window.findChild(QMessageBox, "errorBox") is not None
    _close_boxes(paddock)


def test_the_reply_limit_is_shown_and_used(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    spin = paddock.window.reply_limit.spin
    assert spin.isVisible() and spin.value() == 1024 == paddock.controller.sampling.max_tokens
    assert paddock.window.reply_limit.label.text() == "Reply limit (tokens):"
    spin.setValue(300)
    _send(paddock, qtbot, "Short, please")
    assert fake.requests[0][1].max_tokens == 300  # [0]: the model's title for the chat may follow


def test_the_help_menu_lists_the_keys_and_says_built_with_llama(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Help" in titles
    window.help_menu.about_action.trigger()
    about = window.findChild(QMessageBox, "aboutBox")
    assert about is not None and about.isVisible()
    assert BUILT_WITH_LLAMA in about.text() and LLAMA_NOTICE in about.text() and "Paddock 0." in about.text()
    about.close()
    window.help_menu.shortcuts_action.trigger()
    listed = window.findChild(QMessageBox, "shortcutsBox")
    assert listed is not None
    for keys, what in (("Ctrl+N", "Start a new chat"), ("Esc", "Stop the reply"), ("Ctrl+K / Ctrl+F", "Search")):
        assert keys in listed.text() and what in listed.text()
    assert "<b>Ctrl+R</b></td><td>Write the last reply again" in listed.text()
    listed.close()
    paddock.languages.choose("de")
    assert window.help_menu.title() == "&Hilfe" and window.help_menu.about_action.text() == "Ü&ber Paddock"


# --- the keyboard ----------------------------------------------------------------------------


def test_shift_enter_adds_a_line_and_enter_sends(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    qtbot.keyClicks(window.input, "one")
    qtbot.keyClick(window.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.input, "two")
    assert window.input.toPlainText() == "one\ntwo" and fake.requests == []
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert fake.requests[0][0][-1].content == "one\ntwo"


def test_escape_stops_the_reply(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    fake.enqueue("Once", " upon", " a time", gate=gate)
    window = paddock.window
    window.input.setPlainText("A story")
    with qtbot.waitSignal(paddock.controller.replyText, timeout=WAIT):
        window.send()
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT) as finished:
        qtbot.keyClick(window.input, Qt.Key.Key_Escape)
        gate.set()
    assert finished.args[0].stop_reason is StopReason.STOPPED
    assert window.transcript_text().endswith("(stopped)")


def test_ctrl_n_starts_a_new_chat_and_ctrl_k_and_ctrl_f_find(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    _send(paddock, qtbot, "Hello")
    qtbot.waitUntil(lambda: paddock.controller.conversation_id is not None, timeout=WAIT)
    qtbot.keyClick(window.input, Qt.Key.Key_N, CTRL)
    assert window.transcript_text() == "" and paddock.controller.conversation_id is None
    assert window.input.hasFocus()
    for key in (Qt.Key.Key_K, Qt.Key.Key_F):
        window.input.setFocus()
        qtbot.keyClick(window.input, key, CTRL)
        assert window.history_panel.search_field.hasFocus(), key


def test_up_in_the_empty_box_brings_back_the_last_message(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    window = paddock.window
    _send(paddock, qtbot, "Wie backe ich Brot?")
    assert window.input.toPlainText() == ""
    qtbot.keyClick(window.input, Qt.Key.Key_Up)
    assert window.input.toPlainText() == "Wie backe ich Brot?"
    qtbot.keyClick(window.input, Qt.Key.Key_Up)  # not empty now: Up moves the cursor, as in any text box
    assert window.input.toPlainText() == "Wie backe ich Brot?"


# --- regenerate ------------------------------------------------------------------------------


def test_ctrl_r_writes_the_last_reply_again_and_the_store_keeps_both(paddock: Paddock, qtbot,  # type: ignore[no-untyped-def]
                                                                     fake: FakeEngine) -> None:
    from app.store.messages import siblings, thread

    window = paddock.window
    assert not window.regenerate_button.isEnabled()  # nothing to write again yet
    fake.enqueue("Rye.")
    _send(paddock, qtbot, "Which flour?")
    _titled(paddock, qtbot)
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    conversation_id = paddock.controller.conversation_id
    assert conversation_id is not None
    fake.enqueue("Spelt, ", "perhaps.")
    assert window.regenerate_button.isEnabled()
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        qtbot.keyClick(window.input, Qt.Key.Key_R, CTRL)
    first, again = fake.requests[0][0], fake.requests[-1][0]
    assert again == first  # the same prompt: the engine can reuse all of it
    text = window.transcript_text()
    assert text.endswith("You\nWhich flour?\nAssistant\nSpelt, perhaps.") and "Rye." not in text
    assert [(m.role, m.content) for m in paddock.controller.messages][-2:] == [
        ("user", "Which flour?"), ("assistant", "Spelt, perhaps.")]
    qtbot.waitUntil(lambda: [m.content for m in thread(db, conversation_id)] == ["Which flour?", "Spelt, perhaps."],
                    timeout=WAIT)
    reply = thread(db, conversation_id)[-1]
    assert [m.content for m in siblings(db, reply.id)] == ["Rye.", "Spelt, perhaps."]
    # The next message follows the reply on screen.
    fake.enqueue("Yes.")
    _send(paddock, qtbot, "Fine?")
    assert [m.content for m in fake.requests[-1][0]][-3:] == ["Which flour?", "Spelt, perhaps.", "Fine?"]
    qtbot.waitUntil(lambda: len(thread(db, conversation_id)) == 4, timeout=WAIT)
    assert thread(db, conversation_id)[2].parent_id == reply.id


def test_switching_between_alternatives_changes_what_is_shown_and_sent(paddock: Paddock, qtbot,  # type: ignore[no-untyped-def]
                                                                       fake: FakeEngine) -> None:
    from tests.ui.test_transcript_view import _click_link

    window, controller = paddock.window, paddock.controller
    fake.enqueue("Rye.")
    _send(paddock, qtbot, "Which flour?")
    _titled(paddock, qtbot)
    fake.enqueue("Spelt.")
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):  # shown again, with its alternatives
        controller.regenerate()
    # "‹" is a link to the first reply (links are left out of the text), "›" leads nowhere.
    assert window.transcript_text() == "You\nWhich flour?\nAssistant\xa0\xa0\xa02/2\xa0›\nSpelt."
    links = window.transcript.action_links()
    (back,) = [href for href, text in links.items() if text == "‹"]
    assert "Spelt." in window.transcript_text() and "Rye." not in window.transcript_text()
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):
        _click_link(window.transcript, qtbot, back)
    text = window.transcript_text()
    assert "Rye." in text and "Spelt." not in text and "1/2" in text
    assert [m.content for m in controller.messages][-1] == "Rye."
    fake.enqueue("Good choice.")
    _send(paddock, qtbot, "Why?")
    assert [m.content for m in fake.requests[-1][0]][-3:] == ["Which flour?", "Rye.", "Why?"]
    links = window.transcript.action_links()
    assert [text for text in links.values() if text in "‹›"] == ["›"]  # the first of two: only forward


def test_up_then_enter_sends_a_new_version_of_the_last_message_beside_the_first(  # type: ignore[no-untyped-def]
        paddock: Paddock, qtbot, fake: FakeEngine) -> None:
    from app.store.messages import siblings, thread

    window, controller = paddock.window, paddock.controller
    fake.enqueue("Rye.")
    _send(paddock, qtbot, "Which flour?")
    _titled(paddock, qtbot)
    qtbot.keyClick(window.input, Qt.Key.Key_Up)
    qtbot.keyClicks(window.input, " For rolls.")
    fake.enqueue("Wheat.")
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):  # shown again from the store
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    sent = [(m.role, m.content) for m in fake.requests[-1][0]]
    assert sent[1:] == [("user", "Which flour? For rolls.")] and sent[0][0] == "system"  # not the first version
    text = window.transcript_text()
    assert "Rye." not in text and "Which flour?\n" not in text
    assert text.endswith("Which flour? For rolls.\nAssistant\nWheat.") and "2/2" in text
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    conversation_id = controller.conversation_id
    assert conversation_id is not None
    edited = thread(db, conversation_id)[0]
    assert [m.content for m in siblings(db, edited.id)] == ["Which flour?", "Which flour? For rolls."]
    assert [m.content for m in thread(db, conversation_id)] == ["Which flour? For rolls.", "Wheat."]


# --- sampling settings -----------------------------------------------------------------------


def test_sampling_settings_apply_at_once_and_come_back_with_the_conversation(  # type: ignore[no-untyped-def]
        paddock: Paddock, qtbot, fake: FakeEngine, qapp, tmp_path: Path) -> None:
    from app.engine.settings import SamplingSettings
    from app.store.conversations import get_conversation
    from ui.widgets.sampling_dialog import SamplingDialog

    window, controller = paddock.window, paddock.controller
    fake.enqueue("Rye.")
    _send(paddock, qtbot, "Which flour?")
    _titled(paddock, qtbot)
    qtbot.mouseClick(window.sampling_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(SamplingDialog, "samplingDialog")
    assert dialog is not None and dialog.isVisible() and dialog.temperature.value() == 0.6  # Meta's, the file says none
    dialog.temperature.setValue(0.2)
    dialog.top_k.setValue(12)
    dialog.seed.setValue(42)
    dialog.max_tokens.setValue(512)
    dialog.accept()
    assert window.reply_limit.spin.value() == 512  # the box beside the messages follows
    fake.enqueue("Spelt.")
    _send(paddock, qtbot, "And for rolls?")
    sampling = fake.requests[-1][1]
    assert (sampling.temperature, sampling.top_k, sampling.seed, sampling.max_tokens) == (0.2, 12, 42, 512)
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    conversation_id = controller.conversation_id
    assert conversation_id is not None
    qtbot.waitUntil(lambda: (get_conversation(db, conversation_id).settings or {}).get("top_k") == 12, timeout=WAIT)
    # A new chat keeps going with them; reopening another conversation brings back its own.
    controller.new_conversation()
    assert controller.sampling.temperature == 0.2
    controller.sampling = controller.default_sampling = SamplingSettings()
    with qtbot.waitSignal(controller.conversationShown, timeout=WAIT):
        controller.open_conversation(conversation_id)
    assert controller.sampling == SamplingSettings(temperature=0.2, top_k=12, seed=42, max_tokens=512)
    assert window.reply_limit.spin.value() == 512
    window.edit_sampling()
    again = [d for d in window.findChildren(SamplingDialog) if d.isVisible()][-1]
    restore = again.buttons.button(again.buttons.StandardButton.RestoreDefaults)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert (again.temperature.value(), again.top_p.value(), again.seed.value()) == (0.6, 0.9, -1)
    again.reject()
    assert controller.sampling.temperature == 0.2  # cancelled: nothing changed


def test_the_system_prompt_is_set_per_conversation_and_saved(paddock: Paddock, qtbot, fake: FakeEngine) -> None:  # type: ignore[no-untyped-def]
    from app.chat.messages import ChatMessage
    from app.chat.turn import system_prompt_for
    from app.store.conversations import get_conversation
    from ui.widgets.sampling_dialog import SamplingDialog

    window, controller = paddock.window, paddock.controller
    dialog = window.edit_sampling()
    assert dialog.system_prompt.toPlainText() == system_prompt_for(None, "en")  # a new chat: the default
    dialog.system_prompt.setPlainText("Answer like a baker.")
    dialog.accept()
    fake.enqueue("Knead.")
    _send(paddock, qtbot, "How?")
    assert fake.requests[0][0][0] == ChatMessage("system", "Answer like a baker.")
    _titled(paddock, qtbot)
    again = window.edit_sampling()
    assert isinstance(again, SamplingDialog) and again.system_prompt.toPlainText() == "Answer like a baker."
    again.system_prompt.setPlainText("Answer in one word.")
    again.accept()
    fake.enqueue("Rest.")
    _send(paddock, qtbot, "Then?")
    assert [(m.role, m.content) for m in fake.requests[-1][0]] == [
        ("system", "Answer in one word."), ("user", "How?"), ("assistant", "Knead."), ("user", "Then?")]
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]
    conversation_id = controller.conversation_id
    qtbot.waitUntil(lambda: get_conversation(db, conversation_id).system_prompt == "Answer in one word.",
                    timeout=WAIT)
    controller.new_conversation()
    assert window.edit_sampling().system_prompt.toPlainText() == system_prompt_for(None, "en")

"""Remote backends in the window: an endpoint added in the settings, its model in the
picker marked remote, a chat with it streaming into the history with its stats. The
backend is a real OpenAI-compatible server (llama-cpp-python's own) on the scripted model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.config.remote_endpoints import KEYS_FILE, load_endpoints
from app.store.location import database_path
from app.store.messages import thread
from app.store.opening import open_store
from app.store.records import MessageStatus
from tests.conftest import SCRIPTED_REPLY
from tests.remote_servers import free_port
from ui.main import Paddock

WAIT = 60_000


def _add_endpoint(paddock: Paddock, qtbot, name: str, url: str, key: str = "") -> None:  # type: ignore[no-untyped-def]
    settings = paddock.models_ui.show_settings()
    assert settings.remote_button.isVisible()
    qtbot.mouseClick(settings.remote_button, Qt.MouseButton.LeftButton)
    dialog = settings.remote_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.url_edit, url)
    qtbot.keyClicks(dialog.key_edit, key)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.text() == ""  # the typed key does not stay in the widget
    dialog.close()
    settings.close()


def test_a_remote_model_is_added_picked_and_chats_into_the_history(  # type: ignore[no-untyped-def]
        paddock: Paddock, qtbot, remote_server_url: str) -> None:
    _add_endpoint(paddock, qtbot, "lab", remote_server_url.removesuffix("/v1"), key="sk-test-123")
    endpoints = load_endpoints(paddock.paths.config_dir)
    assert [(e.name, e.base_url) for e in endpoints] == [("lab", remote_server_url)]
    assert (Path(paddock.paths.config_dir) / KEYS_FILE).stat().st_mode & 0o077 == 0

    combo = paddock.models_ui.picker.combo
    label = "scripted · remote · lab"
    qtbot.waitUntil(lambda: combo.findText(label) > 0, timeout=WAIT)
    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=WAIT) as loaded:
        combo.activated.emit(combo.findText(label))
    assert loaded.args[0].name == "scripted @ lab" and paddock.controller.is_remote
    assert combo.currentText() == label

    pieces: list[str] = []
    paddock.controller.replyText.connect(pieces.append)
    paddock.window.input.setPlainText("What does bread need?")
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT) as finished:
        qtbot.keyClick(paddock.window.input, Qt.Key.Key_Return)
    stats = finished.args[0]
    assert "".join(pieces) == SCRIPTED_REPLY and stats.tokens_per_s > 0 and stats.time_to_first_token_s > 0
    assert SCRIPTED_REPLY in paddock.window.transcript_text()

    conversation_id = paddock.controller.conversation_id
    qtbot.waitUntil(lambda: conversation_id is not None and len(_saved(paddock, conversation_id)) == 2, timeout=WAIT)
    user, reply = _saved(paddock, conversation_id)
    assert (user.content, reply.content, reply.status, reply.model) == (
        "What does bread need?", SCRIPTED_REPLY, MessageStatus.DONE, "scripted @ lab")


def test_a_down_endpoint_lists_no_model_and_says_why(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(paddock.remote.listFailed, timeout=WAIT) as failed:
        _add_endpoint(paddock, qtbot, "gone", f"http://127.0.0.1:{free_port()}")
    assert failed.args[:2] == ["gone", "remote_unreachable"]
    assert not any("remote" in paddock.models_ui.picker.combo.itemText(i)
                   for i in range(paddock.models_ui.picker.combo.count()))


def _saved(paddock: Paddock, conversation_id: int):  # type: ignore[no-untyped-def]
    store = open_store(database_path(paddock.paths))  # a second connection, read only here
    try:
        return thread(store.connection(), conversation_id)
    finally:
        store.close()

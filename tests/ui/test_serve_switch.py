"""The settings' local API switch: the window's loaded model served to other programs on
127.0.0.1, through the window's own engine worker (nothing loaded twice), driven with the
official openai client while the window chats; off closes the port; a taken port says so."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import openai
import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox

from app.config.serve_settings import load_serve_settings
from tests.conftest import SCRIPTED_REPLY
from ui.main import Paddock
from ui.widgets.settings_dialog import SettingsDialog

WAIT = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _switch(paddock: Paddock, qtbot, on: bool, port: int) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = paddock.models_ui.show_settings()
    switch = dialog.findChild(QCheckBox, "serveSwitch")
    assert switch is not None
    dialog.findChild(QSpinBox, "servePortBox").setValue(port)
    assert f"(127.0.0.1:{port})" in switch.text()  # the address follows the port
    switch.setChecked(on)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    return dialog


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_the_switch_serves_the_window_s_model_and_off_closes_the_port(
        paddock: Paddock, qtbot, scripted_model_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert paddock.serve is not None and not paddock.serve.task.running  # off by default
    with qtbot.waitSignal(paddock.controller.modelLoaded, timeout=WAIT):
        paddock.window.open_model(scripted_model_path)
    worker = paddock.engine.client.worker_pid
    port = _free_port()
    with qtbot.waitSignal(paddock.serve.task.listening, timeout=WAIT):
        dialog = _switch(paddock, qtbot, True, port)
    assert load_serve_settings(paddock.paths.config_dir).enabled  # kept for the next start
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="unused", max_retries=0, timeout=60)
    assert [m.id for m in client.models.list().data] == [scripted_model_path.name.removesuffix(".gguf")]

    # an API client and the window at once, through the one worker
    answers: list[str] = []
    api = threading.Thread(target=lambda: answers.extend(
        "".join(c.choices[0].delta.content or "" for c in client.chat.completions.create(
            model="scripted-llama", messages=[{"role": "user", "content": "Bread?"}], stream=True) if c.choices)
        for _ in range(3)))
    api.start()
    paddock.window.input.setPlainText("How do I bake bread?")
    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        paddock.window.send()
    qtbot.waitUntil(lambda: not api.is_alive(), timeout=WAIT)
    assert answers == [SCRIPTED_REPLY] * 3
    assert paddock.controller.messages[-1].content == SCRIPTED_REPLY
    assert paddock.engine.client.worker_pid == worker  # the window's worker answered: no second model

    dialog = paddock.models_ui.show_settings()
    status = dialog.findChild(QLabel, "serveStatus")
    assert f"http://127.0.0.1:{port}/v1" in status.text()
    dialog.reject()
    with qtbot.waitSignal(paddock.serve.task.closed, timeout=WAIT):
        _switch(paddock, qtbot, False, port)
    assert _refused(port)
    assert not load_serve_settings(paddock.paths.config_dir).enabled


def test_a_taken_port_is_said_clearly(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        with qtbot.waitSignal(paddock.serve.changed, timeout=WAIT):
            _switch(paddock, qtbot, True, port)
        assert not paddock.serve.task.running and "port" in paddock.serve.error.lower()
        status = paddock.models_ui.show_settings().findChild(QLabel, "serveStatus")
        assert f"Port {port} is taken" in status.text()


def test_no_model_loaded_gets_a_clear_503(paddock: Paddock, qtbot) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    with qtbot.waitSignal(paddock.serve.task.listening, timeout=WAIT):
        _switch(paddock, qtbot, True, port)
    client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="unused", max_retries=0, timeout=30)
    assert client.models.list().data == []
    with pytest.raises(openai.APIStatusError) as raised:
        client.chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}])
    assert raised.value.status_code == 503 and "No model is loaded" in raised.value.message


def test_quitting_with_the_switch_on_closes_the_port_for_good(qapp, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The switch stays on for the next start, but quitting must not start the server again
    (a restarted server thread outliving the window aborts the whole process)."""
    from app.paths import AppPaths
    from ui.main import build

    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en")
    port = _free_port()
    with qtbot.waitSignal(app.serve.task.listening, timeout=WAIT):
        _switch(app, qtbot, True, port)
    app.window.close()
    app.shutdown()
    assert not app.serve.task.running and _refused(port)
    qtbot.wait(300)  # a restart would be queued here
    assert not app.serve.task.running and _refused(port)
    assert load_serve_settings(app.paths.config_dir).enabled  # still on for the next start

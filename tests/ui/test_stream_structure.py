"""What keeps the window's event loop free while it works, asserted as structure, not as
time (timings: benchmarks/ui_latency.py): while a reply streams after a long saved
conversation, the transcript is never rendered whole again, each render sees the reply
and never the conversation, the streamed text reaches the GUI thread coalesced (far
fewer updates than pieces), and the GUI thread never touches the store; a download's
progress reaches the window a bounded number of times a second. A change that brings
back a per-token re-render or a store read on the GUI thread fails here on any machine.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Sequence

import pytest
from PySide6.QtWidgets import QApplication

from app.chat.messages import ChatMessage, ChatReply
from app.engine.settings import SamplingSettings
from app.jobs import CancelToken
from app.paths import AppPaths
from app.store.conversations import create_conversation
from app.store.messages import add_message
from app.store.opening import Store
from app.store.records import Role
from tests.app.hub.mock_hub import Fault, MockHub
from tests.app.hub.support import write_small_gguf
from tests.fake_engine import FakeEngine
from tests.ui.models_fixtures import LAPTOP, paddock_with
from ui.main import Paddock, build

WAIT = 30_000
HISTORY = 300  # saved messages before the streamed reply: far more text than the reply
PIECES = 400


class PacedEngine(FakeEngine):
    """The FakeEngine at a model's pace: one piece every 2 ms (a fast model), so the reply
    streams over many of the window's update intervals."""

    def chat(self, messages: Sequence[ChatMessage], sampling: SamplingSettings = SamplingSettings(), *,
             on_token: Optional[Callable[[str], None]] = None, cancel: Optional[CancelToken] = None) -> ChatReply:
        pace = threading.Event()

        def paced(piece: str) -> None:
            pace.wait(0.002)  # the model's speed, not a wait for another thread
            if on_token is not None:
                on_token(piece)

        return super().chat(messages, sampling, on_token=paced, cancel=cancel)


@pytest.fixture
def paddock(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[Paddock]:  # type: ignore[no-untyped-def]
    engine = PacedEngine()
    app = build(qapp, AppPaths.from_environment({"PADDOCK_HOME": str(tmp_path / "home")}), language="en",
                engine_client=engine)  # type: ignore[arg-type]
    app.window.show()
    qtbot.waitUntil(lambda: app.history.task.store is not None, timeout=WAIT)
    with qtbot.waitSignal(app.controller.modelLoaded, timeout=WAIT):
        app.window.open_model(write_small_gguf(tmp_path / "small.gguf"))
    engine.enqueue(*[f"word{n} " for n in range(PIECES)])
    yield app
    app.window.close()
    app.shutdown()
    assert app.crash.shown == [], "a bug reached the crash dialog:\n" + "\n".join(app.crash.shown)


def _long_conversation(paddock: Paddock) -> int:
    db = paddock.history.task.store.connection()  # type: ignore[union-attr]  # (the test's own thread)
    conversation = create_conversation(db, title="Long")
    with db.transaction():
        for n in range(HISTORY):
            role = Role.USER if n % 2 == 0 else Role.ASSISTANT
            add_message(db, conversation.id, role, f"Message {n}: " + "a saved sentence, **rendered** once. " * 20,
                        touch=False)
    return conversation.id


def _on_gui_thread(calls: list[str], name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    gui = threading.main_thread()

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is gui:
            calls.append(name)
        return method(*args, **kwargs)

    return wrapped


def test_a_streamed_reply_renders_only_itself_and_leaves_the_store_to_its_thread(  # type: ignore[no-untyped-def]
        paddock: Paddock, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    conversation_id = _long_conversation(paddock)
    view = paddock.window.transcript
    with qtbot.waitSignal(view.drawn, timeout=WAIT):  # shown, and drawn over its turns
        paddock.controller.open_conversation(conversation_id)
    history_chars = sum(len(entry.text) for entry in view.entries)

    gui_store_calls: list[str] = []
    monkeypatch.setattr(Store, "connection", _on_gui_thread(gui_store_calls, "connection", Store.connection))
    rebuilds: list[int] = []
    rebuild = view._rebuild
    monkeypatch.setattr(view, "_rebuild", lambda: (rebuilds.append(1), rebuild())[1])
    rendered: list[int] = []
    render = view._render
    monkeypatch.setattr(view, "_render", lambda text, labels: (rendered.append(len(text)), render(text, labels))[1])
    updates: list[int] = []
    paddock.controller.replyText.connect(lambda text: updates.append(len(text)))
    renders_before = view.render_count

    with qtbot.waitSignal(paddock.controller.replyFinished, timeout=WAIT):
        assert paddock.controller.send("Go on")
    reply = view.entries[-1].text
    assert reply == "".join(f"word{n} " for n in range(PIECES))

    renders = view.render_count - renders_before
    assert renders >= 2 and rebuilds == []  # the transcript is never drawn whole again
    assert len(rendered) <= 2 * renders + 2  # a render is the growing block (and what completed)
    assert max(rendered) <= len(reply) < history_chars / 10  # never the conversation above
    assert sum(updates) == len(reply) and len(updates) <= PIECES / 4  # coalesced, not one per piece
    assert gui_store_calls == []  # saving the reply is the history thread's


def test_download_progress_reaches_the_window_a_few_times_a_second(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = write_small_gguf(tmp_path / "served.gguf").read_bytes() + bytes(3 * 2**20)
    with MockHub() as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
        monkeypatch.delenv("HF_TOKEN", raising=False)
        served = hub.add_repo("bench/Llama-GGUF").add("llama-Q4_K_M.gguf", data)
        hub.add_fault(served, Fault("throttle", bytes_per_s=2 * 2**20))  # ~1.5 s of download
        for paddock in paddock_with(qapp, tmp_path, LAPTOP):
            paddock.models_ui.show_manager()
            downloads = paddock.downloads_controller
            changes: list[int] = []
            downloads.jobChanged.connect(changes.append)
            started = time.perf_counter()
            with qtbot.waitSignal(downloads.jobFinished, timeout=60_000):
                downloads.start("bench/Llama-GGUF", "llama-Q4_K_M.gguf", "Llama")
            seconds = time.perf_counter() - started
            assert 3 <= len(changes) <= 12 * seconds + 6  # ~10 a second (and the stages), not one per chunk
            chunks = len(data) // (64 * 1024)
            assert len(changes) < chunks / 2


def test_the_hub_client_loads_when_a_download_page_shows_not_in_the_first_download(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Loading huggingface_hub and httpx holds the GIL for most of a second: the panel asks
    the task for it when shown (once), so the first download's progress does not stall."""
    from ui.controllers.downloads_controller import DownloadsController
    from ui.tasks.download_task import DownloadTask
    from ui.widgets.downloads_panel import DownloadsPanel

    downloads = DownloadsController()
    asked: list[int] = []
    downloads.prepareRequested.connect(lambda: asked.append(1))
    first = DownloadsPanel(downloads, load=lambda _path: None)
    second = DownloadsPanel(downloads, load=lambda _path: None)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert asked == [1]
    DownloadTask(Path("unused")).prepare()  # what the request runs, in the downloads thread
    assert {"app.hub.hub_api", "app.hub.download", "huggingface_hub"} <= set(sys.modules)

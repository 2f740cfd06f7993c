"""EngineTask on a real engine: a title the model writes gives way to the person's next
message (the slots are called directly here; the app runs them in the engine thread).
Scripted models: the title and reply are known, and the endless one is still writing
when the message comes."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication

from app.chat.messages import ChatMessage, StopReason
from app.chat.turn import TurnRequest
from app.engine.client import EngineClient
from app.engine.settings import SamplingSettings
from app.hardware.detect import detect_hardware
from app.jobs import CancelToken
from tests.conftest import SCRIPTED_REPLY
from ui.tasks.engine_task import EngineTask

HISTORY = [ChatMessage("user", "Plan a picnic."), ChatMessage("assistant", "Bring bread and fruit.")]


class _MessageArrivesMidTitle:
    """The real client; when the title's first token streams, the person sends a message
    (EngineTask.chat_coming, from another thread, as the GUI thread would), before the
    next token is taken in."""

    def __init__(self, client: EngineClient, task: EngineTask) -> None:
        self._client, self._task = client, task
        self.replies: list = []

    def chat(self, messages, sampling, *, on_token=None, cancel=None):  # type: ignore[no-untyped-def]
        sender = threading.Thread(target=self._task.chat_coming)

        def first_token(_text: str) -> None:
            if sender.ident is None:
                sender.start()
                sender.join()

        reply = self._client.chat(messages, sampling, cancel=cancel, on_token=first_token)
        assert sender.ident is not None, "the title streamed no token"
        self.replies.append(reply)
        return reply


def test_a_title_waiting_in_the_queue_is_skipped_for_a_message(qapp: QApplication, scripted_engine: EngineClient) -> None:
    task = EngineTask(scripted_engine, detect_hardware)
    titles: list = []
    replies: list = []
    task.titleWritten.connect(lambda cid, title: titles.append((cid, title)))
    task.turnEnded.connect(replies.append)

    task.chat_coming()  # the person sent a message; the title request was queued before it
    task.write_title(1, HISTORY)
    assert titles == []
    task.turn(TurnRequest("And drinks?", tuple(HISTORY), SamplingSettings(temperature=0.0, max_tokens=4), "tiny"),
              CancelToken())
    assert [r.text for r in replies] == ["Bread needs flour"] and replies[0].error is None  # max_tokens=4
    # With no message waiting, the next title is written.
    task.write_title(1, HISTORY)
    assert titles == [(1, SCRIPTED_REPLY)]  # the model's raw words: the history task cleans them


def test_a_title_being_written_stops_when_a_message_comes(qapp: QApplication, endless_engine: EngineClient) -> None:
    task = EngineTask(endless_engine, detect_hardware)
    titles: list = []
    task.titleWritten.connect(lambda cid, title: titles.append((cid, title)))
    proxy = _MessageArrivesMidTitle(endless_engine, task)
    task._client = proxy  # type: ignore[assignment]

    task.write_title(1, HISTORY)
    assert titles == []  # a cut title is not kept: the first words stay
    assert [r.stats.stop_reason for r in proxy.replies] == [StopReason.STOPPED]
    assert 1 <= proxy.replies[0].stats.generated_tokens < 24  # the title's max_tokens: it was cut

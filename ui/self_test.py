"""`paddock --self-test [MODEL.gguf] [--prompt TEXT]`: the app checks itself and quits.

For a packaged build (and its benchmark) there is no person to click: this drives the
window the way one would. It prints one JSON line per event on stdout:

- `{"event": "ready", "time": ...}` once the window is shown and the event loop has run
  (the wall clock, so a parent that noted when it started the process gets the time to a
  usable window);
- with a model: `loaded`, then `reply` with the reply's text once it is finished (the
  real engine worker process wrote it; the history thread saves it);
- `failed` with the error's kind and detail, and exit status 1, if anything went wrong.

The app quits through its ordinary shutdown, so a saved reply is really on disk when the
process ends. The events are data for scripts, not UI text: English, never translated.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.controllers.chat_controller import ChatController
from ui.widgets.main_window import MainWindow

SELF_TEST_FLAG = "--self-test"
PROMPT_FLAG = "--prompt"
DEFAULT_PROMPT = "Hello"
DEFAULT_TIMEOUT_S = 300.0


@dataclass(frozen=True)
class SelfTestRequest:
    model: Optional[Path]
    prompt: str = DEFAULT_PROMPT


def self_test_request(args: Sequence[str]) -> Optional[SelfTestRequest]:
    """The self-test asked for on the command line (arguments after the program's), or None."""
    if SELF_TEST_FLAG not in args:
        return None
    model = next((Path(a) for a in args if a.endswith(".gguf")), None)
    prompt = DEFAULT_PROMPT
    if PROMPT_FLAG in args:
        index = list(args).index(PROMPT_FLAG)
        if index + 1 < len(args):
            prompt = args[index + 1]
    return SelfTestRequest(model, prompt)


class SelfTest(QObject):
    """Drives one window through load, send and reply, then quits the app."""

    def __init__(self, app: QApplication, window: MainWindow, controller: ChatController,
                 request: SelfTestRequest, emit: Callable[[str], None] = print,
                 timeout_s: float = DEFAULT_TIMEOUT_S, quit: Optional[Callable[[int], None]] = None) -> None:
        """`emit` prints an event line, `quit` ends the app with a status (app.exit by
        default: tests pass their own)."""
        super().__init__(window)
        self._exit = app.exit if quit is None else quit
        self._window = window
        self._controller = controller
        self._request = request
        self._emit = emit
        self._reply: list[str] = []
        self._finished = False
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(int(timeout_s * 1000))
        self._timeout.timeout.connect(lambda: self._fail("timeout", f"no result after {timeout_s:.0f} s"))
        controller.modelLoaded.connect(self._on_loaded)
        controller.modelFailed.connect(self._fail)
        controller.replyText.connect(self._reply.append)
        controller.replyFinished.connect(self._on_finished)
        controller.replyFailed.connect(self._fail)

    def start(self) -> None:
        """Call after the window is shown: the first event-loop turn reports `ready`."""
        self._timeout.start()
        QTimer.singleShot(0, self._on_ready)

    def _print(self, event: str, **fields: Any) -> None:
        self._emit(json.dumps({"event": event, "time": time.time(), **fields}, ensure_ascii=False))

    def _on_ready(self) -> None:
        self._print("ready", visible=self._window.isVisible())
        if self._request.model is None:
            self._quit(0)
        else:
            self._window.open_model(self._request.model)

    def _on_loaded(self, info: object) -> None:
        self._print("loaded", model=str(getattr(info, "name", "")))
        if not self._controller.send(self._request.prompt):
            self._fail("self-test", "the loaded model did not accept the prompt")

    def _on_finished(self, stats: object) -> None:
        self._print("reply", text="".join(self._reply), tokens=getattr(stats, "generated_tokens", None))
        self._quit(0)

    def _fail(self, kind: str, detail: str) -> None:
        if self._finished:
            return
        self._print("failed", kind=kind, detail=detail)
        self._quit(1)

    def _quit(self, code: int) -> None:
        self._finished = True
        self._timeout.stop()
        # Queued, so that the signal being handled finishes before the loop ends.
        QTimer.singleShot(0, lambda: self._exit(code))

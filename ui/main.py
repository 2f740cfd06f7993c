"""The composition root: the only place that builds Paddock's objects and connects them.

`paddock` starts here: logging, the crash reporter, fonts and translations, the engine
(in its own thread, its model in a worker process), the conversation history (in its own
thread, opened there), the controller and the window.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QApplication

from app import __version__
from app.engine.client import EngineClient
from app.hardware.detect import detect_hardware
from app.logging_setup import configure_logging
from app.paths import AppPaths
from app.planner.fit_check import HardwareSource
from app.store.location import database_path
from ui.controllers.chat_controller import ChatController
from ui.controllers.history_controller import HistoryController
from ui.crash import CrashReporter
from ui.i18n import Languages
from ui.tasks.engine_task import EngineThread
from ui.tasks.history_task import HistoryThread
from ui.tasks.queued_recorder import QueuedRecorder
from ui.widgets.main_window import MainWindow
from ui.wiring import connect_engine, connect_history

log = logging.getLogger(__name__)


@dataclass
class Paddock:
    """Everything the running app is made of (tests build it the same way)."""

    app: QApplication
    paths: AppPaths
    crash: CrashReporter
    languages: Languages
    engine: EngineThread
    history: HistoryThread
    controller: ChatController
    history_controller: HistoryController
    window: MainWindow

    def shutdown(self) -> None:
        self.controller.stop()
        self.engine.stop()
        self.history.stop()


def build(app: QApplication, paths: AppPaths, language: Optional[str] = None,
          hardware: HardwareSource = detect_hardware, engine_client: Optional[EngineClient] = None) -> Paddock:
    """`hardware` is what the planner checks loads against: measured at each load by
    default; tests pass a snapshot. `engine_client` defaults to llama.cpp in a worker
    process (tests may pass a scripted one)."""
    paths.ensure()
    configure_logging(paths.log_file)
    crash = CrashReporter()
    languages = Languages(app, paths.config_dir)
    ui_language = languages.start(language)
    recorder = QueuedRecorder()
    engine = EngineThread(engine_client or EngineClient(paths.engine_log_file), hardware, recorder)
    history = HistoryThread(database_path(paths))
    controller = ChatController(ui_language=ui_language)
    history_controller = HistoryController()
    connect_engine(controller, engine.task, crash)
    connect_history(controller, history_controller, history.task, engine.task, recorder, crash)
    app.setApplicationVersion(__version__)  # the Help menu's About says it
    window = MainWindow(controller, history_controller, models_dir=paths.models_dir)
    _connect_languages(languages, controller, window)
    paddock = Paddock(app, paths, crash, languages, engine, history, controller, history_controller, window)
    app.aboutToQuit.connect(paddock.shutdown)
    QMetaObject.invokeMethod(history.task, "open", Qt.ConnectionType.QueuedConnection)
    return paddock


def _connect_languages(languages: Languages, controller: ChatController, window: MainWindow) -> None:
    """The chooser switches live; the system prompt of the next conversation follows."""
    window.language_box.show_language(languages.current)
    window.language_box.languageChosen.connect(languages.choose)
    languages.languageChanged.connect(window.language_box.show_language)

    def follow(code: str) -> None:
        controller.ui_language = code

    languages.languageChanged.connect(follow)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv if argv is None else argv)
    app = QApplication(args)
    app.setApplicationName("Paddock")
    app.setApplicationVersion(__version__)
    paths = AppPaths.from_environment()
    paddock = build(app, paths)
    paddock.crash.install()
    log.info("Paddock %s started", __version__)
    paddock.window.show()
    model = next((Path(a) for a in args[1:] if a.endswith(".gguf")), None)
    if model is not None:
        paddock.window.open_model(model)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

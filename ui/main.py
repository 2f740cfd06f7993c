"""The composition root: the only place that builds Paddock's objects and connects them.

`paddock` starts here: logging, the crash reporter, fonts and translations, the engine
(in its own thread, its model in a worker process), the conversation history (in its own
thread, opened there), the controller and the window. Before any of it: the desktop-entry
flags (ui/desktop_entry.py) and the one-instance check (ui/single_instance.py: a second
launch hands its file to the running window and exits).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional, Sequence

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QApplication

from app import __version__
from app.catalog.entries import load_catalog
from app.engine.client import EngineClient
from app.hardware.detect import detect_hardware
from app.jobs.child_process import support_frozen_children
from app.logging_setup import configure_logging
from app.paths import APP_NAME, AppPaths
from app.planner.speed import SpeedProfile
from app.store.location import database_path
from ui.app_icon import app_icon
from ui.controllers.chat_controller import ChatController
from ui.controllers.compare_controller import CompareController, make_planner
from ui.controllers.convert_controller import ConvertController
from ui.controllers.documents_controller import DocumentsController
from ui.controllers.downloads_controller import DownloadsController
from ui.controllers.history_controller import HistoryController
from ui.controllers.models_controller import ModelsController
from ui.controllers.quantize_controller import QuantizeController
from ui.controllers.remote_controller import RemoteController
from ui.controllers.serve_controller import ServeController
from ui.controllers.settings_controller import SettingsController
from ui.crash import CrashReporter
from ui.desktop_entry import DESKTOP_FILE_ID, desktop_entry_command
from ui.i18n import Languages
from ui.interpreter_tuning import freeze_start_up_objects, tune_for_responsiveness
from ui.launch import FileOpenFilter, accept_launch, model_argument
from ui.self_test import SelfTest, self_test_request
from ui.single_instance import SingleInstance
from ui.tasks.compare_task import CompareThreads
from ui.tasks.convert_task import ConvertTask
from ui.tasks.download_task import DownloadTask
from ui.tasks.engine_task import EngineThread
from ui.tasks.history_task import HistoryThread
from ui.tasks.models_task import ModelsTask
from ui.tasks.quantize_task import QuantizeTask
from ui.tasks.queued_recorder import QueuedRecorder
from ui.tasks.remote_task import RemoteModelsTask
from ui.tasks.serve_task import ServeTask
from ui.tasks.task_thread import TaskThread
from ui.widgets.compare_window import CompareWindow, install_compare_menu
from ui.widgets.documents_ui import DocumentsUi, install_documents_ui
from ui.widgets.main_window import MainWindow
from ui.widgets.models_ui import ModelsUi, install_models_ui
from ui.wiring import (
    connect_compare,
    connect_convert,
    connect_documents,
    connect_downloads,
    connect_engine,
    connect_history,
    connect_models,
    connect_quantize,
    connect_remote,
)

if TYPE_CHECKING:  # the planner loads with the first model, not at start
    from app.planner.fit_check import HardwareSource
    from ui.tasks.documents_task import DocumentsTask

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
    models: TaskThread[ModelsTask]
    models_controller: ModelsController
    models_ui: ModelsUi
    downloads: TaskThread[DownloadTask]
    downloads_controller: DownloadsController
    settings: SettingsController
    converter: TaskThread[ConvertTask]
    convert_controller: ConvertController
    quantizer: Optional[TaskThread[QuantizeTask]] = None
    quantize_controller: Optional[QuantizeController] = None
    default_models_dir: Optional[Path] = None  # Paddock's own, used when the settings name none
    compare: Optional["CompareParts"] = None
    serve: Optional[ServeController] = None  # the local API switch (off unless switched on)
    remote: Optional[RemoteController] = None
    remote_task: Optional[TaskThread[RemoteModelsTask]] = None
    documents: Optional[TaskThread[DocumentsTask]] = None
    documents_controller: Optional[DocumentsController] = None
    documents_ui: Optional[DocumentsUi] = None

    def use_models_dir(self, chosen: str) -> None:
        """A models folder chosen in the settings applies at once: the list, the picker,
        downloads, conversions and quantizations use it from now on."""
        folder = Path(chosen).expanduser() if chosen else (self.default_models_dir or self.paths.models_dir)
        folder.mkdir(parents=True, exist_ok=True)
        self.paths = replace(self.paths, models_dir=folder)
        self.window.models_dir = self.convert_controller.models_dir = folder
        if self.quantize_controller is not None:
            self.quantize_controller.models_dir = folder
        self.downloads_controller.use_models_dir(folder)
        self.models_controller.use_models_dir(folder)
        if self.documents is not None and self.documents_controller is not None:
            self.documents.task.models_dir = folder  # read at its next listing (one attribute: no lock)
            self.documents_controller.listRequested.emit()

    def shutdown(self) -> None:
        self.controller.stop()
        if self.compare is not None:
            self.compare.stop()
        if self.serve is not None:
            self.serve.shutdown()  # the API's replies stop and its port closes
        self.downloads_controller.pause_all()  # the bytes are kept: the next start resumes
        self.convert_controller.cancel()  # a conversion never leaves a partial file
        self.engine.stop()
        self.history.stop()
        self.models.stop()
        self.downloads.stop()
        self.converter.stop()
        if self.quantize_controller is not None and self.quantizer is not None:
            self.quantize_controller.cancel()  # a quantization never leaves a partial file
            self.quantizer.stop()
        if self.remote_task is not None:
            self.remote_task.stop()
        if self.documents is not None and self.documents_controller is not None:
            self.documents_controller.cancel()
            self.documents.task.cancel.cancel()  # the re-scan at start stops between files
            self.documents.stop()
            self.documents.task.close()


def build(app: QApplication, paths: AppPaths, language: Optional[str] = None,
          hardware: HardwareSource = detect_hardware, engine_client: Optional[EngineClient] = None,
          speed_profile: Optional[SpeedProfile] = None) -> Paddock:
    """`hardware` is what the planner checks loads against: measured at each load by
    default; tests pass a snapshot. `engine_client` defaults to llama.cpp in a worker
    process (tests may pass a scripted one). `speed_profile` replaces this machine's
    (cached) speed probe."""
    settings = SettingsController(paths.config_dir)
    default_models_dir = paths.models_dir
    if settings.settings.models_dir:  # the person's own models folder, from the settings
        paths = replace(paths, models_dir=Path(settings.settings.models_dir).expanduser())
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
    models = TaskThread(ModelsTask(hardware, paths.models_dir, paths.cache_dir, profile=speed_profile), "paddock-models-task")
    models_controller = ModelsController(load_catalog(), paths.models_dir)
    connect_models(models_controller, models.task, crash)
    downloads = TaskThread(DownloadTask(paths.models_dir), "paddock-download-task")
    downloads_controller = DownloadsController()
    connect_downloads(downloads_controller, settings, downloads.task, crash)
    settings.announce()
    downloads_controller.find_paused()
    converter = TaskThread(ConvertTask(), "paddock-convert-task")
    convert_controller = ConvertController(paths.models_dir)
    connect_convert(convert_controller, converter.task, crash)
    quantizer = TaskThread(QuantizeTask(), "paddock-quantize-task")
    quantize_controller = QuantizeController(paths.models_dir)
    connect_quantize(quantize_controller, quantizer.task, crash)
    models_ui = install_models_ui(window, controller, models_controller, downloads_controller, settings,
                                  convert_controller, quantize_controller)
    remote = RemoteController(paths.config_dir)  # remote backends (app/remote): picker and settings
    remote_task = TaskThread(RemoteModelsTask(), "paddock-remote-task")
    connect_remote(remote, remote_task.task)
    models_ui.use_remote(remote)
    remote.refresh()
    paddock = Paddock(app, paths, crash, languages, engine, history, controller, history_controller, window,
                      models, models_controller, models_ui, downloads, downloads_controller, settings, converter,
                      convert_controller, quantizer, quantize_controller, default_models_dir)
    paddock.remote, paddock.remote_task = remote, remote_task
    _install_documents(paddock, crash)
    settings.modelsDirChanged.connect(paddock.use_models_dir)
    paddock.compare = _build_compare(paddock, hardware)
    paddock.serve = models_ui.serve = ServeController(paths.config_dir, ServeTask(engine.client))
    paddock.serve.start_if_enabled()
    app.aboutToQuit.connect(paddock.shutdown)
    QMetaObject.invokeMethod(history.task, "open", Qt.ConnectionType.QueuedConnection)
    return paddock


@dataclass
class CompareParts:
    """The compare view: its controller, window (made at first use) and pane threads."""

    controller: CompareController
    threads: CompareThreads
    window: Optional[CompareWindow] = None
    open_window: Optional[Callable[[], None]] = None  # the menu entry's action

    def stop(self) -> None:
        self.controller.stop_all()
        self.threads.stop()


def _open_store(paddock: Paddock) -> object:
    """The history's open database, for the votes (in the history thread)."""
    from app.store.errors import StoreError

    store = paddock.history.task.store
    if store is None:
        raise StoreError("The conversation history could not be opened, so the vote cannot be saved.")
    return store.connection()


def _build_compare(paddock: Paddock, hardware: HardwareSource) -> CompareParts:
    """Ctrl+Shift+C opens the Compare window; "continue with the winner" opens the saved
    comparison in the main window with the winner's model."""
    controller = CompareController(make_planner(hardware))
    logs = paddock.paths.engine_log_file
    threads = CompareThreads(lambda slot: EngineClient(logs.with_name(f"{logs.stem}-compare-{slot}{logs.suffix}")),
                             paddock.history.thread, lambda: _open_store(paddock))
    connect_compare(controller, threads, paddock.crash)
    parts = CompareParts(controller, threads)

    def open_compare() -> None:
        if parts.window is None:
            remote = paddock.remote
            parts.window = CompareWindow(controller, lambda: paddock.models_controller.installed, paddock.window,
                                         remote_models=remote.all_models if remote is not None else tuple)
            paddock.models_controller.installedChanged.connect(parts.window.show_models)
            if remote is not None:  # remote endpoints' models beside the installed ones
                remote.modelsChanged.connect(parts.window.show_models)
            parts.window.show_models()
            controller.refresh_board()
        if parts.window.isVisible():
            parts.window.raise_()  # asked for again from the menu
        parts.window.show()
        parts.window.activateWindow()

    def continue_chat(conversation_id: int, settings: object) -> None:
        QMetaObject.invokeMethod(paddock.history.task, "refresh", Qt.ConnectionType.QueuedConnection)
        paddock.controller.open_conversation(conversation_id)
        paddock.controller.load_with(settings)  # type: ignore[arg-type]
        paddock.window.activateWindow()

    def continue_remote(conversation_id: int, endpoint: object, model: object) -> None:
        QMetaObject.invokeMethod(paddock.history.task, "refresh", Qt.ConnectionType.QueuedConnection)
        paddock.controller.open_conversation(conversation_id)
        paddock.controller.choose_remote(endpoint, model)  # type: ignore[arg-type]
        paddock.window.activateWindow()

    controller.continueRequested.connect(continue_chat)
    controller.continueRemoteRequested.connect(continue_remote)
    install_compare_menu(paddock.window, open_compare)
    parts.open_window = open_compare
    return parts


def _install_documents(paddock: Paddock, crash: CrashReporter) -> None:
    """Collections in their own thread; re-scanned quietly at start. (Imported here: the
    documents' readers and database stay unloaded until the window is being built.)"""
    from app.documents.schema import documents_database_path
    from ui.tasks.documents_task import DocumentsTask, PassageFinder

    database = documents_database_path(paddock.paths)
    paddock.documents = TaskThread(DocumentsTask(database, paddock.paths.models_dir), "paddock-documents-task")
    paddock.documents_controller = DocumentsController(paddock.controller)
    paddock.engine.task.find_passages = PassageFinder(database)
    connect_documents(paddock.documents_controller, paddock.controller, paddock.documents.task,
                      paddock.engine.task, paddock.history.task, crash)
    paddock.documents_ui = install_documents_ui(paddock.window, paddock.documents_controller)
    from app.catalog.embedding_entries import embedding_offers
    from ui.widgets.documents_ui import offer_embedding_downloads

    offer_embedding_downloads(paddock.documents_ui, paddock.documents_controller,
                              embedding_offers(paddock.models_controller.catalog.embedding_models),
                              paddock.downloads_controller)
    paddock.documents_controller.listRequested.emit()
    QMetaObject.invokeMethod(paddock.documents.task, "rescan_all", Qt.ConnectionType.QueuedConnection)


def _connect_languages(languages: Languages, controller: ChatController, window: MainWindow) -> None:
    """The chooser switches live; the system prompt of the next conversation follows."""
    window.language_box.show_language(languages.current)
    window.language_box.languageChosen.connect(languages.choose)
    languages.languageChanged.connect(window.language_box.show_language)

    def follow(code: str) -> None:
        controller.ui_language = code

    languages.languageChanged.connect(follow)


def main(argv: Optional[Sequence[str]] = None) -> int:
    support_frozen_children()  # first: in a bundle this process may be the engine worker
    args = list(sys.argv if argv is None else argv)
    installed = desktop_entry_command(args[1:])  # --install/--uninstall-desktop-entry
    if installed is not None:
        return installed
    paths = AppPaths.from_environment()
    instance = SingleInstance(paths.data_dir)
    if not instance.claim():  # Paddock already runs on this data: it opens our file
        if instance.hand_over(args[1:]):
            return 0
        print(f"Paddock is already running ({paths.data_dir}) but does not answer.", file=sys.stderr)
        return 1
    tune_for_responsiveness()
    app = QApplication(args)
    app.setApplicationName(APP_NAME)  # also the X11 window class: StartupWMClass in paddock.desktop
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_ID)  # the Wayland app id
    app.setWindowIcon(app_icon())
    paddock = build(app, paths)
    instance.listen()
    instance.argumentsReceived.connect(lambda arguments: accept_launch(paddock.window, arguments))
    app.aboutToQuit.connect(instance.release)
    app.installEventFilter(FileOpenFilter(paddock.window))
    paddock.crash.install()
    log.info("Paddock %s started", __version__)
    paddock.window.show()
    paddock.models_controller.measure()
    freeze_start_up_objects()
    self_test = self_test_request(args[1:])
    model = model_argument(args[1:])
    if self_test is not None:
        SelfTest(app, paddock.window, paddock.controller, self_test).start()
    elif model is not None:
        paddock.models_ui.opener.ask(model)
    else:
        paddock.models_ui.first_run_if_no_model()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

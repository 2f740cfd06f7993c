"""All cross-thread wiring in one place: controller commands to the engine and history
tasks, their results back to the controllers (queued connections: each task lives in
its own thread). Widgets are connected to controllers by the widgets themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.controllers.chat_controller import ChatController
from ui.controllers.compare_controller import CompareController
from ui.controllers.convert_controller import ConvertController
from ui.controllers.documents_controller import DocumentsController
from ui.controllers.downloads_controller import DownloadsController
from ui.controllers.history_controller import HistoryController
from ui.controllers.models_controller import ModelsController
from ui.controllers.quantize_controller import QuantizeController
from ui.controllers.remote_controller import RemoteController
from ui.controllers.settings_controller import SettingsController
from ui.crash import CrashReporter
from ui.tasks.compare_task import CompareThreads
from ui.tasks.convert_task import ConvertTask
from ui.tasks.download_task import DownloadTask
from ui.tasks.engine_task import EngineTask
from ui.tasks.history_task import HistoryTask
from ui.tasks.models_task import ModelsTask
from ui.tasks.quantize_task import QuantizeTask
from ui.tasks.queued_recorder import QueuedRecorder
from ui.tasks.remote_task import RemoteModelsTask

if TYPE_CHECKING:  # the documents' readers load when the window is built, not at import
    from ui.tasks.documents_task import DocumentsTask

QUEUED = Qt.ConnectionType.QueuedConnection


def connect_engine(controller: ChatController, task: EngineTask, crash: CrashReporter) -> None:
    controller.loadRequested.connect(task.load, QUEUED)
    controller.remoteRequested.connect(task.select_remote, QUEUED)
    # First, in the GUI thread: a title being written gives way; then the request itself.
    controller.turnRequested.connect(task.chat_coming, Qt.ConnectionType.DirectConnection)
    controller.turnRequested.connect(task.turn, QUEUED)
    task.loaded.connect(controller.on_loaded, QUEUED)
    task.modelKept.connect(controller.on_model_kept, QUEUED)
    task.loadFailed.connect(controller.on_load_failed, QUEUED)
    task.textStreamed.connect(controller.on_text, QUEUED)
    task.turnEnded.connect(controller.on_turn_ended, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)


def connect_history(chat: ChatController, history: HistoryController, task: HistoryTask, engine: EngineTask,
                    recorder: QueuedRecorder, crash: CrashReporter) -> None:
    """The store thread records what each turn reports through the QueuedRecorder (from the
    engine thread straight to the history thread: no detour through the GUI; one sender,
    one receiver, so in order) and serves the controllers' requests."""
    recorder.userAdded.connect(task.record_user, QUEUED)
    recorder.answeredAgain.connect(task.record_answer_again, QUEUED)
    recorder.lastEdited.connect(task.record_edit_last, QUEUED)
    recorder.replyStarted.connect(task.record_reply_started, QUEUED)
    recorder.replyText.connect(task.record_reply_text, QUEUED)
    recorder.replyFinished.connect(task.record_reply_finished, QUEUED)
    recorder.replyFailed.connect(task.record_reply_failed, QUEUED)
    recorder.replyStopped.connect(task.record_reply_stopped, QUEUED)
    task.titleWanted.connect(engine.write_title, QUEUED)
    engine.titleWritten.connect(task.record_model_title, QUEUED)

    chat.newConversationRequested.connect(task.new_conversation, QUEUED)
    chat.conversationRequested.connect(task.load_conversation, QUEUED)
    chat.deleteRequested.connect(task.delete, QUEUED)
    chat.alternativeRequested.connect(task.show_alternative, QUEUED)
    chat.settingsSaveRequested.connect(task.save_settings, QUEUED)
    chat.systemPromptSaveRequested.connect(task.save_system_prompt, QUEUED)
    task.alternativesListed.connect(chat.on_alternatives_listed, QUEUED)
    task.conversationLoaded.connect(chat.on_conversation_loaded, QUEUED)
    task.conversationStarted.connect(chat.on_conversation_started, QUEUED)

    history.searchRequested.connect(task.search, QUEUED)
    history.renameRequested.connect(task.rename, QUEUED)
    history.pinRequested.connect(task.set_pinned, QUEUED)
    history.exportRequested.connect(task.export, QUEUED)
    task.opened.connect(history.on_opened, QUEUED)
    task.openFailed.connect(history.on_open_failed, QUEUED)
    task.conversationsListed.connect(history.on_listed, QUEUED)
    task.searchFinished.connect(history.on_found, QUEUED)
    task.exported.connect(history.on_exported, QUEUED)
    task.failed.connect(history.on_failed, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)


def connect_models(models: ModelsController, task: ModelsTask, crash: CrashReporter) -> None:
    """The model windows' questions to the planner's thread, and its answers."""
    models.measureRequested.connect(task.measure, QUEUED)
    models.listRequested.connect(task.list_installed, QUEUED)
    models.modelsDirRequested.connect(task.use_models_dir, QUEUED)
    models.rememberRequested.connect(task.remember, QUEUED)
    models.deleteRequested.connect(task.delete, QUEUED)
    task.deleted.connect(models.on_deleted, QUEUED)
    task.deleteFailed.connect(models.on_delete_failed, QUEUED)
    models.externalRequested.connect(task.list_external, QUEUED)
    models.readRequested.connect(task.read_model, QUEUED)
    models.costRequested.connect(task.plan_load, QUEUED)
    models.catalogRequested.connect(task.plan_catalog, QUEUED)
    task.measured.connect(models.on_measured, QUEUED)
    task.installedListed.connect(models.on_installed, QUEUED)
    task.externalListed.connect(models.on_external, QUEUED)
    task.modelRead.connect(models.on_model_read, QUEUED)
    task.modelReadFailed.connect(models.on_model_read_failed, QUEUED)
    task.loadCostReady.connect(models.on_cost, QUEUED)
    task.catalogPlanned.connect(models.on_catalog, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)


def connect_downloads(downloads: DownloadsController, settings: SettingsController, task: DownloadTask,
                      crash: CrashReporter) -> None:
    """Downloads queue in the download thread; their progress and ends come back. The
    hub address and token of the settings go there too (queued: before the next download)."""
    settings.hubChanged.connect(task.configure, QUEUED)
    downloads.downloadRequested.connect(task.download, QUEUED)
    downloads.discardRequested.connect(task.discard, QUEUED)
    downloads.partialsRequested.connect(task.list_partials, QUEUED)
    downloads.prepareRequested.connect(task.prepare, QUEUED)
    downloads.modelsDirRequested.connect(task.use_models_dir, QUEUED)
    task.partialsListed.connect(downloads.on_partials, QUEUED)
    task.progressed.connect(downloads.on_progress, QUEUED)
    task.ended.connect(downloads.on_ended, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)


def connect_convert(convert: ConvertController, task: ConvertTask, crash: CrashReporter) -> None:
    convert.convertRequested.connect(task.convert, QUEUED)
    task.progressed.connect(convert.on_progress, QUEUED)
    task.ended.connect(convert.on_ended, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)


def connect_quantize(quantize: QuantizeController, task: QuantizeTask, crash: CrashReporter) -> None:
    quantize.planRequested.connect(task.plan, QUEUED)
    quantize.quantizeRequested.connect(task.quantize, QUEUED)
    task.optionsPlanned.connect(quantize.on_options, QUEUED)
    task.optionsFailed.connect(quantize.on_options_failed, QUEUED)
    task.progressed.connect(quantize.on_progress, QUEUED)
    task.ended.connect(quantize.on_ended, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)


def connect_compare(controller: CompareController, threads: CompareThreads, crash: CrashReporter) -> None:
    """Every pane task hears every job and takes its own slot's; stop goes through the
    job's CancelToken, not this queue. The votes task shares the history thread."""
    for pane in threads.panes:
        controller.runRequested.connect(pane.task.run, QUEUED)
        pane.task.textStreamed.connect(controller.on_text, QUEUED)
        pane.task.finished.connect(controller.on_finished, QUEUED)
        pane.task.failed.connect(controller.on_failed, QUEUED)
        pane.task.bugOccurred.connect(crash.report, QUEUED)
    controller.voteRequested.connect(threads.votes.vote, QUEUED)
    controller.boardRequested.connect(threads.votes.board, QUEUED)
    threads.votes.voted.connect(controller.on_voted, QUEUED)
    threads.votes.boardReady.connect(controller.on_board, QUEUED)
    threads.votes.failed.connect(controller.failed, QUEUED)
    threads.votes.bugOccurred.connect(crash.report, QUEUED)


def connect_remote(controller: RemoteController, task: RemoteModelsTask) -> None:
    """Remote endpoints: listing their models runs in the task's thread."""
    controller.listRequested.connect(task.list_models, QUEUED)
    task.listed.connect(controller.on_listed, QUEUED)
    task.listFailed.connect(controller.on_list_failed, QUEUED)


def connect_documents(controller: DocumentsController, chat: ChatController, task: DocumentsTask,
                      engine: EngineTask, history: HistoryTask, crash: CrashReporter) -> None:
    """Collections listed and indexed in the documents thread; the attachment saved with
    the conversation in the history thread; a turn's sources from the engine thread."""
    controller.listRequested.connect(task.list, QUEUED)
    controller.addRequested.connect(task.add, QUEUED)
    controller.reindexRequested.connect(task.reindex, QUEUED)
    controller.modelRequested.connect(task.set_model, QUEUED)
    task.modelsFound.connect(controller.on_models_found, QUEUED)
    task.embedProgressed.connect(controller.on_embed_progress, QUEUED)
    task.listed.connect(controller.on_listed, QUEUED)
    task.progressed.connect(controller.on_progress, QUEUED)
    task.indexed.connect(controller.on_indexed, QUEUED)
    task.cancelled.connect(controller.on_cancelled, QUEUED)
    task.failed.connect(controller.on_failed, QUEUED)
    task.bugOccurred.connect(crash.report, QUEUED)
    controller.saveRequested.connect(history.save_collections, QUEUED)
    controller.loadRequested.connect(history.load_collections, QUEUED)
    history.collectionsLoaded.connect(controller.on_loaded, QUEUED)
    engine.sourcesFound.connect(chat.on_sources_found, QUEUED)

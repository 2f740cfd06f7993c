"""The main window: pick a local GGUF, type, watch the reply stream in, stop it.

A view only: it turns clicks and keys into ChatController and HistoryController intents
and renders what they report; it never reaches past them to a task. Every string goes through tr(); retranslate_ui() rebuilds them when
the language changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.chat.messages import ReplyStats, StopReason
from app.engine.settings import ModelInfo
from app.store.opening import OpenReport
from ui.controllers.chat_controller import ChatController, ChatState
from ui.controllers.history_controller import HistoryController
from ui.error_texts import error_headline
from ui.widgets.context_full import ContextGuard
from ui.widgets.context_meter import ContextMeter
from ui.widgets.help_menu import install_help_menu
from ui.widgets.history_panel import HistoryPanel
from ui.widgets.keyboard import WindowShortcuts
from ui.widgets.language_box import LanguageBox
from ui.widgets.reply_limit import ReplyLimitBox
from ui.widgets.sampling_dialog import SamplingDialog
from ui.widgets.transcript_view import TranscriptView
from ui.widgets.wrapping_label import WrappingLabel

DEFAULT_OPEN_CONTEXT = 8192  # open_model without the load settings dialog (self-test, scripts)


class MessageInput(QPlainTextEdit):
    """Enter sends; Shift+Enter starts a new line; Up in an empty box asks for the last message."""

    submitted = Signal()
    recallRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        if event.key() == Qt.Key.Key_Up and not self.toPlainText():
            self.recallRequested.emit()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    # Set by ui/widgets/models_ui.py: a chosen file goes through the load settings dialog.
    ask_load_settings: Optional[Callable[[Path], object]] = None

    def __init__(self, controller: ChatController, history: HistoryController,
                 parent: Optional[QWidget] = None, *, models_dir: Optional[Path] = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.history = history
        self.models_dir = models_dir  # where "Open model…" starts
        self._editing = False  # the message box holds a new version of the last message
        self._edit_position: Optional[int] = None  # ... or of the message at this position
        self._build()
        self._connect()
        self.retranslate_ui()
        self._update_buttons()
        self.resize(900, 680)

    # --- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.open_button = QPushButton()
        self.model_label = QLabel()
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model_label.setWordWrap(True)  # long model names and translations wrap, never clip
        # The context is chosen in the load settings dialog; model_label shows the loaded one.
        self.new_chat_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.model_label, 1)
        top.addWidget(self.new_chat_button)

        self.transcript = TranscriptView()
        self.input = MessageInput()
        self.input.setMaximumHeight(110)
        self.send_button = QPushButton()
        self.send_button.setDefault(True)
        self.stop_button = QPushButton()
        self.regenerate_button = QPushButton()
        self.regenerate_button.setObjectName("regenerateButton")
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        composer = QHBoxLayout()
        composer.addWidget(self.input, 1)
        composer.addLayout(buttons)
        # Below the message box, in one row: what shapes the next reply.
        self.reply_limit = ReplyLimitBox(self.controller)
        self.sampling_button = QPushButton()
        self.sampling_button.setObjectName("samplingButton")
        tools = QHBoxLayout()
        tools.addWidget(self.regenerate_button)
        self.context_meter = ContextMeter(self.controller, self.input.toPlainText)
        tools.addWidget(self.context_meter)
        self.context_guard = ContextGuard(self.controller, self, self.send)
        tools.addStretch(1)
        tools.addWidget(self.reply_limit)
        tools.addWidget(self.sampling_button)
        bottom = QVBoxLayout()
        self.above_composer = QHBoxLayout()  # e.g. the documents the chat answers from
        bottom.addLayout(self.above_composer)
        bottom.addLayout(composer)
        bottom.addLayout(tools)

        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.transcript, 1)
        layout.addLayout(bottom)
        chat = QWidget()
        chat.setLayout(layout)
        self.history_panel = HistoryPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.history_panel)
        self.splitter.addWidget(chat)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 660])
        self.setCentralWidget(self.splitter)
        self.stats_label = WrappingLabel()  # long in some languages: wraps, never clipped
        self.statusBar().addWidget(self.stats_label, 1)
        self.language_box = LanguageBox()
        self.statusBar().addPermanentWidget(self.language_box)
        c = self.controller
        self.keys = WindowShortcuts(self, {"stop": c.stop, "new_chat": self.new_chat, "search": self.focus_search,
                                           "regenerate": c.regenerate})
        self.help_menu = install_help_menu(self, self.keys.listing, QCoreApplication.applicationVersion())

    def _connect(self) -> None:
        c = self.controller
        self.open_button.clicked.connect(self.choose_model)
        self.new_chat_button.clicked.connect(self.new_chat)
        self.send_button.clicked.connect(self.send)
        self.input.submitted.connect(self.send)
        self.input.recallRequested.connect(self.recall_last_message)
        self.input.textChanged.connect(self._stop_editing_when_emptied)
        self.input.textChanged.connect(self.context_meter.draft_changed)
        c.contextCut.connect(self.transcript.mark_left_out)
        c.conversationCleared.connect(self._stop_editing)
        c.conversationShown.connect(self._stop_editing)
        self.stop_button.clicked.connect(c.stop)
        self.regenerate_button.clicked.connect(c.regenerate)
        self.sampling_button.clicked.connect(self.edit_sampling)
        c.messagesCut.connect(self.transcript.cut_from)
        self.transcript.regenerateRequested.connect(self.regenerate_at)
        self.transcript.editRequested.connect(self.edit_at)
        c.modelLoading.connect(self._on_model_loading)
        c.modelLoaded.connect(self._on_model_loaded)
        c.modelFailed.connect(self._on_model_failed)
        c.messageAdded.connect(self.transcript.add_message)
        c.replyStarted.connect(self.transcript.start_reply)
        c.replyText.connect(self.transcript.add_reply_text)
        c.replyFinished.connect(self.transcript.finish_reply)
        c.replyFailed.connect(self._on_reply_failed)
        c.conversationCleared.connect(self.transcript.clear_messages)
        c.alternativesChanged.connect(self.transcript.set_alternatives)
        c.conversationShown.connect(self.transcript.show_messages)
        self.transcript.alternativeChosen.connect(c.show_alternative)
        self.transcript.copied.connect(lambda _text: self.statusBar().showMessage(self.tr("Copied"), 3000))
        c.conversationChanged.connect(self.history_panel.mark_current)
        c.busyChanged.connect(lambda _busy: self._update_buttons())
        c.statusChanged.connect(lambda _status: self._show_status())
        c.statusChanged.connect(lambda _status: self._update_buttons())  # what can be regenerated
        c.conversationCleared.connect(self._update_buttons)
        panel, h = self.history_panel, self.history
        panel.conversationChosen.connect(c.open_conversation)
        panel.deleteRequested.connect(c.delete_conversation)
        panel.searchRequested.connect(h.search)
        panel.renameRequested.connect(h.rename)
        panel.pinRequested.connect(h.set_pinned)
        panel.exportRequested.connect(h.export)
        h.listed.connect(panel.show_conversations)
        h.found.connect(panel.show_hits)
        h.opened.connect(self.show_history_opened)
        h.unavailable.connect(self.show_history_unavailable)
        h.failed.connect(self.show_history_error)
        h.exported.connect(self.show_exported)

    # --- texts -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Paddock"))
        self.open_button.setText(self.tr("Open model…"))
        self.open_button.setToolTip(self.tr("Choose a GGUF model file on this computer"))
        self.new_chat_button.setText(self.tr("New chat"))
        self.input.setPlaceholderText(self.tr("Type a message. Enter sends, Shift+Enter adds a line."))
        self.send_button.setText(self.tr("Send"))
        self.stop_button.setText(self.tr("Stop"))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.sampling_button.setText(self.tr("Sampling…"))
        self.sampling_button.setToolTip(self.tr("Temperature, top-p and the other sampling settings of this chat"))
        self.regenerate_button.setToolTip(self.tr("Write the last reply again; the first one is kept in the history"))
        self._show_model_label()
        self._show_status()

    def _show_model_label(self) -> None:
        info = self.controller.model_info
        if self.controller.loading_name:
            self.model_label.setText(self.tr("Loading %1…").replace("%1", self.controller.loading_name))
        elif info is not None:
            self.model_label.setText(
                self.tr("%1 · %2 · context %3 tokens")
                .replace("%1", info.name)
                .replace("%2", info.file_type)
                .replace("%3", QLocale().toString(info.n_ctx))
            )
        else:
            self.model_label.setText(self.tr("No model loaded"))

    def _stop_reason_text(self, reason: StopReason) -> str:
        return {
            StopReason.END_OF_TURN: self.tr("finished"),
            StopReason.LENGTH: self.tr("length limit reached"),
            StopReason.CONTEXT_FULL: self.tr("context is full"),
            StopReason.STOPPED: self.tr("stopped"),
            StopReason.ERROR: self.tr("failed"),
        }[reason]

    def stats_text(self, stats: ReplyStats) -> str:
        locale = QLocale()
        return (
            self.tr("%Ln token(s)", "", stats.generated_tokens)
            + " · "
            + self.tr("%1 tokens/s").replace("%1", locale.toString(stats.tokens_per_s, "f", 1))
            + " · "
            + self.tr("first token after %1 s").replace("%1", locale.toString(stats.time_to_first_token_s, "f", 2))
            + " · "
            + self.tr("%1 of %2 prompt tokens reused")
            .replace("%1", locale.toString(stats.reused_tokens))
            .replace("%2", locale.toString(stats.prompt_tokens))
            + " · "
            + self._stop_reason_text(stats.stop_reason)
        )

    def _show_status(self) -> None:
        status = self.controller.status
        if status.state is ChatState.REPLIED and status.stats is not None:
            text = self.stats_text(status.stats)
            if status.seen is not None:
                text += " · " + (self.tr("the model saw the last %1 of %2 messages")
                                 .replace("%1", str(status.seen[0])).replace("%2", str(status.seen[1])))
        elif status.state is ChatState.WRITING:
            text = self.tr("Writing…")
        elif status.state is ChatState.LOADING:
            text = self.tr("Loading the model…")
        elif status.state is ChatState.READY:
            text = self.tr("Ready. Type a message below.")
        elif status.state is ChatState.FAILED:
            text = error_headline(status.error_kind)
        else:
            text = self.tr("Open a GGUF model file to start.")
        self.stats_label.setText(text)

    # --- intents -----------------------------------------------------------------------

    def choose_model(self) -> QFileDialog:
        """The file dialog, in the models folder (window-modal, so tests and people can use it)."""
        folder = self.models_dir if self.models_dir is not None and self.models_dir.is_dir() else Path.home()
        dialog = QFileDialog(self, self.tr("Open a GGUF model"), str(folder),
                             self.tr("GGUF models (*.gguf);;All files (*)"))
        dialog.setObjectName("openModelDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: (self.ask_load_settings or self.open_model)(Path(path)) if path else None)
        dialog.open()
        return dialog

    def open_model(self, path: Path) -> None:
        self.controller.open_model(path, DEFAULT_OPEN_CONTEXT)

    def send(self) -> None:
        text = self.input.toPlainText()
        if not self._editing and self._edit_position is None and text.strip() and not self.context_guard.allows(self.controller.usage(text)):
            return  # it would not fit: the person chooses first (the message stays)
        if self._edit_position is not None:
            sent = self.controller.edit_at(self._edit_position, text)
        else:
            sent = self.controller.send_edit(text) if self._editing else self.controller.send(text)
        if sent:
            self._stop_editing()
            self.input.clear()
        elif text.strip():  # said, not silent: why nothing was sent (the message stays)
            self.statusBar().showMessage(self._not_sent_reason(), 8000)

    def _not_sent_reason(self) -> str:
        c = self.controller
        if c.loading_name:
            return self.tr("The model is still loading; send your message when it is ready.")
        if c.generating:
            return self.tr("A reply is being written. Wait for it, or press Stop (Esc).")
        return self.tr("No model is loaded. Click \"Open model…\" and choose a GGUF file first.")

    def edit_sampling(self) -> SamplingDialog:
        c = self.controller
        dialog = SamplingDialog(c.sampling, c.recommended_sampling, self, c.system_prompt,
                                c.default_system_prompt)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: c.set_sampling(dialog.sampling()))
        dialog.accepted.connect(lambda: c.set_system_prompt(dialog.system_prompt.toPlainText().strip()))
        dialog.open()
        return dialog

    def new_chat(self) -> None:
        self.controller.new_conversation()
        self.input.setFocus()

    def focus_search(self) -> None:
        self.history_panel.search_field.setFocus()
        self.history_panel.search_field.selectAll()

    def _stop_editing_when_emptied(self) -> None:
        if not self.input.toPlainText():
            self._stop_editing()

    def _stop_editing(self, *_args: object) -> None:
        self._editing = False
        self._edit_position = None

    def regenerate_at(self, position: int) -> None:
        """A reply's Regenerate link: write it again (any reply; later turns are kept aside)."""
        if not self.controller.regenerate_at(position):
            self.statusBar().showMessage(self._not_sent_reason(), 8000)

    def edit_at(self, position: int) -> None:
        """A message's Edit link: its text in the message box; Enter sends the new version."""
        text = self.controller.editable(position)
        if text is None:
            self.statusBar().showMessage(self._not_sent_reason(), 8000)
            return
        self.input.setPlainText(text)
        self.input.moveCursor(QTextCursor.MoveOperation.End)
        self.input.setFocus()
        self._edit_position = position  # after setPlainText: its textChanged ends any earlier edit
        self.statusBar().showMessage(
            self.tr("Editing a message: Enter sends the new version from there; the first one is kept."), 8000)

    def recall_last_message(self) -> None:
        """Up in the empty message box: the person's last message, to edit and send again."""
        last = next((m.content for m in reversed(self.controller.messages) if m.role == "user"), None)
        if last is not None and not self.controller.busy:
            self.input.setPlainText(last)
            self.input.moveCursor(QTextCursor.MoveOperation.End)
            self._editing = True  # sent as a new version of that message, beside it
            self.statusBar().showMessage(
                self.tr("Editing your last message: Enter sends the new version; the first one is kept."), 8000)

    # --- controller events ---------------------------------------------------------------

    def _update_buttons(self) -> None:
        c = self.controller
        self.send_button.setEnabled(not c.busy and c.model_info is not None)
        self.stop_button.setEnabled(c.generating)
        self.regenerate_button.setEnabled(c.can_regenerate)
        self.open_button.setEnabled(not c.busy)
        self.reply_limit.setEnabled(not c.generating)
        self.new_chat_button.setEnabled(not c.generating)
        self.history_panel.set_locked(c.generating)

    def _on_model_loading(self, _name: str) -> None:
        self._show_model_label()

    def _on_model_loaded(self, _info: ModelInfo) -> None:
        self._show_model_label()

    def _on_model_failed(self, kind: str, detail: str) -> None:
        self._show_model_label()
        box = self._show_error(kind, detail)
        if self.controller.refused_load is not None:
            # The planner's refusal is advice: the person may load the model anyway.
            anyway = box.addButton(self.tr("Load anyway"), QMessageBox.ButtonRole.AcceptRole)
            anyway.setObjectName("loadAnywayButton")
            anyway.clicked.connect(self.controller.load_anyway)
            box.addButton(QMessageBox.StandardButton.Cancel)

    def _show_error(self, kind: str, detail: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Paddock"), error_headline(kind), parent=self)
        box.setInformativeText(detail)
        box.setObjectName("errorBox")
        box.open()
        return box

    # --- the history ----------------------------------------------------------------------

    def show_history_opened(self, report: OpenReport) -> None:
        self.history_panel.show_opened()
        if report.damaged_copy is not None:
            if report.restored_from is not None:
                outcome = self.tr("Paddock restored the most recent backup; conversations changed after it are missing.")
            else:
                outcome = self.tr("No usable backup was found, so the history starts empty.")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Paddock"),
                              self.tr("Your conversation database was damaged."), parent=self)
            box.setInformativeText(outcome + "\n\n" + self.tr("The damaged file was kept as %1.")
                                   .replace("%1", str(report.damaged_copy)))
            box.setObjectName("historyRestoredBox")
            box.open()
        elif report.interrupted_messages:
            self.statusBar().showMessage(
                self.tr("%n reply(ies) were cut off when Paddock last closed; their text so far was kept.", "",
                        report.interrupted_messages), 15_000)

    def show_history_unavailable(self, kind: str, detail: str) -> None:
        self.history_panel.show_unavailable(error_headline(kind))
        self._show_error(kind, detail)

    def show_history_error(self, kind: str, detail: str) -> None:
        self._show_error(kind, detail)

    def show_exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 10_000)

    def _on_reply_failed(self, kind: str, detail: str) -> None:
        self.transcript.fail_reply()
        self._show_error(kind, detail)

    def transcript_text(self) -> str:
        return self.transcript.plain_text()

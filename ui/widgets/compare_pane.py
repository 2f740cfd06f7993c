"""One pane of the compare view: its setup (model, context, KV type, temperature) before
the comparison starts, then its replies as they stream, its statistics and its own Stop.
Its model is an installed GGUF or a model of a remote endpoint ("name · remote · endpoint",
whose memory shows as "remote": it is the server's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.chat.messages import ReplyStats
from app.engine.settings import KV_CACHE_TYPES, SamplingSettings
from ui.controllers.compare_controller import LETTERS, PaneSetup
from ui.widgets.plan_texts import size_text
from ui.widgets.wrapping_label import WrappingLabel

REMOTE_DATA = "remote:"  # the model box's data for a remote model: "remote:ENDPOINT/MODEL-ID"


class ComparePane(QFrame):
    setupChanged = Signal()
    stopRequested = Signal(int)

    def __init__(self, slot: int, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setObjectName(f"comparePane{LETTERS[slot]}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._name: Optional[str] = None  # None: blind (or not started)
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.model_box = QComboBox()
        self.model_box.setObjectName("paneModel")
        self.browse_button = QPushButton()
        self.ctx_box = QSpinBox()
        self.ctx_box.setRange(256, 131072)
        self.ctx_box.setSingleStep(1024)
        self.ctx_box.setValue(4096)
        self.kv_box = QComboBox()
        self.kv_box.addItems(list(KV_CACHE_TYPES))
        self.temperature_box = QDoubleSpinBox()
        self.temperature_box.setRange(0.0, 2.0)
        self.temperature_box.setSingleStep(0.1)
        self.temperature_box.setValue(SamplingSettings().temperature)
        self.top_p_box = QDoubleSpinBox()
        self.top_p_box.setRange(0.05, 1.0)
        self.top_p_box.setSingleStep(0.05)
        self.top_p_box.setValue(SamplingSettings().top_p)
        self.max_tokens_box = QSpinBox()
        self.max_tokens_box.setRange(16, 32768)
        self.max_tokens_box.setSingleStep(256)
        self.max_tokens_box.setValue(SamplingSettings().max_tokens)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_box, 1)
        model_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.addRow("", model_row)
        self.form.addRow("", self.ctx_box)
        self.form.addRow("", self.kv_box)
        self.form.addRow("", self.temperature_box)
        self.form.addRow("", self.top_p_box)
        self.form.addRow("", self.max_tokens_box)
        self.setup_box = QWidget()
        self.setup_box.setLayout(self.form)
        self.reply_view = QPlainTextEdit()
        self.reply_view.setObjectName("paneReplies")
        self.reply_view.setReadOnly(True)
        self.stats_label = WrappingLabel()
        self.stats_label.setObjectName("paneStats")
        self.stop_button = QPushButton()
        self.stop_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.setup_box)
        layout.addWidget(self.reply_view, 1)
        layout.addWidget(self.stats_label)
        layout.addWidget(self.stop_button)
        self.browse_button.clicked.connect(self._browse)
        self.stop_button.clicked.connect(lambda: self.stopRequested.emit(self.slot))
        for box in (self.ctx_box, self.temperature_box, self.top_p_box, self.max_tokens_box):
            box.valueChanged.connect(lambda _v: self.setupChanged.emit())
        self.kv_box.currentIndexChanged.connect(lambda _i: self.setupChanged.emit())
        self.model_box.currentIndexChanged.connect(lambda _i: self.setupChanged.emit())
        self._stats: Optional[tuple[ReplyStats, int, bool]] = None
        self._remote: dict[str, tuple[Any, Any]] = {}  # item data -> (RemoteEndpoint, RemoteModel)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.browse_button.setText(self.tr("GGUF file…"))
        # The same labels as the chat's own dialogs, with their translations.
        translate = QCoreApplication.translate
        labels = (translate("ModelPicker", "Model:"), translate("LoadSettingsDialog", "Context:"),
                  translate("LoadSettingsDialog", "KV cache:"), translate("SamplingDialog", "Temperature:"),
                  translate("SamplingDialog", "Top-p:"), self.tr("Longest reply (tokens):"))
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(text)
        self.stop_button.setText(self.tr("Stop this pane"))
        self._show_title()
        if self._stats is not None:
            self.show_stats(*self._stats)

    def _show_title(self) -> None:
        letter = LETTERS[self.slot]
        if self._name:
            self.title.setText(self.tr("%1: %2").replace("%1", letter).replace("%2", self._name))
        else:
            self.title.setText(self.tr("Model %1").replace("%1", letter))

    # --- setup ---------------------------------------------------------------------------

    def show_models(self, models: Sequence[Any], remote: Sequence[tuple[Any, Any]] = ()) -> None:
        """The installed GGUFs, then the remote endpoints' models (pairs of endpoint and model)."""
        chosen = self.model_box.currentData()
        self.model_box.blockSignals(True)
        self.model_box.clear()
        for model in models:
            if model.problem is None:
                self.model_box.addItem(f"{model.name} · {model.quantization} · {size_text(model.size)}",
                                       str(model.path))
        self._remote = {}
        label = QCoreApplication.translate("ModelPicker", "%1 · remote · %2")  # as the main picker says it
        for endpoint, model in remote:
            key = f"{REMOTE_DATA}{endpoint.name}/{model.model_id}"
            self._remote[key] = (endpoint, model)
            self.model_box.addItem(label.replace("%1", model.model_id).replace("%2", endpoint.name), key)
        index = self.model_box.findData(chosen) if chosen is not None else -1
        self.model_box.setCurrentIndex(index if index >= 0 else min(self.slot, self.model_box.count() - 1))
        self.model_box.blockSignals(False)
        self.setupChanged.emit()

    def choose_file(self, path: Path) -> None:
        index = self.model_box.findData(str(path))
        if index < 0:
            self.model_box.addItem(path.name, str(path))
            index = self.model_box.count() - 1
        self.model_box.setCurrentIndex(index)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a GGUF model"), "", self.tr("GGUF models (*.gguf)"))
        if name:
            self.choose_file(Path(name))

    def setup(self) -> Optional[PaneSetup]:
        path = self.model_box.currentData()
        if not path:
            return None
        sampling = SamplingSettings(temperature=round(self.temperature_box.value(), 2),
                                    top_p=round(self.top_p_box.value(), 2), max_tokens=self.max_tokens_box.value())
        remote = self._remote.get(path)
        self.ctx_box.setEnabled(remote is None)  # a server's context and cache are its own
        self.kv_box.setEnabled(remote is None)
        if remote is not None:
            return PaneSetup.remote(remote[0], remote[1], sampling)
        return PaneSetup(Path(path), self.ctx_box.value(), self.kv_box.currentText(), sampling)

    # --- the comparison --------------------------------------------------------------------

    def begin(self, name: str) -> None:
        """The comparison starts: the setup is fixed; `name` is "" while blind."""
        self._name = name or None
        self.setup_box.setVisible(False)
        self.reply_view.clear()
        self.stats_label.clear()
        self._stats = None
        self._show_title()

    def end(self) -> None:
        """Back to choosing (a new comparison)."""
        self._name = None
        self.setup_box.setVisible(True)
        self.reply_view.clear()
        self.stats_label.clear()
        self.stop_button.setEnabled(False)
        self._stats = None
        self._show_title()

    def reveal(self, name: str) -> None:
        self._name = name
        self._show_title()

    def add_prompt(self, text: str) -> None:
        self._append(("\n\n" if self.reply_view.toPlainText() else "") + self.tr("You: ") + text + "\n\n")
        self.stop_button.setEnabled(True)

    def add_text(self, text: str) -> None:
        self._append(text)

    def _append(self, text: str) -> None:
        cursor = self.reply_view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.reply_view.setTextCursor(cursor)

    def finish(self, stats: ReplyStats, memory_bytes: int, remote: bool = False) -> None:
        self.stop_button.setEnabled(False)
        self.show_stats(stats, memory_bytes, remote)

    def fail(self, headline: str, detail: str) -> None:
        self.stop_button.setEnabled(False)
        self.stats_label.setText(headline + (f" {detail}" if detail else ""))

    def show_stats(self, stats: ReplyStats, memory_bytes: int, remote: bool = False) -> None:
        self._stats = (stats, memory_bytes, remote)
        memory = self.tr("remote") if remote else size_text(memory_bytes) if memory_bytes else "–"
        text = self.tr("First token %1 s · prompt %2 tokens/s · generation %3 tokens/s · %4 + %5 tokens · memory %6")
        values = (f"{stats.time_to_first_token_s:.2f}", f"{stats.prompt_tokens_per_s:.0f}", f"{stats.tokens_per_s:.1f}",
                  str(stats.prompt_tokens), str(stats.generated_tokens),
                  memory)
        for i, value in reversed(list(enumerate(values, 1))):
            text = text.replace(f"%{i}", value)
        self.stats_label.setText(text)

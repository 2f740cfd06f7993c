"""The model manager (Models > Manage models…): the installed models with the facts of
their GGUF headers (quantization, parameter count, trained context), their real size on
disk and location, Load and Delete (with a confirmation that says how much
space it frees; a referenced file is only forgotten), and the downloads with their
progress, pause, resume and cancel. A view of the ModelsController and DownloadsController.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.controllers.chat_controller import ChatController
from ui.controllers.downloads_controller import DownloadsController
from ui.controllers.models_controller import ModelsController
from ui.error_texts import error_detail, error_headline
from ui.widgets.downloads_panel import DownloadsPanel
from ui.widgets.plan_texts import parameters_text, size_text, tokens_text

FLOAT_TYPES = frozenset({"F32", "F16", "BF16"})  # what llama.cpp's quantizer takes without re-quantizing


class ModelManager(QDialog):
    def __init__(self, models: ModelsController, downloads: DownloadsController, chat: ChatController,
                 load: Callable[[Path], object], parent: Optional[QWidget] = None, *,
                 quantize: Optional[Callable[[Path], object]] = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelManager")
        self.models = models
        self.chat = chat
        self._load = load
        self._quantize = quantize
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("installedTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.load_button = QPushButton()
        self.load_button.setObjectName("managerLoadButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteModelButton")
        self.quantize_button = QPushButton()
        self.quantize_button.setObjectName("quantizeModelButton")
        self.quantize_button.setVisible(quantize is not None)
        self.refresh_button = QPushButton()
        self.message_label = QLabel()
        self.message_label.setObjectName("managerMessage")
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.quantize_button)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.message_label, 1)
        self.installed_group = QGroupBox()
        installed = QVBoxLayout(self.installed_group)
        installed.addWidget(self.table, 1)
        installed.addLayout(buttons)
        self.downloads_group = QGroupBox()
        self.downloads_panel = DownloadsPanel(downloads, load)
        self.no_downloads_label = QLabel()
        box = QVBoxLayout(self.downloads_group)
        box.addWidget(self.no_downloads_label)
        box.addWidget(self.downloads_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.installed_group, 1)
        layout.addWidget(self.downloads_group)

        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.load_selected())
        self.load_button.clicked.connect(self.load_selected)
        self.delete_button.clicked.connect(self.ask_delete)
        self.quantize_button.clicked.connect(self.quantize_selected)
        self.refresh_button.clicked.connect(models.refresh)
        models.installedChanged.connect(self.show_models)
        models.modelDeleted.connect(self._on_deleted)
        models.deleteFailed.connect(self._on_delete_failed)
        downloads.jobChanged.connect(lambda _id: self._show_no_downloads())
        downloads.jobRemoved.connect(lambda _id: self._show_no_downloads())
        downloads.jobFinished.connect(lambda _id: models.refresh())
        chat.modelLoaded.connect(lambda _info: self._update_buttons())
        self.retranslate_ui()
        self.resize(1080, 560)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Models"))
        self.installed_group.setTitle(self.tr("Installed models"))
        self.downloads_group.setTitle(self.tr("Downloads"))
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Quantization"), self.tr("Parameters"),
                                              self.tr("Trained context"), self.tr("Size"), self.tr("Location")])
        self.load_button.setText(self.tr("Load…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.quantize_button.setText(self.tr("Quantize…"))
        self.refresh_button.setText(self.tr("Look again"))
        self.no_downloads_label.setText(self.tr("No downloads. Models > Get a model… offers one that fits."))
        self.show_models()
        self._show_no_downloads()

    def _source_text(self, source: str) -> str:
        return {
            "models_folder": self.tr("Paddock's models folder"),
            "reference": self.tr("used where it is"),
        }.get(source, source)

    def show_models(self) -> None:
        self.table.setRowCount(len(self.models.installed))
        for row, model in enumerate(self.models.installed):
            cells = (model.name, model.quantization,
                     parameters_text(model.parameters) if model.parameters else "?",
                     tokens_text(model.trained_context) if model.trained_context else "?",
                     size_text(model.size), self._source_text(model.source))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    error_detail(model.problem_error) if model.problem_error else model.problem or str(model.path)
                )
                if model.problem:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _show_no_downloads(self) -> None:
        self.no_downloads_label.setVisible(not self.downloads_panel.rows)

    def selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.models.installed):
            return None
        return self.models.installed[rows[0].row()]

    def _is_loaded(self, model) -> bool:  # type: ignore[no-untyped-def]
        info = self.chat.model_info
        return info is not None and Path(info.path).absolute() == Path(model.path).absolute()

    def _update_buttons(self) -> None:
        model = self.selected()
        self.load_button.setEnabled(model is not None and not model.problem)
        self.delete_button.setEnabled(model is not None and not self._is_loaded(model))
        self.delete_button.setToolTip(self.tr("The loaded model cannot be deleted; load another one first")
                                      if model is not None and self._is_loaded(model) else "")
        floating = model is not None and not model.problem and model.quantization.upper() in FLOAT_TYPES
        self.quantize_button.setEnabled(floating)
        self.quantize_button.setToolTip("" if floating or model is None else
                                        self.tr("Only an F32, F16 or BF16 model can be quantized"))

    def load_selected(self) -> None:
        model = self.selected()
        if model is not None and not model.problem:
            self._load(model.path)

    def quantize_selected(self) -> None:
        model = self.selected()
        if model is not None and self._quantize is not None and self.quantize_button.isEnabled():
            self._quantize(model.path)

    def ask_delete(self) -> None:
        model = self.selected()
        if model is None or self._is_loaded(model):
            return
        if model.managed:
            question = self.tr("Delete %1? This frees %2 on disk.").replace("%1", model.name) \
                .replace("%2", size_text(model.size))
        else:
            question = self.tr("Forget %1? The file stays where it is; Paddock stops listing it.") \
                .replace("%1", model.name)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Models"), question, parent=self)
        box.setObjectName("confirmDeleteBox")
        yes = box.addButton(self.tr("Delete") if model.managed else self.tr("Forget"),
                            QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmDeleteButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        yes.clicked.connect(lambda: self.models.delete(model))
        box.finished.connect(box.deleteLater)
        box.open()

    def _on_deleted(self, name: str, freed: int) -> None:
        text = self.tr("%1 deleted: %2 freed.").replace("%2", size_text(freed)) if freed else \
            self.tr("%1 is no longer listed; the file was left where it is.")
        self.message_label.setText(text.replace("%1", name))

    def _on_delete_failed(self, kind: str, detail: str) -> None:
        message = error_headline(kind) + " — " + detail
        self.message_label.setText(message)

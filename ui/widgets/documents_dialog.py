"""The Documents window: collections (attach them to the chat on screen with their check
box), new collection, add files or folders, re-scan, indexing progress with ETA and
cancel, the files not indexed and why, "read whole documents" when they fit, and the
embedding model a collection is indexed and searched with (an installed embedding GGUF,
or one picked from the disk; none: keyword search only, said so).

A view: it calls the DocumentsController and shows what it reports. The file choosers
are attributes so a test can answer them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.controllers.documents_controller import DocumentsController
from ui.error_texts import error_detail

PICK = "\x00pick"  # the box's "Pick a GGUF file…" entry (never a path)
DOWNLOAD = "\x00download:"  # + the offer's index: "Download multilingual-e5-small…"


class DocumentsDialog(QDialog):
    def __init__(self, controller: DocumentsController, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsDialog")
        self.controller = controller
        self.collections = QListWidget()
        self.name_edit = QLineEdit()
        self.add_files_button = QPushButton()
        self.add_folder_button = QPushButton()
        self.rescan_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.progress_label = QLabel()
        self.skipped_label = QLabel()
        self.skipped = QListWidget()
        self.whole = QCheckBox()
        self.model_label = QLabel()
        self.model_box = QComboBox()
        self.model_note = QLabel()
        self.model_note.setObjectName("embeddingModelNote")
        self.model_note.setWordWrap(True)
        self.model_label.setBuddy(self.model_box)
        self._picked = ""  # a GGUF picked from the disk, offered in the box from then on
        self.choose_model_file: Callable[[], str] = self._ask_model_file
        self._offers: list = []  # EmbeddingOffer: the catalog's embedding models
        self._start_download: Optional[Callable[[str, str, str], object]] = None
        self._downloading = ""  # the file name of an offer being downloaded
        self.choose_files: Callable[[], list[str]] = self._ask_files
        self.choose_folder: Callable[[], str] = self._ask_folder
        self._layout()
        self.collections.itemChanged.connect(self._on_checked)
        self.collections.currentItemChanged.connect(lambda *_: self._show_model())
        self.model_box.activated.connect(self._on_model_chosen)
        self.name_edit.textChanged.connect(lambda _text: self._show_model())
        controller.modelsChanged.connect(lambda _models: self._show_model())
        controller.embedProgressed.connect(self.on_embed_progress)
        self.add_files_button.clicked.connect(lambda: self._add(self.choose_files()))
        self.add_folder_button.clicked.connect(lambda: self._add([p] if (p := self.choose_folder()) else []))
        self.rescan_button.clicked.connect(self._rescan)
        self.cancel_button.clicked.connect(controller.cancel)
        self.whole.toggled.connect(controller.set_whole_documents)
        controller.attachedChanged.connect(lambda _names: self._show())
        controller.indexingChanged.connect(self._on_indexing)
        controller.progressed.connect(self.on_progress)
        controller.indexed.connect(self.on_indexed)
        controller.cancelled.connect(self.on_cancelled)
        controller.failed.connect(lambda _kind, detail: self.progress_label.setText(detail))
        self._on_indexing(False)
        self.retranslate_ui()

    def _layout(self) -> None:
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.add_files_button)
        name_row.addWidget(self.add_folder_button)
        name_row.addWidget(self.rescan_button)
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_label)
        model_row.addWidget(self.model_box, 1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.collections, 2)
        layout.addLayout(name_row)
        layout.addLayout(model_row)
        layout.addWidget(self.model_note)
        layout.addWidget(self.whole)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped, 1)
        self.resize(560, 400)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Documents"))
        self.intro.setText(self.tr("Your own documents, indexed on this computer: nothing is sent anywhere. "
                                   "Tick a collection to answer the chat on screen from it."))
        self.name_edit.setPlaceholderText(self.tr("Collection name"))
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_folder_button.setText(self.tr("Add f&older…"))
        self.rescan_button.setText(self.tr("&Re-scan"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.skipped_label.setText(self.tr("Not indexed:"))
        self.model_label.setText(self.tr("&Embedding model:"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show(self) -> None:
        self.collections.blockSignals(True)
        current = self.collections.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.collections.clear()
        for summary in self.controller.collections:
            text = (self.tr("%1: %2 files, %3 passages, %4 tokens").replace("%1", summary.name)
                    .replace("%2", str(summary.files)).replace("%3", str(summary.passages))
                    .replace("%4", str(summary.tokens)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            attached = summary.name in self.controller.attached
            item.setCheckState(Qt.CheckState.Checked if attached else Qt.CheckState.Unchecked)
            self.collections.addItem(item)
            if summary.name == chosen:
                self.collections.setCurrentItem(item)
        self.collections.blockSignals(False)
        tokens = self.controller.tokens_attached()
        self.whole.blockSignals(True)
        self.whole.setText(self.tr("Read whole documents instead of searching them (%1 tokens)")
                           .replace("%1", str(tokens)))
        self.whole.setEnabled(self.controller.fits_whole())
        self.whole.setChecked(self.controller.whole_documents)
        self.whole.blockSignals(False)
        self._show_model()

    # --- the embedding model ------------------------------------------------------------

    def chosen_model(self) -> str:
        """The embedding GGUF shown in the box ("": none, keyword search only)."""
        data = self.model_box.currentData()
        return data if isinstance(data, str) and not data.startswith("\x00") else ""

    def offer_downloads(self, offers: list, start: Callable[[str, str, str], object]) -> None:
        """Offer the catalog's embedding models not installed yet, downloaded through the
        downloads queue by `start(repo, file, label)` (they appear here once installed)."""
        self._offers, self._start_download = list(offers), start
        self._show_model()

    def _show_model(self) -> None:
        """The box and the note for the collection chosen (or the one about to be created)."""
        name = self._target()
        known = any(c.name == name for c in self.controller.collections)
        current = self.controller.model_of(name) if known else self.chosen_model()
        models = list(self.controller.installed_models)
        for extra in (self._picked, current):
            if extra and extra not in models:
                models.append(extra)
        self.model_box.blockSignals(True)
        self.model_box.clear()
        self.model_box.addItem(self.tr("None: keyword search only"), "")
        for path in models:
            self.model_box.addItem(Path(path).name, path)
            self.model_box.setItemData(self.model_box.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        installed = {Path(m).name for m in models}
        for index, offer in enumerate(self._offers):
            if offer.filename not in installed:
                self.model_box.addItem(self.tr("Download %1 (%2 MB)…").replace("%1", offer.name)
                                       .replace("%2", str(round(offer.size / 1e6))), f"{DOWNLOAD}{index}")
        if self._downloading in installed:
            self._downloading = ""
        self.model_box.addItem(self.tr("Pick a GGUF file…"), PICK)
        self.model_box.setCurrentIndex(max(0, self.model_box.findData(current)) if current else 0)
        self.model_box.setEnabled(not self.controller.indexing)
        self.model_box.blockSignals(False)
        if current:
            self.model_note.setText(self.tr("Passages are found by their words and by their meaning (%1), "
                                            "in any of the languages the model knows.")
                                    .replace("%1", Path(current).name))
        else:
            self.model_note.setText(self.tr("Keyword search only: passages are found by the words of the "
                                            "question. Choose an embedding model (multilingual-e5, bge-m3) "
                                            "to also find them by meaning."))
        if self._downloading:
            self.model_note.setText(self.tr("Downloading %1 (see the downloads list): it is offered here "
                                            "once it is in.").replace("%1", self._downloading))

    def _on_model_chosen(self, index: int) -> None:
        model = self.model_box.itemData(index)
        if isinstance(model, str) and model.startswith(DOWNLOAD):
            offer = self._offers[int(model[len(DOWNLOAD):])]
            if self._start_download is not None:
                self._start_download(offer.repo, offer.filename, offer.name)
                self._downloading = offer.filename
            self._show_model()  # the box back to what it was, the note says it is coming
            return
        if model == PICK:
            model = self.choose_model_file()
            if not model:
                self._show_model()  # nothing picked: back to what it was
                return
            self._picked = model
        name = self._target()
        if name and any(c.name == name for c in self.controller.collections):
            self.skipped.clear()
            self.controller.choose_model(name, model)  # saved, and the passages embedded now
        self._show_model_choice(model)

    def _show_model_choice(self, model: str) -> None:
        """Show `model` chosen for a collection not created yet (saved when files are added)."""
        self.model_box.blockSignals(True)
        if model and self.model_box.findData(model) < 0:
            self.model_box.insertItem(self.model_box.count() - 1, Path(model).name, model)
        self.model_box.setCurrentIndex(max(0, self.model_box.findData(model)))
        self.model_box.blockSignals(False)

    def _on_checked(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.controller.attach(name)
        else:
            self.controller.detach(name)

    def _target(self) -> str:
        typed = self.name_edit.text().strip()
        if typed:
            return typed
        current = self.collections.currentItem()
        return current.data(Qt.ItemDataRole.UserRole) if current is not None else ""

    def _add(self, paths: list[str]) -> None:
        name = self._target()
        if not paths or not name or self.controller.indexing:
            return
        self.skipped.clear()
        self.controller.add(name, paths, self.chosen_model())

    def _rescan(self) -> None:
        name = self._target()
        if name and not self.controller.indexing:
            self.skipped.clear()
            self.controller.reindex(name)

    def _on_indexing(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        for button in (self.add_files_button, self.add_folder_button, self.rescan_button, self.model_box):
            button.setEnabled(not busy)
        if not busy:
            self.progress_label.clear()

    def on_progress(self, done: int, total: int, path: str, seconds_left: float) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if seconds_left >= 0:
            self.progress_label.setText(self.tr("%1 of %2 files, about %3 s left")
                                        .replace("%1", str(done)).replace("%2", str(total))
                                        .replace("%3", str(round(seconds_left))))

    def on_embed_progress(self, done: int, total: int, seconds_left: float) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        text = self.tr("Embedding passages: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        if seconds_left >= 0:
            text = self.tr("%1, about %2 s left").replace("%1", text).replace("%2", str(round(seconds_left)))
        self.progress_label.setText(text)

    def on_indexed(self, _name: str, skipped: list) -> None:
        reasons = {"skipped": self.tr("not a kind of file Paddock reads"),
                   "no_text": self.tr("a scanned PDF without text"),
                   "damaged": self.tr("damaged")}
        self.skipped.clear()
        for item in skipped:
            reason = reasons.get(item.status, item.status)
            name = Path(item.path).name
            detail = error_detail(item.note) if item.note is not None else item.detail
            row = QListWidgetItem(f"{name}: {reason} ({detail})" if detail else f"{name}: {reason}")
            row.setToolTip(item.path)
            self.skipped.addItem(row)

    def on_cancelled(self, _name: str) -> None:
        self.progress_label.setText(self.tr("Indexing stopped; the files done so far are kept."))

    def _ask_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documents"))
        return files

    def _ask_model_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an embedding model"), "",
                                              # The model opener's filter, translated once there.
                                              QCoreApplication.translate("ModelOpener",
                                                                         "GGUF models (*.gguf);;All files (*)"))
        return path

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Add a folder of documents"))

"""The first run page: what this computer has, the Llama that suits it and why, every
catalog model x quantization with its fit badge and expected speed at the chosen
context, the licence and the Hugging Face token, and the ways to a model (download,
a GGUF on disk, one found in another app's folder, a Hugging Face folder to convert).

Shown when no model is installed, later from Models > Get a model…. A view: the
ModelsController measures and plans (off the GUI thread); this page renders its records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.controllers.convert_controller import ConvertController
from ui.controllers.downloads_controller import DownloadsController
from ui.controllers.models_controller import DISK_RESERVE_BYTES, ModelsController
from ui.widgets.convert_dialog import ConvertDialog
from ui.widgets.downloads_panel import DownloadsPanel
from ui.widgets.model_opener import ModelOpener
from ui.widgets.plan_texts import (
    FIT_COLOURS,
    FIT_GPU,
    FIT_NONE,
    fit_badge,
    short_tps_text,
    size_text,
    tokens_text,
    tps_text,
)

GRID_CONTEXTS = (4096, 8192, 16384, 32768, 65536, 131072)
DEFAULT_GRID_CONTEXT = 8192
TOKENS_PAGE = "https://huggingface.co/settings/tokens"


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class FirstRunPage(QDialog):
    def __init__(self, models: ModelsController, opener: ModelOpener, downloads: DownloadsController,
                 convert: ConvertController, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        self.models = models
        self.opener = opener
        self.downloads = downloads
        self.convert = convert
        convert.finished.connect(lambda outcome: models.refresh() if outcome == "done" else None)
        self._build()
        self._connect()
        self.retranslate_ui()
        self.resize(860, 720)
        self._ask()
        models.find_external()

    # --- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.welcome_label = _label("welcomeLabel")
        self.hardware_label = _label("hardwareLabel")
        self.hardware_group = QGroupBox()
        QVBoxLayout(self.hardware_group).addWidget(self.hardware_label)

        self.recommendation_label = _label("recommendationLabel")
        self.disk_label = _label("diskLabel")
        self.download_button = QPushButton()
        self.download_button.setObjectName("downloadRecommendationButton")
        self.context_label = QLabel()
        self.context_box = QComboBox()
        self.context_box.setObjectName("gridContextBox")
        for n_ctx in GRID_CONTEXTS:
            self.context_box.addItem("", n_ctx)
        self.context_box.setCurrentIndex(GRID_CONTEXTS.index(DEFAULT_GRID_CONTEXT))
        choose = QHBoxLayout()
        choose.addWidget(self.context_label)
        choose.addWidget(self.context_box)
        choose.addStretch(1)
        self.grid = QTableWidget()
        self.grid.setObjectName("fitGrid")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.downloads_panel = DownloadsPanel(self.downloads, self.opener.ask)
        self.recommend_group = QGroupBox()
        recommend = QVBoxLayout(self.recommend_group)
        offer = QHBoxLayout()
        offer.addWidget(self.recommendation_label, 1)
        offer.addWidget(self.download_button)
        recommend.addLayout(offer)
        recommend.addWidget(self.disk_label)
        recommend.addWidget(self.downloads_panel)
        recommend.addLayout(choose)
        recommend.addWidget(self.grid, 1)

        self.licence_label = _label("licenceLabel")
        self.licence_label.setOpenExternalLinks(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFileButton")
        self.external_box = QComboBox()
        self.external_box.setObjectName("externalBox")
        self.use_external_button = QPushButton()
        self.use_external_button.setObjectName("useExternalButton")
        self.convert_button = QPushButton()
        self.convert_button.setObjectName("convertButton")
        routes = QHBoxLayout()
        routes.addWidget(self.open_button)
        routes.addWidget(self.external_box, 1)
        routes.addWidget(self.use_external_button)
        routes.addWidget(self.convert_button)
        self.routes_group = QGroupBox()
        routes_box = QVBoxLayout(self.routes_group)
        routes_box.addWidget(self.licence_label)
        routes_box.addLayout(routes)

        layout = QVBoxLayout(self)
        layout.addWidget(self.welcome_label)
        layout.addWidget(self.hardware_group)
        layout.addWidget(self.recommend_group, 1)
        layout.addWidget(self.routes_group)

    def _connect(self) -> None:
        self.context_box.currentIndexChanged.connect(lambda _i: self._ask())
        self.open_button.clicked.connect(self._open_file)
        self.use_external_button.clicked.connect(self._use_external)
        self.convert_button.clicked.connect(self._choose_folder)
        self.models.hardwareChanged.connect(self._show_hardware)
        self.models.catalogChanged.connect(self._show_plan)
        self.models.externalChanged.connect(self._show_external)
        self.download_button.clicked.connect(self.download_recommendation)
        self.downloads.jobFinished.connect(lambda _job: self.models.refresh())

    def _ask(self) -> None:
        self.recommendation_label.setText(self.tr("Working out which Llama suits this computer…"))
        self.models.plan_catalog(int(self.context_box.currentData()))

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Get a Llama"))
        self.welcome_label.setText(self.tr(
            "<h2>Welcome to Paddock</h2>Paddock runs Llama models on this computer; nothing you type leaves it. "
            "First you need a model: here is what fits."))
        self.hardware_group.setTitle(self.tr("This computer"))
        self.recommend_group.setTitle(self.tr("The Llama that suits it"))
        self.routes_group.setTitle(self.tr("Licence and other ways to a model"))
        self.context_label.setText(self.tr("Plan for a context of:"))
        for index, n_ctx in enumerate(GRID_CONTEXTS):
            self.context_box.setItemText(index, tokens_text(n_ctx))
        self.download_button.setText(self.tr("Download it"))
        self._show_download_button()
        self.open_button.setText(self.tr("Open a GGUF file…"))
        self.use_external_button.setText(self.tr("Use this one"))
        self.convert_button.setText(self.tr("Convert a Hugging Face folder…"))
        self.convert_button.setToolTip(self.tr("A folder with config.json, tokenizer and .safetensors files"))
        self.external_box.setToolTip(self.tr("GGUF models found in the Hugging Face cache, LM Studio and Ollama"))
        self._show_licence()
        self._show_hardware()
        self._show_plan()
        self._show_external()

    def _show_licence(self) -> None:
        families = {e.licence.licence: e.licence.licence_url for e in self.models.catalog.chat_models if e.licence}
        links = ", ".join(f"<a href='{url}'>{name}</a>" for name, url in families.items())
        self.licence_label.setText(
            self.tr("Meta's Llama models come under their community licences: %1. Using a model means accepting "
                    "its licence.").replace("%1", links)
            + "<br>"
            + self.tr("Paddock downloads ready-made GGUF files from community repositories that need no account. "
                      "Meta's own repositories are gated: accept the licence on huggingface.co, create a token "
                      "with read access at <a href='%1'>%1</a> and set it as HF_TOKEN before starting Paddock.")
            .replace("%1", TOKENS_PAGE))

    def hardware_text(self) -> str:
        hw = self.models.hardware
        if hw is None:
            return self.tr("Measuring this computer…")
        locale = QLocale()
        lines = [self.tr("Memory: %1 in total, %2 free now.").replace("%1", size_text(hw.ram_total))
                 .replace("%2", size_text(hw.ram_available))]
        if hw.cgroup_limit is not None:
            lines.append(self.tr("Paddock may use at most %1 here (a limit set for this session); %2 of it is free.")
                         .replace("%1", size_text(hw.cgroup_limit)).replace("%2", size_text(hw.usable_ram)))
        lines.append(self.tr("Processor: %1, %2 cores.").replace("%1", hw.cpu_name)
                     .replace("%2", locale.toString(hw.physical_cores)))
        for gpu in hw.gpus:
            memory = size_text(gpu.total_bytes)
            if gpu.unified_memory:
                line = self.tr("Graphics: %1, sharing the computer's memory (up to %2).")
            elif gpu.free_bytes is not None:
                line = self.tr("Graphics: %1 with %2 of video memory (%3 free).").replace("%3", size_text(gpu.free_bytes))
            else:
                line = self.tr("Graphics: %1 with %2 of video memory.")
            line = line.replace("%1", gpu.name).replace("%2", memory)
            if hw.gpu_offload_supported:
                line += " " + self.tr("Paddock's llama.cpp can use it.")
            elif hw.gpu_offload_supported is None:
                line += " " + self.tr("Whether Paddock's llama.cpp can use it is unknown.")
            else:
                line += " " + self.tr("Paddock's llama.cpp was built for the CPU only, so it is not used.")
            lines.append(line)
        if not hw.gpus:
            lines.append(self.tr("No graphics card that llama.cpp could use was found: models run on the processor."))
        return "<br>".join(lines)

    def _show_hardware(self) -> None:
        self.hardware_label.setText(self.hardware_text())

    def recommendation_text(self) -> str:
        rec = self.models.recommendation
        if self.models.grid_context == 0:
            return self.tr("Working out which Llama suits this computer…")
        if rec is None:
            return self.tr("No Llama in the catalog fits in the memory that is free now at this context. Close other "
                           "programs or choose a shorter context.")
        result = rec.result
        hw = self.models.hardware
        on_gpu = result.fit.value == FIT_GPU and result.gpu is not None
        if on_gpu:
            pool, spare = result.gpu.total_bytes, result.vram_budget - result.plan.gpu_needed
            memory = self.tr("It fits in the %1 of video memory with %2 to spare")
        else:
            pool = hw.ram_total if hw is not None else result.ram_budget
            spare = result.ram_budget - result.plan.ram_needed
            memory = self.tr("It fits in your %1 of memory with %2 to spare")
        reason = memory.replace("%1", size_text(pool)).replace("%2", size_text(max(0, spare)))
        speed = result.speed.generation_tps if result.speed else None
        if speed:
            reason += self.tr(", writing %1.").replace("%1", tps_text(speed))
        else:
            reason += "."
        title = (self.tr("Recommended: <b>%1</b>, %2, with a context of %3.")
                 .replace("%1", rec.entry.name).replace("%2", rec.quant).replace("%3", tokens_text(rec.n_ctx)))
        longest = self.tr("The longest context that fits: %1.").replace("%1", tokens_text(rec.max_context))
        return f"{title}<br>{reason} {longest}"

    def _show_plan(self) -> None:
        self.recommendation_label.setText(self.recommendation_text())
        self._show_download_button()
        cells = self.models.grid
        entries = [e for e in self.models.catalog.chat_models]
        quants = list(self.models.catalog.quants)
        self.grid.setRowCount(len(entries))
        self.grid.setColumnCount(len(quants))
        self.grid.setHorizontalHeaderLabels(quants)
        self.grid.setVerticalHeaderLabels([e.name for e in entries])
        by_key = {(c.model_id, c.quant): c for c in cells}
        rec = self.models.recommendation
        # Sized to their contents once filled: sized per item, the fill took ~30 ms (48 cells).
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for row, entry in enumerate(entries):
            for column, quant in enumerate(quants):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell = by_key.get((entry.id, quant))
                if cell is None:
                    item.setText("–")
                else:
                    fit = cell.result.fit.value
                    text = fit_badge(fit) + "\n" + size_text(cell.file_bytes)
                    speed = cell.result.speed.generation_tps if cell.result.speed else None
                    if fit != FIT_NONE and speed:
                        text += "\n" + short_tps_text(speed)
                    item.setText(text)
                    item.setForeground(QBrush(QColor(FIT_COLOURS[fit])))
                    if rec is not None and rec.entry.id == entry.id and rec.quant == quant:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                        item.setBackground(QBrush(QColor("#e6f2e9")))
                self.grid.setItem(row, column, item)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measured from the item font, which underestimates the taller lines of the
        # Devanagari and Thai fallback fonts: a quarter more keeps every line visible.
        self.grid.resizeRowsToContents()
        for row in range(self.grid.rowCount()):
            self.grid.setRowHeight(row, self.grid.rowHeight(row) * 5 // 4)

    def _show_external(self) -> None:
        self.external_box.clear()
        usable = [m for m in self.models.external if not m.problem]
        if not usable:
            self.external_box.addItem(self.tr("No GGUF model found in other apps' folders"), None)
        for model in usable:
            self.external_box.addItem(f"{model.name} · {model.quantization} · {size_text(model.size)}", model.path)
        self.use_external_button.setEnabled(bool(usable))

    # --- intents -------------------------------------------------------------------------

    def _recommended_download(self):  # type: ignore[no-untyped-def]
        rec = self.models.recommendation
        return rec.entry.download(rec.quant) if rec is not None else None

    def _recommended_size(self) -> Optional[int]:
        rec = self.models.recommendation
        if rec is None:
            return None
        return next((c.file_bytes for c in self.models.grid if (c.model_id, c.quant) == (rec.entry.id, rec.quant)),
                    None)

    def disk_text(self) -> str:
        """Said before the download starts: its size and the free space on the disk."""
        size, free = self._recommended_size(), self.models.free_disk_bytes()
        if size is None or free is None or self._recommended_download() is None:
            return ""
        if free - size < DISK_RESERVE_BYTES:
            return self.tr("Not enough disk space for it: %1 to download, %2 free. Free some space first.") \
                .replace("%1", size_text(size)).replace("%2", size_text(free))
        return self.tr("%1 to download; %2 free on the disk.").replace("%1", size_text(size)) \
            .replace("%2", size_text(free))

    def _show_download_button(self) -> None:
        found = self._recommended_download()
        size, free = self._recommended_size(), self.models.free_disk_bytes()
        room = size is None or free is None or free - size >= DISK_RESERVE_BYTES
        self.download_button.setEnabled(found is not None and room)
        self.disk_label.setText(self.disk_text())
        self.download_button.setToolTip(
            self.tr("From %1 (no account needed)").replace("%1", found.repo) if found is not None
            else self.tr("No ready-made file of this one: convert the Hugging Face model and quantize it"))

    def download_recommendation(self) -> None:
        rec, found = self.models.recommendation, self._recommended_download()
        if rec is not None and found is not None:
            self.downloads.start(found.repo, found.parts[0], f"{rec.entry.name} {rec.quant}")

    def _open_file(self) -> None:
        self.opener.choose_file()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Convert a Hugging Face folder…"), str(Path.home()))
        if folder:
            self.convert_folder(Path(folder))

    def convert_folder(self, folder: Path) -> Optional[ConvertDialog]:
        """Convert `folder` (a Hugging Face Llama checkpoint) and show its progress."""
        if self.convert.running:
            return None
        dialog = ConvertDialog(self.convert, self.opener.ask, self)
        dialog.finished.connect(dialog.deleteLater)
        self.convert.start(folder)
        dialog.open()
        return dialog

    def _use_external(self) -> None:
        path = self.external_box.currentData()
        if path is not None:
            self.opener.ask(path)

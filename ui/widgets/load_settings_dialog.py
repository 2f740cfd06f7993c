"""The load settings dialog: context, KV cache, flash attention and GPU layers, each with
its live cost beside it (memory needed and available, the fit verdict, expected speed,
the time to read a full context).

A view: every change asks the ModelsController what the settings cost (planned off the
GUI thread, coalesced) and shows the answer when it comes. A choice that does not fit
keeps Load disabled until "Load anyway" is ticked; the planner's alternatives are
buttons that apply themselves. Used wherever a model is loaded (Open model…, the model
picker, the first run page).
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.engine.settings import DEFAULT_CONTEXT, KV_CACHE_TYPES, LoadSettings
from ui.controllers.models_controller import MIN_CONTEXT, ModelFacts, ModelsController
from ui.error_texts import error_headline
from ui.widgets.plan_texts import (
    FIT_COLOURS,
    FIT_NONE,
    duration_text,
    fit_sentence,
    parameters_text,
    size_text,
    tokens_text,
    tps_text,
)

AUTO_LAYERS = -1  # the GPU layers box's "planner's choice"


def context_steps(trained: int, low: int = MIN_CONTEXT) -> list[int]:
    """The slider's stops: powers of two from `low` up to the trained context (itself
    the last stop when it is not a power of two)."""
    top = max(16, trained)
    steps, n = [], min(low, top)
    while n < top:
        steps.append(n)
        n *= 2
    return steps + [top]


class LoadSettingsDialog(QDialog):
    def __init__(self, models: ModelsController, path: Path, n_ctx: int = DEFAULT_CONTEXT,
                 parent: Optional[QWidget] = None, *, kv_type: str = "f16", threads: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("loadSettingsDialog")
        self.models = models
        self.path = Path(path)
        self._threads = threads  # 0: LoadSettings' default (one per physical core)
        self.facts: Optional[ModelFacts] = None
        self._wanted_context = n_ctx
        self._steps: list[int] = [n_ctx]
        self._fix_buttons: list[QPushButton] = []
        self._build()
        self.kv_box.setCurrentIndex(max(0, self.kv_box.findData(kv_type)))
        self._on_kv_changed(self.kv_box.currentIndex())  # flash attention follows a quantized default
        self._connect()
        self.retranslate_ui()
        self._set_enabled(False)
        models.plan_model(self.path)

    # --- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.model_label = QLabel()
        self.model_label.setWordWrap(True)
        self.model_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.context_slider = QSlider(Qt.Orientation.Horizontal)
        self.context_slider.setObjectName("contextSlider")
        self.context_slider.setPageStep(1)
        self.context_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.context_box = QSpinBox()
        self.context_box.setObjectName("contextBox")
        self.context_box.setSingleStep(256)
        self.context_box.setGroupSeparatorShown(True)
        self.context_box.setKeyboardTracking(False)  # plan the typed number once it is complete
        context = QHBoxLayout()
        context.addWidget(self.context_slider, 1)
        context.addWidget(self.context_box)
        self.kv_box = QComboBox()
        self.kv_box.setObjectName("kvBox")
        for kv in KV_CACHE_TYPES:
            self.kv_box.addItem(kv, kv)
        self.flash_box = QCheckBox()
        self.flash_box.setObjectName("flashAttentionBox")
        self.layers_box = QSpinBox()
        self.layers_box.setObjectName("gpuLayersBox")
        self.layers_box.setMinimum(AUTO_LAYERS)
        self.settings_form = QFormLayout()
        self.settings_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.settings_labels, (context, self.kv_box, self.flash_box, self.layers_box)):
            self.settings_form.addRow(label, field)
        self.settings_group = QGroupBox()
        self.settings_group.setLayout(self.settings_form)

        self.figures: dict[str, QLabel] = {}
        self.cost_labels: list[QLabel] = []
        self.cost_form = QFormLayout()
        for key in ("weights", "kv_cache", "compute", "needed", "available", "prompt", "generation", "full_context"):
            label = QLabel()
            label.setObjectName(f"cost_{key}")
            label.setWordWrap(True)
            self.figures[key] = label
            self.cost_labels.append(QLabel())
            self.cost_form.addRow(self.cost_labels[-1], label)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.fixes_label = QLabel()
        self.fixes_label.setWordWrap(True)
        self.fixes_layout = QVBoxLayout()
        self.quant_label = QLabel()
        self.quant_label.setObjectName("quantFixLabel")
        self.quant_label.setWordWrap(True)
        cost = QVBoxLayout()
        cost.addLayout(self.cost_form)
        cost.addWidget(self.verdict_label)
        cost.addWidget(self.fixes_label)
        cost.addLayout(self.fixes_layout)
        cost.addWidget(self.quant_label)
        cost.addStretch(1)
        self.cost_group = QGroupBox()
        self.cost_group.setLayout(cost)

        columns = QHBoxLayout()
        columns.addWidget(self.settings_group, 1)
        columns.addWidget(self.cost_group, 1)
        self.anyway_box = QCheckBox()
        self.anyway_box.setObjectName("loadAnywayBox")
        self.buttons = QDialogButtonBox()
        self.load_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.load_button.setObjectName("loadButton")
        self.load_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.model_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.anyway_box)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.context_slider.valueChanged.connect(self._on_slider)
        self.context_box.valueChanged.connect(self._on_context_typed)
        self.kv_box.currentIndexChanged.connect(self._on_kv_changed)
        self.flash_box.toggled.connect(lambda _on: self._replan())
        self.layers_box.valueChanged.connect(lambda _n: self._replan())
        self.anyway_box.toggled.connect(lambda _on: self._update_load_button())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        m = self.models
        m.modelRead.connect(self._on_model_read)
        m.modelReadFailed.connect(self._on_model_failed)
        m.costChanged.connect(self._show_cost)

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Load settings"))
        self.settings_group.setTitle(self.tr("Settings"))
        self.cost_group.setTitle(self.tr("What it costs"))
        labels = (self.tr("Context:"), self.tr("KV cache:"), "", self.tr("GPU layers:"))
        for label, text in zip(self.settings_labels, labels):
            label.setText(text)
        self.context_box.setSuffix(self.tr(" tokens"))
        self.context_box.setToolTip(self.tr("How much of the conversation the model can see at once"))
        self.kv_box.setToolTip(self.tr("q8_0 and q4_0 store the context in less memory (q8_0 loses almost nothing)"))
        self.flash_box.setText(self.tr("Flash attention"))
        self.layers_box.setSpecialValueText(self.tr("Planner's choice"))
        self.layers_box.setToolTip(self.tr("Layers run on the GPU; the rest run on the CPU from RAM"))
        names = (self.tr("Weights:"), self.tr("KV cache:"), self.tr("Compute buffers:"), self.tr("Memory needed:"),
                 self.tr("Memory available:"), self.tr("Reading the prompt:"), self.tr("Writing the reply:"),
                 self.tr("Reading a full context:"))
        for label, text in zip(self.cost_labels, names):
            label.setText(text)
        self.fixes_label.setText(self.tr("What would fit instead:"))
        self.anyway_box.setText(self.tr("Load anyway (it may be very slow or fail)"))
        self.load_button.setText(self.tr("Load"))
        self._show_facts()
        self._update_flash_note()
        if self.models.cost is not None and self.facts is not None:
            self._show_cost(self.models.cost)
        else:
            self._show_waiting()

    def _show_facts(self) -> None:
        f = self.facts
        if f is None:
            self.model_label.setText(self.tr("Reading %1…").replace("%1", self.path.name))
            return
        self.model_label.setText(
            self.tr("<b>%1</b> · %2 · %3 · %4 · trained for %5")
            .replace("%1", f.name or self.path.name).replace("%2", f.file_type).replace("%3", size_text(f.file_bytes))
            .replace("%4", parameters_text(f.parameters)).replace("%5", tokens_text(f.trained_context)))

    def _show_waiting(self) -> None:
        for label in self.figures.values():
            label.setText("…")
        self.verdict_label.setText(self.tr("Planning…"))

    def _update_flash_note(self) -> None:
        quantized = self.kv_box.currentData() != "f16"
        self.flash_box.setToolTip(self.tr("A quantized KV cache needs flash attention: it is turned on with it")
                                  if quantized else self.tr("Uses less memory for long contexts"))

    # --- the settings --------------------------------------------------------------------

    def settings(self) -> LoadSettings:
        """The settings to load with (the planner's GPU layers when it chooses)."""
        layers = self.layers_box.value()
        if layers == AUTO_LAYERS:
            cost = self.models.cost
            layers = cost.settings.n_gpu_layers if cost is not None else 0
        return self._asked(layers)

    @property
    def force(self) -> bool:
        """Loading past the planner's refusal, by the person's explicit choice."""
        return self.anyway_box.isChecked()

    def _asked(self, layers: Optional[int] = None) -> LoadSettings:
        asked = LoadSettings(model_path=self.path, n_ctx=self.context_box.value(),
                             kv_cache_type=str(self.kv_box.currentData()), flash_attention=self.flash_box.isChecked(),
                             n_gpu_layers=max(0, self.layers_box.value()) if layers is None else layers)
        return replace(asked, n_threads=self._threads) if self._threads > 0 else asked

    def _replan(self) -> None:
        if self.facts is None:
            return
        self._show_waiting()
        self._update_load_button()
        self.models.plan_settings(self._asked(), self.layers_box.value() == AUTO_LAYERS)

    def set_context(self, n_ctx: int) -> None:
        self.context_box.setValue(n_ctx)  # the slider follows in _on_context_typed

    def _on_slider(self, index: int) -> None:
        value = self._steps[max(0, min(index, len(self._steps) - 1))]
        if value != self.context_box.value():
            self.context_box.setValue(value)

    def _on_context_typed(self, value: int) -> None:
        nearest = min(range(len(self._steps)), key=lambda i: abs(self._steps[i] - value))
        self.context_slider.blockSignals(True)
        self.context_slider.setValue(nearest)
        self.context_slider.blockSignals(False)
        self._replan()

    def _on_kv_changed(self, _index: int) -> None:
        quantized = self.kv_box.currentData() != "f16"
        self.flash_box.blockSignals(True)
        if quantized:
            self.flash_box.setChecked(True)  # as the engine does: a quantized V cache needs it
        self.flash_box.setEnabled(not quantized)
        self.flash_box.blockSignals(False)
        self._update_flash_note()
        self._replan()

    def _set_enabled(self, enabled: bool) -> None:
        self.settings_group.setEnabled(enabled)
        self.anyway_box.setEnabled(enabled)
        self._update_load_button()

    def _update_load_button(self) -> None:
        cost = self.models.cost
        ready = self.facts is not None and cost is not None and not self.models.pending
        fits = ready and cost is not None and cost.fits
        self.load_button.setEnabled(bool(self.facts is not None and (self.force or (ready and fits))))

    # --- answers from the controller ------------------------------------------------------

    def _on_model_read(self, facts: ModelFacts) -> None:
        self.facts = facts
        self._steps = context_steps(facts.trained_context)
        low, high = self._steps[0], self._steps[-1]
        for widget in (self.context_slider, self.context_box):
            widget.blockSignals(True)
        self.context_slider.setRange(0, len(self._steps) - 1)
        self.context_box.setRange(min(low, high), high)
        self.context_box.setValue(max(low, min(self._wanted_context, high)))
        self.layers_box.setMaximum(facts.n_layer + 1)
        self.layers_box.setValue(AUTO_LAYERS)
        for widget in (self.context_slider, self.context_box):
            widget.blockSignals(False)
        self._on_context_typed(self.context_box.value())
        self._show_facts()
        self._set_enabled(True)

    def _on_model_failed(self, kind: str, detail: str) -> None:
        message = f"<b>{html.escape(error_headline(kind))}</b><br>{html.escape(detail)}"  # a translated headline over the English detail
        self.model_label.setText(message)
        self.verdict_label.setText("")
        self._set_enabled(False)

    def _show_cost(self, cost: object) -> None:
        if self.facts is None:
            return
        c = cost
        locale = QLocale()
        f = self.figures
        f["weights"].setText(size_text(c.weights))
        f["kv_cache"].setText(size_text(c.kv_cache))
        f["compute"].setText(size_text(c.compute))
        needed = self.tr("%1 of RAM").replace("%1", size_text(c.plan.ram_needed))
        available = self.tr("%1 of RAM (%2 after keeping some free)").replace("%1", size_text(c.ram_available)) \
            .replace("%2", size_text(c.ram_budget))
        if c.plan.gpu_needed:
            needed += " · " + self.tr("%1 of VRAM").replace("%1", size_text(c.plan.gpu_needed))
        if c.gpu_name:
            available += " · " + self.tr("%1 of VRAM on %2").replace("%1", size_text(c.vram_available)) \
                .replace("%2", c.gpu_name)
        f["needed"].setText(needed)
        f["available"].setText(available)
        fits = c.fit.value != FIT_NONE
        f["prompt"].setText(tps_text(c.prompt_tps) if fits else "–")
        f["generation"].setText(tps_text(c.generation_tps) if fits else "–")
        f["full_context"].setText(duration_text(c.full_context_s) if fits else "–")
        verdict = fit_sentence(c.fit.value, c.settings.n_gpu_layers, self.facts.n_layer, c.gpu_name)
        coloured = f"<b style='color:{FIT_COLOURS[c.fit.value]}'>{verdict}</b>"
        self.verdict_label.setText(coloured)
        no_gpu = not c.gpu_name and self.layers_box.value() == AUTO_LAYERS
        self.layers_box.setEnabled(not no_gpu)  # nothing to place on a GPU this llama.cpp cannot use
        self.layers_box.setToolTip(self.tr("No GPU that this llama.cpp build can use: every layer runs on the CPU")
                                   if no_gpu else self.tr("Layers run on the GPU; the rest run on the CPU from RAM"))
        if self.layers_box.value() == AUTO_LAYERS and c.gpu_name:
            self.layers_box.setSpecialValueText(
                self.tr("Planner's choice (%1)").replace("%1", locale.toString(c.settings.n_gpu_layers)))
        self._show_fixes(c)
        self._update_load_button()

    def _show_fixes(self, cost: object) -> None:
        for button in self._fix_buttons:
            button.deleteLater()
        self._fix_buttons = []
        self.quant_label.setText("")
        for fix in cost.fixes:
            if fix.kind == "quant":
                self.quant_label.setText(
                    self.tr("A smaller file of this model would fit: %1 (needs %2).")
                    .replace("%1", fix.quant).replace("%2", size_text(fix.ram_needed)))
                continue
            button = QPushButton(self._fix_text(fix))
            button.setObjectName(f"fix_{fix.kind}")
            button.clicked.connect(lambda _checked=False, fix=fix: self.apply_fix(fix))
            self.fixes_layout.addWidget(button)
            self._fix_buttons.append(button)
        self.fixes_label.setVisible(bool(cost.fixes))

    def _fix_text(self, fix: object) -> str:
        s = fix.settings
        if fix.kind == "kv_type":
            return self.tr("Use a %1 KV cache (same context)").replace("%1", s.kv_type)
        if fix.kind == "flash_attention":
            return self.tr("Turn flash attention on (same context)")
        if fix.kind == "context":
            return self.tr("Shorten the context to %1").replace("%1", tokens_text(s.n_ctx))
        return self.tr("Run on the CPU only (no GPU layers)")

    def apply_fix(self, fix: object) -> None:
        s = fix.settings
        if fix.kind == "kv_type":
            self.kv_box.setCurrentIndex(self.kv_box.findData(s.kv_type))
        elif fix.kind == "flash_attention":
            self.flash_box.setChecked(True)
        elif fix.kind == "context":
            self.set_context(s.n_ctx)
        elif fix.kind == "cpu_only":
            self.layers_box.setValue(0)

"""The settings of the conversation on screen: its system prompt and its sampling
(temperature, top-p, top-k, min-p, repeat penalty, reply limit, seed). Applied to the
next reply without a reload and saved with the conversation (ChatController)."""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.engine.settings import SamplingSettings
from ui.widgets.prompt_presets import PromptPresets

NO_SEED = -1  # the seed box's "random" value


def _decimal(lowest: float, highest: float, step: float, decimals: int = 2) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lowest, highest)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    return box


class SamplingDialog(QDialog):
    def __init__(self, sampling: SamplingSettings, defaults: SamplingSettings,
                 parent: Optional[QWidget] = None, system_prompt: str = "",
                 default_prompt: Optional[Callable[[], str]] = None) -> None:
        super().__init__(parent)
        self.setObjectName("samplingDialog")
        self._defaults = defaults
        self.temperature = _decimal(0.0, 2.0, 0.05)
        self.top_p = _decimal(0.0, 1.0, 0.05)
        self.top_k = QSpinBox()
        self.top_k.setRange(0, 1000)
        self.min_p = _decimal(0.0, 1.0, 0.01)
        self.repeat_penalty = _decimal(1.0, 2.0, 0.05)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(16, 131072)
        self.max_tokens.setSingleStep(256)
        self.max_tokens.setGroupSeparatorShown(True)
        self.seed = QSpinBox()
        self.seed.setRange(NO_SEED, 2**31 - 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.system_prompt_label = QLabel()
        self.system_prompt_label.setWordWrap(True)
        self.system_prompt = QPlainTextEdit(system_prompt)
        self.system_prompt.setObjectName("systemPrompt")
        self.system_prompt.setMaximumHeight(90)
        self.system_prompt_label.setBuddy(self.system_prompt)
        self.presets = PromptPresets(self.system_prompt, default_prompt or (lambda: system_prompt))
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(7)]
        for label, box in zip(self._labels, (self.temperature, self.top_p, self.top_k, self.min_p,
                                             self.repeat_penalty, self.max_tokens, self.seed)):
            label.setBuddy(box)
            self.form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.show_sampling(self._defaults))
        layout = QVBoxLayout(self)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.system_prompt_label, 1)
        prompt_row.addWidget(self.presets)
        layout.addLayout(prompt_row)
        layout.addWidget(self.system_prompt)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.show_sampling(sampling)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sampling settings of this chat"))
        self.system_prompt_label.setText(self.tr("System prompt (what the model reads before the conversation):"))
        texts = (self.tr("Temperature:"), self.tr("Top-p:"), self.tr("Top-k:"), self.tr("Min-p:"),
                 self.tr("Repeat penalty:"), self.tr("Reply limit (tokens):"), self.tr("Seed:"))
        for label, text in zip(self._labels, texts):
            label.setText(text)
        self.seed.setSpecialValueText(self.tr("random"))
        # Paddock's own words: Qt has no Hindi or Thai text for this standard button.
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(self.tr("Restore defaults"))
        self.note.setText(self.tr("Lower temperature: steadier, more predictable replies. The same seed and "
                                  "settings give the same reply. Restore Defaults sets Meta's recommended "
                                  "values for Llama 3.1 Instruct."))

    def show_sampling(self, sampling: SamplingSettings) -> None:
        self.temperature.setValue(sampling.temperature)
        self.top_p.setValue(sampling.top_p)
        self.top_k.setValue(sampling.top_k)
        self.min_p.setValue(sampling.min_p)
        self.repeat_penalty.setValue(sampling.repeat_penalty)
        self.max_tokens.setValue(sampling.max_tokens)
        self.seed.setValue(NO_SEED if sampling.seed is None else sampling.seed)

    def sampling(self) -> SamplingSettings:
        seed = self.seed.value()
        return SamplingSettings(
            temperature=round(self.temperature.value(), 2), top_p=round(self.top_p.value(), 2),
            top_k=self.top_k.value(), min_p=round(self.min_p.value(), 2),
            repeat_penalty=round(self.repeat_penalty.value(), 2), max_tokens=self.max_tokens.value(),
            seed=None if seed == NO_SEED else seed,
        )

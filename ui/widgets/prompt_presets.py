"""System prompt presets for the chat settings dialog: a few ready prompts (a helpful
assistant, concise answers, a translator, a programmer), written in the person's
interface language. Choosing one fills the dialog's system prompt box, which the person
may still edit; the prompt is then saved with the conversation (and in its export) like
one typed by hand."""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

# Stored nowhere: only the prompt text is saved. The order is the menu's.
PRESET_KEYS = ("choose", "default", "concise", "translator", "coder")


class PromptPresets(QComboBox):
    """Fills `target` with the chosen preset; `default_prompt` gives the default one."""

    def __init__(self, target: QPlainTextEdit, default_prompt: Callable[[], str],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptPresets")
        self._target = target
        self._default_prompt = default_prompt
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)  # long names in some languages: elided, never widening the dialog
        self.retranslate_ui()
        self.activated.connect(self._chosen)

    def names(self) -> dict[str, str]:
        return {
            "choose": self.tr("Presets…"),
            "default": self.tr("Helpful assistant (default)"),
            "concise": self.tr("Concise"),
            "translator": self.tr("Translator"),
            "coder": self.tr("Programmer"),
        }

    def prompt(self, key: str) -> str:
        """The preset's text in the interface language (the default one is Paddock's own)."""
        if key == "default":
            return self._default_prompt()
        return {
            "concise": self.tr("You are a helpful assistant. Answer briefly and to the point, in a few "
                               "sentences at most, unless the user asks for more detail."),
            "translator": self.tr("You are a translator. Translate what the user writes: into English if it "
                                  "is in another language, otherwise into the language the user names. Reply "
                                  "with the translation only."),
            "coder": self.tr("You are an expert programmer. Give correct, idiomatic code in Markdown code "
                             "blocks with the language named, and explain briefly what it does."),
        }[key]

    def choose(self, key: str) -> None:
        self._chosen(PRESET_KEYS.index(key))

    def _chosen(self, index: int) -> None:
        key = PRESET_KEYS[index]
        if key != "choose":
            self._target.setPlainText(self.prompt(key))
        self.setCurrentIndex(0)

    def retranslate_ui(self) -> None:
        names = self.names()
        self.clear()
        self.addItems([names[key] for key in PRESET_KEYS])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

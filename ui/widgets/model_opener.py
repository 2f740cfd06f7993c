"""Every way into a model goes through here (Open model…, the model picker, the first
run page, a file named on the command line): the load settings dialog shows what the
choice costs, and Load hands the chosen settings to the chat controller, whose engine
runs the planner's fit check once more (memory may have changed meanwhile) unless the
person ticked "Load anyway".
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.controllers.chat_controller import ChatController
from ui.controllers.models_controller import ModelsController
from ui.controllers.settings_controller import SettingsController
from ui.widgets.load_settings_dialog import LoadSettingsDialog


class ModelOpener(QObject):
    def __init__(self, chat: ChatController, models: ModelsController, settings: SettingsController,
                 window: QWidget) -> None:
        super().__init__(window)
        self.chat = chat
        self.models = models
        self.settings = settings
        self.window = window
        self.dialog: Optional[LoadSettingsDialog] = None  # the one open now

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a GGUF model"), str(Path.home()), self.tr("GGUF models (*.gguf);;All files (*)")
        )
        if path:
            self.ask(Path(path))

    def ask(self, path: Path) -> Optional[LoadSettingsDialog]:
        """Show the load settings for `path` (window-modal); None while a load is running."""
        if self.chat.busy:
            return None
        if self.dialog is not None:
            self.dialog.reject()
        s = self.settings
        dialog = self.dialog = LoadSettingsDialog(self.models, Path(path), s.settings.default_context, self.window,
                                                  kv_type=s.settings.kv_type, threads=s.threads)
        dialog.accepted.connect(lambda: self.chat.load_with(dialog.settings(), force=dialog.force))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: LoadSettingsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

"""The model windows, put into the main window with a few lines: the "Models" menu, the
model picker tool bar, the load settings dialog behind every way of opening a model,
the first run page (shown when no model is installed, later from the menu) and the
model manager.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PySide6.QtWidgets import QMainWindow

from ui.controllers.chat_controller import ChatController
from ui.controllers.context_choice import planner_check
from ui.controllers.convert_controller import ConvertController
from ui.controllers.downloads_controller import DownloadsController
from ui.controllers.models_controller import ModelsController
from ui.controllers.quantize_controller import QuantizeController
from ui.controllers.remote_controller import RemoteController
from ui.controllers.serve_controller import ServeController
from ui.controllers.settings_controller import SettingsController
from ui.widgets.first_run_page import FirstRunPage
from ui.widgets.model_manager import ModelManager
from ui.widgets.model_opener import ModelOpener
from ui.widgets.model_picker import ModelPicker
from ui.widgets.models_menu import ModelsMenu, install_models_menu
from ui.widgets.quantize_dialog import QuantizeDialog
from ui.widgets.serve_group import ServeGroup
from ui.widgets.settings_dialog import SettingsDialog


@dataclass
class ModelsUi:
    window: QMainWindow
    chat: ChatController
    models: ModelsController
    downloads: DownloadsController
    settings: SettingsController
    convert: ConvertController
    opener: ModelOpener
    menu: ModelsMenu
    picker: ModelPicker
    first_run: Optional[FirstRunPage] = None
    manager: Optional[ModelManager] = None
    quantize: Optional[QuantizeController] = None
    quantize_dialog: Optional[QuantizeDialog] = None
    remote: Optional[RemoteController] = None
    _first_run_wanted: bool = False
    serve: Optional[ServeController] = None  # the settings' local API switch

    def show_first_run(self) -> FirstRunPage:
        if self.first_run is None:
            self.first_run = FirstRunPage(self.models, self.opener, self.downloads, self.convert, self.window)
        if self.first_run.isVisible():
            self.first_run.raise_()  # asked for again from the menu
        self.first_run.show()
        return self.first_run

    def show_manager(self) -> ModelManager:
        if self.manager is None:
            self.manager = ModelManager(self.models, self.downloads, self.chat, self.opener.ask, self.window,
                                        quantize=self.show_quantize if self.quantize is not None else None)
        if self.manager.isVisible():
            self.manager.raise_()
        self.manager.show()
        return self.manager

    def show_quantize(self, source: Path) -> QuantizeDialog:
        """The quantize dialog for `source`, its options planned on this computer."""
        assert self.quantize is not None
        if self.quantize_dialog is None:
            self.quantize_dialog = QuantizeDialog(self.quantize, self.opener.ask, self.manager or self.window)
            self.quantize.finished.connect(lambda _outcome: self.models.refresh())
            self.models.hardwareChanged.connect(self._plan_quantize_again)
        if not self.quantize.running:
            self.quantize_dialog.table.clearSelection()
            self.quantize.choose(source, self.models.hardware)
            if self.models.hardware is None:
                self.models.measure()  # planned once measured (_plan_quantize_again)
        if self.quantize_dialog.isVisible():
            self.quantize_dialog.raise_()  # asked for again
        self.quantize_dialog.show()
        return self.quantize_dialog

    def _plan_quantize_again(self) -> None:
        """The hardware was measured after the dialog opened: plan now."""
        q = self.quantize
        if q is not None and q.source is not None and not q.options and not q.running:
            q.choose(q.source, self.models.hardware)

    def use_remote(self, remote: RemoteController) -> None:
        """Remote backends: their models in the picker, their list in the settings."""
        self.remote = remote
        self.picker.use_remote(remote)

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.window, remote=self.remote)
        if self.serve is not None:
            dialog.add_section(ServeGroup(self.serve, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def first_run_if_no_model(self) -> None:
        """Show the first run page once the models are listed, if there is none."""
        self._first_run_wanted = True
        self.models.installedChanged.connect(self._maybe_first_run)
        self.models.refresh()

    def _maybe_first_run(self) -> None:
        if self._first_run_wanted:
            self._first_run_wanted = False
            if not self.models.installed:
                self.show_first_run()


def install_models_ui(window: QMainWindow, chat: ChatController, models: ModelsController,
                      downloads: DownloadsController, settings: SettingsController,
                      convert: ConvertController, quantize: Optional[QuantizeController] = None) -> ModelsUi:
    opener = ModelOpener(chat, models, settings, window)
    window.ask_load_settings = opener.ask
    guard = getattr(window, "context_guard", None)
    if guard is not None:  # "Reload with a longer context" asks the same planner as the load settings
        guard.plan_reload = planner_check(models)
    ui = ModelsUi(window, chat, models, downloads, settings, convert, opener, None, None)  # type: ignore[arg-type]
    ui.quantize = quantize
    ui.menu = ModelsMenu(opener.choose_file, ui.show_first_run, ui.show_manager, ui.show_settings, models.refresh,
                         window)
    install_models_menu(window, ui.menu)
    chat.busyChanged.connect(ui.menu.set_busy)
    ui.picker = ModelPicker(models, chat, opener.ask, window)
    window.addToolBar(ui.picker)
    # A file opened by path joins the list (a remote model has no file).
    chat.modelLoaded.connect(lambda info: info.file_type == "remote" or models.remember(info.path))
    models.refresh()
    return ui

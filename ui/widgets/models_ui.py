"""The model windows, put into the main window with a few lines: the "Models" menu, the
model picker tool bar, the load settings dialog behind every way of opening a model,
the first run page (shown when no model is installed, later from the menu) and the
model manager.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from PySide6.QtWidgets import QMainWindow

from ui.controllers.chat_controller import ChatController
from ui.controllers.context_choice import planner_check
from ui.controllers.convert_controller import ConvertController
from ui.controllers.downloads_controller import DownloadsController
from ui.controllers.models_controller import ModelsController
from ui.controllers.settings_controller import SettingsController
from ui.widgets.first_run_page import FirstRunPage
from ui.widgets.model_manager import ModelManager
from ui.widgets.model_opener import ModelOpener
from ui.widgets.model_picker import ModelPicker
from ui.widgets.models_menu import ModelsMenu, install_models_menu
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
    _first_run_wanted: bool = False

    def show_first_run(self) -> FirstRunPage:
        if self.first_run is None:
            self.first_run = FirstRunPage(self.models, self.opener, self.downloads, self.convert, self.window)
        if self.first_run.isVisible():
            self.first_run.raise_()  # asked for again from the menu
        self.first_run.show()
        return self.first_run

    def show_manager(self) -> ModelManager:
        if self.manager is None:
            self.manager = ModelManager(self.models, self.downloads, self.chat, self.opener.ask, self.window)
        if self.manager.isVisible():
            self.manager.raise_()
        self.manager.show()
        return self.manager

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.window)
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
                      convert: ConvertController) -> ModelsUi:
    opener = ModelOpener(chat, models, settings, window)
    window.ask_load_settings = opener.ask
    guard = getattr(window, "context_guard", None)
    if guard is not None:  # "Reload with a longer context" asks the same planner as the load settings
        guard.plan_reload = planner_check(models)
    ui = ModelsUi(window, chat, models, downloads, settings, convert, opener, None, None)  # type: ignore[arg-type]
    ui.menu = ModelsMenu(opener.choose_file, ui.show_first_run, ui.show_manager, ui.show_settings, models.refresh,
                         window)
    install_models_menu(window, ui.menu)
    chat.busyChanged.connect(ui.menu.set_busy)
    ui.picker = ModelPicker(models, chat, opener.ask, window)
    window.addToolBar(ui.picker)
    chat.modelLoaded.connect(lambda info: models.remember(info.path))  # a file opened by path joins the list
    models.refresh()
    return ui

"""The "Models" menu: open a GGUF file (through the load settings), get a model (the
first run page), the model manager, look again for installed models, the settings. Installed into the main window's menu
bar by `install_models_menu`, next to menus other parts of the window add the same way.
"""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


class ModelsMenu(QMenu):
    def __init__(self, open_file: Callable[[], None], get_model: Callable[[], None], manage: Callable[[], None],
                 settings: Callable[[], None], refresh: Callable[[], None], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelsMenu")
        self.open_action = QAction(self)
        self.open_action.setObjectName("openModelAction")
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(lambda _checked=False: open_file())
        self.get_action = QAction(self)
        self.get_action.setObjectName("getModelAction")
        self.get_action.triggered.connect(lambda _checked=False: get_model())
        self.manage_action = QAction(self)
        self.manage_action.setObjectName("manageModelsAction")
        self.manage_action.triggered.connect(lambda _checked=False: manage())
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(lambda _checked=False: settings())
        self.refresh_action = QAction(self)
        self.refresh_action.setObjectName("refreshModelsAction")
        self.refresh_action.triggered.connect(lambda _checked=False: refresh())
        self.addAction(self.open_action)
        self.addAction(self.get_action)
        self.addAction(self.manage_action)
        self.addSeparator()
        self.addAction(self.refresh_action)
        self.addAction(self.settings_action)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Models"))
        self.open_action.setText(self.tr("&Open model file…"))
        self.get_action.setText(self.tr("&Get a model…"))
        self.manage_action.setText(self.tr("Manage &models and downloads…"))
        self.refresh_action.setText(self.tr("&Look again for installed models"))
        self.settings_action.setText(self.tr("&Settings…"))

    def set_busy(self, busy: bool) -> None:
        self.open_action.setEnabled(not busy)


def install_models_menu(window: QMainWindow, menu: ModelsMenu) -> None:
    """Put the menu in the window's menu bar, before Help (which by custom comes last)."""
    bar = window.menuBar()
    help_action = next((a for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "helpMenu"), None)
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)

"""The Help menu: the keyboard shortcuts, and About Paddock (its version, "Built with
Llama" and the Llama licence notice). Installed with install_help_menu(window, ...).

The licence notice and "Built with Llama" are Meta's required wording (Llama 3.1
Community License, section 1.b): shown as written, in English, with a translated line
saying what they are.
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

BUILT_WITH_LLAMA = "Built with Llama"
LLAMA_NOTICE = ("Llama 3.1 is licensed under the Llama 3.1 Community License, "
                "Copyright © Meta Platforms, Inc. All Rights Reserved.")
LLAMA_LICENSE_URL = "https://www.llama.com/llama3_1/license/"

Listing = Callable[[], list[tuple[str, str]]]  # (keys, what they do), translated


class HelpMenu(QMenu):
    def __init__(self, window: QMainWindow, shortcuts: Listing, version: str) -> None:
        super().__init__(window)
        self.setObjectName("helpMenu")
        self._window, self._shortcuts, self._version = window, shortcuts, version
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.addAction(self.shortcuts_action)
        self.addSeparator()
        self.addAction(self.about_action)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Paddock"))

    def show_shortcuts(self) -> QMessageBox:
        rows = "".join(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
                       for keys, what in self._shortcuts())
        box = self._box("shortcutsBox", self.tr("Keyboard shortcuts"),
                        f'<table cellpadding="4">{rows}</table>')
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        heading = self.tr("Paddock %1").replace("%1", self._version)
        what = self.tr("Chat with Llama models on your own computer. Your conversations stay on it.")
        engine = self.tr("Models run with llama.cpp.")
        notice = self.tr("Llama licence notice:")
        licence = self.tr("Read the Llama 3.1 Community License")
        text = (f"<h3>{html.escape(heading)}</h3><p>{html.escape(what)}<br>{html.escape(engine)}</p>"
                f"<p><b>{BUILT_WITH_LLAMA}</b></p>"
                f"<p>{html.escape(notice)}<br>{html.escape(LLAMA_NOTICE)}</p>"
                f'<p><a href="{LLAMA_LICENSE_URL}">{html.escape(licence)}</a></p>')
        box = self._box("aboutBox", self.tr("About Paddock"), text)
        box.open()
        return box

    def _box(self, name: str, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, "", QMessageBox.StandardButton.Close, self._window)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)  # the link opens
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box


def install_help_menu(window: QMainWindow, shortcuts: Listing, version: str) -> HelpMenu:
    menu = HelpMenu(window, shortcuts, version)
    window.menuBar().addMenu(menu)
    return menu

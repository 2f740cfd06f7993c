"""What a launch asks of the window: the model file on its command line, another
launch's arguments arriving at the running window (see ui/single_instance.py), and, on
macOS, a file opened from the Finder (it comes as a QFileOpenEvent, not as an argument)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from ui.widgets.main_window import MainWindow

log = logging.getLogger(__name__)


def model_argument(args: Sequence[str]) -> Optional[Path]:
    """The first .gguf file among the arguments (a double-clicked model, `paddock x.gguf`)."""
    return next((Path(arg) for arg in args if arg.lower().endswith(".gguf")), None)


def accept_launch(window: MainWindow, args: Sequence[str]) -> Optional[Path]:
    """Another launch handed over `args`: bring the window forward and open the model it
    names, as if chosen here (the controller ignores it while busy). Returns the model."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    model = model_argument(args)
    if model is not None:
        log.info("opening %s, handed over by another launch", model)
        (window.ask_load_settings or window.open_model)(model)  # the load settings and their fit check
    return model


class FileOpenFilter(QObject):
    """Install on the QApplication: a file the system asks Paddock to open (double-clicked
    in the macOS Finder, dropped on the Dock icon) is handled like another launch's."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            accept_launch(self._window, [event.file()])
            return True
        return False

"""The crash dialog: any exception that is not an AppError is a bug. It is logged with
its traceback and shown to the person, who can copy the details into a report."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """Receives tracebacks from any thread and shows them on the GUI thread."""

    crashed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.crashed.connect(self.show_dialog, Qt.ConnectionType.QueuedConnection)
        self.shown: list[str] = []

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = lambda args: self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: Optional[TracebackType]
    ) -> None:
        self.report("".join(traceback.format_exception(exc_type, exc, tb)))

    def report(self, details: str) -> None:
        log.error("unexpected error:\n%s", details)
        self.crashed.emit(details)

    @Slot(str)
    def show_dialog(self, details: str) -> None:
        self.shown.append(details)
        if QApplication.instance() is None or QApplication.platformName() == "offscreen":
            return  # tests and headless runs: logged, no modal dialog
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("CrashReporter", "Paddock hit a bug"),
                          QCoreApplication.translate(
                              "CrashReporter",
                              "Something unexpected went wrong. Your conversations are saved. "
                              "The details below were written to the log; please include them in a bug report."))
        box.setDetailedText(details)
        box.exec()

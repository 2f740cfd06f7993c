"""Runs a Hugging Face checkpoint conversion off the GUI thread (its own QThread: a 70B
conversion takes an hour; downloads and planning go on meanwhile).

app/hub/convert.py does the work and checks that llama.cpp loads the result; this task
only forwards progress (plain numbers) and the outcome. Cancel is the request's token.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.errors import AppError, Cancelled
from app.jobs import CancelToken, ProgressUpdate
from ui.error_texts import error_detail


class ConvertTask(QObject):
    progressed = Signal(str, float, float)  # stage (check, write, validate), done, total
    ended = Signal(str, str, str, object)  # "done"/"cancelled"/"failed", error kind, detail, Path of the GGUF
    bugOccurred = Signal(str)

    @Slot(object, object, object)
    def convert(self, folder: Path, output: Path, cancel: CancelToken) -> None:
        def progress(update: ProgressUpdate) -> None:
            self.progressed.emit(update.stage, float(update.done), float(update.total))

        try:
            from app.hub.convert import convert_checkpoint  # numpy and the converter load when first used

            result = convert_checkpoint(Path(folder), Path(output), "f16", progress=progress, cancel=cancel)
        except Cancelled:
            self.ended.emit("cancelled", "", "", None)
        except AppError as exc:
            self.ended.emit("failed", exc.kind, error_detail(exc), None)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            self.ended.emit("failed", "bug", "", None)
        else:
            self.ended.emit("done", "", "", result.path)

"""Quantizes a GGUF off the GUI thread (its own QThread: an 8B model takes minutes), and
reads the header and plans the quantization options there too (reading a split model's
headers and planning every type is too slow for the GUI thread).

app/hub/quantize.py does the work in a child process; this task only forwards progress
(plain numbers) and the outcome. Cancel is the request's token.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from app.errors import AppError, Cancelled
from app.hardware.detect import HardwareSnapshot
from app.jobs import CancelToken, ProgressUpdate
from ui.error_texts import error_detail


class QuantizeTask(QObject):
    optionsPlanned = Signal(object, object)  # source Path, tuple of QuantizeOption
    optionsFailed = Signal(object, str, str)  # source Path, error kind, detail
    progressed = Signal(str, float, float)  # stage (start, quantize, validate), done, total
    ended = Signal(str, str, str, object)  # "done"/"cancelled"/"failed", error kind, detail, Path of the GGUF
    bugOccurred = Signal(str)

    @Slot(object, object)
    def plan(self, source: Path, hardware: HardwareSnapshot) -> None:
        try:
            from app.gguf_file import read_gguf_info
            from app.planner.quantize_options import quantize_options

            options = quantize_options(read_gguf_info(Path(source)), hardware)
        except AppError as exc:
            self.optionsFailed.emit(Path(source), exc.kind, error_detail(exc))
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            self.optionsFailed.emit(Path(source), "bug", "")
        else:
            self.optionsPlanned.emit(Path(source), options)

    @Slot(object, object, str, object)
    def quantize(self, source: Path, target: Path, quant_type: str, cancel: CancelToken) -> None:
        def progress(update: ProgressUpdate) -> None:
            self.progressed.emit(update.stage, float(update.done), float(update.total))

        try:
            from app.hub.quantize import quantize_model

            result = quantize_model(Path(source), Path(target), quant_type, progress=progress, cancel=cancel)
        except Cancelled:
            self.ended.emit("cancelled", "", "", None)
        except AppError as exc:
            self.ended.emit("failed", exc.kind, error_detail(exc), None)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            self.ended.emit("failed", "bug", "", None)
        else:
            self.ended.emit("done", "", "", result.path)

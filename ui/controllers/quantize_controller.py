"""QuantizeController: one quantization at a time, in the GUI thread, and the planned
options (expected size and fit of each type) for the file chosen.

The result goes next to the models folder's other files as
`MODELS/quantized/<source name without its F16/F32 tail>-<TYPE>.gguf`, an installed model
like any other. It holds no UI strings."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.hardware.detect import HardwareSnapshot
from app.jobs import CancelToken

QUANTIZED_FOLDER = "quantized"
_FLOAT_TAIL = re.compile(r"[-_.](f32|f16|bf16)$", re.IGNORECASE)


class QuantizeController(QObject):
    planRequested = Signal(object, object)  # source Path, HardwareSnapshot
    quantizeRequested = Signal(object, object, str, object)  # source, target, type, CancelToken
    optionsChanged = Signal()
    changed = Signal()
    finished = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, models_dir: Path) -> None:
        super().__init__()
        self.models_dir = Path(models_dir)
        self.source: Optional[Path] = None
        self.options: tuple = ()  # QuantizeOption, ... of `source`
        self.options_error = ("", "")  # kind, detail when the header could not be planned
        self.running = False
        self.quant_type = ""
        self.stage = ""
        self.done = 0.0
        self.total = 0.0
        self.outcome = ""
        self.error_kind = ""
        self.detail = ""
        self.path: Optional[Path] = None
        self._cancel: Optional[CancelToken] = None

    def output_for(self, source: Path, quant_type: str) -> Path:
        stem = _FLOAT_TAIL.sub("", Path(source).stem)
        return self.models_dir / QUANTIZED_FOLDER / f"{stem}-{quant_type}.gguf"

    def choose(self, source: Path, hardware: Optional[HardwareSnapshot]) -> None:
        """Plan the options of `source` (a float GGUF) on `hardware`."""
        self.source, self.options, self.options_error = Path(source), (), ("", "")
        if not self.running:
            self.outcome = self.error_kind = self.detail = ""
            self.path = None
        self.optionsChanged.emit()
        if hardware is not None:
            self.planRequested.emit(Path(source), hardware)

    @Slot(object, object)
    def on_options(self, source: Path, options: tuple) -> None:
        if self.source is not None and Path(source) == self.source:
            self.options = tuple(options)
            self.optionsChanged.emit()

    @Slot(object, str, str)
    def on_options_failed(self, source: Path, kind: str, detail: str) -> None:
        if self.source is not None and Path(source) == self.source:
            self.options_error = (kind, detail)
            self.optionsChanged.emit()

    def start(self, quant_type: str) -> None:
        if self.running or self.source is None:
            return
        self.running, self.quant_type, self.stage, self.done, self.total = True, quant_type, "start", 0.0, 0.0
        self.outcome = self.error_kind = self.detail = ""
        self.path = None
        self._cancel = CancelToken()
        output = self.output_for(self.source, quant_type)
        output.parent.mkdir(parents=True, exist_ok=True)
        self.changed.emit()
        self.quantizeRequested.emit(self.source, output, quant_type, self._cancel)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    @Slot(str, float, float)
    def on_progress(self, stage: str, done: float, total: float) -> None:
        self.stage, self.done, self.total = stage, done, total
        self.changed.emit()

    @Slot(str, str, str, object)
    def on_ended(self, outcome: str, kind: str, detail: str, path: Optional[Path]) -> None:
        self.running, self._cancel = False, None
        self.outcome, self.error_kind, self.detail, self.path = outcome, kind, detail, path
        self.changed.emit()
        self.finished.emit(outcome)

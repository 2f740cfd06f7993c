"""ConvertController: one Hugging Face checkpoint conversion at a time, in the GUI thread.

The GGUF goes to `MODELS/converted/<folder name>-F16.gguf` (then it is an installed model
like any other). It holds no UI strings."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.jobs import CancelToken

CONVERTED_FOLDER = "converted"


class ConvertController(QObject):
    convertRequested = Signal(object, object, object)  # folder, output, CancelToken
    changed = Signal()
    finished = Signal(str)  # "done", "cancelled" or "failed"

    def __init__(self, models_dir: Path) -> None:
        super().__init__()
        self.models_dir = Path(models_dir)
        self.running = False
        self.stage = ""
        self.done = 0.0
        self.total = 0.0
        self.outcome = ""
        self.error_kind = ""
        self.detail = ""
        self.path: Optional[Path] = None
        self.folder: Optional[Path] = None
        self._cancel: Optional[CancelToken] = None

    def output_for(self, folder: Path) -> Path:
        return self.models_dir / CONVERTED_FOLDER / f"{Path(folder).resolve().name}-F16.gguf"

    def start(self, folder: Path) -> None:
        if self.running:
            return
        self.running, self.folder, self.stage, self.done, self.total = True, Path(folder), "check", 0.0, 0.0
        self.outcome = self.error_kind = self.detail = ""
        self.path = None
        self._cancel = CancelToken()
        output = self.output_for(folder)
        output.parent.mkdir(parents=True, exist_ok=True)
        self.changed.emit()
        self.convertRequested.emit(Path(folder), output, self._cancel)

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

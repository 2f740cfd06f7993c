"""Loading a model for chat, the same in every front end: the file is checked, then the
memory planner refuses a model that would not fit (ModelTooLargeError, naming what would
fit instead) before any memory is spent; `force=True` is the person's explicit choice to
load it anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Protocol

from app.engine.client import FitCheck
from app.engine.settings import LoadSettings, ModelInfo

if TYPE_CHECKING:  # the planner (and its catalog) loads with the first model, not at start
    from app.planner.fit_check import HardwareSource


class LoadingEngine(Protocol):
    def load(self, settings: LoadSettings, *, fit_check: Optional[FitCheck] = None) -> ModelInfo: ...


class ModelLoader:
    """Loads models into `engine` after the planner's fit check against `hardware` (a
    snapshot, or a callable such as `detect_hardware` to measure free memory at each load)."""

    def __init__(self, engine: LoadingEngine, hardware: HardwareSource) -> None:
        self._engine = engine
        self._hardware = hardware

    def load(self, settings: LoadSettings, *, force: bool = False) -> ModelInfo:
        from app.planner.fit_check import make_fit_check

        fit_check = None if force else make_fit_check(self._hardware)
        return self._engine.load(settings, fit_check=fit_check)

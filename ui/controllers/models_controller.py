"""ModelsController: the GUI-thread state of the model windows (load settings, picker,
first run): what this computer has, which models are installed, what a choice of load
settings costs, and the catalog grid.

Widgets call its methods and listen to its signals; the work runs in ModelsTask (asked
through `*Requested` signals, never blocking). Load costs are coalesced: one request is
in flight at a time and only the latest change waits behind it, so dragging the context
slider never queues up stale plans. It holds no UI strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.catalog.entries import Catalog, CatalogEntry
from app.engine.settings import LoadSettings
from app.hardware.detect import HardwareSnapshot
from app.hub.disk_space import DEFAULT_RESERVE_BYTES, disk_free_bytes
from app.hub.installed import LocalModel
from app.planner.load_cost import LoadCost
from app.planner.memory import PlanSettings
from app.planner.model_size import ModelFootprint
from app.planner.speed import SpeedProfile

MIN_CONTEXT = 2048
DISK_RESERVE_BYTES = DEFAULT_RESERVE_BYTES  # what a download leaves free on the disk


@dataclass(frozen=True)
class ModelFacts:
    """What the load settings dialog shows about the file being loaded."""

    path: Path
    name: str
    file_type: str
    file_bytes: int
    parameters: int
    trained_context: int
    n_layer: int


class ModelsController(QObject):
    # commands to ModelsTask (queued)
    measureRequested = Signal()
    listRequested = Signal()
    rememberRequested = Signal(object)  # Path of a model loaded from elsewhere
    deleteRequested = Signal(object)  # LocalModel
    externalRequested = Signal()
    readRequested = Signal(object)  # Path
    costRequested = Signal(int, object, object, bool)  # id, ModelFootprint, PlanSettings, planner's GPU layers
    catalogRequested = Signal(int, str)  # n_ctx, KV type
    modelsDirRequested = Signal(object)  # Path: the models folder the settings chose

    # state for the widgets
    hardwareChanged = Signal()
    installedChanged = Signal()
    externalChanged = Signal()
    modelRead = Signal(object)  # ModelFacts of the file being planned
    modelDeleted = Signal(str, int)  # name, bytes freed (0: a reference forgotten, the file stays)
    deleteFailed = Signal(str, str)  # kind, detail
    modelReadFailed = Signal(str, str)  # kind, detail
    costChanged = Signal(object)  # LoadCost of the latest settings
    catalogChanged = Signal()

    def __init__(self, catalog: Catalog, models_dir: Optional[Path] = None) -> None:
        super().__init__()
        self.catalog = catalog
        self.models_dir = models_dir
        self.hardware: Optional[HardwareSnapshot] = None
        self.profile: Optional[SpeedProfile] = None
        self.installed: tuple[LocalModel, ...] = ()
        self.external: tuple[LocalModel, ...] = ()
        self.facts: Optional[ModelFacts] = None
        self.cost: Optional[LoadCost] = None
        self.grid: tuple = ()  # GridCell, ... at `grid_context`
        self.recommendation = None  # Recommendation or None
        self.grid_context = 0
        self._footprint: Optional[ModelFootprint] = None
        self._path: Optional[Path] = None
        self._next_id = 0
        self._in_flight: Optional[int] = None
        self._waiting: Optional[tuple[PlanSettings, bool]] = None

    # --- intents -------------------------------------------------------------------------

    def measure(self) -> None:
        """Measure this computer now (else it is measured when first needed)."""
        self.measureRequested.emit()

    def refresh(self) -> None:
        self.listRequested.emit()

    def use_models_dir(self, models_dir: Path) -> None:
        """List (and delete in) `models_dir` from now on; listed again at once."""
        self.models_dir = Path(models_dir)
        self.modelsDirRequested.emit(Path(models_dir))
        self.refresh()

    def remember(self, path: Path) -> None:
        """List a model that was loaded from a file among the installed ones."""
        self.rememberRequested.emit(Path(path))

    def delete(self, model: LocalModel) -> None:
        """Delete `model` from the models folder, or forget a referenced file."""
        self.deleteRequested.emit(model)

    def find_external(self) -> None:
        self.externalRequested.emit()

    def plan_model(self, path: Path) -> None:
        """Start planning a load of `path`: its header is read, then `modelRead`."""
        self._path, self._footprint, self.facts, self.cost = Path(path), None, None, None
        self._in_flight = self._waiting = None
        self.readRequested.emit(Path(path))

    def plan_settings(self, settings: LoadSettings, auto_layers: bool) -> None:
        """Ask what `settings` cost; `costChanged` follows (only for the latest)."""
        wanted = (PlanSettings.from_load_settings(settings), auto_layers)
        if self._footprint is None:
            self._waiting = wanted
            return
        if self._in_flight is not None:
            self._waiting = wanted  # replaces an older change that has not been sent yet
            return
        self._send(*wanted)

    def plan_catalog(self, n_ctx: int, kv_type: str = "f16") -> None:
        self.catalogRequested.emit(n_ctx, kv_type)

    def free_disk_bytes(self) -> Optional[int]:
        """Free space where downloads go (one statvfs call), None when unknown."""
        if self.models_dir is None:
            return None
        try:
            return disk_free_bytes(self.models_dir)
        except OSError:
            return None

    def entry(self, model_id: str) -> CatalogEntry:
        return self.catalog.model(model_id)

    def _send(self, settings: PlanSettings, auto_layers: bool) -> None:
        self._next_id += 1
        self._in_flight = self._next_id
        self.costRequested.emit(self._next_id, self._footprint, settings, auto_layers)

    # --- results from the task -----------------------------------------------------------

    @Slot(object, object)
    def on_measured(self, hardware: HardwareSnapshot, profile: Optional[SpeedProfile]) -> None:
        self.hardware, self.profile = hardware, profile
        self.hardwareChanged.emit()

    @Slot(object)
    def on_installed(self, models: tuple) -> None:
        self.installed = tuple(models)
        self.installedChanged.emit()

    @Slot(str, int)
    def on_deleted(self, name: str, freed: int) -> None:
        self.modelDeleted.emit(name, freed)

    @Slot(str, str)
    def on_delete_failed(self, kind: str, detail: str) -> None:
        self.deleteFailed.emit(kind, detail)

    @Slot(object)
    def on_external(self, models: tuple) -> None:
        self.external = tuple(models)
        self.externalChanged.emit()

    @Slot(object, object)
    def on_model_read(self, path: Path, footprint: ModelFootprint) -> None:
        if path != self._path:
            return  # a file the person has moved on from
        self._footprint = footprint
        self.facts = ModelFacts(path, footprint.label, footprint.file_type, footprint.file_bytes,
                                footprint.parameter_count, footprint.arch.context_length, footprint.arch.n_layer)
        self.modelRead.emit(self.facts)
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._send(*waiting)

    @Slot(object, str, str)
    def on_model_read_failed(self, path: Path, kind: str, detail: str) -> None:
        if path == self._path:
            self.modelReadFailed.emit(kind, detail)

    @Slot(int, object)
    def on_cost(self, request_id: int, cost: LoadCost) -> None:
        if request_id != self._in_flight:
            return  # the answer for a file planned before this one
        self._in_flight = None
        if self._waiting is not None:  # a newer change: plan it, show this one meanwhile
            waiting, self._waiting = self._waiting, None
            self._send(*waiting)
        self.cost = cost
        self.costChanged.emit(cost)

    @Slot(int, object, object)
    def on_catalog(self, n_ctx: int, cells: tuple, recommendation: object) -> None:
        self.grid, self.recommendation, self.grid_context = tuple(cells), recommendation, n_ctx
        self.catalogChanged.emit()

    @property
    def pending(self) -> bool:
        """A change is still being planned (the figures shown are for an older one)."""
        return self._in_flight is not None or self._waiting is not None

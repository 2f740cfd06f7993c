"""Runs the planner's work and the model listing off the GUI thread.

ModelsTask lives in its own QThread. It measures this computer once at start (the
hardware probe and the cached speed probe: seconds at most, never in the GUI thread),
keeps that snapshot, and answers the questions the model windows ask: which models are
installed (their GGUF headers are read), the footprint of a file, what a choice of load
settings costs (up to ~100 ms for a 70B model with its alternatives: too slow for the
GUI thread), and the catalog grid with its recommendation. Requests arrive as queued
signals; results leave as signals carrying frozen records. Expected errors become
`*Failed(kind, detail)`; anything else goes to the crash dialog.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.catalog.entries import Catalog, load_catalog
from app.errors import AppError
from app.gguf_file import read_gguf_info
from app.hardware.detect import HardwareSnapshot
from app.hub.external import ExternalRoots, find_external_models
from app.hub.installed import LocalModel, ReferenceList, delete_model, list_installed
from app.planner.fit_check import HardwareSource
from app.planner.load_cost import load_cost
from app.planner.memory import PlanSettings
from app.planner.model_size import ModelFootprint, footprint_of_file
from app.planner.plan import Headroom, plan_grid, recommend
from app.planner.speed import SpeedProfile, speed_profile_for
from ui.error_texts import error_detail

log = logging.getLogger(__name__)


class ModelsTask(QObject):
    measured = Signal(object, object)  # HardwareSnapshot, SpeedProfile or None
    installedListed = Signal(object)  # tuple[LocalModel, ...]
    externalListed = Signal(object)  # tuple[LocalModel, ...]: found in other apps' folders
    modelRead = Signal(object, object)  # Path, ModelFootprint
    deleted = Signal(str, int)  # model name, bytes freed on disk (0 for a forgotten reference)
    deleteFailed = Signal(str, str)  # kind, detail
    modelReadFailed = Signal(object, str, str)  # Path, kind, detail
    loadCostReady = Signal(int, object)  # request id, LoadCost
    catalogPlanned = Signal(int, object, object)  # n_ctx, tuple[GridCell, ...], Recommendation or None
    bugOccurred = Signal(str)

    def __init__(self, hardware: HardwareSource, models_dir: Path, cache_dir: Path, *,
                 profile: Optional[SpeedProfile] = None, catalog: Optional[Catalog] = None,
                 external_roots: Optional[ExternalRoots] = None, headroom: Headroom = Headroom()) -> None:
        super().__init__()
        self._hardware_source = hardware
        self._models_dir = Path(models_dir)
        self._cache_dir = Path(cache_dir)
        self._given_profile = profile
        self._catalog = catalog
        self._external_roots = external_roots
        self.headroom = headroom
        self.hardware: Optional[HardwareSnapshot] = None
        self.profile: Optional[SpeedProfile] = profile

    def _bug(self) -> None:
        self.bugOccurred.emit(traceback.format_exc())

    @Slot()
    def measure(self) -> None:
        source = self._hardware_source
        try:
            self.hardware = source() if callable(source) else source
            if self._given_profile is None:
                try:
                    self.profile = speed_profile_for(self.hardware, self._cache_dir)
                except (OSError, AppError) as exc:  # no speed estimates, the rest still works
                    log.warning("speed probe failed: %s", exc)
        except Exception:
            self._bug()
            return
        self.measured.emit(self.hardware, self.profile)

    @Slot(object)
    def use_models_dir(self, models_dir: Path) -> None:
        """The models folder the settings chose, for the listings and deletes that follow."""
        self._models_dir = Path(models_dir)

    @Slot()
    def list_installed(self) -> None:
        try:
            self.installedListed.emit(tuple(list_installed(self._models_dir)))
        except Exception:
            self._bug()

    @Slot(object)
    def remember(self, path: Path) -> None:
        """Keep a file opened from elsewhere in the list of installed models (referenced
        where it is: Paddock never deletes it), then list them again."""
        try:
            path = Path(path).absolute()
            inside = self._models_dir.absolute() in path.parents
            known = any(p.absolute() == path for p in ReferenceList(self._models_dir).paths())
            if path.is_file() and not inside and not known:
                ReferenceList(self._models_dir).add(path)
        except OSError as exc:
            log.warning("could not remember %s: %s", path, exc)
        self.list_installed()

    @Slot(object)
    def delete(self, model: LocalModel) -> None:
        """Delete a model of the models folder (or forget a referenced file), then list again."""
        try:
            freed = delete_model(model, self._models_dir)
        except AppError as exc:
            self.deleteFailed.emit(exc.kind, error_detail(exc))
        except OSError as exc:
            self.deleteFailed.emit("model_file", f"Could not delete {model.path}: {exc.strerror or exc}")
        except Exception:
            self._bug()
            return
        else:
            self.deleted.emit(model.name, freed)
        self.list_installed()

    @Slot()
    def list_external(self) -> None:
        try:
            roots = self._external_roots or ExternalRoots.defaults()
            self.externalListed.emit(tuple(find_external_models(roots)))
        except Exception:
            self._bug()

    @Slot(object)
    def read_model(self, path: Path) -> None:
        try:
            footprint = footprint_of_file(read_gguf_info(Path(path)))
        except AppError as exc:
            self.modelReadFailed.emit(path, exc.kind, error_detail(exc))
        except Exception:
            self._bug()
        else:
            self.modelRead.emit(path, footprint)

    @Slot(int, object, object, bool)
    def plan_load(self, request_id: int, footprint: ModelFootprint, settings: PlanSettings, auto_layers: bool) -> None:
        if self.hardware is None:
            self.measure()
        try:
            cost = load_cost(footprint, settings, self.hardware, auto_gpu_layers=auto_layers,
                             headroom=self.headroom, profile=self.profile)
        except Exception:
            self._bug()
            return
        self.loadCostReady.emit(request_id, cost)

    @Slot(int, str)
    def plan_catalog(self, n_ctx: int, kv_type: str) -> None:
        if self.hardware is None:
            self.measure()
        try:
            catalog = self._catalog = self._catalog or load_catalog()
            settings = PlanSettings(n_ctx=n_ctx, kv_type=kv_type)
            cells = plan_grid(catalog, self.hardware, settings, headroom=self.headroom, profile=self.profile,
                              contexts=(n_ctx,), model_ids=[e.id for e in catalog.chat_models])
            best = recommend(catalog, self.hardware, replace(settings), headroom=self.headroom, profile=self.profile)
        except Exception:
            self._bug()
            return
        self.catalogPlanned.emit(n_ctx, cells, best)

"""Will it fit? Plans for one model, the model x quantization x context grid, the
recommendation, and several models at once (the comparison panes).

Pure functions over frozen dataclasses: a HardwareSnapshot, ModelFootprints (from the
catalog before a download, or from a GGUF header) and PlanSettings. Memory is compared
with what can be used now (available RAM within any cgroup limit, free VRAM), minus an
explicit, configurable headroom, never with the total.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping, Optional, Sequence

from app.catalog.entries import Catalog, CatalogEntry
from app.hardware.detect import GpuInfo, HardwareSnapshot
from app.planner.memory import MemoryPlan, PlanSettings, plan_memory
from app.planner.model_size import ModelFootprint, footprint_for
from app.planner.speed import SpeedEstimate, SpeedProfile, estimate_speed

GIB = 1024**3
MIB = 1024**2
GRID_CONTEXTS = (4096, 8192, 16384, 32768, 65536, 131072)
DEFAULT_CONTEXT = 8192
# Relative answer quality of llama.cpp quantizations, a rule of thumb from llama.cpp's
# perplexity tables for Llama 3 8B (Q2_K loses about as much as going from 8B to 3B),
# used to rank candidates together with the parameter count.
QUANT_QUALITY = {"Q2_K": 0.45, "Q3_K_M": 0.80, "IQ4_XS": 0.94, "Q4_K_M": 0.95, "Q5_K_M": 0.98,
                 "Q6_K": 0.99, "Q8_0": 0.995, "F16": 1.0}
LAST_RESORT_QUANTS = ("Q2_K",)  # recommended only when nothing better fits


class Fit(str, enum.Enum):
    """Where a model runs. Stored in JSON output: never change values."""

    GPU = "gpu"  # every layer on the GPU
    PARTIAL = "partial"  # some layers on the GPU, the rest in RAM
    RAM = "ram"  # CPU only
    NONE = "none"  # does not fit


@dataclass(frozen=True)
class Headroom:
    """Memory kept free for the system and other programs: max(fraction x available,
    minimum)."""

    ram_fraction: float = 0.10
    ram_min_bytes: int = 1 * GIB
    vram_fraction: float = 0.05
    vram_min_bytes: int = 512 * MIB

    def ram(self, available: int) -> int:
        return max(self.ram_min_bytes, int(available * self.ram_fraction))

    def vram(self, available: int) -> int:
        return max(self.vram_min_bytes, int(available * self.vram_fraction))


NO_HEADROOM = Headroom(0.0, 0, 0.0, 0)


@dataclass(frozen=True)
class FitResult:
    fit: Fit
    plan: MemoryPlan  # the split chosen (CPU-only when nothing fits)
    ram_budget: int  # usable RAM minus headroom
    vram_budget: int  # usable VRAM minus headroom (0 without a usable GPU)
    reason: str
    gpu: Optional[GpuInfo] = None
    speed: Optional[SpeedEstimate] = None

    @property
    def fits(self) -> bool:
        return self.fit is not Fit.NONE


def best_gpu(hw: HardwareSnapshot) -> Optional[GpuInfo]:
    """The GPU llama.cpp would use (the one with most usable memory). Splitting one
    model over several GPUs is not planned."""
    gpus = [g for g in hw.offload_gpus if g.usable_bytes > 0]
    return max(gpus, key=lambda g: g.usable_bytes) if gpus else None


def _gib(n: int) -> str:
    return f"{n / GIB:.1f} GiB"


def _budgets(hw: HardwareSnapshot, headroom: Headroom, gpu: Optional[GpuInfo]) -> tuple[int, int]:
    ram = max(0, hw.usable_ram - headroom.ram(hw.usable_ram))
    vram = 0
    if gpu is not None:
        usable = min(gpu.usable_bytes, hw.usable_ram) if gpu.unified_memory else gpu.usable_bytes
        vram = max(0, usable - headroom.vram(usable))
    return ram, vram


def _placement_fits(plan: MemoryPlan, ram_budget: int, vram_budget: int, unified: bool) -> bool:
    if plan.gpu_needed > vram_budget:
        return False
    if unified:  # one pool: the GPU's share comes out of the same RAM
        return plan.ram_needed + plan.gpu_needed <= ram_budget
    return plan.ram_needed <= ram_budget


def evaluate_fit(
    fp: ModelFootprint,
    settings: PlanSettings,
    hw: HardwareSnapshot,
    *,
    headroom: Headroom = Headroom(),
    profile: Optional[SpeedProfile] = None,
) -> FitResult:
    """The best placement of `fp` with `settings` (n_gpu_layers is chosen here)."""
    gpu = best_gpu(hw)
    ram_budget, vram_budget = _budgets(hw, headroom, gpu)
    unified = bool(gpu and gpu.unified_memory)

    def plan(layers: int) -> MemoryPlan:
        return plan_memory(fp, replace(settings, n_gpu_layers=layers), cpu_flags=hw.cpu_flags, unified_memory=unified)

    def result(fit: Fit, p: MemoryPlan, reason: str) -> FitResult:
        speed = None
        if profile is not None and fit is not Fit.NONE:
            share = _gpu_share(fp, p.n_gpu_layers)
            bandwidth = gpu.bandwidth_bytes_per_s if gpu else None
            speed = estimate_speed(fp, profile, kv_type=settings.kv_type, gpu_fraction=share, gpu_bandwidth=bandwidth)
        return FitResult(fit, p, ram_budget, vram_budget, reason, gpu, speed)

    if gpu is not None:
        full = plan(fp.arch.n_layer + 1)
        if _placement_fits(full, ram_budget, vram_budget, unified):
            return result(Fit.GPU, full, f"all {fp.arch.n_layer} layers on {gpu.name}: {_gib(full.gpu_needed)} of "
                                         f"{_gib(vram_budget)} usable VRAM")
        best = _most_layers(plan, fp.arch.n_layer, ram_budget, vram_budget, unified)
        if best is not None:
            return result(Fit.PARTIAL, best, f"{best.n_gpu_layers} of {fp.arch.n_layer} layers on {gpu.name} "
                                             f"({_gib(best.gpu_needed)} VRAM), the rest in RAM ({_gib(best.ram_needed)})")
    cpu = plan(0)
    if _placement_fits(cpu, ram_budget, 0, False):
        return result(Fit.RAM, cpu, f"in RAM: {_gib(cpu.ram_needed)} of {_gib(ram_budget)} usable")
    return result(Fit.NONE, cpu, f"needs {_gib(cpu.ram_needed)} of RAM; {_gib(ram_budget)} usable "
                                 f"({_gib(hw.usable_ram)} available minus {_gib(headroom.ram(hw.usable_ram))} headroom)")


def _most_layers(plan, n_layer: int, ram_budget: int, vram_budget: int, unified: bool) -> Optional[MemoryPlan]:
    """The most layers that fit on the GPU while the rest fits in RAM (VRAM use grows
    with layers, so the largest fitting count is found by bisection)."""
    lo, hi, best = 1, n_layer, None
    while lo <= hi:
        mid = (lo + hi) // 2
        p = plan(mid)
        if p.gpu_needed <= vram_budget:
            if _placement_fits(p, ram_budget, vram_budget, unified):
                best = p
            lo = mid + 1
        else:
            hi = mid - 1
    return best


def _gpu_share(fp: ModelFootprint, layers: int) -> float:
    if layers <= 0:
        return 0.0
    on_gpu = sum(fp.layer_bytes(i) for i in range(max(0, fp.arch.n_layer - layers), fp.arch.n_layer))
    if layers > fp.arch.n_layer:
        on_gpu += fp.output_bytes
    return min(1.0, on_gpu / max(1, fp.bytes_read_per_token))


def max_context(
    fp: ModelFootprint, settings: PlanSettings, hw: HardwareSnapshot, *, headroom: Headroom = Headroom()
) -> int:
    """The longest context (a multiple of 256, at most the trained length) that fits; 0 if none."""
    def fits(n: int) -> bool:
        return evaluate_fit(fp, replace(settings, n_ctx=n), hw, headroom=headroom).fits

    lo, hi = 1, max(1, fp.arch.context_length // 256)
    if not fits(256):
        return 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid * 256):
            lo = mid
        else:
            hi = mid - 1
    return lo * 256


# --- the grid ------------------------------------------------------------------------


@dataclass(frozen=True)
class GridCell:
    model_id: str
    quant: str
    n_ctx: int
    file_bytes: int
    result: FitResult


def plan_grid(
    catalog: Catalog,
    hw: HardwareSnapshot,
    settings: PlanSettings,
    *,
    headroom: Headroom = Headroom(),
    profile: Optional[SpeedProfile] = None,
    contexts: Sequence[int] = GRID_CONTEXTS,
    model_ids: Optional[Sequence[str]] = None,
    quants: Optional[Sequence[str]] = None,
    local_files: Mapping[tuple[str, str], Path] = {},
) -> tuple[GridCell, ...]:
    """Every model x quantization x context, with its fit, memory and expected speed.

    `local_files` maps (model id, quantization) to a downloaded GGUF: its header's exact
    sizes replace the estimate."""
    cells = []
    for entry in catalog.entries:
        if model_ids is not None and entry.id not in model_ids:
            continue
        for quant in entry.quants:
            if quants is not None and quant not in quants:
                continue
            fp = footprint_for(entry, quant, local_files.get((entry.id, quant)))
            for n_ctx in contexts:
                if n_ctx > fp.arch.context_length:
                    continue
                result = evaluate_fit(fp, replace(settings, n_ctx=n_ctx), hw, headroom=headroom, profile=profile)
                cells.append(GridCell(entry.id, quant, n_ctx, fp.file_bytes, result))
    return tuple(cells)


# --- the recommendation ----------------------------------------------------------------


@dataclass(frozen=True)
class Recommendation:
    entry: CatalogEntry
    quant: str
    n_ctx: int
    result: FitResult
    max_context: int
    reason: str


def _score(entry: CatalogEntry, quant: str) -> tuple[float, str]:
    params = footprint_for(entry, "F16").parameter_count / 1e9
    return params * QUANT_QUALITY[quant], entry.family  # newer family wins a tie


def recommend(
    catalog: Catalog,
    hw: HardwareSnapshot,
    settings: PlanSettings,
    *,
    headroom: Headroom = Headroom(),
    profile: Optional[SpeedProfile] = None,
    min_generation_tps: float = 5.0,
    quants: Optional[Sequence[str]] = None,
) -> Optional[Recommendation]:
    """The best chat Llama and quantization that fits with headroom at `settings.n_ctx`.

    Best = most parameters x quantization quality. When the speed probe is known, a
    candidate must also generate at least `min_generation_tps` (a model that fits but
    writes one word a second is not a sensible first choice); if none does, the fastest
    fitting one is chosen and the reason says so. Q2_K is only a last resort.
    """
    fitting = []
    for entry in catalog.chat_models:
        for quant in entry.quants:
            if quants is not None and quant not in quants:
                continue
            fp = footprint_for(entry, quant)
            result = evaluate_fit(fp, settings, hw, headroom=headroom, profile=profile)
            if result.fits:
                fitting.append((entry, quant, fp, result))
    if not fitting:
        return None
    better = [c for c in fitting if c[1] not in LAST_RESORT_QUANTS]
    fitting = better or fitting

    def tps(item: tuple) -> float:
        speed = item[3].speed
        return speed.generation_tps if speed and speed.generation_tps else 0.0

    fast = [c for c in fitting if profile is None or tps(c) >= min_generation_tps]
    if fast:
        entry, quant, fp, result = max(fast, key=lambda c: (_score(c[0], c[1]), tps(c)))
        why = f"the largest Llama and best quantization that fits with headroom ({result.reason})"
        if profile is not None:
            why += f" and generates at least {min_generation_tps:g} tokens/s"
    else:
        entry, quant, fp, result = max(fitting, key=tps)
        why = (f"nothing that fits reaches {min_generation_tps:g} tokens/s on this machine; "
               f"this is the fastest that fits ({result.reason})")
    longest = max_context(fp, settings, hw, headroom=headroom)
    return Recommendation(entry, quant, settings.n_ctx, result, longest, why)


# --- several models at once (comparison panes) -------------------------------------------


@dataclass(frozen=True)
class TogetherResult:
    fits: bool
    placements: tuple[FitResult, ...]  # one per model, in the order given
    ram_needed: int
    vram_needed: int
    ram_budget: int
    vram_budget: int
    reason: str


def fit_together(
    models: Sequence[tuple[ModelFootprint, PlanSettings]],
    hw: HardwareSnapshot,
    *,
    headroom: Headroom = Headroom(),
) -> TogetherResult:
    """Whether several models can be loaded at the same time (each in its own engine
    worker). Largest first, each model gets the whole GPU if what is left of the VRAM
    holds it; all the others run from RAM."""
    gpu = best_gpu(hw)
    ram_budget, vram_budget = _budgets(hw, headroom, gpu)
    unified = bool(gpu and gpu.unified_memory)
    order = sorted(range(len(models)), key=lambda i: -models[i][0].weight_bytes)
    vram_left = vram_budget
    placed: dict[int, FitResult] = {}
    for i in order:
        fp, settings = models[i]
        cpu = plan_memory(fp, replace(settings, n_gpu_layers=0), cpu_flags=hw.cpu_flags)
        chosen, fit = cpu, Fit.RAM
        if gpu is not None:
            full = plan_memory(fp, replace(settings, n_gpu_layers=fp.arch.n_layer + 1), cpu_flags=hw.cpu_flags,
                               unified_memory=unified)
            if full.gpu_needed <= vram_left:
                chosen, fit = full, Fit.GPU
                vram_left -= full.gpu_needed
        placed[i] = FitResult(fit, chosen, ram_budget, vram_budget, f"{fp.label}: {fit.value}", gpu)
    ram = sum(p.plan.ram_needed for p in placed.values())
    vram = sum(p.plan.gpu_needed for p in placed.values())
    total_ram = ram + (vram if unified else 0)
    ok = total_ram <= ram_budget and vram <= vram_budget
    if ok:
        reason = f"together they need {_gib(total_ram)} of {_gib(ram_budget)} usable RAM"
        if vram:
            reason += f" and {_gib(vram)} of {_gib(vram_budget)} usable VRAM"
    else:
        reason = (f"together they need {_gib(total_ram)} of RAM but {_gib(ram_budget)} is usable; "
                  "compare fewer models, shorter contexts or smaller quantizations")
        placed = {i: replace(p, fit=Fit.NONE) for i, p in placed.items()}
    return TogetherResult(ok, tuple(placed[i] for i in range(len(models))), ram, vram, ram_budget, vram_budget, reason)

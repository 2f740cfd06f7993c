"""What one choice of load settings costs, before loading: memory, fit, speed, fixes.

The load settings dialog recomputes this on every change, so it is a pure function of
frozen inputs (a ModelFootprint, PlanSettings, a HardwareSnapshot, an optional
SpeedProfile) that takes a few milliseconds even for a 70B model. `n_gpu_layers=None`
means "the planner's choice" (evaluate_fit places the layers); a number is checked as
given, exactly as the engine's fit check will check it. When the choice does not fit,
`fixes` lists the planner's alternatives as settings to apply with one click (most
similar first) and, last, the smaller quantization that would fit (a different file).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from app.hardware.detect import HardwareSnapshot
from app.planner.fit_check import _fits
from app.planner.memory import MemoryPlan, PlanSettings
from app.planner.model_size import KNOWN_FILE_TYPES, ModelFootprint, quant_mix
from app.planner.plan import Fit, Headroom, _budgets, _gpu_share, best_gpu, evaluate_fit
from app.planner.speed import SpeedProfile, estimate_speed

# Kinds of fix. The UI words them; never change values (tests and translations key on them).
FIX_KV_TYPE = "kv_type"
FIX_FLASH_ATTENTION = "flash_attention"
FIX_CONTEXT = "context"
FIX_CPU_ONLY = "cpu_only"
FIX_QUANT = "quant"  # a smaller quantization of the same model: another file


@dataclass(frozen=True)
class LoadFix:
    kind: str
    settings: PlanSettings  # the settings to apply (unchanged for FIX_QUANT)
    ram_needed: int
    quant: str = ""  # FIX_QUANT: the file type that would fit


@dataclass(frozen=True)
class LoadCost:
    settings: PlanSettings  # as planned: n_gpu_layers is the planner's choice when asked for
    fit: Fit
    plan: MemoryPlan
    ram_available: int  # usable now (within any cgroup limit)
    vram_available: int  # free VRAM of the GPU llama.cpp would use; 0 without one
    ram_budget: int  # minus the headroom kept free
    vram_budget: int
    gpu_name: str  # "" without a usable GPU
    generation_tps: Optional[float]  # None: unknown (no speed probe yet, or a GPU's speed)
    prompt_tps: Optional[float]
    full_context_s: Optional[float]  # reading a whole context of n_ctx tokens
    fixes: tuple[LoadFix, ...] = ()

    @property
    def fits(self) -> bool:
        return self.fit is not Fit.NONE

    @property
    def weights(self) -> int:
        return self.plan.ram.weights + (self.plan.gpu.weights if self.plan.gpu else 0)

    @property
    def kv_cache(self) -> int:
        return self.plan.ram.kv_cache + (self.plan.gpu.kv_cache if self.plan.gpu else 0)

    @property
    def compute(self) -> int:
        """Compute buffers and the rest (output buffer, the engine process itself)."""
        ram = self.plan.ram.needed - self.plan.ram.weights - self.plan.ram.kv_cache
        gpu = self.plan.gpu.needed - self.plan.gpu.weights - self.plan.gpu.kv_cache if self.plan.gpu else 0
        return ram + gpu


def _placement(fp: ModelFootprint, plan: MemoryPlan, fits: bool) -> Fit:
    if not fits:
        return Fit.NONE
    if plan.n_gpu_layers <= 0:
        return Fit.RAM
    return Fit.GPU if plan.n_gpu_layers > fp.arch.n_layer else Fit.PARTIAL


def load_fixes(
    fp: ModelFootprint, s: PlanSettings, hw: HardwareSnapshot, headroom: Headroom, *, auto_gpu_layers: bool = False
) -> tuple[LoadFix, ...]:
    """What would fit instead of `s` (which does not): app/planner/fit_check.alternatives
    as data. With `auto_gpu_layers` each alternative gets the planner's placement too
    (a shorter context may fit once some layers move to the GPU)."""

    def fits(model: ModelFootprint, changed: PlanSettings) -> tuple[bool, MemoryPlan]:
        if auto_gpu_layers:
            placed = evaluate_fit(model, changed, hw, headroom=headroom)
            return placed.fits, placed.plan
        return _fits(model, changed, hw, headroom)

    found: list[LoadFix] = []

    def offer(kind: str, changed: PlanSettings) -> bool:
        ok, plan = fits(fp, changed)
        if ok:
            found.append(LoadFix(kind, replace(changed, n_gpu_layers=plan.n_gpu_layers), plan.ram_needed))
        return ok

    for kv in ("q8_0", "q4_0"):
        if kv != s.kv_type and offer(FIX_KV_TYPE, replace(s, kv_type=kv)):
            break
    if not s.effective_flash_attention:
        offer(FIX_FLASH_ATTENTION, replace(s, flash_attention=True))
    lo, hi = 0, s.n_ctx // 256  # the longest context (a multiple of 256) that fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(fp, replace(s, n_ctx=mid * 256))[0]:
            lo = mid
        else:
            hi = mid - 1
    if 0 < lo * 256 < s.n_ctx:
        offer(FIX_CONTEXT, replace(s, n_ctx=lo * 256))
    if s.n_gpu_layers > 0 and not auto_gpu_layers:
        offer(FIX_CPU_ONLY, replace(s, n_gpu_layers=0))
    for quant in reversed(KNOWN_FILE_TYPES):  # the best quality that fits first
        sizes = quant_mix(fp.arch, quant)
        if sum(t.n_bytes for t in sizes) >= fp.weight_bytes:
            continue
        ok, plan = fits(replace(fp, tensors=sizes, file_type=quant), s)
        if ok:
            found.append(LoadFix(FIX_QUANT, s, plan.ram_needed, quant))
            break
    return tuple(found)


def load_cost(
    fp: ModelFootprint,
    settings: PlanSettings,
    hw: HardwareSnapshot,
    *,
    auto_gpu_layers: bool = True,
    headroom: Headroom = Headroom(),
    profile: Optional[SpeedProfile] = None,
) -> LoadCost:
    """The cost of loading `fp` with `settings`; with `auto_gpu_layers` the planner
    chooses settings.n_gpu_layers (the most that fit), else it is checked as given."""
    if auto_gpu_layers:
        chosen = evaluate_fit(fp, settings, hw, headroom=headroom)
        s = replace(settings, n_gpu_layers=chosen.plan.n_gpu_layers)
        fits, plan = chosen.fits, chosen.plan
    else:
        s = settings
        fits, plan = _fits(fp, s, hw, headroom)
    gpu = best_gpu(hw)
    ram_budget, vram_budget = _budgets(hw, headroom, gpu)
    generation = prompt = full = None
    if profile is not None:
        share = _gpu_share(fp, plan.n_gpu_layers)
        bandwidth = gpu.bandwidth_bytes_per_s if gpu else None
        start = estimate_speed(fp, profile, kv_type=s.kv_type, gpu_fraction=share, gpu_bandwidth=bandwidth)
        whole = estimate_speed(fp, profile, context=s.n_ctx, kv_type=s.kv_type, gpu_fraction=share,
                               gpu_bandwidth=bandwidth)
        generation, prompt = start.generation_tps, start.prompt_tps
        full = s.n_ctx / whole.prompt_tps if whole.prompt_tps else None
    fixes = () if fits else load_fixes(fp, s, hw, headroom, auto_gpu_layers=auto_gpu_layers)
    return LoadCost(
        settings=s, fit=_placement(fp, plan, fits), plan=plan, ram_available=hw.usable_ram,
        vram_available=gpu.usable_bytes if gpu else 0, ram_budget=ram_budget, vram_budget=vram_budget,
        gpu_name=gpu.name if gpu else "", generation_tps=generation, prompt_tps=prompt, full_context_s=full,
        fixes=fixes,
    )

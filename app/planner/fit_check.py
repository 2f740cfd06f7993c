"""Refuse a load that would not fit, and say what would fit instead.

`make_fit_check(hardware)` returns the `fit_check` that EngineClient.load() calls before
any memory is spent: it plans the GGUF with the exact sizes from its header and raises
ModelTooLargeError when the requested placement (n_gpu_layers) does not fit in what is
usable now. The message names the alternatives that do fit: a shorter context, a
quantized KV cache, flash attention, or a smaller quantization of the same model.
Loading anyway is the caller's choice: do not pass the fit_check.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Union

from app.engine.settings import LoadSettings
from app.errors import AppError
from app.gguf_file import GgufInfo
from app.hardware.detect import HardwareSnapshot
from app.planner.memory import MemoryPlan, PlanSettings, plan_memory
from app.planner.model_size import KNOWN_FILE_TYPES, ModelFootprint, footprint_of_file, quant_mix
from app.planner.plan import GIB, Headroom, _budgets, _placement_fits, best_gpu


class ModelTooLargeError(AppError):
    """The model would not fit in the memory usable now."""

    kind = "model_too_large"


def _fits(fp: ModelFootprint, s: PlanSettings, hw: HardwareSnapshot, headroom: Headroom) -> tuple[bool, MemoryPlan]:
    gpu = best_gpu(hw) if s.n_gpu_layers > 0 else None
    ram_budget, vram_budget = _budgets(hw, headroom, gpu)
    unified = bool(gpu and gpu.unified_memory)
    plan = plan_memory(fp, s, cpu_flags=hw.cpu_flags, unified_memory=unified)
    return _placement_fits(plan, ram_budget, vram_budget, unified), plan


def _longest_context(fp: ModelFootprint, s: PlanSettings, hw: HardwareSnapshot, headroom: Headroom) -> int:
    """The longest context (multiple of 256) that fits with otherwise unchanged settings."""
    lo, hi = 0, s.n_ctx // 256
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _fits(fp, replace(s, n_ctx=mid * 256), hw, headroom)[0]:
            lo = mid
        else:
            hi = mid - 1
    return lo * 256


def alternatives(fp: ModelFootprint, s: PlanSettings, hw: HardwareSnapshot, headroom: Headroom) -> list[str]:
    """Changes to `s` (or the file) that would fit, most similar first."""
    found: list[str] = []
    for kv in ("q8_0", "q4_0"):
        if kv != s.kv_type and _fits(fp, replace(s, kv_type=kv), hw, headroom)[0]:
            found.append(f"a {kv} KV cache (same context)")
            break
    if not s.effective_flash_attention and _fits(fp, replace(s, flash_attention=True), hw, headroom)[0]:
        found.append("flash attention on (same context)")
    longest = _longest_context(fp, s, hw, headroom)
    if 0 < longest < s.n_ctx:
        found.append(f"a context of {longest:,} tokens")
    if s.n_gpu_layers > 0 and _fits(fp, replace(s, n_gpu_layers=0), hw, headroom)[0]:
        found.append("no GPU layers (the model fits in RAM)")
    smaller = []
    for quant in reversed(KNOWN_FILE_TYPES):  # F16 ... Q2_K: the best quality that fits first
        sizes = quant_mix(fp.arch, quant)
        if sum(t.n_bytes for t in sizes) >= fp.weight_bytes:
            continue
        candidate = replace(fp, tensors=sizes, file_type=quant)
        ok, plan = _fits(candidate, s, hw, headroom)
        if ok:
            smaller.append(f"the {quant} quantization (needs {plan.ram_needed / GIB:.1f} GiB)")
            break
    return found + smaller


def check_fit(
    fp: ModelFootprint, s: PlanSettings, hw: HardwareSnapshot, *, headroom: Headroom = Headroom()
) -> MemoryPlan:
    """The plan for `s`; ModelTooLargeError if it does not fit."""
    ok, plan = _fits(fp, s, hw, headroom)
    if ok:
        return plan
    gpu = best_gpu(hw) if s.n_gpu_layers > 0 else None
    ram_budget, vram_budget = _budgets(hw, headroom, gpu)
    need = f"{plan.ram_needed / GIB:.2f} GiB of RAM"
    have = (f"only {ram_budget / GIB:.2f} GiB can be used ({hw.usable_ram / GIB:.2f} GiB available minus "
            f"{headroom.ram(hw.usable_ram) / GIB:.2f} GiB headroom)")
    if plan.gpu_needed:
        need += f" and {plan.gpu_needed / GIB:.2f} GiB of VRAM"
        have += f"; {vram_budget / GIB:.2f} GiB of VRAM can be used"
    options = alternatives(fp, s, hw, headroom)
    instead = ("What would fit: " + "; or ".join(options) + ".") if options else \
        "Nothing smaller of this model fits either; free memory or choose a smaller model."
    name = fp.label if fp.file_type in fp.label else f"{fp.label} ({fp.file_type})"
    raise ModelTooLargeError(
        f"{name} with a {s.n_ctx:,}-token context and the {s.kv_type} KV cache needs {need}, but {have}. {instead}"
    )


HardwareSource = Union[HardwareSnapshot, Callable[[], HardwareSnapshot]]


def make_fit_check(
    hardware: HardwareSource, *, headroom: Headroom = Headroom()
) -> Callable[[LoadSettings, GgufInfo], None]:
    """A fit_check for EngineClient.load(). Pass a callable (e.g. `detect_hardware`) to
    measure free memory at each load; a snapshot is used as it is."""

    def fit_check(settings: LoadSettings, info: GgufInfo) -> None:
        hw = hardware() if callable(hardware) else hardware
        check_fit(footprint_of_file(info), PlanSettings.from_load_settings(settings), hw, headroom=headroom)

    return fit_check


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
from app.errors import QT_TRANSLATE_NOOP, AppError
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
    return [option.detail for option in _alternatives(fp, s, hw, headroom)]


def _alternatives(fp: ModelFootprint, s: PlanSettings, hw: HardwareSnapshot, headroom: Headroom) -> list[AppError]:
    """`alternatives` as marked texts with their parameters (the window translates them)."""
    found: list[AppError] = []
    for kv in ("q8_0", "q4_0"):
        if kv != s.kv_type and _fits(fp, replace(s, kv_type=kv), hw, headroom)[0]:
            found.append(AppError(QT_TRANSLATE_NOOP("AppError", "a {kv_type} KV cache (same context)"), kv_type=kv))
            break
    if not s.effective_flash_attention and _fits(fp, replace(s, flash_attention=True), hw, headroom)[0]:
        found.append(AppError(QT_TRANSLATE_NOOP("AppError", "flash attention on (same context)")))
    longest = _longest_context(fp, s, hw, headroom)
    if 0 < longest < s.n_ctx:
        found.append(AppError(QT_TRANSLATE_NOOP("AppError", "a context of {n_ctx:,} tokens"), n_ctx=longest))
    if s.n_gpu_layers > 0 and _fits(fp, replace(s, n_gpu_layers=0), hw, headroom)[0]:
        found.append(AppError(QT_TRANSLATE_NOOP("AppError", "no GPU layers (the model fits in RAM)")))
    for quant in reversed(KNOWN_FILE_TYPES):  # F16 ... Q2_K: the best quality that fits first
        sizes = quant_mix(fp.arch, quant)
        if sum(t.n_bytes for t in sizes) >= fp.weight_bytes:
            continue
        candidate = replace(fp, tensors=sizes, file_type=quant)
        ok, plan = _fits(candidate, s, hw, headroom)
        if ok:
            found.append(AppError(
                QT_TRANSLATE_NOOP("AppError", "the {quant} quantization (needs {gib:.1f} GiB)"),
                quant=quant,
                gib=plan.ram_needed / GIB,
            ))
            break
    return found


def _what_would_fit(options: list[AppError]) -> AppError:
    """The sentence naming `options` (at most five: one of each kind `_alternatives` offers)."""
    if not options:
        return AppError(QT_TRANSLATE_NOOP(
            "AppError", "Nothing smaller of this model fits either; free memory or choose a smaller model."
        ))
    if len(options) == 1:
        return AppError(QT_TRANSLATE_NOOP("AppError", "What would fit: {first}."), first=options[0])
    if len(options) == 2:
        return AppError(
            QT_TRANSLATE_NOOP("AppError", "What would fit: {first}; or {second}."), first=options[0], second=options[1]
        )
    if len(options) == 3:
        return AppError(
            QT_TRANSLATE_NOOP("AppError", "What would fit: {first}; or {second}; or {third}."),
            first=options[0], second=options[1], third=options[2],
        )
    if len(options) == 4:
        return AppError(
            QT_TRANSLATE_NOOP("AppError", "What would fit: {first}; or {second}; or {third}; or {fourth}."),
            first=options[0], second=options[1], third=options[2], fourth=options[3],
        )
    return AppError(
        QT_TRANSLATE_NOOP("AppError", "What would fit: {first}; or {second}; or {third}; or {fourth}; or {fifth}."),
        first=options[0], second=options[1], third=options[2], fourth=options[3], fifth=options[4],
    )


def check_fit(
    fp: ModelFootprint, s: PlanSettings, hw: HardwareSnapshot, *, headroom: Headroom = Headroom()
) -> MemoryPlan:
    """The plan for `s`; ModelTooLargeError if it does not fit."""
    ok, plan = _fits(fp, s, hw, headroom)
    if ok:
        return plan
    gpu = best_gpu(hw) if s.n_gpu_layers > 0 else None
    ram_budget, vram_budget = _budgets(hw, headroom, gpu)
    instead = _what_would_fit(_alternatives(fp, s, hw, headroom))
    name = fp.label if fp.file_type in fp.label else f"{fp.label} ({fp.file_type})"
    ram_needed, ram_available = plan.ram_needed / GIB, hw.usable_ram / GIB
    ram_headroom = headroom.ram(hw.usable_ram) / GIB
    if plan.gpu_needed:
        raise ModelTooLargeError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB "
                "of RAM and {vram_needed:.2f} GiB of VRAM, but only {ram_budget:.2f} GiB can be used "
                "({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom); "
                "{vram_budget:.2f} GiB of VRAM can be used. {instead}",
            ),
            name=name, n_ctx=s.n_ctx, kv_type=s.kv_type, ram_needed=ram_needed, ram_budget=ram_budget / GIB,
            ram_available=ram_available, ram_headroom=ram_headroom, vram_needed=plan.gpu_needed / GIB,
            vram_budget=vram_budget / GIB, instead=instead,
        )
    raise ModelTooLargeError(
        QT_TRANSLATE_NOOP(
            "AppError",
            "{name} with a {n_ctx:,}-token context and the {kv_type} KV cache needs {ram_needed:.2f} GiB "
            "of RAM, but only {ram_budget:.2f} GiB can be used "
            "({ram_available:.2f} GiB available minus {ram_headroom:.2f} GiB headroom). {instead}",
        ),
        name=name, n_ctx=s.n_ctx, kv_type=s.kv_type, ram_needed=ram_needed, ram_budget=ram_budget / GIB,
        ram_available=ram_available, ram_headroom=ram_headroom, instead=instead,
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


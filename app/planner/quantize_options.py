"""What each quantization of a local float GGUF would be: its expected file size and
whether it fits this computer, before anything is quantized.

The size is the planner's own (model_size.quant_mix, llama.cpp's quantization rules)
plus the bytes of the source file that are not tensor data (tokenizer, template,
hyperparameters), which quantizing leaves as they are. The fit is evaluate_fit's at the
context the model would be loaded with by default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.gguf_file import GgufInfo
from app.hardware.detect import HardwareSnapshot
from app.planner.memory import PlanSettings
from app.planner.model_size import KNOWN_FILE_TYPES, ModelFootprint, footprint_of_file, quant_mix
from app.planner.plan import Fit, Headroom, evaluate_fit

DEFAULT_PLAN_CONTEXT = 4096  # the context the fit is judged at (capped at the trained one)


@dataclass(frozen=True)
class QuantizeOption:
    quant_type: str  # a llama.cpp file type, e.g. "Q4_K_M"
    file_bytes: int  # expected size of the quantized file
    fit: Fit  # where it would run at `n_ctx`
    ram_needed: int
    n_ctx: int

    @property
    def fits(self) -> bool:
        return self.fit is not Fit.NONE


def quantize_options(info: GgufInfo, hardware: HardwareSnapshot, *, n_ctx: int = DEFAULT_PLAN_CONTEXT,
                     headroom: Headroom = Headroom()) -> tuple[QuantizeOption, ...]:
    """One option per quantization the planner knows (smallest first), F16 left out: it
    is what the source already is or more."""
    return options_for_footprint(footprint_of_file(info), hardware, n_ctx=n_ctx, headroom=headroom)


def options_for_footprint(source: ModelFootprint, hardware: HardwareSnapshot, *, n_ctx: int = DEFAULT_PLAN_CONTEXT,
                          headroom: Headroom = Headroom()) -> tuple[QuantizeOption, ...]:
    """quantize_options for a footprint (a local file's, or a catalog model's estimate)."""
    other_bytes = max(0, source.file_bytes - source.weight_bytes)
    context = min(n_ctx, source.arch.context_length) if source.arch.context_length > 0 else n_ctx
    settings = PlanSettings(n_ctx=context)
    options = []
    for quant in KNOWN_FILE_TYPES:
        if quant == "F16":
            continue
        tensors = quant_mix(source.arch, quant)
        weights = sum(t.n_bytes for t in tensors)
        candidate = replace(source, tensors=tensors, file_type=quant, file_bytes=weights + other_bytes, exact=False)
        result = evaluate_fit(candidate, settings, hardware, headroom=headroom)
        options.append(QuantizeOption(quant, weights + other_bytes, result.fit, result.plan.ram_needed, context))
    return tuple(sorted(options, key=lambda o: o.file_bytes))

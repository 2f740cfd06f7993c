"""Llama 3's rope scaling as llama.cpp stores it: per-dimension frequency divisors
(the `rope_freqs.weight` tensor). Shared by the converter and the tiny-model builder."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Llama3RopeScaling:
    """Hugging Face's `rope_scaling` with rope_type "llama3" (Llama 3.1 and later)."""

    factor: float = 8.0
    low_freq_factor: float = 1.0
    high_freq_factor: float = 4.0
    original_context: int = 8192


def llama3_rope_factors(head_dim: int, rope_theta: float, scaling: Llama3RopeScaling) -> np.ndarray:
    """Short wavelengths are kept, long ones divided by `factor`, the band in between
    interpolated smoothly (the rule of transformers' "llama3" rope, in float32 like it)."""
    import numpy as np  # here, not at the top: the app starts without numpy

    freqs = 1.0 / (rope_theta ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim))
    low_wavelen = scaling.original_context / scaling.low_freq_factor
    high_wavelen = scaling.original_context / scaling.high_freq_factor
    factors = []
    for freq in freqs:
        wavelen = 2 * math.pi / float(freq)
        if wavelen < high_wavelen:
            factors.append(1.0)
        elif wavelen > low_wavelen:
            factors.append(scaling.factor)
        else:
            smooth = (scaling.original_context / wavelen - scaling.low_freq_factor) / (
                scaling.high_freq_factor - scaling.low_freq_factor
            )
            factors.append(1.0 / ((1 - smooth) / scaling.factor + smooth))
    return np.asarray(factors, dtype=np.float32)

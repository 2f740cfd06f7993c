"""Llama 3's rope scaling as llama.cpp stores it: per-dimension frequency divisors
(the `rope_freqs.weight` tensor). Shared by the converter and the tiny-model builder."""

from __future__ import annotations

import math

import numpy as np


def llama3_rope_factors(
    head_dim: int,
    rope_theta: float,
    factor: float,
    low_freq_factor: float,
    high_freq_factor: float,
    original_context: int,
) -> np.ndarray:
    """Short wavelengths are kept, long ones divided by `factor`, the band in between
    interpolated smoothly (the rule of transformers' "llama3" rope, in float32 like it)."""
    freqs = 1.0 / (rope_theta ** (np.arange(0, head_dim, 2, dtype=np.float32) / head_dim))
    low_wavelen = original_context / low_freq_factor
    high_wavelen = original_context / high_freq_factor
    factors = []
    for freq in freqs:
        wavelen = 2 * math.pi / float(freq)
        if wavelen < high_wavelen:
            factors.append(1.0)
        elif wavelen > low_wavelen:
            factors.append(factor)
        else:
            smooth = (original_context / wavelen - low_freq_factor) / (high_freq_factor - low_freq_factor)
            factors.append(1.0 / ((1 - smooth) / factor + smooth))
    return np.asarray(factors, dtype=np.float32)

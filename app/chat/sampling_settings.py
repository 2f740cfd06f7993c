"""A conversation's sampling settings as stored with it and with each message: written
from SamplingSettings, and read back leniently (a key missing, or a value of the wrong
type or out of range, keeps the default: the file may come from an older version or an
import). Stored on disk: never rename these keys."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping, Optional, Sequence

from app.engine.settings import SamplingSettings

# key -> (type, lowest, highest)
RANGES: dict[str, tuple[type, float, float]] = {
    "temperature": (float, 0.0, 5.0),
    "top_p": (float, 0.0, 1.0),
    "top_k": (int, 0, 100_000),
    "min_p": (float, 0.0, 1.0),
    "repeat_penalty": (float, 0.5, 5.0),
    "max_tokens": (int, 1, 1_048_576),
}


def sampling_to_settings(sampling: SamplingSettings) -> dict[str, Any]:
    return {
        "temperature": sampling.temperature, "top_p": sampling.top_p, "top_k": sampling.top_k,
        "min_p": sampling.min_p, "repeat_penalty": sampling.repeat_penalty, "max_tokens": sampling.max_tokens,
        "seed": sampling.seed,
    }


def sampling_from_settings(saved: Optional[Mapping[str, Any]], default: SamplingSettings) -> SamplingSettings:
    """The sampling a conversation was saved with; what is missing or wrong stays `default`."""
    if not saved:
        return default
    found: dict[str, Any] = {}
    for key, (kind, lowest, highest) in RANGES.items():
        value = saved.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if kind is int and value != int(value):
            continue
        if lowest <= value <= highest:
            found[key] = kind(value)
    if "seed" in saved and (saved["seed"] is None or (isinstance(saved["seed"], int)
                                                      and not isinstance(saved["seed"], bool))):
        found["seed"] = saved["seed"]
    return replace(default, **found)


# Meta's recommended sampling for Llama 3.1 Instruct (its generation_config.json).
LLAMA_31_RECOMMENDED = SamplingSettings(temperature=0.6, top_p=0.9)

# A GGUF's own recommended sampling (llama.cpp's `general.sampling.*` keys) -> our names.
GGUF_SAMPLING_KEYS = {
    "general.sampling.temp": "temperature",
    "general.sampling.top_p": "top_p",
    "general.sampling.top_k": "top_k",
    "general.sampling.min_p": "min_p",
    "general.sampling.penalty_repeat": "repeat_penalty",
}


def sampling_from_gguf(metadata: Mapping[str, Any] | Sequence[tuple[str, Any]],
                       default: SamplingSettings = LLAMA_31_RECOMMENDED) -> SamplingSettings:
    """The sampling a model file recommends in its `general.sampling.*` keys (numbers, or
    their text as llama.cpp reports them); what it does not say, or says out of range,
    stays `default` (Meta's recommendation for Llama 3.1 Instruct)."""
    pairs = metadata.items() if isinstance(metadata, Mapping) else metadata
    found: dict[str, Any] = {}
    for key, value in pairs:
        name = GGUF_SAMPLING_KEYS.get(key)
        if name is None or isinstance(value, bool):
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        # f32 in the file: 0.3 reads 0.30000001; four decimals are all a sampler setting needs
        found[name] = int(number) if RANGES[name][0] is int and number == int(number) else round(number, 4)
    return sampling_from_settings(found, default) if found else default

"""Sampling settings stored with a conversation, read back leniently."""

from __future__ import annotations

from app.chat.sampling_settings import sampling_from_settings, sampling_to_settings
from app.engine.settings import SamplingSettings

DEFAULT = SamplingSettings()


def test_a_round_trip_keeps_every_setting() -> None:
    sampling = SamplingSettings(temperature=0.2, top_p=0.8, top_k=12, min_p=0.1, repeat_penalty=1.1,
                                max_tokens=512, seed=42)
    assert sampling_from_settings(sampling_to_settings(sampling), DEFAULT) == sampling


def test_missing_wrong_or_out_of_range_values_keep_the_default() -> None:
    saved = {"temperature": "hot", "top_p": 3.0, "top_k": 7.5, "min_p": True, "max_tokens": 0, "seed": "x",
             "repeat_penalty": 1.2, "model_file": "m.gguf"}
    assert sampling_from_settings(saved, DEFAULT) == SamplingSettings(repeat_penalty=1.2)
    assert sampling_from_settings(None, DEFAULT) is DEFAULT
    assert sampling_from_settings({"seed": None, "top_k": 3}, SamplingSettings(seed=5)) == SamplingSettings(top_k=3)

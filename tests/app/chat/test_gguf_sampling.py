"""A model file's own recommended sampling (its `general.sampling.*` keys) becomes the
chat's defaults; without them, Meta's recommendation for Llama 3.1 Instruct. Read on a
real tiny GGUF through the real engine."""

from __future__ import annotations

from pathlib import Path

from app.chat.sampling_settings import LLAMA_31_RECOMMENDED, sampling_from_gguf
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings, SamplingSettings
from app.gguf_file import MetaValue
from tests.app.hub.support import write_small_gguf

SAMPLING_KEYS = (
    MetaValue("general.sampling.temp", 0.3, "f32"),
    MetaValue("general.sampling.top_p", 0.8, "f32"),
    MetaValue("general.sampling.top_k", 20, "i32"),
    MetaValue("general.sampling.min_p", 0.1, "f32"),
    MetaValue("general.sampling.penalty_repeat", 1.1, "f32"),
)


def test_the_file_s_sampling_keys_become_the_defaults(tmp_path: Path) -> None:
    path = write_small_gguf(tmp_path / "sampled.gguf", extra_metadata=SAMPLING_KEYS)
    client = EngineClient(tmp_path / "engine.log")
    try:
        info = client.load(LoadSettings(model_path=path, n_ctx=256, n_threads=1))
    finally:
        client.close()
    assert dict(info.sampling_metadata).keys() >= {key.key for key in SAMPLING_KEYS}
    sampling = sampling_from_gguf(info.sampling_metadata)
    assert (sampling.temperature, sampling.top_p, sampling.top_k) == (0.3, 0.8, 20)
    assert abs(sampling.min_p - 0.1) < 1e-6 and abs(sampling.repeat_penalty - 1.1) < 1e-6
    assert sampling.max_tokens == LLAMA_31_RECOMMENDED.max_tokens  # the file does not say


def test_without_keys_meta_s_values_are_the_defaults() -> None:
    assert sampling_from_gguf(()) == LLAMA_31_RECOMMENDED
    assert (LLAMA_31_RECOMMENDED.temperature, LLAMA_31_RECOMMENDED.top_p) == (0.6, 0.9)


def test_odd_values_keep_the_default() -> None:
    odd = {"general.sampling.temp": "hot", "general.sampling.top_p": "7", "general.sampling.top_k": "12",
           "general.sampling.min_p": True, "general.name": "x"}
    assert sampling_from_gguf(odd, SamplingSettings()) == SamplingSettings(top_k=12)

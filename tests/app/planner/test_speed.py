"""Speed probes (short, cached on disk per machine) and the speed estimate's behaviour."""

from __future__ import annotations

import json
import time

import pytest

from app.catalog.entries import load_catalog
from app.planner.model_size import footprint_for
from app.planner.speed import CACHE_FILE_NAME, SpeedProfile, cached_speed_profile, estimate_speed, measure_speed

CATALOG = load_catalog()


class CountingProbe:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, threads, machine, **_):
        self.calls += 1
        return SpeedProfile(10e9 + self.calls, 50e9, threads, time.time(), machine)


def test_probe_is_short_and_measures_something() -> None:
    started = time.monotonic()
    profile = measure_speed(2, "this machine", seconds=0.2)
    assert time.monotonic() - started < 2.5
    assert profile.read_bandwidth > 5e8 and profile.matmul_flops > 5e8


def test_profile_is_cached_per_machine(tmp_path) -> None:
    probe = CountingProbe()
    first = cached_speed_profile(tmp_path, 2, "cpu-a", measure=probe)
    assert cached_speed_profile(tmp_path, 2, "cpu-a", measure=probe) == first
    assert probe.calls == 1
    cached_speed_profile(tmp_path, 2, "cpu-b", measure=probe)  # another machine: measure again
    cached_speed_profile(tmp_path, 4, "cpu-b", measure=probe)  # other thread count: again
    cached_speed_profile(tmp_path, 4, "cpu-b", measure=probe, refresh=True)
    assert probe.calls == 4


def test_stale_or_broken_cache_is_measured_again(tmp_path) -> None:
    probe = CountingProbe()
    cached_speed_profile(tmp_path, 2, "cpu", measure=probe, max_age_s=3600)
    raw = json.loads((tmp_path / CACHE_FILE_NAME).read_text())
    raw["measured_at"] -= 7200
    (tmp_path / CACHE_FILE_NAME).write_text(json.dumps(raw))
    cached_speed_profile(tmp_path, 2, "cpu", measure=probe, max_age_s=3600)
    (tmp_path / CACHE_FILE_NAME).write_text("{not json")
    cached_speed_profile(tmp_path, 2, "cpu", measure=probe)
    assert probe.calls == 3


PROFILE = SpeedProfile(20e9, 200e9, 4, 0.0, "test")


def test_estimates_follow_bytes_read_per_token() -> None:
    entry = CATALOG.model("llama-3.1-8b")
    q4, q8 = footprint_for(entry, "Q4_K_M"), footprint_for(entry, "Q8_0")
    fast, slow = estimate_speed(q4, PROFILE), estimate_speed(q8, PROFILE)
    assert fast.generation_tps > slow.generation_tps
    assert fast.generation_tps == pytest.approx(slow.generation_tps * q8.bytes_read_per_token / q4.bytes_read_per_token,
                                                rel=0.1)
    assert estimate_speed(q4, PROFILE, context=32768).generation_tps < fast.generation_tps  # KV cache read too
    assert estimate_speed(q4, PROFILE, context=32768).prompt_tps < fast.prompt_tps  # attention over the context
    small = footprint_for(CATALOG.model("llama-3.2-1b"), "Q4_K_M")
    assert estimate_speed(small, PROFILE).prompt_tps > 5 * fast.prompt_tps


def test_gpu_share_speeds_generation_up() -> None:
    fp = footprint_for(CATALOG.model("llama-3.1-8b"), "Q4_K_M")
    cpu = estimate_speed(fp, PROFILE)
    gpu = estimate_speed(fp, PROFILE, gpu_fraction=1.0, gpu_bandwidth=1000e9)
    assert gpu.generation_tps > 10 * cpu.generation_tps and gpu.prompt_tps is None
    assert estimate_speed(fp, PROFILE, gpu_fraction=0.5, gpu_bandwidth=None).generation_tps is None

"""The planner against real llama.cpp loads of the tiny model: the buffer sizes llama.cpp
logs and the worker's peak RSS; and a load that would not fit refused before any memory
is spent, with a suggestion that really fits. (1B/3B and 128k rows:
benchmarks/planner_accuracy.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.chat.messages import ChatMessage
from app.engine.client import EngineClient
from app.engine.settings import LoadSettings, SamplingSettings
from app.gguf_file import read_gguf_info
from app.hardware.detect import HardwareSnapshot, detect_hardware
from app.planner.fit_check import ModelTooLargeError, footprint_of_file, make_fit_check
from app.planner.measure import parse_buffer_sizes, process_memory
from app.planner.memory import PlanSettings, mapped_bytes, plan_memory, repacked_tensors
from app.planner.plan import NO_HEADROOM

MIB = 1024 * 1024
PROMPT = " ".join(f"w{i}" for i in range(120))  # ~330 tokens with the chat template


@pytest.fixture(scope="module")
def machine() -> HardwareSnapshot:
    return detect_hardware()


def _load_and_chat(path: Path, settings: LoadSettings, log: Path, fit_check=None):
    with EngineClient(log) as engine:
        engine.load(settings, fit_check=fit_check)
        reply = engine.chat([ChatMessage("user", PROMPT)], SamplingSettings(max_tokens=4, temperature=0.0, seed=1))
        memory = process_memory(engine.worker_pid)
    return reply, memory, parse_buffer_sizes(log.read_text(errors="replace"))


@pytest.mark.parametrize(("n_ctx", "kv", "fa"), [(4096, "f16", False), (32768, "q8_0", True)])
def test_prediction_matches_what_llama_cpp_allocates(tiny_model_path, tmp_path, machine, n_ctx, kv, fa) -> None:
    settings = LoadSettings(model_path=tiny_model_path, n_ctx=n_ctx, kv_cache_type=kv, flash_attention=fa, n_threads=2)
    reply, memory, reported = _load_and_chat(tiny_model_path, settings, tmp_path / "engine.log")
    fp = footprint_of_file(read_gguf_info(tiny_model_path))
    plan = plan_memory(fp, PlanSettings.from_load_settings(settings), cpu_flags=machine.cpu_flags,
                       context_tokens=reply.stats.prompt_tokens)
    repacked = repacked_tensors(fp, machine.cpu_flags)
    assert mapped_bytes(fp, repacked) + sum(t.n_bytes for t in repacked) == pytest.approx(reported.model, rel=0.001)
    assert plan.ram.kv_cache == pytest.approx(reported.kv_cache, rel=0.001)
    assert plan.ram.compute == pytest.approx(reported.compute, rel=0.02)
    assert plan.ram.output == pytest.approx(reported.output, rel=0.02)
    assert plan.peak_rss == pytest.approx(memory.peak_rss, rel=0.05)


def test_load_that_would_not_fit_is_refused_with_what_fits_instead(tiny_model_path, tmp_path, machine) -> None:
    budget = 300 * MIB  # a deliberately small machine
    small = HardwareSnapshot(machine.ram_total, budget, 2, 2, machine.cpu_name, machine.cpu_flags, system="Linux")
    fit_check = make_fit_check(small, headroom=NO_HEADROOM)
    too_big = LoadSettings(model_path=tiny_model_path, n_ctx=32768, n_threads=2)  # f16 KV, no flash attention
    engine = EngineClient(tmp_path / "engine.log")
    try:
        with pytest.raises(ModelTooLargeError) as caught:
            engine.load(too_big, fit_check=fit_check)
        assert engine.worker_pid is None  # refused before any worker or memory was spent
    finally:
        engine.close()
    message = caught.value.detail
    assert "32,768-token context" in message and "What would fit" in message
    assert "flash attention on" in message and "a context of" in message
    # the suggestion is real: accepted by the same check, and the worker stays under the budget
    fits = LoadSettings(model_path=tiny_model_path, n_ctx=32768, flash_attention=True, n_threads=2)
    _, memory, _ = _load_and_chat(tiny_model_path, fits, tmp_path / "engine2.log", fit_check=fit_check)
    assert memory.peak_rss < budget


REPACK_LOG = """\
2026-11-23 09:35:20,001 1 WARNING llama.cpp: load_tensors: loading model tensors, this can take a while... (load_mode = mmap)
2026-11-23 09:35:20,002 1 INFO llama.cpp: load_tensors: layer   0 assigned to device CPU, is_swa = 0
2026-11-23 09:35:21,101 1 INFO llama.cpp: load_tensors:   CPU_Mapped model buffer size =   753.81 MiB
2026-11-23 09:35:21,102 1 INFO llama.cpp: load_tensors:   CPU_REPACK model buffer size =   445.50 MiB
2026-11-23 09:35:21,200 1 INFO llama.cpp: llama_context:        CPU  output buffer size =     0.49 MiB
2026-11-23 09:35:21,300 1 INFO llama.cpp: llama_kv_cache:        CPU KV buffer size =   128.00 MiB
2026-11-23 09:35:21,400 1 INFO llama.cpp: sched_reserve:        CPU compute buffer size =   258.50 MiB
2026-11-23 09:35:29,000 1 INFO llama.cpp: ~llama_context:        CPU compute buffer size is 258.5020 MiB, matches expectation of 258.5020 MiB
"""


def test_buffer_sizes_are_read_from_the_last_load_in_the_log() -> None:
    earlier = REPACK_LOG.replace("753.81", "1.00").replace("445.50", "2.00")
    reported = parse_buffer_sizes(earlier + REPACK_LOG)
    assert reported.model_mapped == round(753.81 * MIB) and reported.model_repack == round(445.5 * MIB)
    assert (reported.kv_cache, reported.compute, reported.output) == (128 * MIB, round(258.5 * MIB), round(0.49 * MIB))
    with pytest.raises(ValueError):
        parse_buffer_sizes("no load here")


def test_local_file_header_replaces_the_estimate_in_the_grid(tiny_model_path, machine) -> None:
    from app.catalog.entries import load_catalog
    from app.planner.plan import plan_grid

    catalog = load_catalog()
    settings = PlanSettings(4096)
    estimated = plan_grid(catalog, machine, settings, contexts=[4096], model_ids=["llama-3.2-1b"], quants=["F16"])
    local = plan_grid(catalog, machine, settings, contexts=[4096], model_ids=["llama-3.2-1b"], quants=["F16"],
                      local_files={("llama-3.2-1b", "F16"): tiny_model_path})
    assert estimated[0].file_bytes == pytest.approx(2.48e9, rel=0.01)
    assert local[0].file_bytes == tiny_model_path.stat().st_size  # the header's exact numbers
    assert local[0].result.plan.ram.weights < estimated[0].result.plan.ram.weights

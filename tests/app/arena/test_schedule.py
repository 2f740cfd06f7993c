"""The compare panes' schedule on injected machines: concurrent with the cores split,
or sequential, and the reason given."""

from __future__ import annotations

from pathlib import Path

from app.arena.schedule import Mode, PaneLoad, schedule_panes, split_threads
from app.catalog.entries import load_catalog
from app.engine.settings import LoadSettings
from app.hardware.detect import GpuInfo, HardwareSnapshot
from app.planner.model_size import footprint_for
from app.planner.plan import Fit

GIB = 1024**3
CATALOG = load_catalog()
RTX_4090 = GpuInfo("nvidia", "RTX 4090", 24 * GIB, 23 * GIB, bandwidth_bytes_per_s=1008e9)


def machine(available_gib: float = 20, cores: int = 8, gpus=()) -> HardwareSnapshot:
    return HardwareSnapshot(int(32 * GIB), int(available_gib * GIB), cores, cores * 2, "test CPU", frozenset({"avx2"}),
                            gpus=tuple(gpus), gpu_offload_supported=bool(gpus), system="Linux")


def pane(model: str, quant: str = "Q4_K_M", n_ctx: int = 8192, threads: int = 16) -> PaneLoad:
    return PaneLoad(f"{model} {quant}", footprint_for(CATALOG.model(model), quant),
                    LoadSettings(Path(f"{model}.gguf"), n_ctx=n_ctx, n_threads=threads))


def test_models_that_fit_together_run_concurrently_with_the_cores_split() -> None:
    plan = schedule_panes([pane("llama-3.2-3b"), pane("llama-3.1-8b")], machine(cores=7))
    assert plan.mode is Mode.CONCURRENT and plan.together.fits
    assert [p.settings.n_threads for p in plan.panes] == [3, 4]  # the larger model takes the odd core
    assert all(p.fit is Fit.RAM and p.settings.n_gpu_layers == 0 for p in plan.panes)
    assert "fit in memory together" in plan.reason and "7 CPU cores" in plan.reason


def test_a_pane_on_the_gpu_keeps_one_thread_and_the_rest_go_to_the_cpu_pane() -> None:
    plan = schedule_panes([pane("llama-3.2-3b"), pane("llama-3.1-8b")], machine(cores=8, gpus=[RTX_4090]))
    assert plan.mode is Mode.CONCURRENT
    eight, three = plan.panes[1], plan.panes[0]
    assert eight.fit is Fit.GPU and eight.settings.n_gpu_layers > 0  # the largest gets the GPU first
    assert sum(p.settings.n_threads for p in plan.panes) <= 8
    assert three.fit is Fit.GPU  # 23 GiB holds both
    assert [p.settings.n_threads for p in plan.panes] == [1, 1]
    small_gpu = GpuInfo("nvidia", "RTX 3060", 8 * GIB, 7 * GIB, bandwidth_bytes_per_s=360e9)
    mixed = schedule_panes([pane("llama-3.2-3b"), pane("llama-3.1-8b")], machine(cores=8, gpus=[small_gpu]))
    assert [p.fit for p in mixed.panes] == [Fit.RAM, Fit.GPU]  # the 8B takes the GPU, the 3B what is left
    assert [p.settings.n_threads for p in mixed.panes] == [7, 1]


def test_models_too_large_together_run_one_after_another() -> None:
    big = [pane("llama-3.1-8b", "Q8_0", n_ctx=32768)] * 3
    plan = schedule_panes(big, machine(available_gib=20, cores=4))
    assert plan.mode is Mode.SEQUENTIAL and not plan.together.fits
    assert "do not fit in memory together" in plan.reason and "together they need" in plan.reason
    assert all(p.fit is Fit.RAM and p.settings.n_threads == 4 for p in plan.panes)  # each alone gets every core
    assert "Even alone" not in plan.reason


def test_more_cpu_panes_than_cores_run_one_after_another() -> None:
    plan = schedule_panes([pane("llama-3.2-1b"), pane("llama-3.2-3b")], machine(cores=1))
    assert plan.mode is Mode.SEQUENTIAL and plan.together.fits
    assert "2 of them would compute on the CPU and it has only 1 core, so" in plan.reason


def test_a_model_too_large_even_alone_is_named() -> None:
    plan = schedule_panes([pane("llama-3.2-1b"), pane("llama-3.3-70b", "Q8_0")], machine(available_gib=16))
    assert plan.mode is Mode.SEQUENTIAL
    assert [p.fit for p in plan.panes] == [Fit.RAM, Fit.NONE]
    assert "Even alone, llama-3.3-70b Q8_0 does not fit." in plan.reason


def test_split_threads() -> None:
    assert split_threads(2, [False, False], [1, 2], [8, 8]) == [1, 1]
    assert split_threads(5, [False, False], [1, 2], [8, 8]) == [2, 3]
    assert split_threads(8, [False, False], [1, 2], [2, 8]) == [2, 4]  # never more than asked
    assert split_threads(3, [True, True, True], [1, 1, 1], [4, 4, 4]) == [1, 1, 1]
    assert split_threads(2, [True, False, False], [1, 1, 1], [4, 4, 4]) == []

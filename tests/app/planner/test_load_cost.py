"""What a choice of load settings costs: the planner's GPU layers or the person's, the
verdict, the speed figures and the one-click fixes as settings that really fit."""

from __future__ import annotations

from dataclasses import replace

from app.catalog.entries import load_catalog
from app.hardware.detect import GpuInfo, HardwareSnapshot
from app.planner.fit_check import _fits
from app.planner.load_cost import FIX_CONTEXT, FIX_CPU_ONLY, FIX_KV_TYPE, FIX_QUANT, load_cost
from app.planner.memory import PlanSettings
from app.planner.model_size import footprint_for
from app.planner.plan import Fit, Headroom
from app.planner.speed import SpeedProfile

GIB = 1024**3
CATALOG = load_catalog()
PROFILE = SpeedProfile(read_bandwidth=20e9, matmul_flops=200e9, threads=4, measured_at=0.0, machine="test")
CPU_16 = HardwareSnapshot(16 * GIB, 12 * GIB, 4, 4, "test CPU", frozenset({"avx2"}), system="Linux")
GPU_8 = HardwareSnapshot(32 * GIB, 28 * GIB, 8, 8, "test CPU", frozenset({"avx2"}), system="Linux",
                         gpus=(GpuInfo("nvidia", "RTX 4060", 8 * GIB, 7 * GIB, bandwidth_bytes_per_s=272e9),),
                         gpu_offload_supported=True)


def fp(model: str = "llama-3.1-8b", quant: str = "Q4_K_M"):
    return footprint_for(CATALOG.model(model), quant)


def test_a_fitting_choice_has_its_breakdown_and_speed() -> None:
    cost = load_cost(fp(), PlanSettings(8192), CPU_16, profile=PROFILE)
    assert cost.fit is Fit.RAM and cost.fits and cost.fixes == ()
    assert cost.weights + cost.kv_cache + cost.compute == cost.plan.ram_needed
    assert cost.kv_cache == 1 * GIB  # 32 layers x 2 x 1024 x 8192 x 2 bytes
    assert cost.ram_available == 12 * GIB and cost.ram_budget == cost.ram_available - Headroom().ram(12 * GIB)
    assert cost.generation_tps and cost.prompt_tps and cost.full_context_s
    # reading a full context takes longer than 8192 tokens at the empty-context rate
    assert cost.full_context_s > 8192 / cost.prompt_tps


def test_no_speed_without_the_probe() -> None:
    cost = load_cost(fp(), PlanSettings(8192), CPU_16)
    assert (cost.generation_tps, cost.prompt_tps, cost.full_context_s) == (None, None, None)


def test_the_planner_places_the_layers_unless_told() -> None:
    auto = load_cost(fp(), PlanSettings(8192), GPU_8, profile=PROFILE)
    assert auto.fit is Fit.GPU and auto.settings.n_gpu_layers == 33 and auto.gpu_name == "RTX 4060"
    assert auto.vram_available == 7 * GIB
    cpu = load_cost(fp(), PlanSettings(8192, n_gpu_layers=0), GPU_8, auto_gpu_layers=False, profile=PROFILE)
    assert cpu.fit is Fit.RAM and cpu.plan.gpu_needed == 0
    part = load_cost(fp(), PlanSettings(8192, n_gpu_layers=10), GPU_8, auto_gpu_layers=False, profile=PROFILE)
    assert part.fit is Fit.PARTIAL and part.settings.n_gpu_layers == 10
    assert cpu.generation_tps < part.generation_tps < auto.generation_tps


def test_too_many_gpu_layers_offer_the_cpu_and_every_fix_fits() -> None:
    s = PlanSettings(65536, n_gpu_layers=33)
    cost = load_cost(fp("llama-3.1-8b", "Q8_0"), s, GPU_8, auto_gpu_layers=False)
    assert cost.fit is Fit.NONE
    kinds = [f.kind for f in cost.fixes]
    assert FIX_CPU_ONLY in kinds
    for fix in cost.fixes:
        if fix.kind != FIX_QUANT:
            assert _fits(fp("llama-3.1-8b", "Q8_0"), fix.settings, GPU_8, Headroom())[0], fix


def test_a_context_too_long_offers_a_smaller_kv_cache_and_the_longest_context_that_fits() -> None:
    cost = load_cost(fp(), PlanSettings(131072), CPU_16)
    assert cost.fit is Fit.NONE
    by_kind = {f.kind: f for f in cost.fixes}
    assert by_kind[FIX_KV_TYPE].settings.kv_type == "q4_0"  # q8_0 is not small enough here
    assert not load_cost(fp(), PlanSettings(131072, kv_type="q8_0"), CPU_16).fits
    assert load_cost(fp(), by_kind[FIX_KV_TYPE].settings, CPU_16).fits
    context = by_kind[FIX_CONTEXT].settings.n_ctx
    assert 0 < context < 131072 and context % 256 == 0
    assert load_cost(fp(), replace(cost.settings, n_ctx=context), CPU_16).fits
    assert not load_cost(fp(), replace(cost.settings, n_ctx=context + 256), CPU_16).fits


def test_weights_too_big_offer_the_best_smaller_quantization_that_fits() -> None:
    cost = load_cost(fp("llama-3.1-8b", "F16"), PlanSettings(8192), CPU_16)
    assert cost.fit is Fit.NONE
    quant = next(f for f in cost.fixes if f.kind == FIX_QUANT)
    assert quant.quant == "Q8_0" and quant.settings == cost.settings
    assert load_cost(fp("llama-3.1-8b", "Q8_0"), PlanSettings(8192), CPU_16).fits

"""Hardware, plans, the grid and the recommendation as plain dicts (JSON) and as text
tables a newcomer can read. The CLI prints these; the GUI shows the same dicts.

Field names in the dicts are a stored format (scripts read `paddock-cli ... --json`):
add fields, never rename or reuse them.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from app.catalog.entries import Catalog
from app.hardware.detect import HardwareSnapshot
from app.planner.memory import MemoryBreakdown, MemoryPlan
from app.planner.plan import Fit, FitResult, GridCell, Headroom, Recommendation
from app.planner.speed import SpeedEstimate, SpeedProfile

GIB = 1024**3
_FIT_WORD = {Fit.GPU: "GPU", Fit.PARTIAL: "part", Fit.RAM: "RAM", Fit.NONE: "---"}


def gib(n: Optional[int]) -> str:
    return "?" if n is None else f"{n / GIB:.1f} GiB"


def ctx_label(n: int) -> str:
    return f"{n // 1024}k" if n % 1024 == 0 else f"{n:,}"


# --- dicts -------------------------------------------------------------------------------


def hardware_dict(hw: HardwareSnapshot, profile: Optional[SpeedProfile]) -> dict[str, Any]:
    return {
        "ram_total_bytes": hw.ram_total,
        "ram_available_bytes": hw.ram_available,
        "ram_usable_bytes": hw.usable_ram,
        "cgroup_limit_bytes": hw.cgroup_limit,
        "cgroup_available_bytes": hw.cgroup_available,
        "cpu": hw.cpu_name,
        "cpu_flags": sorted(hw.cpu_flags),
        "physical_cores": hw.physical_cores,
        "logical_cores": hw.logical_cores,
        "gpus": [
            {"vendor": g.vendor, "name": g.name, "total_bytes": g.total_bytes, "free_bytes": g.free_bytes,
             "unified_memory": g.unified_memory, "bandwidth_bytes_per_s": g.bandwidth_bytes_per_s}
            for g in hw.gpus
        ],
        "llama_cpp_gpu_offload": hw.gpu_offload_supported,
        "system": hw.system,
        "probes": [{"probe": n.probe, "ok": n.ok, "detail": n.detail} for n in hw.notes],
        "speed_probe": None if profile is None else {
            "read_bandwidth_bytes_per_s": profile.read_bandwidth,
            "matmul_flops": profile.matmul_flops,
            "threads": profile.threads,
            "measured_at": profile.measured_at,
        },
    }


def _breakdown(b: Optional[MemoryBreakdown]) -> Optional[dict[str, int]]:
    if b is None:
        return None
    return {"weights": b.weights, "kv_cache": b.kv_cache, "compute_reserved": b.compute,
            "compute_resident": b.compute_resident, "output": b.output, "runtime": b.runtime,
            "cold_mapped": b.cold_mapped, "needed": b.needed}


def plan_dict(plan: MemoryPlan) -> dict[str, Any]:
    return {
        "n_ctx": plan.n_ctx, "kv_type": plan.settings.kv_type,
        "flash_attention": plan.settings.effective_flash_attention, "n_gpu_layers": plan.n_gpu_layers,
        "ram": _breakdown(plan.ram), "gpu": _breakdown(plan.gpu),
        "ram_needed_bytes": plan.ram_needed, "gpu_needed_bytes": plan.gpu_needed, "peak_rss_bytes": plan.peak_rss,
    }


def _speed(s: Optional[SpeedEstimate]) -> Optional[dict[str, Optional[float]]]:
    return None if s is None else {"generation_tokens_per_s": s.generation_tps, "prompt_tokens_per_s": s.prompt_tps}


def fit_dict(r: FitResult) -> dict[str, Any]:
    return {"fit": r.fit.value, "reason": r.reason, "ram_budget_bytes": r.ram_budget,
            "vram_budget_bytes": r.vram_budget, "gpu": r.gpu.name if r.gpu else None,
            "plan": plan_dict(r.plan), "expected_speed": _speed(r.speed)}


def cell_dict(c: GridCell) -> dict[str, Any]:
    return {"model": c.model_id, "quant": c.quant, "n_ctx": c.n_ctx, "file_bytes": c.file_bytes, **fit_dict(c.result)}


def recommendation_dict(r: Optional[Recommendation]) -> Optional[dict[str, Any]]:
    if r is None:
        return None
    return {"model": r.entry.id, "name": r.entry.name, "quant": r.quant, "n_ctx": r.n_ctx,
            "max_context": r.max_context, "reason": r.reason, "licence": r.entry.licence.licence if r.entry.licence else None,
            **fit_dict(r.result)}


# --- text --------------------------------------------------------------------------------


def format_hardware(hw: HardwareSnapshot, profile: Optional[SpeedProfile]) -> str:
    lines = [
        f"CPU          {hw.cpu_name}, {hw.physical_cores} physical cores ({hw.logical_cores} threads)",
        f"RAM          {gib(hw.ram_available)} available of {gib(hw.ram_total)}",
    ]
    if hw.cgroup_limit is not None:
        lines.append(f"Memory limit {gib(hw.cgroup_limit)} (cgroup), {gib(hw.cgroup_available)} left under it")
    lines.append(f"Usable now   {gib(hw.usable_ram)}")
    if not hw.gpus:
        lines.append("GPUs         none found")
    for g in hw.gpus:
        free = "shares system RAM" if g.unified_memory else f"{gib(g.free_bytes)} free"
        lines.append(f"GPU          {g.name} ({g.vendor}): {gib(g.total_bytes)}, {free}")
    offload = {True: "yes", False: "no (CPU-only build)", None: "unknown"}[hw.gpu_offload_supported]
    lines.append(f"GPU offload  {offload}")
    if profile is not None:
        lines.append(f"Speed probe  {profile.read_bandwidth / 1e9:.1f} GB/s memory read, "
                     f"{profile.matmul_flops / 1e9:.0f} GFLOP/s matrix multiply ({profile.threads} threads)")
    failed = [n for n in hw.notes if not n.ok]
    if failed:
        lines.append("Not detected:")
        lines += [f"  {n.probe}: {n.detail}" for n in failed]
    return "\n".join(lines)


def _cell_text(r: FitResult) -> str:
    if not r.fits:
        return "---"
    need = r.plan.ram_needed + r.plan.gpu_needed
    text = f"{_FIT_WORD[r.fit]} {need / GIB:.1f}G"
    if r.speed is not None and r.speed.generation_tps:
        text += f" {r.speed.generation_tps:.0f}t/s" if r.speed.generation_tps >= 10 else f" {r.speed.generation_tps:.1f}t/s"
    return text


def format_grid(cells: Sequence[GridCell], catalog: Catalog) -> str:
    contexts = sorted({c.n_ctx for c in cells})
    by_key = {(c.model_id, c.quant, c.n_ctx): c for c in cells}
    width = max(14, max((len(_cell_text(c.result)) for c in cells), default=0) + 2)
    out = []
    for entry in catalog.entries:
        quants = [q for q in entry.quants if any((entry.id, q, n) in by_key for n in contexts)]
        if not quants:
            continue
        out.append(f"{entry.name} ({entry.id})")
        out.append(f"  {'quant':<8}{'file':>9}  " + "".join(f"{ctx_label(n):<{width}}" for n in contexts))
        for q in quants:
            size = next(c.file_bytes for c in cells if c.model_id == entry.id and c.quant == q)
            row = "".join(
                f"{_cell_text(by_key[(entry.id, q, n)].result) if (entry.id, q, n) in by_key else 'n/a':<{width}}"
                for n in contexts
            )
            out.append(f"  {q:<8}{size / 1e9:>7.1f}GB  {row}")
        out.append("")
    out.append("Cells: where it runs (GPU / part = some layers on the GPU / RAM = CPU only / --- = does not fit),")
    out.append("memory it needs (RAM + VRAM, GiB) and expected generation speed (tokens/s) at the start of a chat.")
    return "\n".join(out)


def _tps(value: Optional[float]) -> str:
    if not value:
        return "?"
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def format_plan(r: FitResult) -> str:
    p = r.plan
    rows = [("weights", p.ram.weights, p.gpu.weights if p.gpu else 0),
            (f"KV cache ({p.settings.kv_type}, {p.n_ctx:,} cells)", p.ram.kv_cache, p.gpu.kv_cache if p.gpu else 0),
            ("compute buffers (worst case in use)", p.ram.compute_resident, p.gpu.compute if p.gpu else 0),
            ("output + runtime", p.ram.output + p.ram.runtime, p.gpu.runtime if p.gpu else 0)]
    lines = [f"  {'':36}{'RAM':>10}{'VRAM':>10}"]
    for name, ram, vram in rows:
        lines.append(f"  {name:36}{ram / GIB:>9.2f}G{vram / GIB:>9.2f}G")
    lines.append(f"  {'total needed':36}{p.ram_needed / GIB:>9.2f}G{p.gpu_needed / GIB:>9.2f}G")
    lines.append(f"  reserved compute buffer: {p.ram.compute / GIB:.2f} GiB; expected peak RSS: {p.peak_rss / GIB:.2f} GiB"
                 + (f" (includes {p.ram.cold_mapped / GIB:.2f} GiB of reclaimable mapped pages)" if p.ram.cold_mapped else ""))
    lines.append(f"  fit: {_FIT_WORD[r.fit]}: {r.reason}")
    if r.speed is not None:
        gen = _tps(r.speed.generation_tps)
        pp = _tps(r.speed.prompt_tps)
        lines.append(f"  expected speed: {gen} tokens/s generating, {pp} tokens/s reading the prompt")
    return "\n".join(lines)


def format_recommendation(r: Optional[Recommendation], headroom: Headroom) -> str:
    if r is None:
        return "Recommendation: no Llama fits in the memory usable now (with headroom). Free memory and try again."
    speed = ""
    if r.result.speed is not None and r.result.speed.generation_tps:
        speed = f", about {r.result.speed.generation_tps:.1f} tokens/s"
    licence = f"\nLicence: {r.entry.licence.licence} (gated on Hugging Face)" if r.entry.licence else ""
    return (f"Recommended: {r.entry.name} {r.quant} at {r.n_ctx:,} tokens of context{speed}.\n"
            f"Why: {r.reason}.\n"
            f"Longest context that still fits: {r.max_context:,} tokens.{licence}\n"
            f"Headroom kept free: max({headroom.ram_min_bytes / GIB:g} GiB, {headroom.ram_fraction:.0%} of available RAM).")

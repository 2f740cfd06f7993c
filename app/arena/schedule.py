"""Can the compare panes' models run at the same time? A pure decision over the panes'
load settings and a hardware snapshot, made before the first message is sent.

"concurrent": the planner's `fit_together` finds room for every model at once (the
largest first gets the GPU while VRAM lasts, the others run from RAM), so each pane gets
its own engine worker and they stream together. The CPU's physical cores are split so
the threads add up to at most that many (llama.cpp gains nothing from hyper-threads and
loses much when threads outnumber cores): a pane whose model is wholly on the GPU keeps
one thread (it only samples and launches kernels); the other panes share the remaining
cores evenly, the larger models taking the leftover cores first; no pane gets more than
it asked for.

"sequential": the models do not fit together, or more panes would compute on the CPU
than there are cores. Each pane's model is loaded, answers, and is unloaded before the
next, with all of the machine (its own thread count, its own best GPU placement).

Remote panes (a model on an OpenAI-compatible server, app/remote): they take no memory
and no cores here, so they are left out of `fit_together` and the thread split and
always answer at the same time as the local panes, whichever mode those run in.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from app.engine.settings import LoadSettings
from app.hardware.detect import HardwareSnapshot
from app.planner.memory import PlanSettings
from app.planner.model_size import ModelFootprint
from app.planner.plan import Fit, Headroom, TogetherResult, evaluate_fit, fit_together


class Mode(str, enum.Enum):
    """Shown in JSON output: never change values."""

    CONCURRENT = "concurrent"
    SEQUENTIAL = "sequential"


@dataclass(frozen=True)
class PaneLoad:
    label: str
    footprint: Optional[ModelFootprint]  # None for a remote pane
    settings: LoadSettings
    remote: str = ""  # the endpoint's name when the model runs on a remote server


@dataclass(frozen=True)
class PanePlan:
    label: str
    settings: LoadSettings  # what to load: threads and GPU layers decided here
    fit: Optional[Fit]  # where it runs in the chosen mode; NONE: it does not fit even alone; None: remote
    remote: str = ""  # the endpoint's name for a remote pane


@dataclass(frozen=True)
class Schedule:
    mode: Mode
    panes: tuple[PanePlan, ...]  # in the order given
    reason: str  # plain English, for the person, before the first send
    together: TogetherResult


def split_threads(cores: int, on_gpu: Sequence[bool], weights: Sequence[int], asked: Sequence[int]) -> list[int]:
    """Threads per pane summing to at most `cores` (see the module docstring); [] when
    the CPU panes outnumber the cores left for them."""
    threads = [1 if gpu else 0 for gpu in on_gpu]
    cpu = [i for i, gpu in enumerate(on_gpu) if not gpu]
    left = cores - sum(threads)
    if not cpu:
        return threads
    if left < len(cpu):
        return []
    share, extra = divmod(left, len(cpu))
    for rank, i in enumerate(sorted(cpu, key=lambda i: -weights[i])):
        threads[i] = share + (1 if rank < extra else 0)
    return [min(t, max(1, a)) for t, a in zip(threads, asked)]


def _alone(pane: PaneLoad, hw: HardwareSnapshot, headroom: Headroom) -> PanePlan:
    assert pane.footprint is not None
    result = evaluate_fit(pane.footprint, PlanSettings.from_load_settings(pane.settings), hw, headroom=headroom)
    threads = max(1, min(pane.settings.n_threads, hw.physical_cores))
    settings = replace(pane.settings, n_threads=threads, n_gpu_layers=result.plan.n_gpu_layers)
    return PanePlan(pane.label, settings, result.fit)


def schedule_panes(panes: Sequence[PaneLoad], hw: HardwareSnapshot, *, headroom: Headroom = Headroom(),
                   force_sequential: bool = False) -> Schedule:
    """`force_sequential`: one after another even when they would fit together (each reply
    with the whole machine, e.g. to compare speeds fairly). Remote panes are planned apart
    (see the module docstring) and named in the reason."""
    local = [p for p in panes if not p.remote]
    remote = [p for p in panes if p.remote]
    if not remote:
        return _schedule_local(panes, hw, headroom, force_sequential)
    if local:
        planned_local = _schedule_local(local, hw, headroom, force_sequential)
        mode, together, reason = planned_local.mode, planned_local.together, planned_local.reason + " "
        plans = iter(planned_local.panes)
    else:
        mode, together, reason, plans = Mode.CONCURRENT, fit_together([], hw, headroom=headroom), "", iter(())
    names = ", ".join(f"{p.label} ({p.remote})" for p in remote)
    reason += (f"Remote on a server: {names}; it needs no memory or cores here, so it is left out of the memory "
               "check and the thread split, and answers at the same time as the other panes.")
    merged = tuple(PanePlan(p.label, p.settings, None, p.remote) if p.remote else next(plans) for p in panes)
    return Schedule(mode, merged, reason, together)


def _schedule_local(panes: Sequence[PaneLoad], hw: HardwareSnapshot, headroom: Headroom,
                    force_sequential: bool) -> Schedule:
    footprints = [p.footprint for p in panes]
    assert all(fp is not None for fp in footprints), "a local pane has its file's footprint"
    together = fit_together([(fp, PlanSettings.from_load_settings(p.settings)) for fp, p in zip(footprints, panes)],  # type: ignore[misc]
                            hw, headroom=headroom)
    cores = max(1, hw.physical_cores)
    if force_sequential:
        reason = "Asked to answer one after another: each model is loaded, answers and is unloaded in turn."
    elif together.fits:
        on_gpu = [placed.fit is Fit.GPU for placed in together.placements]
        threads = split_threads(cores, on_gpu, [fp.weight_bytes for fp in footprints],  # type: ignore[union-attr]
                                [p.settings.n_threads for p in panes])
        if threads:
            planned = tuple(
                PanePlan(p.label, replace(p.settings, n_threads=t, n_gpu_layers=placed.plan.n_gpu_layers), placed.fit)
                for p, placed, t in zip(panes, together.placements, threads))
            split = ", ".join(f"{p.label}: {p.settings.n_threads}" for p in planned)
            if len(panes) == 1:
                reason = (f"The local model fits in memory ({together.reason}) and has the {cores} CPU cores "
                          f"(threads {split}).")
            else:
                reason = (f"All {len(panes)} models fit in memory together ({together.reason}), so they answer at the "
                          f"same time; the {cores} CPU cores are split between them (threads {split}).")
            return Schedule(Mode.CONCURRENT, planned, reason, together)
        cpu_panes = sum(not g for g in on_gpu)
        reason = (f"The models fit in memory together ({together.reason}), but {cpu_panes} of them would compute "
                  f"on the CPU and it has only {cores} core{'' if cores == 1 else 's'}, so they answer one after another.")
    else:
        reason = (f"The models do not fit in memory together ({together.reason}), so each is loaded, answers "
                  "and is unloaded in turn.")
    planned = tuple(_alone(p, hw, headroom) for p in panes)
    too_big = [p.label for p in planned if p.fit is Fit.NONE]
    if too_big:
        reason += f" Even alone, {', '.join(too_big)} does not fit."
    return Schedule(Mode.SEQUENTIAL, planned, reason, together)

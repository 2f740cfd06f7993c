"""One compare run: the same conversation sent to two to four panes, each with its own
model, context, KV type and sampling, and every pane's reply with its statistics.

`plan_compare` decides before the first send (app/arena/schedule.py): concurrent when
the planner's `fit_together` finds room for every model at once and the CPU has a core
for each pane computing on it, else sequential. `run_compare` then runs it:

- concurrent: one EngineClient (one worker process) per pane. All panes load first, in
  parallel, then all replies start together, so no pane's prompt competes with another's
  load. Threads: the schedule's split (a GPU-only pane keeps one thread; the CPU panes
  share the remaining physical cores evenly, the larger models taking the odd cores),
  so the panes' n_threads add up to at most the physical cores.
- sequential: each pane's model is loaded (checked by the planner's fit check first),
  answers and is unloaded (its worker closed) before the next, with the whole machine.

The driving threads live here because a reply is a blocking call on its client; they
only wait on worker processes and never outlive the call. `progress` gets PanePiece
events (a pane loading, each streamed piece, a pane done) from those threads: a caller
that draws them hops to its own thread. `cancel` stops every pane and raises Cancelled;
`pane_cancels[i]` stops pane i alone (its reply is kept, marked stopped).

A remote pane (`PaneSettings.endpoint` set) chats through a RemoteEngine instead of a
worker: nothing is loaded here, its memory is not measured (None), and it answers at
the same time as the local panes in either mode. A remote server that is down fails its
pane alone, with the reason; the other panes still answer.
"""

from __future__ import annotations

import enum
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Optional, Sequence

from app.arena.schedule import Mode, PaneLoad, Schedule, schedule_panes
from app.chat.messages import ChatMessage, ChatReply, ReplyStats, StopReason
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.client import EngineClient
from app.engine.preflight import check_model_file
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import AppError, Cancelled
from app.hardware.detect import HardwareSnapshot
from app.jobs import CancelToken
from app.planner.fit_check import make_fit_check
from app.planner.measure import process_memory
from app.planner.model_size import footprint_of_file
from app.remote.records import RemoteModel
from app.remote.remote_engine import RemoteEngine


@dataclass(frozen=True)
class PaneSettings:
    """What a pane runs: its label (the model's name, hidden in blind mode by the caller)."""

    label: str
    load: LoadSettings
    sampling: SamplingSettings = SamplingSettings()
    endpoint: Optional[RemoteEndpoint] = None  # set (with remote_model) for a model on a remote server
    remote_model: Optional[RemoteModel] = None

    @property
    def is_remote(self) -> bool:
        return self.endpoint is not None


class PaneStage(str, enum.Enum):
    LOADING = "loading"
    PIECE = "piece"  # `text` is the newly streamed piece
    DONE = "done"
    FAILED = "failed"  # `text` is the plain-English reason


@dataclass(frozen=True)
class PanePiece:
    pane: int  # the pane's index in the order given
    stage: PaneStage
    text: str = ""


PaneProgress = Callable[[PanePiece], None]


@dataclass(frozen=True)
class PaneResult:
    label: str
    settings: LoadSettings  # as loaded: the schedule's threads and GPU layers
    text: str
    stats: Optional[ReplyStats]  # None when the pane failed before its reply started
    load_s: float
    memory_bytes: Optional[int]  # the worker's peak resident memory (None: not measurable here)
    error: str = ""  # plain English, when the pane failed (the other panes still answered)
    remote: bool = False  # answered by a remote server (no threads or memory here)

    @property
    def stopped(self) -> bool:
        return self.stats is not None and self.stats.stop_reason is StopReason.STOPPED


@dataclass(frozen=True)
class CompareResult:
    mode: Mode
    reason: str  # why this mode, in plain English
    panes: tuple[PaneResult, ...]  # in the order given
    wall_s: float  # from the first load to the last reply


def plan_compare(panes: Sequence[PaneSettings], hw: HardwareSnapshot, *, force_sequential: bool = False) -> Schedule:
    """The schedule for `panes` on `hw`, from the sizes in the files' headers."""
    loads = [PaneLoad(p.label, None, p.load, p.endpoint.name) if p.endpoint is not None
             else PaneLoad(p.label, footprint_of_file(check_model_file(p.load)), p.load) for p in panes]
    return schedule_panes(loads, hw, force_sequential=force_sequential)


def _forward(cancel: Optional[CancelToken], to: CancelToken) -> None:
    if cancel is not None:
        cancel.on_cancel(to.cancel)


class _Pane:
    """One pane's client, its stop token and what it has measured so far."""

    def __init__(self, index: int, pane: PaneSettings, settings: LoadSettings, log_dir: Path,
                 progress: Optional[PaneProgress], stops: Sequence[Optional[CancelToken]]) -> None:
        self.index, self.pane, self.settings = index, pane, settings
        self.client: EngineClient | RemoteEngine = (
            RemoteEngine(pane.endpoint) if pane.endpoint is not None else EngineClient(log_dir / f"engine-pane-{index + 1}.log"))
        self.progress = progress
        self.stop = CancelToken()
        for token in stops:
            _forward(token, self.stop)
        self.load_s = 0.0
        self.error = ""
        self.reply: Optional[ChatReply] = None
        self.memory: Optional[int] = None

    def _say(self, stage: PaneStage, text: str = "") -> None:
        if self.progress is not None:
            self.progress(PanePiece(self.index, stage, text))

    def load(self, fit_check: Optional[Callable] = None) -> None:
        if self.stop.cancelled:
            return
        self._say(PaneStage.LOADING)
        started = time.perf_counter()
        try:
            if isinstance(self.client, RemoteEngine):
                assert self.pane.remote_model is not None
                self.client.select(self.pane.remote_model)  # nothing to load: the server has it
            else:
                self.client.load(self.settings, fit_check=fit_check)
        except AppError as exc:
            self.error = exc.detail
            self._say(PaneStage.FAILED, exc.detail)
        self.load_s = time.perf_counter() - started

    def answer(self, messages: Sequence[ChatMessage]) -> None:
        if self.error or self.client.model_info is None:
            return
        try:
            self.reply = self.client.chat(messages, self.pane.sampling, cancel=self.stop,
                                          on_token=lambda text: self._say(PaneStage.PIECE, text))
        except AppError as exc:
            self.error = exc.detail
            self._say(PaneStage.FAILED, exc.detail)
            return
        pid = getattr(self.client, "worker_pid", None)  # a remote pane has no worker here
        measured = process_memory(pid) if pid is not None else None
        self.memory = measured.peak_rss if measured is not None else None
        self._say(PaneStage.DONE)

    def result(self) -> PaneResult:
        reply = self.reply
        return PaneResult(self.pane.label, self.settings, reply.text if reply else "", reply.stats if reply else None,
                          self.load_s, self.memory, self.error, self.pane.is_remote)


def _one_after_another(workers: Sequence[_Pane], messages: Sequence[ChatMessage], hardware: HardwareSnapshot,
                       cancel: Optional[CancelToken]) -> None:
    fit_check = make_fit_check(hardware)
    for worker in workers:
        if cancel is not None and cancel.cancelled:
            break
        worker.load(fit_check)  # a model too large even alone fails here, with what would fit
        worker.answer(messages)
        worker.client.close()  # unloaded before the next pane's model loads


def _in_parallel(panes: Sequence[_Pane], work: Callable[[_Pane], None]) -> None:
    _together([lambda pane=pane: work(pane) for pane in panes])


def _together(jobs: Sequence[Callable[[], object]]) -> None:
    with ThreadPoolExecutor(max_workers=len(jobs), thread_name_prefix="paddock-compare") as pool:
        for future in [pool.submit(job) for job in jobs]:
            future.result()  # a bug in one pane is raised here, after every pane has finished


def run_compare(
    panes: Sequence[PaneSettings],
    messages: Sequence[ChatMessage],
    *,
    hardware: HardwareSnapshot,
    log_dir: Path,
    schedule: Optional[Schedule] = None,
    progress: Optional[PaneProgress] = None,
    cancel: Optional[CancelToken] = None,
    pane_cancels: Sequence[Optional[CancelToken]] = (),
) -> CompareResult:
    """Send `messages` (the conversation so far and the new message) to every pane; block
    until every pane has answered, failed or been stopped. `schedule` (from plan_compare,
    shown to the person before the send) is computed here when not given."""
    if not 2 <= len(panes) <= 4:
        raise ValueError("a compare run has two to four panes")
    plan = schedule or plan_compare(panes, hardware)
    log_dir.mkdir(parents=True, exist_ok=True)
    stops = list(pane_cancels) + [None] * (len(panes) - len(pane_cancels))
    workers = [_Pane(i, p, replace(p.load, n_threads=planned.settings.n_threads,
                                   n_gpu_layers=planned.settings.n_gpu_layers), log_dir, progress, (cancel, stops[i]))
               for i, (p, planned) in enumerate(zip(panes, plan.panes))]
    started = time.perf_counter()
    try:
        if plan.mode is Mode.CONCURRENT:
            _in_parallel(workers, lambda w: w.load())
            if cancel is None or not cancel.cancelled:
                _in_parallel(workers, lambda w: w.answer(messages))
        else:
            remote = [w for w in workers if w.pane.is_remote]
            local = [w for w in workers if not w.pane.is_remote]
            # The remote panes answer beside the local ones, which take turns.
            _together([lambda: _one_after_another(local, messages, hardware, cancel)]
                      + [lambda w=w: (w.load(), w.answer(messages)) for w in remote])
    finally:
        for worker in workers:
            worker.client.close()
    if cancel is not None and cancel.cancelled:
        raise Cancelled("The comparison was stopped.")
    return CompareResult(plan.mode, plan.reason, tuple(w.result() for w in workers), time.perf_counter() - started)

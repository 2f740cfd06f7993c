"""The compare view's state: two to four panes answering the same conversation, their
schedule (together or one after another, decided before the first send), blind order,
the vote and the leaderboard. GUI thread only; the panes' engines and the store are
reached through signals (ui/wiring.py connects them to ui/tasks/compare_task.py).

Panes are addressed by their place on screen ("slot"). In blind mode the configured
setups are shuffled onto the slots at the first send and their names stay hidden until
the vote. Concurrent panes all get the message at once; sequential ones one after
another, each loading its model, answering and unloading it before the next starts.
A remote pane (a model of an OpenAI-compatible endpoint from the settings) is planned apart
(app/arena/schedule.py) and always starts with the message, whatever the local panes do.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Optional, Sequence

from PySide6.QtCore import QObject, Signal

from app.arena.saved_comparison import PaneRecord
from app.arena.schedule import Mode, PaneLoad, Schedule, schedule_panes
from app.arena.votes import ModelIdentity, Outcome
from app.chat.messages import ChatMessage, ReplyStats
from app.config.remote_endpoints import RemoteEndpoint
from app.engine.settings import LoadSettings, SamplingSettings
from app.errors import AppError
from app.hardware.detect import HardwareSnapshot
from app.jobs import CancelToken
from app.remote.records import RemoteModel
from app.remote.remote_engine import remote_load_settings, remote_model_label
from ui.error_texts import error_detail

MIN_PANES, MAX_PANES = 2, 4
LETTERS = "ABCD"


@dataclass(frozen=True)
class PaneSetup:
    """What the person chose for one pane."""

    model_path: Path
    n_ctx: int = 4096
    kv_cache_type: str = "f16"
    sampling: SamplingSettings = SamplingSettings()
    endpoint: Optional[RemoteEndpoint] = None  # with remote_model: a model on a remote server
    remote_model: Optional[RemoteModel] = None

    @classmethod
    def remote(cls, endpoint: RemoteEndpoint, model: RemoteModel,
               sampling: SamplingSettings = SamplingSettings()) -> "PaneSetup":
        settings = remote_load_settings(model)
        return cls(settings.model_path, settings.n_ctx, sampling=sampling, endpoint=endpoint, remote_model=model)

    @property
    def is_remote(self) -> bool:
        return self.remote_model is not None

    @property
    def name(self) -> str:
        return remote_model_label(self.remote_model) if self.remote_model is not None else self.model_path.name

    def identity(self, quantization: str = "") -> ModelIdentity:
        """Who is rated: a remote model by its id and endpoint ("scripted @ lab"), marked remote."""
        s = self.sampling
        shaping: dict[str, object] = {"temperature": s.temperature}
        if not self.is_remote:  # a server's context and cache are its own
            shaping.update(ctx=self.n_ctx, kv=self.kv_cache_type)
        if s.top_p != SamplingSettings().top_p:  # named only when changed: the usual contestant keeps its name
            shaping["top_p"] = s.top_p
        return ModelIdentity.of(self.name, "remote" if self.is_remote else quantization, shaping)


@dataclass(frozen=True)
class PaneJob:
    """One pane's turn, sent to its task: load (if needed), answer, maybe unload."""

    slot: int
    settings: LoadSettings
    sampling: SamplingSettings
    messages: tuple[ChatMessage, ...]
    cancel: CancelToken = field(compare=False)
    unload_after: bool = False
    endpoint: Optional[RemoteEndpoint] = None  # set for a remote pane: no load, a RemoteEngine answers
    remote_model: Optional[RemoteModel] = None


@dataclass(frozen=True)
class PaneResult:
    slot: int
    text: str
    stats: ReplyStats
    memory_bytes: int  # the worker process's resident memory after the reply (0: unknown)
    remote: bool = False  # answered by a remote server (no memory here)


@dataclass(frozen=True)
class VoteRequest:
    prompts: tuple[str, ...]  # the person's messages, in order
    panes: tuple[PaneRecord, ...]  # in the order shown
    outcome: Outcome
    winner: Optional[int]
    blind: bool
    tags: dict


@dataclass(frozen=True)
class BoardQuery:
    include_unblind: bool = False
    task: str = ""
    language: str = ""
    drop_both_bad: bool = False  # else "both bad" counts as a tie


def _stored_settings(setup: PaneSetup) -> dict:
    """A pane's settings as saved with its replies (a remote one: which server and model)."""
    sampling = {k: v for k, v in vars(setup.sampling).items() if k != "grammar"}
    if setup.endpoint is not None and setup.remote_model is not None:
        return {"endpoint": setup.endpoint.name, "model_id": setup.remote_model.model_id, **sampling}
    return {"n_ctx": setup.n_ctx, "kv_cache_type": setup.kv_cache_type, **sampling}


Planner = Callable[[Sequence[PaneSetup]], Schedule]


def make_planner(hardware: Callable[[], HardwareSnapshot] | HardwareSnapshot) -> Planner:
    """The schedule of `setups` on this machine (or on the snapshot tests give)."""

    footprints: dict[tuple[str, float], object] = {}  # a file's header is read once, not at every setting

    def footprint(settings: LoadSettings) -> object:
        from app.engine.preflight import check_model_file
        from app.planner.model_size import footprint_of_file

        try:
            key = (str(settings.model_path), settings.model_path.stat().st_mtime)
        except OSError:
            key = (str(settings.model_path), 0.0)
        if key not in footprints:
            footprints[key] = footprint_of_file(check_model_file(settings))
        return footprints[key]

    def plan(setups: Sequence[PaneSetup]) -> Schedule:
        hw = hardware() if callable(hardware) else hardware
        panes = []
        for i, s in enumerate(setups):
            if s.endpoint is not None and s.remote_model is not None:
                panes.append(PaneLoad(LETTERS[i], None, remote_load_settings(s.remote_model), s.endpoint.name))
                continue
            settings = LoadSettings(model_path=s.model_path, n_ctx=s.n_ctx, kv_cache_type=s.kv_cache_type,
                                    n_threads=max(1, hw.physical_cores))
            panes.append(PaneLoad(LETTERS[i], footprint(settings), settings))  # type: ignore[arg-type]
        return schedule_panes(panes, hw)

    return plan


class CompareController(QObject):
    runRequested = Signal(object)  # PaneJob (each pane task takes its own slot's)
    voteRequested = Signal(object, object)  # VoteRequest, BoardQuery
    boardRequested = Signal(object)  # BoardQuery

    scheduleChanged = Signal(object, str)  # Schedule or None, error detail ("" when planned)
    started = Signal(object)  # list of the slots' names ("" while blind)
    paneText = Signal(int, str)
    paneFinished = Signal(int, object)  # PaneResult
    paneFailed = Signal(int, str, str)  # slot, kind, detail
    busyChanged = Signal(bool)
    revealed = Signal(object)  # list of the slots' model names, after the vote
    voted = Signal(int)  # the conversation id the vote's replies were saved in
    boardChanged = Signal(object)  # Leaderboard
    continueRequested = Signal(int, object)  # conversation id, LoadSettings of the winner
    continueRemoteRequested = Signal(int, object, object)  # conversation id, RemoteEndpoint, RemoteModel
    failed = Signal(str, str)  # kind, detail (the store)

    def __init__(self, planner: Planner, *, shuffle: Callable[[list], None] = random.shuffle) -> None:
        super().__init__()
        self._planner = planner
        self._shuffle = shuffle
        self.schedule: Optional[Schedule] = None
        self.blind = True
        self.board_query = BoardQuery()
        self._setups: list[PaneSetup] = []  # by slot, once started
        self._prompts: list[str] = []
        self._replies: list[list[str]] = []
        self._stats: list[Optional[ReplyStats]] = []
        self._cancels: list[Optional[CancelToken]] = []
        self._waiting: list[int] = []  # sequential slots still to run
        self._running: set[int] = set()
        self._voted = False
        self._conversation_id: Optional[int] = None

    # --- before the first send ---------------------------------------------------------

    @property
    def started_comparison(self) -> bool:
        return bool(self._prompts)

    @property
    def busy(self) -> bool:
        return bool(self._running or self._waiting)

    def plan(self, setups: Sequence[PaneSetup]) -> Optional[Schedule]:
        """Decide (and say) how these setups would run; None when one cannot be read."""
        self.schedule = None
        if not MIN_PANES <= len(setups) <= MAX_PANES:
            self.scheduleChanged.emit(None, "")
            return None
        try:
            self.schedule = self._planner(setups)
        except AppError as exc:
            self.scheduleChanged.emit(None, error_detail(exc))
            return None
        self.scheduleChanged.emit(self.schedule, "")
        return self.schedule

    def start(self, setups: Sequence[PaneSetup], blind: bool) -> bool:
        """Fix the panes for this comparison (shuffled when blind)."""
        if self.plan(setups) is None:
            return False
        order = list(range(len(setups)))
        if blind:
            self._shuffle(order)
        assert self.schedule is not None
        self.schedule = replace(self.schedule, panes=tuple(self.schedule.panes[i] for i in order))
        self._setups = [setups[i] for i in order]
        self.blind = blind
        n = len(setups)
        self._prompts, self._replies = [], [[] for _ in range(n)]
        self._stats, self._cancels = [None] * n, [None] * n
        self._voted, self._conversation_id = False, None
        self.started.emit(self.names(hidden=blind))
        return True

    def names(self, *, hidden: bool) -> list[str]:
        return ["" if hidden else s.name for s in self._setups]

    def reset(self) -> None:
        self.stop_all()
        self._setups, self._prompts = [], []
        self._waiting, self._running = [], set()

    # --- sending and streaming ---------------------------------------------------------

    def send(self, text: str) -> bool:
        text = text.strip()
        if not text or not self._setups or self.busy or self._voted:
            return False
        self._prompts.append(text)
        local = [slot for slot, s in enumerate(self._setups) if not s.is_remote]
        assert self.schedule is not None
        for slot, setup in enumerate(self._setups):
            if setup.is_remote:  # a server elsewhere: it answers beside the local panes
                self._run(slot)
        if self.schedule.mode is Mode.CONCURRENT:
            for slot in local:
                self._run(slot)
        elif local:
            self._waiting = local[1:]
            self._run(local[0])
        self.busyChanged.emit(True)
        return True

    def _history(self, slot: int) -> tuple[ChatMessage, ...]:
        messages: list[ChatMessage] = []
        for i, prompt in enumerate(self._prompts):
            messages.append(ChatMessage("user", prompt))
            if i < len(self._replies[slot]):
                messages.append(ChatMessage("assistant", self._replies[slot][i]))
        return tuple(messages)

    def _run(self, slot: int) -> None:
        assert self.schedule is not None
        cancel = self._cancels[slot] = CancelToken()
        self._running.add(slot)
        setup = self._setups[slot]
        sequential = self.schedule.mode is Mode.SEQUENTIAL and not setup.is_remote  # a server keeps its model
        self.runRequested.emit(PaneJob(slot, self.schedule.panes[slot].settings, setup.sampling,
                                       self._history(slot), cancel, unload_after=sequential,
                                       endpoint=setup.endpoint, remote_model=setup.remote_model))

    def stop_pane(self, slot: int) -> None:
        """Stop one pane's reply (a sequential pane still waiting is skipped)."""
        if slot in self._waiting:
            self._waiting.remove(slot)
            self._replies[slot].append("")
            self.paneFailed.emit(slot, "Stopped", "")
            self._settle()
        cancel = self._cancels[slot] if slot < len(self._cancels) else None
        if cancel is not None and slot in self._running:
            cancel.cancel()

    def stop_all(self) -> None:
        for slot in list(self._waiting) + list(self._running):
            self.stop_pane(slot)

    def on_text(self, slot: int, text: str) -> None:
        self.paneText.emit(slot, text)

    def on_finished(self, result: PaneResult) -> None:
        self._replies[result.slot].append(result.text)
        self._stats[result.slot] = result.stats
        self._done(result.slot)
        self.paneFinished.emit(result.slot, result)
        self._settle()

    def on_failed(self, slot: int, kind: str, detail: str, partial: str) -> None:
        self._replies[slot].append(partial)
        self._done(slot)
        self.paneFailed.emit(slot, kind, detail)
        self._settle()

    def _done(self, slot: int) -> None:
        self._running.discard(slot)
        self._cancels[slot] = None
        local_running = [s for s in self._running if not self._setups[s].is_remote]
        if self._waiting and not local_running:
            self._run(self._waiting.pop(0))

    def _settle(self) -> None:
        if not self.busy:
            self.busyChanged.emit(False)

    # --- the vote ------------------------------------------------------------------------

    @property
    def can_vote(self) -> bool:
        return self.started_comparison and not self.busy and not self._voted

    def vote(self, outcome: Outcome, winner: Optional[int] = None, tags: Optional[dict] = None) -> bool:
        if not self.can_vote:
            return False
        records = tuple(
            PaneRecord(s.name, s.identity(), _stored_settings(s), tuple(self._replies[i]), self._stats[i])
            for i, s in enumerate(self._setups))
        self._voted = True
        self._winner = winner
        clean = {k: v.strip() for k, v in (tags or {}).items() if v and v.strip()}
        self.voteRequested.emit(VoteRequest(tuple(self._prompts), records, outcome, winner, self.blind, clean),
                                self.board_query)
        self.revealed.emit(self.names(hidden=False))
        self.busyChanged.emit(False)
        return True

    def on_voted(self, conversation_id: int) -> None:
        self._conversation_id = conversation_id
        self.voted.emit(conversation_id)

    @property
    def can_continue(self) -> bool:
        return self._voted and self._conversation_id is not None

    def continue_with_winner(self) -> bool:
        """Open the saved comparison as a normal chat on the winner's branch, with its model."""
        if not self.can_continue:
            return False
        assert self._conversation_id is not None and self.schedule is not None
        slot = self._winner if self._winner is not None else 0
        winner = self._setups[slot]
        if winner.endpoint is not None and winner.remote_model is not None:
            self.continueRemoteRequested.emit(self._conversation_id, winner.endpoint, winner.remote_model)
            return True
        settings = self.schedule.panes[slot].settings
        if self.schedule.mode is Mode.CONCURRENT:  # alone now: all the cores again
            settings = replace(settings, n_threads=LoadSettings(settings.model_path).n_threads)
        self.continueRequested.emit(self._conversation_id, settings)
        return True

    # --- the leaderboard -----------------------------------------------------------------

    def refresh_board(self, query: Optional[BoardQuery] = None) -> None:
        if query is not None:
            self.board_query = query
        self.boardRequested.emit(self.board_query)

    def on_board(self, board: object) -> None:
        self.boardChanged.emit(board)

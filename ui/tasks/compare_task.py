"""The compare view's work off the GUI thread (ui/tasks: the only place with threads).

PaneTask: one per pane slot, each in its own QThread with its own EngineClient (its own
worker process, started at the pane's first load), so concurrent panes stream together
and a pane is stopped alone through its request's CancelToken. Text is coalesced to at
most one piece every ~30 ms. A sequential pane unloads its model after answering (the
controller sends the next pane's job only then). A remote pane's job (its endpoint set)
is answered by a RemoteEngine from this same thread, so it streams and stops the same way;
there is no worker and no memory to measure.

VotesTask: lives in the history thread and uses its open store: a vote saves the
comparison as a conversation (the person's messages, each pane's replies as its own
branch, the winner's branch selected), records the vote linked to it, then refits the
leaderboard.
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any, Callable, Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.arena.saved_comparison import save_comparison
from app.arena.votes import Vote, battles, list_votes, record_vote
from app.engine.client import EngineClient
from app.errors import AppError
from app.remote.remote_engine import RemoteEngine
from ui.controllers.compare_controller import MAX_PANES, BoardQuery, PaneJob, PaneResult, VoteRequest
from ui.error_texts import error_detail
from ui.tasks.task_thread import TaskThread

log = logging.getLogger(__name__)
COALESCE_S = 0.03
BOOTSTRAP = 300  # resamples for the window's intervals (the CLI defaults to 1000)


def worker_memory(pid: Optional[int]) -> int:
    if pid is None:
        return 0
    import psutil

    try:
        return int(psutil.Process(pid).memory_info().rss)
    except psutil.Error:
        return 0


class PaneTask(QObject):
    textStreamed = Signal(int, str)  # slot, new text
    finished = Signal(object)  # PaneResult
    failed = Signal(int, str, str, str)  # slot, kind, detail, partial text
    bugOccurred = Signal(str)

    def __init__(self, slot: int, client: EngineClient) -> None:
        super().__init__()
        self._slot = slot
        self._client = client
        self._loaded = None  # the LoadSettings of the model in the worker

    @Slot(object)
    def run(self, job: PaneJob) -> None:
        if job.slot != self._slot:
            return
        pieces: list[str] = []
        last = [time.monotonic()]

        def flush() -> None:
            if pieces:
                self.textStreamed.emit(self._slot, "".join(pieces))
                pieces.clear()
            last[0] = time.monotonic()

        def on_token(text: str) -> None:
            pieces.append(text)
            if time.monotonic() - last[0] >= COALESCE_S:
                flush()

        streamed: list[str] = []
        try:
            if job.cancel.cancelled:
                self.failed.emit(self._slot, "Stopped", "", "")
                return
            if job.endpoint is not None and job.remote_model is not None:
                engine: Any = RemoteEngine(job.endpoint)
                engine.select(job.remote_model)
            else:
                engine = self._client
                if self._loaded != job.settings or self._client.model_info is None:
                    self._client.load(job.settings)
                    self._loaded = job.settings
            reply = engine.chat(job.messages, job.sampling,
                                on_token=lambda t: (streamed.append(t), on_token(t)), cancel=job.cancel)
            flush()
            remote = engine is not self._client
            memory = 0 if remote else worker_memory(self._client.worker_pid)
            if job.unload_after and not remote:
                self._client.unload()
                self._loaded = None
        except AppError as exc:
            flush()
            self._loaded = None
            self.failed.emit(self._slot, exc.kind, error_detail(exc), "".join(streamed))
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            self.failed.emit(self._slot, "Bug", "", "".join(streamed))
        else:
            self.finished.emit(PaneResult(self._slot, reply.text, reply.stats, memory, remote))

    def close(self) -> None:
        self._client.close()


class VotesTask(QObject):
    voted = Signal(int)  # the conversation the comparison was saved in
    boardReady = Signal(object)  # Leaderboard
    failed = Signal(str, str)
    bugOccurred = Signal(str)

    def __init__(self, database: Callable[[], Any]) -> None:
        super().__init__()
        self._database = database  # the history task's open connection (same thread)

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except AppError as exc:
            self.failed.emit(exc.kind, error_detail(exc))
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())

    @Slot(object, object)
    def vote(self, request: VoteRequest, query: BoardQuery) -> None:
        self._run(lambda: self._vote(request))
        self.board(query)

    def _vote(self, request: VoteRequest) -> None:
        db = self._database()
        with db.transaction():
            conversation_id, prompt_id = save_comparison(db, request.prompts, request.panes, request.winner)
            models = tuple(p.identity for p in request.panes)
            record_vote(db, Vote(models, request.outcome, request.winner, request.blind, conversation_id, prompt_id,
                                 tags=request.tags))
        self.voted.emit(conversation_id)

    @Slot(object)
    def board(self, query: BoardQuery) -> None:
        self._run(lambda: self.boardReady.emit(self._board(query)))

    def _board(self, query: BoardQuery) -> Any:
        from app.arena.bradley_terry import leaderboard  # numpy: at the first leaderboard, not at start

        votes = list_votes(self._database(), include_unblind=query.include_unblind)
        wanted = {k: v for k, v in (("task", query.task), ("language", query.language)) if v}
        votes = [v for v in votes if all(v.tags.get(k) == value for k, value in wanted.items())]
        return leaderboard(battles(votes, drop_both_bad=query.drop_both_bad), bootstrap=BOOTSTRAP, seed=0)


class CompareThreads:
    """Owns the pane tasks' threads and the votes task (moved to the history thread)."""

    def __init__(self, client: Callable[[int], EngineClient], history_thread: Any, database: Callable[[], Any]) -> None:
        self.panes = [TaskThread(PaneTask(slot, client(slot)), f"paddock-compare-pane-{slot}")
                      for slot in range(MAX_PANES)]
        self.votes = VotesTask(database)
        self.votes.moveToThread(history_thread)

    def stop(self) -> None:
        for pane in self.panes:
            pane.stop()
            pane.task.close()

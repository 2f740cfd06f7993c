"""DownloadsController: the GUI-thread state of model downloads (a queue of jobs).

Widgets call start/pause/resume/cancel and show `jobs`; the work runs in DownloadTask,
one download at a time, each with a fresh CancelToken (an old Pause never stops a new
download). Pause keeps the bytes and Resume starts the same download again, which
continues by Range from what is on disk; Cancel throws them away. It holds no UI strings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.jobs import CancelToken


class JobState(enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class DownloadJob:
    id: int
    repo_id: str
    filename: str
    label: str  # what the person chose, e.g. "Llama 3.2 3B Instruct Q4_K_M"
    state: JobState = JobState.QUEUED
    stage: str = ""  # resolve, check, download, install
    done: float = 0.0
    total: float = 0.0
    speed_bps: float = 0.0
    error_kind: str = ""
    detail: str = ""
    path: Optional[Path] = None  # the installed file, once DONE

    @property
    def eta_s(self) -> Optional[float]:
        left = self.total - self.done
        return left / self.speed_bps if self.speed_bps > 0 and left > 0 else None

    @property
    def active(self) -> bool:
        return self.state in (JobState.QUEUED, JobState.RUNNING)


class DownloadsController(QObject):
    downloadRequested = Signal(int, str, str, object, object)  # id, repo, file, cancel token, discard token
    discardRequested = Signal(str, str)  # repo, file: delete a paused download's bytes
    partialsRequested = Signal()
    prepareRequested = Signal()  # load the hub client's libraries before the first download
    modelsDirRequested = Signal(object)  # Path: the models folder the settings chose
    jobChanged = Signal(int)
    jobFinished = Signal(int)  # installed: `jobs[id].path` is the model
    jobRemoved = Signal(int)  # no longer listed (its bytes stay where they are)

    def __init__(self) -> None:
        super().__init__()
        self.jobs: dict[int, DownloadJob] = {}
        self._tokens: dict[int, tuple[CancelToken, CancelToken]] = {}
        self._next_id = 0
        self._prepared = False

    # --- intents -------------------------------------------------------------------------

    def start(self, repo_id: str, filename: str, label: str) -> int:
        """Queue a download; the same model already queued or running is not added twice."""
        for job in self.jobs.values():
            if (job.repo_id, job.filename) == (repo_id, filename) and job.state is not JobState.CANCELLED:
                if job.state in (JobState.PAUSED, JobState.FAILED):
                    self.resume(job.id)
                return job.id
        self._next_id += 1
        self.jobs[self._next_id] = DownloadJob(self._next_id, repo_id, filename, label)
        self._send(self._next_id)
        return self._next_id

    def pause(self, job_id: int) -> None:
        if self.jobs[job_id].active:
            self._tokens[job_id][0].cancel()

    def resume(self, job_id: int) -> None:
        job = self.jobs[job_id]
        if job.state in (JobState.PAUSED, JobState.FAILED):
            self._set(replace(job, state=JobState.QUEUED, speed_bps=0.0, error_kind="", detail=""))
            self._send(job_id)

    def cancel(self, job_id: int) -> None:
        job = self.jobs[job_id]
        if job.active:
            cancel, discard = self._tokens[job_id]
            discard.cancel()
            cancel.cancel()
        elif job.state in (JobState.PAUSED, JobState.FAILED):
            self.discardRequested.emit(job.repo_id, job.filename)
            self._set(replace(job, state=JobState.CANCELLED, done=0.0, speed_bps=0.0))

    def use_models_dir(self, models_dir: Path) -> None:
        """Download into `models_dir` from now on (one under way finishes where it started),
        and list the downloads left paused in it (queued after the change, so read there).
        Paused, failed and cancelled ones of the folder left are no longer listed: their
        bytes stay there, and they are listed again if that folder is chosen again."""
        for job_id, job in list(self.jobs.items()):
            if job.state in (JobState.PAUSED, JobState.FAILED, JobState.CANCELLED):
                del self.jobs[job_id]
                self._tokens.pop(job_id, None)
                self.jobRemoved.emit(job_id)
        self.modelsDirRequested.emit(Path(models_dir))
        self.partialsRequested.emit()

    def prepare(self) -> None:
        """A download may start soon (its page is shown): the task loads what it needs now,
        so that the first one does not stall the window while it runs."""
        if not self._prepared:
            self._prepared = True
            self.prepareRequested.emit()

    def find_paused(self) -> None:
        """List the downloads an earlier run left paused (they arrive as PAUSED jobs)."""
        self.partialsRequested.emit()

    def pause_all(self) -> None:
        """At quit: every download keeps its bytes and resumes next time."""
        for job_id, job in self.jobs.items():
            if job.active:
                self._tokens[job_id][0].cancel()

    def _send(self, job_id: int) -> None:
        job = self.jobs[job_id]
        self._tokens[job_id] = (CancelToken(), CancelToken())
        self.downloadRequested.emit(job_id, job.repo_id, job.filename, *self._tokens[job_id])

    def _set(self, job: DownloadJob) -> None:
        self.jobs[job.id] = job
        self.jobChanged.emit(job.id)

    # --- results from the task -----------------------------------------------------------

    @Slot(object)
    def on_partials(self, partials: tuple) -> None:
        known = {(job.repo_id, job.filename) for job in self.jobs.values() if job.state is not JobState.CANCELLED}
        for repo_id, filename, have, size in partials:
            if (repo_id, filename) in known:
                continue
            self._next_id += 1
            self._set(DownloadJob(self._next_id, repo_id, filename, filename.rsplit("/", 1)[-1],
                                  state=JobState.PAUSED, done=float(have), total=float(size)))

    @Slot(int, str, float, float, float)
    def on_progress(self, job_id: int, stage: str, done: float, total: float, speed_bps: float) -> None:
        job = self.jobs.get(job_id)
        if job is None or not job.active:
            return
        self._set(replace(job, state=JobState.RUNNING, stage=stage, done=done, total=total or job.total,
                          speed_bps=speed_bps))

    @Slot(int, str, str, str, object)
    def on_ended(self, job_id: int, outcome: str, kind: str, detail: str, path: Optional[Path]) -> None:
        job = self.jobs.get(job_id)
        if job is None:
            return
        state = JobState(outcome)
        done = job.total if state is JobState.DONE else 0.0 if state is JobState.CANCELLED else job.done
        self._set(replace(job, state=state, error_kind=kind, detail=detail, path=path, speed_bps=0.0, done=done))
        if state is JobState.DONE:
            self.jobFinished.emit(job_id)

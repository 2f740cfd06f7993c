"""The downloads list: one row per download with its progress, speed and time left, and
Pause/Resume, Cancel, and Load once it is installed. A view of DownloadsController."""

from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.controllers.downloads_controller import DownloadJob, DownloadsController, JobState
from ui.error_texts import error_headline
from ui.widgets.plan_texts import duration_text, size_text


class DownloadRow:
    def __init__(self, grid: QGridLayout, row: int, job_id: int) -> None:
        self.title = QLabel()
        self.bar = QProgressBar()
        self.bar.setObjectName(f"downloadBar{job_id}")
        self.bar.setRange(0, 1000)
        self.status = QLabel()
        self.status.setObjectName(f"downloadStatus{job_id}")
        self.status.setWordWrap(True)
        self.pause_button = QPushButton()
        self.pause_button.setObjectName(f"pauseButton{job_id}")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName(f"cancelButton{job_id}")
        self.load_button = QPushButton()
        self.load_button.setObjectName(f"loadDownloadButton{job_id}")
        grid.addWidget(self.title, 2 * row, 0)
        grid.addWidget(self.bar, 2 * row, 1)
        grid.addWidget(self.pause_button, 2 * row, 2)
        grid.addWidget(self.cancel_button, 2 * row, 3)
        grid.addWidget(self.load_button, 2 * row, 4)
        grid.addWidget(self.status, 2 * row + 1, 0, 1, 5)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.title, self.bar, self.pause_button, self.cancel_button, self.load_button, self.status)


class DownloadsPanel(QWidget):
    def __init__(self, downloads: DownloadsController, load: Callable[[object], None],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadsPanel")
        self.downloads = downloads
        self._load = load
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[int, DownloadRow] = {}
        self._grid_rows = 0  # rows ever made: a removed row's place is not reused
        downloads.jobChanged.connect(self.show_job)
        downloads.jobRemoved.connect(self.remove_job)
        for job_id in downloads.jobs:
            self.show_job(job_id)
        self.setVisible(bool(self.rows))
        downloads.prepare()  # the hub client loads while the person reads this page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for job_id in self.rows:
                self.show_job(job_id)
        super().changeEvent(event)

    def _row(self, job_id: int) -> DownloadRow:
        if job_id not in self.rows:
            row = self.rows[job_id] = DownloadRow(self.grid, self._grid_rows, job_id)
            self._grid_rows += 1
            row.pause_button.clicked.connect(lambda: self._pause_or_resume(job_id))
            row.cancel_button.clicked.connect(lambda: self.downloads.cancel(job_id))
            row.load_button.clicked.connect(lambda: self._load_job(job_id))
            self.setVisible(True)
        return self.rows[job_id]

    def _pause_or_resume(self, job_id: int) -> None:
        if self.downloads.jobs[job_id].active:
            self.downloads.pause(job_id)
        else:
            self.downloads.resume(job_id)

    def _load_job(self, job_id: int) -> None:
        path = self.downloads.jobs[job_id].path
        if path is not None:
            self._load(path)

    def remove_job(self, job_id: int) -> None:
        """A download no longer listed: its row's widgets go (the grid keeps an empty row)."""
        row = self.rows.pop(job_id, None)
        if row is not None:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.setVisible(bool(self.rows))

    def show_job(self, job_id: int) -> None:
        job = self.downloads.jobs[job_id]
        row = self._row(job_id)
        row.title.setText(job.label)
        row.bar.setValue(int(1000 * job.done / job.total) if job.total else 0)
        row.status.setText(self.status_text(job))
        row.pause_button.setText(self.tr("Pause") if job.active else self.tr("Resume"))
        row.pause_button.setVisible(job.state not in (JobState.DONE, JobState.CANCELLED))
        row.cancel_button.setText(self.tr("Cancel"))
        row.cancel_button.setVisible(job.state not in (JobState.DONE, JobState.CANCELLED))
        row.load_button.setText(self.tr("Load"))
        row.load_button.setVisible(job.state is JobState.DONE)

    def status_text(self, job: DownloadJob) -> str:
        amounts = self.tr("%1 of %2").replace("%1", size_text(int(job.done))).replace("%2", size_text(int(job.total)))
        if job.state is JobState.QUEUED:
            return self.tr("Waiting for the download before it")
        if job.state is JobState.RUNNING:
            if job.stage == "resolve":
                return self.tr("Asking the hub…")
            if job.stage == "check":
                return self.tr("Checking the bytes kept from before: %1").replace("%1", amounts)
            if job.stage == "install":
                return self.tr("Verified; installing…")
            speed = self.tr("%1/s").replace("%1", size_text(int(job.speed_bps)))
            text = amounts + " · " + speed
            if job.eta_s is not None:
                text += " · " + self.tr("%1 left").replace("%1", duration_text(job.eta_s))
            return text
        if job.state is JobState.PAUSED:
            return self.tr("Paused: %1 kept. Resume continues from there.").replace("%1", size_text(int(job.done)))
        if job.state is JobState.DONE:
            return self.tr("Installed and verified (sha256), %1.").replace("%1", size_text(int(job.total)))
        if job.state is JobState.CANCELLED:
            return self.tr("Cancelled; the partial file was deleted.")
        return error_headline(job.error_kind) + (" — " + job.detail if job.detail else "")

"""Runs model downloads off the GUI thread, one at a time (a queue).

DownloadTask lives in its own QThread (a download takes minutes; the planner's thread
must stay free for the dialogs). Requests arrive as queued signals, so several
downloads wait in order behind the running one. Each carries its own CancelToken: the
controller sets it to pause (the `.part` files are kept; starting the same download
again resumes by Range) or to cancel (the partial files are deleted). A request whose
token is already set when its turn comes is skipped. Progress leaves at most ~10 times
a second (app/hub/download.py reports that often) as plain numbers.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Optional

from PySide6.QtCore import QObject, Signal, Slot

from app.errors import AppError, Cancelled
from app.hub.installed import delete_partial, list_partial_downloads
from app.hub.model_files import default_target, split_set
from app.jobs import CancelToken, ProgressUpdate
from ui.error_texts import error_detail

if TYPE_CHECKING:
    from app.hub.hub_api import HubClient

log = logging.getLogger(__name__)

# How a download ended. Stable words: the controller and the widgets key on them.
DONE, PAUSED, CANCELLED, FAILED = "done", "paused", "cancelled", "failed"


class DownloadTask(QObject):
    progressed = Signal(int, str, float, float, float)  # job id, stage, done, total, bytes/s (floats: > 2 GiB)
    ended = Signal(int, str, str, str, object)  # job id, DONE/PAUSED/CANCELLED/FAILED, error kind, detail, Path
    partialsListed = Signal(object)  # tuple of (repo, file, bytes kept, size): downloads paused in an earlier run
    bugOccurred = Signal(str)

    def __init__(self, models_dir: Path, environ: Optional[Mapping[str, str]] = None) -> None:
        super().__init__()
        self._models_dir = Path(models_dir)
        self._environ = environ
        self._endpoint = ""  # from the settings: "" = $HF_ENDPOINT, else huggingface.co
        self._token = ""  # from the settings: "" = $HF_TOKEN, else `hf auth login`'s

    @Slot(str, str)
    def configure(self, endpoint: str, token: str) -> None:
        """The hub address and token of the settings, for the downloads that follow."""
        self._endpoint, self._token = endpoint, token

    @Slot(object)
    def use_models_dir(self, models_dir: Path) -> None:
        """The models folder the settings chose, for the downloads that follow (one under
        way finishes where it started)."""
        self._models_dir = Path(models_dir)

    @Slot()
    def prepare(self) -> None:
        """Load the hub client's libraries (huggingface_hub, httpx) now, while the person
        looks at the page a download starts from: loading them holds Python's GIL for most
        of a second, which stalled the window by up to 27 ms each time during a download's
        first second (benchmarks/ui_latency.py download)."""
        from app.hub import download, hub_api  # noqa: F401

    def _hub(self) -> "HubClient":
        # The hub client (huggingface_hub, httpx) loads with the first download, not at start.
        from app.hub.hub_api import HubClient, resolve_endpoint, resolve_token

        env = os.environ if self._environ is None else self._environ
        return HubClient(resolve_endpoint(self._endpoint or None, env), resolve_token(self._token or None, env))

    @Slot(int, str, str, object, object)
    def download(self, job_id: int, repo_id: str, filename: str, cancel: CancelToken, discard: CancelToken) -> None:
        """Download (or resume) one model. `cancel` stops it; `discard` set as well means
        throw the bytes away (Cancel) rather than keep them (Pause)."""
        if cancel.cancelled:
            self._stopped(job_id, repo_id, filename, discard)
            return

        def progress(update: ProgressUpdate) -> None:
            self.progressed.emit(job_id, update.stage, float(update.done), float(update.total),
                                 float(getattr(update, "speed_bps", 0.0)))

        try:
            target = default_target(self._models_dir, repo_id)
            hub = self._hub()
            from app.hub.download import download_model

            result = download_model(hub, repo_id, filename, target, progress=progress, cancel=cancel)
        except Cancelled:
            self._stopped(job_id, repo_id, filename, discard)
        except AppError as exc:
            log.warning("download of %s %s failed: %s", repo_id, filename, exc.detail)
            self.ended.emit(job_id, FAILED, exc.kind, error_detail(exc), None)
        except Exception:
            self.bugOccurred.emit(traceback.format_exc())
            self.ended.emit(job_id, FAILED, "bug", "", None)
        else:
            self.ended.emit(job_id, DONE, "", "", result.paths[0])

    def _stopped(self, job_id: int, repo_id: str, filename: str, discard: CancelToken) -> None:
        if discard.cancelled:
            self.discard(repo_id, filename)
            self.ended.emit(job_id, CANCELLED, "", "", None)
        else:
            self.ended.emit(job_id, PAUSED, "", "", None)

    @Slot()
    def list_partials(self) -> None:
        """Downloads left paused (or cut off) by an earlier run: they resume from their bytes."""
        models: dict[tuple[str, str], list[int]] = {}  # a split model is one download
        try:
            for p in list_partial_downloads(self._models_dir):
                kept = models.setdefault((p.record.repo_id, split_set(p.record.filename)[0]), [0, 0])
                kept[0] += p.have
                kept[1] += p.record.size
        except OSError as exc:
            log.warning("could not list paused downloads: %s", exc)
        self.partialsListed.emit(tuple((repo, name, have, size) for (repo, name), (have, size) in models.items()))

    @Slot(str, str)
    def discard(self, repo_id: str, filename: str) -> None:
        """Delete the partial files of a paused download."""
        names = set(split_set(filename))
        try:
            for partial in list_partial_downloads(self._models_dir):
                if partial.record.repo_id == repo_id and partial.record.filename in names:
                    delete_partial(partial)
        except OSError as exc:
            log.warning("could not delete the partial download of %s: %s", filename, exc)

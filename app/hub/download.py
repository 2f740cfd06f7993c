"""Download one model from the hub: resolve, check disk space, transfer, verify, install.

A model is one GGUF file or every part of a split GGUF (`name-00001-of-00003.gguf`);
the parts are downloaded and verified as one: nothing is installed until every part
matched the hub's sha256, and the disk-space check covers them all. Files land in
`target_dir` under their path in the repo (`default_target` gives `MODELS/owner/name`).

Pause is a cancel: `Cancelled` is raised and `.part` files are kept. Starting the same
download again (same process or after a restart) resumes from the bytes on disk, as
long as the hub still has the same file (its sha256, from the `.part.json` record).
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator, Optional, Sequence

import filelock

from app.errors import QT_TRANSLATE_NOOP, InvalidRequestError, ModelFileError
from app.hub import records
from app.hub.disk_space import DEFAULT_RESERVE_BYTES, disk_free_bytes
from app.hub.errors import DiskSpaceError, DownloadConflictError, DownloadCorruptError
from app.hub.hub_api import HubClient, RemoteFile
from app.hub.model_files import split_set
from app.hub.progress import DownloadProgress, RateMeter, eta_seconds, format_bytes
from app.hub.records import DownloadRecord
from app.hub.transfer import (
    DEFAULT_RETRY,
    ExpectedFile,
    HttpClient,
    HttpResponse,
    RetryPolicy,
    fetch_into_part,
    file_matches,
    make_client,
)
from app.jobs import CancelToken, ProgressCallback, check, report

# Left free on the disk after a download: a full disk breaks other programs.
REPORT_INTERVAL_S = 0.1


@dataclass(frozen=True)
class DownloadResult:
    repo_id: str
    commit: str
    paths: tuple[Path, ...]  # installed files, first part first
    fetched_bytes: int  # bytes received over the network by this call
    already_installed: bool


def download_model(
    hub: HubClient,
    repo_id: str,
    filename: str,
    target_dir: Path,
    *,
    revision: str = "main",
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
    free_space: Callable[[Path], int] = disk_free_bytes,
    reserve_bytes: int = DEFAULT_RESERVE_BYTES,
    retry: RetryPolicy = DEFAULT_RETRY,
    clock: Callable[[], float] = time.monotonic,
) -> DownloadResult:
    """Download the model `filename` (any part of a split set brings the whole set)."""
    return download_files(
        hub, repo_id, split_set(filename), target_dir, revision=revision, progress=progress, cancel=cancel,
        free_space=free_space, reserve_bytes=reserve_bytes, retry=retry, clock=clock,
    )


def download_files(
    hub: HubClient,
    repo_id: str,
    filenames: Sequence[str],
    target_dir: Path,
    *,
    revision: str = "main",
    progress: Optional[ProgressCallback] = None,
    cancel: Optional[CancelToken] = None,
    free_space: Callable[[Path], int] = disk_free_bytes,
    reserve_bytes: int = DEFAULT_RESERVE_BYTES,
    retry: RetryPolicy = DEFAULT_RETRY,
    clock: Callable[[], float] = time.monotonic,
) -> DownloadResult:
    """Download `filenames` of `repo_id` as one unit into `target_dir`; see the module doc."""
    for name in filenames:
        parts = PurePosixPath(name).parts
        if not parts or PurePosixPath(name).is_absolute() or ".." in parts:
            raise InvalidRequestError(
                QT_TRANSLATE_NOOP("AppError", "'{name}' is not a file name inside a repository."), name=name
            )
    check(cancel)
    report(progress, DownloadProgress("resolve", file_name=filenames[0]))
    remote = hub.resolve(repo_id, filenames, revision)
    check(cancel)
    target_dir = Path(target_dir)
    finals = [target_dir.joinpath(*PurePosixPath(f.filename).parts) for f in remote]
    session = _Session(hub, remote, finals, revision, progress, cancel, retry, clock)
    with _file_errors(target_dir):
        for final in finals:
            final.parent.mkdir(parents=True, exist_ok=True)
        with _exclusive(finals[0]):
            return session.run(free_space, reserve_bytes)


@contextlib.contextmanager
def _file_errors(folder: Path) -> Iterator[None]:
    """Disk trouble outside the transfer itself (records, renames, folders) -> AppErrors."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskSpaceError(
                QT_TRANSLATE_NOOP("AppError", "The disk holding {folder} is full: {reason}. "
                                              "Free some space and try again."),
                folder=folder,
                reason=exc.strerror,
            ) from exc
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "Cannot write into the models folder {folder}: {reason}"),
            folder=folder,
            reason=exc.strerror or exc,
        ) from exc


@contextlib.contextmanager
def _exclusive(final: Path) -> Iterator[None]:
    """One download of a file at a time, across windows and processes."""
    lock = filelock.FileLock(records.lock_path(final), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise DownloadConflictError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} is already being downloaded by another Paddock window or paddock-cli. "
                "Wait for it to finish, or stop it first.",
            ),
            name=final.name,
        ) from exc
    try:
        yield
    finally:
        lock.release()
        records.lock_path(final).unlink(missing_ok=True)


class _Session:
    def __init__(
        self,
        hub: HubClient,
        remote: list[RemoteFile],
        finals: list[Path],
        revision: str,
        progress: Optional[ProgressCallback],
        cancel: Optional[CancelToken],
        retry: RetryPolicy,
        clock: Callable[[], float],
    ) -> None:
        self.hub, self.remote, self.finals, self.revision = hub, remote, finals, revision
        self.progress, self.cancel, self.retry, self.clock = progress, cancel, retry, clock
        self.records = [
            DownloadRecord(
                repo_id=f.repo_id, revision=revision, commit=f.commit, filename=f.filename, size=f.size,
                sha256=f.sha256, git_oid=f.git_oid, endpoint=hub.endpoint,
            )
            for f in remote
        ]
        self.have = [0] * len(remote)
        self.verified = [False] * len(remote)
        self.total = sum(f.size for f in remote)
        self.fetched = 0
        self.meter = RateMeter(clock=clock)
        self._last_report = (float("-inf"), "")

    def run(self, free_space: Callable[[Path], int], reserve_bytes: int) -> DownloadResult:
        pending = [i for i in range(len(self.remote)) if not self._installed(i)]
        if not pending:
            self._report("install", self.remote[0].filename, force=True)
            return self._result(already_installed=True)
        for i in pending:
            self._adopt_part(i)
        self._check_space(pending, free_space, reserve_bytes)
        for i in pending:
            if not self.verified[i]:
                records.write_record(records.state_path(self.finals[i]), self.records[i])
        client = make_client(self.retry)
        try:
            for i in pending:
                if not self.verified[i]:
                    self._fetch(i, client)
        finally:
            client.close()
        self._install(pending)
        return self._result(already_installed=False)

    # --- before the transfer -----------------------------------------------------------

    def _installed(self, i: int) -> bool:
        final, record = self.finals[i], self.records[i]
        if not final.exists():
            return False
        source = records.read_record(records.source_path(final))
        if source is not None and source.same_bytes(record) and final.stat().st_size == record.size:
            self.have[i] = record.size
            return True
        if source is not None and (source.repo_id, source.filename) == (record.repo_id, record.filename):
            return False  # an older version that Paddock installed: the new one replaces it
        if source is None and self._matches(i, final):  # put there by hand, or the record was lost
            records.write_record(records.source_path(final), record.verified(final.stat().st_mtime_ns))
            self.have[i] = record.size
            return True
        raise DownloadConflictError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "A different file already exists at {path}. Delete it (paddock-cli models delete) or "
                "download into another folder.",
            ),
            path=final,
        )

    def _matches(self, i: int, path: Path) -> bool:
        def on_progress(stage: str, done: int) -> None:
            self.have[i] = done
            self._report(stage, self.records[i].filename)

        matches = file_matches(path, self._expected(i), on_progress=on_progress, cancel=self.cancel)
        self.have[i] = 0
        return matches

    def _expected(self, i: int) -> ExpectedFile:
        record = self.records[i]
        return ExpectedFile(record.filename, record.size, record.sha256, record.git_oid)

    def _adopt_part(self, i: int) -> None:
        """Keep a `.part` file only if its record says it holds a prefix of this very file."""
        final, record = self.finals[i], self.records[i]
        part, state_file = records.part_path(final), records.state_path(final)
        state = records.read_record(state_file)
        keep = (
            state is not None
            and part.exists()
            and state.same_bytes(record)
            and (state.repo_id, state.filename) == (record.repo_id, record.filename)
        )
        if not keep:
            part.unlink(missing_ok=True)
            state_file.unlink(missing_ok=True)
            return
        stat = part.stat()
        self.have[i] = min(stat.st_size, record.size)
        if state is not None and state.verified_mtime_ns == stat.st_mtime_ns and stat.st_size == record.size:
            self.verified[i] = True  # verified by an earlier run, untouched since

    def _check_space(self, pending: list[int], free_space: Callable[[Path], int], reserve: int) -> None:
        need = sum(self.records[i].size - self.have[i] for i in pending)
        folder = self.finals[0].parent
        free = free_space(folder)
        if free - need < reserve:
            raise DiskSpaceError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "Not enough disk space in {folder}: this download needs {need} more "
                    "(and Paddock leaves {reserve} free), but only {free} is free. "
                    "Free some space or choose another models folder.",
                ),
                folder=folder,
                need=format_bytes(need),
                reserve=format_bytes(reserve),
                free=format_bytes(free),
            )

    # --- the transfer ------------------------------------------------------------------

    def _fetch(self, i: int, client: HttpClient) -> None:
        final, record, remote = self.finals[i], self.records[i], self.remote[i]
        part = records.part_path(final)
        self.have[i] = 0

        def on_progress(stage: str, have: int) -> None:
            if stage == "download":
                self.fetched += max(0, have - self.have[i])  # a restart from zero fetches nothing yet
            self.have[i] = have
            self._report(stage, record.filename)

        def check_response(response: HttpResponse) -> None:
            self.hub.check_download_response(response, record.repo_id, record.filename, self.revision)

        try:
            fetch_into_part(
                remote.url, part, self._expected(i),
                client=client,
                headers=self.hub.download_headers(), check_response=check_response, retry=self.retry,
                on_progress=on_progress, cancel=self.cancel,
            )
        except DownloadCorruptError:
            part.unlink(missing_ok=True)
            records.state_path(final).unlink(missing_ok=True)
            raise
        self.verified[i] = True
        records.write_record(records.state_path(final), record.verified(part.stat().st_mtime_ns))

    def _install(self, pending: list[int]) -> None:
        """Every part is verified: move them into place, then record where they came from."""
        check(self.cancel)
        self._report("install", self.records[pending[0]].filename, force=True)
        for i in pending:
            final = self.finals[i]
            os.replace(records.part_path(final), final)
            records.write_record(records.source_path(final), self.records[i].verified(final.stat().st_mtime_ns))
            records.state_path(final).unlink(missing_ok=True)
        for folder in {self.finals[i].parent for i in pending}:
            _fsync_folder(folder)

    def _report(self, stage: str, file_name: str, force: bool = False) -> None:
        if self.progress is None:
            return
        now = self.clock()
        speed = self.meter.add(self.fetched) if stage == "download" else 0.0  # re-hashing is not network speed
        done = sum(self.have)
        last_time, last_stage = self._last_report
        if not force and stage == last_stage and now - last_time < REPORT_INTERVAL_S and done < self.total:
            return
        self._last_report = (now, stage)
        report(
            self.progress,
            DownloadProgress(
                stage, done, self.total, message=file_name, file_name=PurePosixPath(file_name).name,
                speed_bps=speed, eta_s=eta_seconds(self.total - done, speed) if stage == "download" else None,
            ),
        )

    def _result(self, already_installed: bool) -> DownloadResult:
        return DownloadResult(
            repo_id=self.records[0].repo_id, commit=self.records[0].commit, paths=tuple(self.finals),
            fetched_bytes=self.fetched, already_installed=already_installed,
        )


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)

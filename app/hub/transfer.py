"""The byte transfer of one file: HTTP Range into a `.part` file, hashed while written.

What huggingface_hub lacks, done with the HTTP client it uses itself (httpx2):
- resume: bytes already in the `.part` file (from a paused, cancelled or killed
  download) are re-hashed from disk and only the rest is asked for (`Range: bytes=N-`);
- hashing while writing, then the sha256 (or git blob id for small files) is compared
  with the hub's value; a mismatch raises DownloadCorruptError;
- retry with exponential backoff on dropped connections, stalls (no byte for
  `stall_timeout_s`), 408/429/5xx answers; the retry counter resets whenever bytes came;
- a full disk raises DiskSpaceError and keeps every byte written so far, resumable;
- cancel (and pause, which is a cancel that keeps the `.part` file) takes effect at once,
  even while blocked in a read: the token shuts the socket down.

Writes are unbuffered, so what is on disk is always a prefix of the file, whatever
kills the process; resume never trusts anything but those bytes.
"""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import re
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, Optional

import httpx2

from app.errors import QT_TRANSLATE_NOOP, ModelFileError
from app.hub.errors import DiskSpaceError, DownloadCorruptError, HubConnectionError
from app.jobs import CancelToken, check

log = logging.getLogger(__name__)

HASH_BLOCK = 4 << 20  # bytes per read when re-hashing a kept .part file
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")

# The HTTP types, for modules that must not import httpx2 themselves.
HttpClient = httpx2.Client
HttpResponse = httpx2.Response

# on_progress(stage, bytes_on_disk): stage is "check" while re-hashing kept bytes, then "download".
ProgressSink = Callable[[str, int], None]


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try. Tests use tiny delays; the defaults suit a flaky home connection."""

    max_failures: int = 8  # consecutive failed attempts without a single new byte
    first_delay_s: float = 1.0
    max_delay_s: float = 30.0
    connect_timeout_s: float = 15.0
    stall_timeout_s: float = 30.0  # no byte for this long: drop the connection, resume


DEFAULT_RETRY = RetryPolicy()


@dataclass(frozen=True)
class ExpectedFile:
    """What the hub says the file is."""

    name: str
    size: int
    sha256: Optional[str]  # LFS files
    git_oid: Optional[str] = None  # small files kept in git: sha1 of "blob <size>\\0" + bytes


def make_client(retry: Optional[RetryPolicy] = None) -> httpx2.Client:
    """An HTTP client for transfers. Redirects to the CDN are followed; httpx2 drops the
    Authorization header when a redirect leaves the hub's origin."""
    retry = retry or DEFAULT_RETRY
    timeout = httpx2.Timeout(retry.stall_timeout_s, connect=retry.connect_timeout_s)
    return httpx2.Client(follow_redirects=True, timeout=timeout)


class _Digest:
    def __init__(self, expected: ExpectedFile) -> None:
        if expected.sha256:
            self.kind, self.want, self._hash = "sha256", expected.sha256.lower(), hashlib.sha256()
        elif expected.git_oid:
            self.kind, self.want = "git blob id", expected.git_oid.lower()
            self._hash = hashlib.sha1(f"blob {expected.size}\0".encode())
        else:
            raise ValueError(f"{expected.name}: the hub gave no checksum to verify against")

    def update(self, data: bytes | memoryview) -> None:
        self._hash.update(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def file_matches(
    path: Path,
    expected: ExpectedFile,
    *,
    on_progress: Optional[ProgressSink] = None,
    cancel: Optional[CancelToken] = None,
) -> bool:
    """Whether the file at `path` holds exactly the expected bytes (hashes it all)."""
    if path.stat().st_size != expected.size:
        return False
    digest, done = _Digest(expected), 0
    with path.open("rb") as handle:
        while block := handle.read(HASH_BLOCK):
            check(cancel)
            digest.update(block)
            done += len(block)
            if on_progress is not None:
                on_progress("check", done)
    return digest.hexdigest() == digest.want


class _Retry(Exception):
    """An attempt failed in a way worth retrying."""

    def __init__(self, reason: str, delay_s: Optional[float] = None) -> None:
        super().__init__(reason)
        self.delay_s = delay_s


def fetch_into_part(
    url: str,
    part: Path,
    expected: ExpectedFile,
    *,
    client: httpx2.Client,
    headers: Mapping[str, str],
    check_response: Callable[[httpx2.Response], None],
    retry: Optional[RetryPolicy] = None,
    on_progress: Optional[ProgressSink] = None,
    cancel: Optional[CancelToken] = None,
) -> None:
    """Complete `part` from `url` until it holds exactly the expected bytes, then fsync it.

    `check_response` raises the right AppError for a hub error answer (401, 404, ...).
    Raises DownloadCorruptError (the caller deletes `part`), DiskSpaceError or
    HubConnectionError (`part` kept, resumable), Cancelled (`part` kept).
    """
    _Transfer(url, part, expected, client, headers, check_response, retry or DEFAULT_RETRY, on_progress, cancel).run()


class _Transfer:
    def __init__(
        self,
        url: str,
        part: Path,
        expected: ExpectedFile,
        client: httpx2.Client,
        headers: Mapping[str, str],
        check_response: Callable[[httpx2.Response], None],
        retry: RetryPolicy,
        on_progress: Optional[ProgressSink],
        cancel: Optional[CancelToken],
    ) -> None:
        self.url, self.part, self.expected = url, part, expected
        self.client, self.headers, self.check_response = client, dict(headers), check_response
        self.retry, self.on_progress, self.cancel = retry, on_progress, cancel
        self.digest = _Digest(expected)
        self.have = 0
        self._current: Optional[httpx2.Response] = None
        self._woken = threading.Event()

    # --- the loop ----------------------------------------------------------------------

    def run(self) -> None:
        if self.cancel is not None:
            self.cancel.on_cancel(self._abort)
        self._hash_kept_bytes()
        failures = 0
        while self.have < self.expected.size:
            check(self.cancel)
            before = self.have
            try:
                self._attempt()
                if self.have < self.expected.size:
                    raise _Retry("the server ended the transfer early")
            except (_Retry, httpx2.TransportError) as exc:
                if isinstance(exc, httpx2.UnsupportedProtocol):
                    raise HubConnectionError(
                        QT_TRANSLATE_NOOP("AppError", "Cannot download {url}: {reason}"), url=self.url, reason=str(exc)
                    ) from exc
                check(self.cancel)
                failures = 1 if self.have > before else failures + 1
                if failures > self.retry.max_failures:
                    raise HubConnectionError(
                        QT_TRANSLATE_NOOP("AppError", "The download of {name} failed {failures} times in a row "
                                                      "({reason}). The {have:,} bytes received are kept; start the "
                                                      "download again to resume."),
                        name=self.expected.name, failures=failures, reason=_describe(exc), have=self.have,
                    ) from exc
                delay = self._delay(failures, exc)
                log.warning(
                    "%s: %s; retrying in %.1f s (from byte %d)", self.expected.name, _describe(exc), delay, self.have
                )
                if self._woken.wait(delay):
                    check(self.cancel)
            except httpx2.TooManyRedirects as exc:
                raise HubConnectionError(
                    QT_TRANSLATE_NOOP("AppError", "The hub sent {name} round in redirect circles: {reason}"),
                    name=self.expected.name, reason=str(exc),
                ) from exc
        self._verify()

    def _delay(self, failures: int, exc: Exception) -> float:
        asked = exc.delay_s if isinstance(exc, _Retry) else None
        delay = self.retry.first_delay_s * 2 ** (failures - 1)
        if asked is not None:
            delay = max(delay, asked)
        return min(delay, self.retry.max_delay_s)

    def _hash_kept_bytes(self) -> None:
        """Resume: the bytes on disk are the only truth; hash them again from the start."""
        try:
            size = self.part.stat().st_size
        except FileNotFoundError:
            self.part.parent.mkdir(parents=True, exist_ok=True)
            self.part.touch()
            return
        if size > self.expected.size:
            self._restart()
            return
        with self.part.open("rb") as handle:
            while block := handle.read(HASH_BLOCK):
                check(self.cancel)
                self.digest.update(block)
                self.have += len(block)
                self._report("check")

    def _restart(self) -> None:
        with self.part.open("wb"):
            pass
        self.digest = _Digest(self.expected)
        self.have = 0

    # --- one HTTP request --------------------------------------------------------------

    def _attempt(self) -> None:
        headers = dict(self.headers)
        if self.have:
            headers["Range"] = f"bytes={self.have}-"
        with self.client.stream("GET", self.url, headers=headers) as response:
            self._current = response
            try:
                check(self.cancel)  # cancelled before the response could be aborted
                self._accept(response)
                self._receive(response)
            except httpx2.TransportError:
                check(self.cancel)  # the socket was shut down by cancel
                raise
            finally:
                self._current = None

    def _accept(self, response: httpx2.Response) -> None:
        status = response.status_code
        if status in RETRY_STATUSES:
            response.read()
            raise _Retry(f"the server answered {status}", _retry_after(response))
        if status == 416 and self.have:
            # The server has fewer bytes than are kept here: the file changed, start over.
            response.read()
            self._restart()
            raise _Retry("the server no longer has the bytes asked for", 0.0)
        if status >= 400:
            response.read()
            self.check_response(response)
            raise HubConnectionError(
                QT_TRANSLATE_NOOP("AppError", "The download server refused {name} ({status})."),
                name=self.expected.name, status=status,
            )
        if status == 206:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
            total = match and match[3]
            if not match or int(match[1]) != self.have or total not in ("*", str(self.expected.size)):
                raise DownloadCorruptError(
                    QT_TRANSLATE_NOOP("AppError", "The server sent another part of {name} than asked for "
                                                  "({content_range} for bytes {have}-): the file on the hub may "
                                                  "have changed. Nothing was installed; try again."),
                    name=self.expected.name, have=self.have,
                    content_range=repr(response.headers.get("Content-Range")),
                )
        elif status == 200:
            if self.have:
                log.warning("%s: the server ignored the Range request; starting over", self.expected.name)
                self._restart()
            length = response.headers.get("Content-Length")
            if length is not None and int(length) != self.expected.size:
                raise DownloadCorruptError(
                    QT_TRANSLATE_NOOP("AppError", "The server sends {length:,} bytes for {name} but the hub lists "
                                                  "{size:,}. Nothing was installed; try again later."),
                    length=int(length), name=self.expected.name, size=self.expected.size,
                )
        else:
            raise _Retry(f"unexpected answer {status}")

    def _receive(self, response: httpx2.Response) -> None:
        with self.part.open("ab", buffering=0) as out:
            for chunk in response.iter_raw():  # as the network delivers: no bytes held back
                check(self.cancel)
                if self.have + len(chunk) > self.expected.size:
                    raise DownloadCorruptError(
                        QT_TRANSLATE_NOOP("AppError", "The server sent more than the {size:,} bytes the hub lists "
                                                      "for {name}. Nothing was installed; try again."),
                        size=self.expected.size, name=self.expected.name,
                    )
                self._write(out, memoryview(chunk))
                self._report("download")

    def _write(self, out: io.FileIO, view: memoryview) -> None:
        while view:
            try:
                written = out.write(view)
            except OSError as exc:
                if exc.errno in _DISK_FULL_ERRNOS:
                    raise DiskSpaceError(
                        QT_TRANSLATE_NOOP("AppError", "The disk is full (or the largest file size allowed was "
                                                      "reached) while writing {name}: {reason}. The {have:,} bytes "
                                                      "downloaded so far are kept; free some space and start the "
                                                      "download again to resume."),
                        name=self.part.name, reason=exc.strerror, have=self.have,
                    ) from exc
                raise ModelFileError(QT_TRANSLATE_NOOP("AppError", "Could not write {path}: {reason}"),
                                     path=self.part, reason=exc.strerror or exc) from exc
            if not written:
                raise DiskSpaceError(
                    QT_TRANSLATE_NOOP("AppError", "Nothing more could be written to {path}; the disk may be full."),
                    path=self.part,
                )
            self.digest.update(view[:written])
            self.have += written
            view = view[written:]

    # --- the end -----------------------------------------------------------------------

    def _verify(self) -> None:
        if self.have != self.expected.size:
            raise DownloadCorruptError(
                QT_TRANSLATE_NOOP("AppError", "{name} has {have:,} bytes, the hub lists {size:,}."),
                name=self.expected.name, have=self.have, size=self.expected.size,
            )
        got = self.digest.hexdigest()
        if got != self.digest.want:
            raise DownloadCorruptError(
                QT_TRANSLATE_NOOP("AppError", "{name} failed verification: its {checksum} is {got}, the hub says "
                                              "{want}. The damaged download was deleted and nothing was installed; "
                                              "download it again (if this keeps happening, the mirror may serve a "
                                              "broken copy)."),
                name=self.expected.name, checksum=self.digest.kind, got=got, want=self.digest.want,
            )
        with self.part.open("rb") as handle:
            os.fsync(handle.fileno())

    def _report(self, stage: str) -> None:
        if self.on_progress is not None:
            self.on_progress(stage, self.have)

    def _abort(self) -> None:
        """Runs in the cancelling thread: wake a backoff wait, unblock a read at once."""
        self._woken.set()
        response = self._current
        stream = response.extensions.get("network_stream") if response is not None else None
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed: the read has ended anyway


def _retry_after(response: httpx2.Response) -> Optional[float]:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


"""A local stand-in for the Hugging Face hub and its download servers, on 127.0.0.1 only.

It answers what huggingface_hub 2.x and Paddock's transfer ask, the way the hub does:
- HEAD/GET /{repo}/resolve/{revision}/{path}: X-Repo-Commit and ETag; LFS files answer
  302 to the CDN (another port, so another origin, like cdn-lfs / cas-bridge) with
  X-Linked-Etag (the sha256) and X-Linked-Size; small git files are served directly.
- errors with the hub's headers: 401/403 X-Error-Code GatedRepo, 401/404 RepoNotFound,
  404 RevisionNotFound / EntryNotFound, 401 "Invalid credentials in Authorization header";
- GET /api/models/{repo}/tree/{revision}[/{path}]?recursive=: the tree listing with
  `lfs: {oid, size, pointerSize}`, paginated with a `Link: <...>; rel="next"` header;
- the CDN: GET/HEAD /blobs/{sha256}?X-Amz-Signature=... with Range (206 + Content-Range).
Faults, each for a number of CDN requests: throttle, drop the connection after N bytes,
hang after N bytes (until released), corrupt a byte, ignore Range, answer an error status.
Every request is logged; tests wait on the log (a Condition), never on sleeps.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional
from urllib.parse import parse_qs, quote, unquote, urlsplit

SEND_CHUNK = 64 * 1024
_RESOLVE = re.compile(r"^/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$")
_TREE = re.compile(r"^/api/models/([^/]+/[^/]+)/tree/([^/]+)(?:/(.*))?$")
_BLOB = re.compile(r"^/blobs/([0-9a-f]{64})$")


def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class MockFile:
    path: str
    data: bytes
    lfs: bool = True

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def git_oid(self) -> str:
        """For an LFS file, git stores the pointer; its blob id is what the tree lists."""
        if not self.lfs:
            return git_blob_id(self.data)
        pointer = f"version https://git-lfs.github.com/spec/v1\noid sha256:{self.sha256}\nsize {len(self.data)}\n"
        return git_blob_id(pointer.encode())


@dataclass
class MockRepo:
    repo_id: str
    files: dict[str, MockFile] = field(default_factory=dict)
    gated: bool = False
    private: bool = False
    allowed_tokens: set[str] = field(default_factory=set)  # may read a gated/private repo

    @property
    def commit(self) -> str:
        return hashlib.sha1(self.repo_id.encode()).hexdigest()

    def add(self, path: str, data: bytes, lfs: bool = True) -> MockFile:
        self.files[path] = MockFile(path, data, lfs)
        return self.files[path]


@dataclass
class Fault:
    kind: str  # "drop", "hang", "corrupt", "ignore_range", "status", "throttle"
    after: int = 0  # body offset (absolute in the file) where it strikes
    times: int = 1
    status: int = 503
    bytes_per_s: int = 0


@dataclass
class Request:
    server: str  # "hub" or "cdn"
    method: str
    path: str
    headers: dict[str, str]
    status: int = 0
    range_start: Optional[int] = None
    bytes_sent: int = 0
    finished: bool = False


class MockHub:
    def __init__(self, tree_page_size: int = 1000) -> None:
        self.repos: dict[str, MockRepo] = {}
        self.known_tokens: set[str] = set()
        self.tree_page_size = tree_page_size
        self.faults: dict[str, list[Fault]] = {}
        self.log: list[Request] = []
        self.changed = threading.Condition()
        self.release = threading.Event()
        self._hub = _Server(self, "hub")
        self._cdn = _Server(self, "cdn")

    # --- setup -------------------------------------------------------------------------

    def __enter__(self) -> "MockHub":
        self._hub.start()
        self._cdn.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._hub.stop()
        self._cdn.stop()

    @property
    def endpoint(self) -> str:
        return self._hub.url

    @property
    def cdn_url(self) -> str:
        return self._cdn.url

    def add_repo(self, repo_id: str, **kwargs: object) -> MockRepo:
        repo = MockRepo(repo_id, **kwargs)  # type: ignore[arg-type]
        self.repos[repo_id] = repo
        self.known_tokens |= repo.allowed_tokens
        return repo

    def add_fault(self, file: MockFile, fault: Fault) -> None:
        self.faults.setdefault(file.sha256, []).append(fault)

    # --- what tests read ---------------------------------------------------------------

    def requests(self, server: Optional[str] = None, method: Optional[str] = None) -> list[Request]:
        with self.changed:
            return [r for r in self.log if (server in (None, r.server)) and (method in (None, r.method))]

    def blob_gets(self, file: MockFile) -> list[Request]:
        return [r for r in self.requests("cdn", "GET") if r.path.startswith(f"/blobs/{file.sha256}")]

    def bytes_served(self, file: MockFile) -> int:
        return sum(r.bytes_sent for r in self.blob_gets(file))

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 20.0) -> None:
        with self.changed:
            if not self.changed.wait_for(predicate, timeout):
                raise AssertionError("the mock hub did not see what the test waited for")

    # --- serving -----------------------------------------------------------------------

    def _record(self, request: Request) -> None:
        with self.changed:
            self.log.append(request)
            self.changed.notify_all()

    def _update(self, request: Request, **changes: object) -> None:
        with self.changed:
            for key, value in changes.items():
                setattr(request, key, value)
            self.changed.notify_all()

    def _take_fault(self, sha256: str) -> Optional[Fault]:
        with self.changed:
            for fault in self.faults.get(sha256, []):
                if fault.times > 0:
                    fault.times -= 1
                    return fault
        return None


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up (killed children, cancelled downloads) are expected here."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Server:
    def __init__(self, hub: MockHub, name: str) -> None:
        handler = type(f"{name}Handler", (_Handler,), {"hub": hub, "server_name": name})
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, name=f"mock-{name}", daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hub: MockHub
    server_name: str

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - silence stderr
        pass

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_GET(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.record = Request(self.server_name, self.command, self.path, headers)
        self.hub._record(self.record)
        try:
            url = urlsplit(self.path)
            if self.server_name == "cdn":
                self._cdn(url.path)
            else:
                self._hub_request(url.path, parse_qs(url.query))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            self.hub._update(self.record, finished=True)

    # --- answers -----------------------------------------------------------------------

    def _answer(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.hub._update(self.record, status=status)
        self.send_response(status)
        for key, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, code: Optional[str], message: str) -> None:
        headers = {"Content-Type": "application/json", "X-Error-Message": message}
        if code:
            headers["X-Error-Code"] = code
        self._answer(status, headers, json.dumps({"error": message}).encode())

    def _token(self) -> Optional[str]:
        auth = self.headers.get("Authorization", "")
        return auth[len("Bearer ") :] if auth.startswith("Bearer ") else None

    def _repo_or_error(self, repo_id: str, needs_files: bool) -> Optional[MockRepo]:
        token = self._token()
        if token is not None and token not in self.hub.known_tokens:
            self._error(401, None, "Invalid credentials in Authorization header")
            return None
        repo = self.hub.repos.get(repo_id)
        if repo is None or (repo.private and token not in repo.allowed_tokens):
            self._error(404 if token else 401, "RepoNotFound", "Repository not found")
            return None
        if needs_files and repo.gated and token not in repo.allowed_tokens:
            if token is None:
                self._error(
                    401, "GatedRepo",
                    f"Access to model {repo_id} is restricted. You must have access to it and be "
                    "authenticated to access it. Please log in.",
                )
            else:
                self._error(
                    403, "GatedRepo",
                    f"Access to model {repo_id} is restricted and you are not in the authorized list. "
                    f"Visit {self.hub.endpoint}/{repo_id} to ask for access.",
                )
            return None
        return repo

    def _hub_request(self, path: str, query: dict[str, list[str]]) -> None:
        if match := _RESOLVE.match(path):
            self._resolve(match[1], unquote(match[2]), unquote(match[3]))
        elif (match := _TREE.match(path)) and self.command == "GET":
            self._tree(match[1], unquote(match[2]), unquote(match[3] or ""), query)
        else:
            self._error(404, None, "Not Found")

    def _resolve(self, repo_id: str, revision: str, filename: str) -> None:
        repo = self._repo_or_error(repo_id, needs_files=True)
        if repo is None:
            return
        if revision not in ("main", repo.commit):
            self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
            return
        file = repo.files.get(filename)
        if file is None:
            self._error(404, "EntryNotFound", f"{filename} does not exist on \"{revision}\"")
            return
        headers = {"X-Repo-Commit": repo.commit, "Accept-Ranges": "bytes"}
        if file.lfs:
            location = f"{self.hub.cdn_url}/blobs/{file.sha256}?X-Amz-Signature={file.git_oid[:16]}&X-Amz-Expires=3600"
            headers.update({
                "Location": location,
                "ETag": f'"{file.git_oid}"',
                "X-Linked-Etag": f'"{file.sha256}"',
                "X-Linked-Size": str(len(file.data)),
            })
            self._answer(302, headers, f"Found. Redirecting to {location}".encode())
        else:
            headers["ETag"] = f'"{file.git_oid}"'
            self._answer(200, headers, file.data)

    def _tree(self, repo_id: str, revision: str, folder: str, query: dict[str, list[str]]) -> None:
        repo = self._repo_or_error(repo_id, needs_files=False)  # listings of gated repos are public
        if repo is None:
            return
        if revision not in ("main", repo.commit):
            self._error(404, "RevisionNotFound", f"Invalid rev id: {revision}")
            return
        recursive = query.get("recursive", ["false"])[0].lower() == "true"
        prefix = f"{folder}/" if folder else ""
        entries: dict[str, dict] = {}
        for file in sorted(repo.files.values(), key=lambda f: f.path):
            if not file.path.startswith(prefix):
                continue
            rest = file.path[len(prefix) :]
            for depth, _ in enumerate(rest.split("/")[:-1]):
                sub = prefix + "/".join(rest.split("/")[: depth + 1])
                if recursive or depth == 0:
                    folder_entry = {"type": "directory", "oid": git_blob_id(sub.encode()), "size": 0, "path": sub}
                    entries.setdefault(sub, folder_entry)
            if recursive or "/" not in rest:
                entry = {"type": "file", "oid": file.git_oid, "size": len(file.data), "path": file.path}
                if file.lfs:
                    entry["lfs"] = {"oid": file.sha256, "size": len(file.data), "pointerSize": 134}
                entries[file.path] = entry
        if folder and not entries:
            self._error(404, "EntryNotFound", f"{folder} does not exist on \"{revision}\"")
            return
        items = list(entries.values())
        start = int(query.get("cursor", ["0"])[0])
        page = items[start : start + self.hub.tree_page_size]
        headers = {"Content-Type": "application/json", "X-Repo-Commit": repo.commit}
        if start + self.hub.tree_page_size < len(items):
            tail = f"/{quote(folder)}" if folder else ""
            next_url = (
                f"{self.hub.endpoint}/api/models/{repo_id}/tree/{quote(revision, safe='')}{tail}"
                f"?recursive={str(recursive).lower()}&cursor={start + self.hub.tree_page_size}"
            )
            headers["Link"] = f'<{next_url}>; rel="next"'
        self._answer(200, headers, json.dumps(page).encode())

    # --- the CDN -----------------------------------------------------------------------

    def _cdn(self, path: str) -> None:
        match = _BLOB.match(path)
        file = next(
            (f for repo in self.hub.repos.values() for f in repo.files.values() if match and f.sha256 == match[1]),
            None,
        )
        if file is None:
            self._answer(404, {"Content-Type": "text/plain"}, b"NoSuchKey")
            return
        if "authorization" in self.record.headers:
            # The hub's signed URLs must never see the token (it would leak to S3/CloudFront logs).
            self._answer(400, {"Content-Type": "text/plain"}, b"Only one auth mechanism allowed")
            return
        fault = self._fault(file)
        if fault is not None and fault.kind == "status":
            self._answer(fault.status, {"Retry-After": "0", "Content-Type": "text/plain"}, b"Service Unavailable")
            return
        data = file.data
        start, end = 0, len(data) - 1
        range_header = self.headers.get("Range")
        status = 200
        headers = {"Content-Type": "application/octet-stream", "Accept-Ranges": "bytes", "ETag": f'"{file.sha256}"'}
        if range_header and not (fault is not None and fault.kind == "ignore_range"):
            found = re.match(r"^bytes=(\d+)-(\d*)$", range_header)
            if not found or int(found[1]) >= len(data):
                self._answer(416, {"Content-Range": f"bytes */{len(data)}"})
                return
            start = int(found[1])
            end = min(int(found[2]), end) if found[2] else end
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
        self.hub._update(self.record, status=status, range_start=start if status == 206 else None)
        self.send_response(status)
        for key, value in {**headers, "Content-Length": str(end - start + 1)}.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command == "HEAD":
            return
        self._send_body(data, start, end + 1, fault)

    def _fault(self, file: MockFile) -> Optional[Fault]:
        if self.command != "GET":
            return None
        return self.hub._take_fault(file.sha256)

    def _send_body(self, data: bytes, start: int, stop: int, fault: Optional[Fault]) -> None:
        position = start
        while position < stop:
            chunk_end = min(position + SEND_CHUNK, stop)
            if fault is not None and fault.kind in ("drop", "hang") and position < fault.after <= chunk_end:
                chunk_end = fault.after
            chunk = bytearray(data[position:chunk_end])
            if fault is not None and fault.kind == "corrupt" and position <= fault.after < chunk_end:
                chunk[fault.after - position] ^= 0xFF
            self.wfile.write(chunk)
            self.wfile.flush()
            position = chunk_end
            self.hub._update(self.record, bytes_sent=self.record.bytes_sent + len(chunk))
            if fault is not None and fault.kind == "throttle" and fault.bytes_per_s:
                time.sleep(len(chunk) / fault.bytes_per_s)  # throttling is the point, not a race dodge
            if fault is not None and fault.kind in ("drop", "hang") and position == fault.after:
                if fault.kind == "hang":
                    self.hub.release.wait()
                self.close_connection = True  # the rest never comes: the client sees a cut body
                return

"""The one adapter for huggingface_hub: repo metadata, file listing, URLs, auth, the HF cache.

huggingface_hub does these well. It does not resume a download after the process dies
nor check sha256 while downloading, so the byte transfer lives in `transfer.py`; here
every huggingface_hub exception becomes a hub `AppError` whose message says what to do.
The endpoint is always passed explicitly: huggingface_hub reads HF_ENDPOINT only once,
at import, and a mirror chosen in the settings must win over it.
"""

from __future__ import annotations

import contextlib
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping, Optional, Sequence

import httpx2
from huggingface_hub import HfApi, constants, get_hf_file_metadata, hf_hub_url
from huggingface_hub.errors import (
    CacheNotFound,
    CorruptedCacheException,
    DisabledRepoError,
    GatedRepoError,
    HfHubHTTPError,
    HFValidationError,
    OfflineModeIsEnabled,
    RemoteEntryNotFoundError,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.hf_api import RepoFile
from huggingface_hub.utils import build_hf_headers, hf_raise_for_status, scan_cache_dir

from app import __version__
from app.errors import QT_TRANSLATE_NOOP, AppError
from app.hub.errors import HubAccessError, HubConnectionError, HubNotFoundError

DEFAULT_ENDPOINT = "https://huggingface.co"
TOKENS_PAGE = "https://huggingface.co/settings/tokens"
# Where `hf auth login` keeps its token (HF_HOME aware, read by huggingface_hub at import).
DEFAULT_TOKEN_FILE = Path(constants.HF_TOKEN_PATH)


def default_hf_cache_dir() -> Path:
    """The shared Hugging Face cache (HF_HUB_CACHE / HF_HOME aware)."""
    return Path(constants.HF_HUB_CACHE)


def resolve_endpoint(explicit: Optional[str], environ: Mapping[str, str]) -> str:
    """The hub address: explicit (settings, --endpoint), else HF_ENDPOINT, else huggingface.co."""
    endpoint = (explicit or environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).strip().rstrip("/")
    if not endpoint.startswith(("https://", "http://")):
        raise HubConnectionError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "The hub address '{endpoint}' is not a web address; use e.g. {default} "
                "or a mirror's https:// address.",
            ),
            endpoint=endpoint,
            default=DEFAULT_ENDPOINT,
        )
    return endpoint


def resolve_token(
    explicit: Optional[str], environ: Mapping[str, str], token_file: Optional[Path] = None
) -> Optional[str]:
    """A Hugging Face token: explicit (settings, --token), else HF_TOKEN, else the one
    `hf auth login` stored (`token_file`, default DEFAULT_TOKEN_FILE)."""
    for candidate in (explicit, environ.get("HF_TOKEN")):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        stored = Path(token_file or DEFAULT_TOKEN_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return stored or None


@dataclass(frozen=True)
class RemoteFile:
    """One file of a repo at a pinned commit, with what the hub says its bytes are."""

    repo_id: str
    filename: str  # path inside the repo, "/"-separated
    commit: str
    size: int
    sha256: Optional[str]  # the LFS object id; None for small files kept in git
    git_oid: str  # git blob id: verifies files that are not in LFS
    url: str


@dataclass(frozen=True)
class CachedFile:
    """A file in the shared Hugging Face cache."""

    repo_id: str
    commit: str
    filename: str
    path: Path  # the snapshot path (usually a symlink to the blob)
    blob_path: Path
    size: int


def scan_hf_cache(cache_dir: Path) -> list[CachedFile]:
    """Every model file in the Hugging Face cache at `cache_dir` (empty if there is none)."""
    try:
        info = scan_cache_dir(cache_dir)
    except (CacheNotFound, CorruptedCacheException, OSError):
        return []
    found = []
    for repo in info.repos:
        if repo.repo_type != "model":
            continue
        for revision in repo.revisions:
            for item in revision.files:
                found.append(
                    CachedFile(
                        repo_id=repo.repo_id,
                        commit=revision.commit_hash,
                        filename=item.file_path.relative_to(revision.snapshot_path).as_posix(),
                        path=item.file_path,
                        blob_path=item.blob_path,
                        size=item.size_on_disk,
                    )
                )
    return found


class HubClient:
    """Talks to one hub endpoint with one (optional) token. Cheap to create."""

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, token: Optional[str] = None, timeout_s: float = 15.0) -> None:
        self.endpoint = endpoint.rstrip("/")
        self._token = token or None
        self._timeout_s = timeout_s
        # token=False, not None: never let huggingface_hub pick a token up by itself.
        self._api = HfApi(
            endpoint=self.endpoint, token=self._token or False, library_name="paddock", library_version=__version__
        )

    @property
    def has_token(self) -> bool:
        return self._token is not None

    def model_page(self, repo_id: str) -> str:
        return f"{self.endpoint}/{repo_id}"

    def download_headers(self) -> dict[str, str]:
        """Headers for GET on a resolve URL: auth and user agent, no compression (sizes must match)."""
        headers = build_hf_headers(token=self._token or False, library_name="paddock", library_version=__version__)
        headers["Accept-Encoding"] = "identity"
        return headers

    def resolve(self, repo_id: str, filenames: Sequence[str], revision: str = "main") -> list[RemoteFile]:
        """Pin `revision` to a commit and return size, sha256 and URL of each file.

        The HEAD on the first file checks access first (gated repos answer 401/403 there,
        while their file listing is public); the tree listing gives the LFS sha256s.
        """
        if not filenames:
            raise ValueError("no file to resolve")
        first = filenames[0]
        try:
            with self._translated(repo_id, first, revision):
                meta = get_hf_file_metadata(
                    hf_hub_url(repo_id, first, revision=revision, endpoint=self.endpoint),
                    token=self._token or False,
                    timeout=self._timeout_s,
                    library_name="paddock",
                    library_version=__version__,
                    endpoint=self.endpoint,
                )
        except HubNotFoundError as exc:
            raise self._with_suggestions(exc, repo_id, revision) from exc
        commit = meta.commit_hash or revision
        entries: dict[str, RepoFile] = {}
        for folder in sorted({posixpath.dirname(name) for name in filenames}):
            with self._translated(repo_id, folder or first, revision):
                for item in self._api.list_repo_tree(repo_id, path_in_repo=folder or None, revision=commit):
                    if isinstance(item, RepoFile):
                        entries[item.path] = item
        resolved = []
        for name in filenames:
            item = entries.get(name)
            if item is None:
                missing = HubNotFoundError(
                    QT_TRANSLATE_NOOP("AppError", "{repo_id} (revision {revision}) has no file '{name}'."),
                    repo_id=repo_id,
                    revision=revision,
                    name=name,
                )
                raise self._with_suggestions(missing, repo_id, revision)
            resolved.append(self._remote_file(repo_id, commit, item))
        return resolved

    def list_files(self, repo_id: str, revision: str = "main", suffix: str = ".gguf") -> list[RemoteFile]:
        """Every file of the repo whose name ends with `suffix`, with sizes (no access check)."""
        with self._translated(repo_id, "", revision):
            items = [
                item
                for item in self._api.list_repo_tree(repo_id, recursive=True, revision=revision)
                if isinstance(item, RepoFile) and item.path.lower().endswith(suffix)
            ]
        return sorted((self._remote_file(repo_id, revision, item) for item in items), key=lambda f: f.filename)

    def check_download_response(self, response: httpx2.Response, repo_id: str, filename: str, revision: str) -> None:
        """Raise the hub AppError for an error answer to a download GET (body already read)."""
        with self._translated(repo_id, filename, revision):
            hf_raise_for_status(response)

    # --- internals ---------------------------------------------------------------------

    def _remote_file(self, repo_id: str, commit: str, item: RepoFile) -> RemoteFile:
        return RemoteFile(
            repo_id=repo_id,
            filename=item.path,
            commit=commit,
            size=item.lfs.size if item.lfs else item.size,
            sha256=item.lfs.sha256 if item.lfs else None,
            git_oid=item.blob_id,
            url=hf_hub_url(repo_id, item.path, revision=commit, endpoint=self.endpoint),
        )

    def _with_suggestions(self, cause: HubNotFoundError, repo_id: str, revision: str) -> HubNotFoundError:
        """`cause` followed by the GGUF files the repository does have."""
        try:
            names = [f.filename for f in self.list_files(repo_id, revision)]
        except AppError:
            return HubNotFoundError(cause.template, **cause.params)
        if not names:
            return HubNotFoundError(
                QT_TRANSLATE_NOOP("AppError", "{cause} The repository has no .gguf files at {revision}."),
                cause=cause,
                revision=revision,
            )
        if len(names) > 8:
            return HubNotFoundError(
                QT_TRANSLATE_NOOP("AppError", "{cause} GGUF files there: {names} and {more} more."),
                cause=cause,
                names=", ".join(names[:8]),
                more=len(names) - 8,
            )
        return HubNotFoundError(
            QT_TRANSLATE_NOOP("AppError", "{cause} GGUF files there: {names}."), cause=cause, names=", ".join(names)
        )

    @contextlib.contextmanager
    def _translated(self, repo_id: str, filename: str, revision: str) -> Iterator[None]:
        """huggingface_hub and network exceptions -> hub AppErrors that say what to do."""
        page = self.model_page(repo_id)
        try:
            yield
        except GatedRepoError as exc:
            if _status(exc) == 403 or self.has_token:
                raise HubAccessError(
                    QT_TRANSLATE_NOOP(
                        "AppError",
                        "Your Hugging Face token works, but this account has no access to {repo_id} yet. "
                        "Open {page}, accept the license and request access; downloading works once the "
                        "request is approved (the page shows its status). If access was already granted, "
                        "check that the token may read gated repositories (fine-grained tokens need "
                        "'Read access to contents of all public gated repos you can access').",
                    ),
                    repo_id=repo_id,
                    page=page,
                ) from exc
            raise HubAccessError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "{repo_id} is a gated model: its authors ask everyone to accept their license first. "
                    "1) Open {page} while logged in to Hugging Face and accept the license. "
                    "2) Create a token with read access at {tokens_page}. "
                    "3) Enter it in Paddock's settings (Hugging Face token) or set the HF_TOKEN environment "
                    "variable (paddock-cli also takes --token).",
                ),
                repo_id=repo_id,
                page=page,
                tokens_page=TOKENS_PAGE,
            ) from exc
        except RevisionNotFoundError as exc:
            raise HubNotFoundError(
                QT_TRANSLATE_NOOP("AppError", "{repo_id} has no branch, tag or commit named '{revision}'."),
                repo_id=repo_id,
                revision=revision,
            ) from exc
        except RemoteEntryNotFoundError as exc:
            raise HubNotFoundError(
                QT_TRANSLATE_NOOP("AppError", "{repo_id} (revision {revision}) has no file '{name}'."),
                repo_id=repo_id,
                revision=revision,
                name=filename,
            ) from exc
        except DisabledRepoError as exc:
            raise HubAccessError(
                QT_TRANSLATE_NOOP("AppError", "The hub has disabled access to {repo_id}."), repo_id=repo_id
            ) from exc
        except RepositoryNotFoundError as exc:
            if _status(exc) == 401 and self.has_token and _is_bad_token(exc):
                raise self._token_refused() from exc
            raise HubNotFoundError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "There is no model '{repo_id}' on {endpoint}, or it is private. Check the name "
                    "(e.g. meta-llama/Llama-3.2-1B-Instruct); a private repository needs a token that can read it.",
                ),
                repo_id=repo_id,
                endpoint=self.endpoint,
            ) from exc
        except HfHubHTTPError as exc:
            raise self._http_error(exc, repo_id) from exc
        except HFValidationError as exc:
            raise HubNotFoundError(
                QT_TRANSLATE_NOOP("AppError", "'{repo_id}' is not a valid repository name ({reason}). Use owner/name."),
                repo_id=repo_id,
                reason=str(exc),
            ) from exc
        except OfflineModeIsEnabled as exc:
            raise HubConnectionError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "Hugging Face offline mode is on (HF_HUB_OFFLINE is set); unset it to download models.",
                )
            ) from exc
        except httpx2.HTTPError as exc:
            raise HubConnectionError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "Could not reach {endpoint}: {reason}. Check the internet "
                    "connection, a proxy, or the hub address (mirror) in the settings.",
                ),
                endpoint=self.endpoint,
                reason=str(exc) or type(exc).__name__,
            ) from exc

    def _token_refused(self) -> HubAccessError:
        return HubAccessError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "The hub refused the Hugging Face token (invalid, expired or revoked). Create a new "
                "one at {tokens_page} and enter it in the settings or HF_TOKEN.",
            ),
            tokens_page=TOKENS_PAGE,
        )

    def _http_error(self, exc: HfHubHTTPError, repo_id: str) -> AppError:
        status = _status(exc)
        if status == 401 and self.has_token:
            return self._token_refused()
        if status in (401, 403):
            return HubAccessError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The hub refused access to {repo_id} ({status}). If it is gated or private, accept its "
                    "license at {page} and use a token with read access ({tokens_page}).",
                ),
                repo_id=repo_id,
                status=status,
                page=self.model_page(repo_id),
                tokens_page=TOKENS_PAGE,
            )
        if status == 429:
            return HubConnectionError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The hub is limiting requests from this address (429). Wait a few minutes and try again.",
                )
            )
        if status is not None and status >= 500:
            return HubConnectionError(
                QT_TRANSLATE_NOOP(
                    "AppError",
                    "The hub at {endpoint} answered with error {status}; it may be busy or down. "
                    "Try again in a few minutes.",
                ),
                endpoint=self.endpoint,
                status=status,
            )
        return HubConnectionError(
            QT_TRANSLATE_NOOP("AppError", "The hub refused the request ({status}): {reason}"),
            status=status,
            reason=exc.server_message or str(exc),
        )


def _status(exc: HfHubHTTPError) -> Optional[int]:
    response = getattr(exc, "response", None)
    return response.status_code if response is not None else None


def _is_bad_token(exc: HfHubHTTPError) -> bool:
    response = getattr(exc, "response", None)
    message = response.headers.get("X-Error-Message", "") if response is not None else ""
    return "credentials" in message.lower() or "token" in message.lower()

"""Downloads against the mock hub, in this process: complete, resumed, retried, refused."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from app.errors import Cancelled, InvalidRequestError
from app.hub import records
from app.hub.download import download_files, download_model
from app.hub.errors import (
    DiskSpaceError,
    DownloadConflictError,
    DownloadCorruptError,
    HubAccessError,
    HubConnectionError,
    HubNotFoundError,
)
from app.hub.hub_api import HubClient, resolve_endpoint, resolve_token
from app.hub.model_files import default_target
from app.hub.progress import DownloadProgress
from app.hub.transfer import RetryPolicy
from app.jobs import CancelToken, ProgressUpdate
from tests.app.hub.mock_hub import Fault, MockHub, MockRepo
from tests.app.hub.support import FAST_RETRY, payload, plenty_of_space

REPO = "meta-llama/Llama-3.2-1B-Instruct-GGUF"
NAME = "Llama-3.2-1B-Instruct-Q4_K_M.gguf"
SIZE = 3_000_000


@pytest.fixture
def repo(hub: MockHub) -> MockRepo:
    repo = hub.add_repo(REPO)
    repo.add(NAME, payload(SIZE))
    repo.add("README.md", b"# Llama 3.2 1B Instruct\n", lfs=False)
    return repo


def download(hub: MockHub, target: Path, filename: str = NAME, token: str | None = None, **kwargs: object):
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("free_space", plenty_of_space)
    return download_model(HubClient(hub.endpoint, token), REPO, filename, target, **kwargs)  # type: ignore[arg-type]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_complete_download_is_verified_and_installed(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    updates: list[ProgressUpdate] = []
    result = download(hub, tmp_path, progress=updates.append)

    installed = tmp_path / NAME
    assert result.paths == (installed,) and not result.already_installed
    assert sha256_of(installed) == repo.files[NAME].sha256
    assert result.fetched_bytes == SIZE
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME, NAME + ".paddock.json"]
    source = records.read_record(records.source_path(installed))
    assert source is not None and source.repo_id == REPO and source.commit == repo.commit
    assert source.sha256 == repo.files[NAME].sha256

    downloading = [u for u in updates if u.stage == "download"]
    assert downloading and all(isinstance(u, DownloadProgress) and u.total == SIZE for u in downloading)
    assert downloading[-1].done == SIZE and downloading[-1].speed_bps > 0 and downloading[-1].eta_s == 0
    assert [u.stage for u in updates][0] == "resolve" and updates[-1].stage == "install"


def test_files_come_from_the_pinned_commit_through_the_cdn(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    download(hub, tmp_path)
    resolve_gets = [r for r in hub.requests("hub", "GET") if "/resolve/" in r.path]
    assert resolve_gets and all(f"/resolve/{repo.commit}/" in r.path for r in resolve_gets)
    assert len(hub.blob_gets(repo.files[NAME])) == 1


def test_token_reaches_the_hub_but_never_the_cdn(hub: MockHub, tmp_path: Path) -> None:
    gated = hub.add_repo(REPO, gated=True, allowed_tokens={"hf_granted"})
    file = gated.add(NAME, payload(SIZE))
    download(hub, tmp_path, token="hf_granted")
    assert sha256_of(tmp_path / NAME) == file.sha256
    assert all(r.headers.get("authorization") == "Bearer hf_granted" for r in hub.requests("hub"))
    assert hub.requests("cdn") and not any("authorization" in r.headers for r in hub.requests("cdn"))


def test_dropped_connection_resumes_from_the_last_byte_received(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("drop", after=1_000_000))
    download(hub, tmp_path)
    first, second = hub.blob_gets(file)
    assert first.bytes_sent == 1_000_000 and "range" not in first.headers
    assert second.headers["range"] == "bytes=1000000-" and second.status == 206
    assert second.bytes_sent == SIZE - 1_000_000
    assert sha256_of(tmp_path / NAME) == file.sha256


def test_stalled_transfer_reconnects(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("hang", after=500_000))
    download(hub, tmp_path, retry=RetryPolicy(first_delay_s=0.01, stall_timeout_s=0.5))
    first, second = hub.blob_gets(file)
    assert first.bytes_sent == 500_000 and not first.finished  # still hanging: the client gave up on it
    assert second.range_start == 500_000
    assert sha256_of(tmp_path / NAME) == file.sha256


def test_server_errors_are_retried_with_backoff(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("status", status=503, times=2))
    download(hub, tmp_path)
    assert [r.status for r in hub.blob_gets(file)] == [503, 503, 200]
    assert sha256_of(tmp_path / NAME) == file.sha256


def test_giving_up_after_repeated_failures_keeps_the_bytes(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("drop", after=700_000))
    hub.add_fault(file, Fault("status", status=502, times=3))
    with pytest.raises(HubConnectionError) as caught:
        download(hub, tmp_path, retry=RetryPolicy(max_failures=2, first_delay_s=0.01))
    assert "failed 3 times in a row" in str(caught.value) and "kept" in str(caught.value)
    assert records.part_path(tmp_path / NAME).stat().st_size == 700_000
    assert not (tmp_path / NAME).exists()
    download(hub, tmp_path)  # the next attempt resumes
    assert hub.blob_gets(file)[-1].range_start == 700_000


def test_server_that_ignores_range_restarts_cleanly(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("drop", after=1_200_000))
    hub.add_fault(file, Fault("ignore_range"))
    download(hub, tmp_path)
    gets = hub.blob_gets(file)
    assert gets[1].headers["range"] == "bytes=1200000-" and gets[1].status == 200
    assert sha256_of(tmp_path / NAME) == file.sha256


def test_corrupt_bytes_are_refused_and_nothing_is_installed(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("corrupt", after=2_000_001))
    with pytest.raises(DownloadCorruptError, match="failed verification") as caught:
        download(hub, tmp_path)
    assert file.sha256 in caught.value.detail and "nothing was installed" in caught.value.detail
    assert hub.bytes_served(file) == SIZE
    assert list(tmp_path.iterdir()) == []  # no model, no .part, no record
    download(hub, tmp_path)  # a new attempt starts from scratch and succeeds
    assert hub.blob_gets(file)[-1].range_start is None
    assert sha256_of(tmp_path / NAME) == file.sha256


def test_small_git_files_are_verified_by_their_blob_id(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    result = download(hub, tmp_path, filename="README.md")
    assert (tmp_path / "README.md").read_bytes() == repo.files["README.md"].data
    assert result.fetched_bytes == len(repo.files["README.md"].data)
    assert hub.requests("cdn") == []  # not in LFS: the hub serves it itself


def test_gated_repo_without_token_says_what_to_do(hub: MockHub, tmp_path: Path) -> None:
    hub.add_repo(REPO, gated=True, allowed_tokens={"hf_granted"}).add(NAME, payload(1000))
    with pytest.raises(HubAccessError) as caught:
        download(hub, tmp_path)
    detail = caught.value.detail
    assert f"{hub.endpoint}/{REPO}" in detail and "accept the license" in detail
    assert "https://huggingface.co/settings/tokens" in detail and "HF_TOKEN" in detail
    assert hub.requests("cdn") == [] and list(tmp_path.iterdir()) == []


def test_gated_repo_with_a_token_that_has_no_access(hub: MockHub, tmp_path: Path) -> None:
    hub.add_repo(REPO, gated=True, allowed_tokens={"hf_granted"}).add(NAME, payload(1000))
    hub.known_tokens.add("hf_other")
    with pytest.raises(HubAccessError, match="no access to .* yet.*request access"):
        download(hub, tmp_path, token="hf_other")
    head = hub.requests("hub", "HEAD")[0]
    assert head.status == 403 and head.headers["authorization"] == "Bearer hf_other"


def test_invalid_token_is_reported_as_such(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    with pytest.raises(HubAccessError, match="refused the Hugging Face token"):
        download(hub, tmp_path, token="hf_revoked")


def test_unknown_repo_revision_and_file(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    client = HubClient(hub.endpoint)
    with pytest.raises(HubNotFoundError, match="no model 'nobody/nothing'"):
        download_model(client, "nobody/nothing", NAME, tmp_path)
    with pytest.raises(HubNotFoundError, match="no branch, tag or commit named 'v9'"):
        download_model(client, REPO, NAME, tmp_path, revision="v9")
    with pytest.raises(HubNotFoundError, match=f"no file 'Q8.gguf'.*GGUF files there: {NAME}"):
        download_model(client, REPO, "Q8.gguf", tmp_path)


def test_disk_too_small_is_refused_before_any_transfer(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    probed: list[Path] = []

    def small_disk(path: Path) -> int:
        probed.append(path)
        return SIZE + 1000

    with pytest.raises(DiskSpaceError, match="needs 2.9 MiB more .* only 2.9 MiB is free") as caught:
        download(hub, tmp_path, free_space=small_disk, reserve_bytes=64 * 1024)
    assert str(tmp_path) in caught.value.detail and probed == [tmp_path]
    assert hub.requests("cdn") == [] and list(tmp_path.iterdir()) == []


def test_disk_check_counts_the_bytes_already_kept(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("drop", after=2_000_000))
    with pytest.raises(HubConnectionError):
        download(hub, tmp_path, retry=RetryPolicy(max_failures=0))
    download(hub, tmp_path, free_space=lambda _p: SIZE - 2_000_000 + 10, reserve_bytes=0)
    assert hub.blob_gets(file)[-1].range_start == 2_000_000


def test_pause_keeps_the_part_and_resume_fetches_only_the_rest(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("throttle", bytes_per_s=10_000_000))
    pause = CancelToken()

    def pause_at_one_megabyte(update: ProgressUpdate) -> None:
        if update.stage == "download" and update.done >= 1_000_000:
            pause.cancel()

    with pytest.raises(Cancelled):
        download(hub, tmp_path, progress=pause_at_one_megabyte, cancel=pause)
    kept = records.part_path(tmp_path / NAME).stat().st_size
    assert 1_000_000 <= kept < SIZE and not (tmp_path / NAME).exists()

    stages: list[str] = []
    result = download(hub, tmp_path, progress=lambda u: stages.append(u.stage))
    resumed = hub.blob_gets(file)[-1]
    assert resumed.range_start == kept and resumed.bytes_sent == SIZE - kept
    assert result.fetched_bytes == SIZE - kept and "check" in stages
    assert sha256_of(tmp_path / NAME) == file.sha256


def test_cancel_interrupts_a_blocked_read_at_once(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("hang", after=300_000))
    cancel = CancelToken()
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            download(hub, tmp_path, cancel=cancel, retry=RetryPolicy(stall_timeout_s=300))
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    hub.wait_for(lambda: any(r.bytes_sent >= 300_000 for r in hub.blob_gets(file)))
    cancel.cancel()
    worker.join(timeout=10)  # without the socket shutdown it would wait for the 300 s stall timeout
    assert not worker.is_alive() and len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert records.part_path(tmp_path / NAME).exists()


def test_second_download_of_the_same_file_is_refused_while_one_runs(
    hub: MockHub, repo: MockRepo, tmp_path: Path
) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("hang", after=100_000))
    cancel = CancelToken()
    worker = threading.Thread(target=lambda: pytest.raises(Cancelled, download, hub, tmp_path, cancel=cancel))
    worker.start()
    hub.wait_for(lambda: any(r.bytes_sent >= 100_000 for r in hub.blob_gets(file)))
    try:
        with pytest.raises(DownloadConflictError, match="already being downloaded"):
            download(hub, tmp_path)
    finally:
        cancel.cancel()
        worker.join(timeout=10)
    assert not worker.is_alive()


def test_installed_model_is_not_downloaded_again(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    download(hub, tmp_path)
    again = download(hub, tmp_path)
    assert again.already_installed and again.fetched_bytes == 0
    assert len(hub.blob_gets(repo.files[NAME])) == 1


def test_a_changed_file_on_the_hub_replaces_the_stale_part_and_the_old_version(
    hub: MockHub, repo: MockRepo, tmp_path: Path
) -> None:
    old = repo.files[NAME]
    hub.add_fault(old, Fault("drop", after=1_000_000))
    with pytest.raises(HubConnectionError):
        download(hub, tmp_path, retry=RetryPolicy(max_failures=0))
    new = repo.add(NAME, payload(SIZE, seed=99))  # the uploader pushed a new version
    download(hub, tmp_path)
    assert hub.blob_gets(new)[0].range_start is None  # the old bytes were not resumed
    assert sha256_of(tmp_path / NAME) == new.sha256
    newest = repo.add(NAME, payload(SIZE, seed=100))
    download(hub, tmp_path)  # an update of what Paddock installed replaces it
    assert sha256_of(tmp_path / NAME) == newest.sha256


def test_a_foreign_file_in_the_way_is_left_alone(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    (tmp_path / NAME).write_bytes(b"my own notes")
    with pytest.raises(DownloadConflictError, match="A different file already exists"):
        download(hub, tmp_path)
    assert (tmp_path / NAME).read_bytes() == b"my own notes"
    (tmp_path / NAME).write_bytes(repo.files[NAME].data)  # the right bytes, copied by hand
    assert download(hub, tmp_path).already_installed


def test_split_model_is_downloaded_and_verified_as_one(hub: MockHub, tmp_path: Path) -> None:
    repo = hub.add_repo(REPO)
    names = [f"Q8_0/Llama-3.1-70B-Q8_0-{i:05d}-of-00003.gguf" for i in (1, 2, 3)]
    parts = [repo.add(name, payload(400_000 + i, seed=i)) for i, name in enumerate(names)]
    repo.add("Q8_0/notes.txt", b"other files in the folder", lfs=False)
    hub.add_fault(parts[2], Fault("corrupt", after=10))
    updates: list[ProgressUpdate] = []
    target = default_target(tmp_path, REPO)

    with pytest.raises(DownloadCorruptError):
        download(hub, target, filename=names[1], progress=updates.append)
    assert {u.total for u in updates if u.stage == "download"} == {sum(len(p.data) for p in parts)}
    assert not list(target.rglob("*.gguf"))  # no part is installed while one is bad

    result = download(hub, target, filename=names[1])
    assert [p.name for p in result.paths] == [Path(n).name for n in names]
    assert [len(hub.blob_gets(p)) for p in parts] == [1, 1, 2]  # verified parts were kept
    for file, path in zip(parts, result.paths, strict=True):
        assert path == target / file.path and sha256_of(path) == file.sha256


def test_split_set_needs_room_for_all_parts(hub: MockHub, tmp_path: Path) -> None:
    repo = hub.add_repo(REPO)
    for i in (1, 2):
        repo.add(f"m-{i:05d}-of-00002.gguf", payload(1_000_000, seed=i))
    with pytest.raises(DiskSpaceError):
        download(hub, tmp_path, filename="m-00001-of-00002.gguf", free_space=lambda _p: 1_500_000, reserve_bytes=0)
    assert hub.requests("cdn") == []


def test_tree_listing_is_followed_across_pages(tmp_path: Path) -> None:
    with MockHub(tree_page_size=2) as hub:
        repo = hub.add_repo(REPO)
        for i in range(7):
            repo.add(f"model-{i}.gguf", payload(1000, seed=i))
        download(hub, tmp_path, filename="model-6.gguf")
        assert len([r for r in hub.requests("hub", "GET") if "/api/models/" in r.path]) == 4
    assert (tmp_path / "model-6.gguf").read_bytes() == repo.files["model-6.gguf"].data


def test_several_files_as_one_unit(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    result = download_files(
        HubClient(hub.endpoint), REPO, [NAME, "README.md"], tmp_path, retry=FAST_RETRY, free_space=plenty_of_space
    )
    assert [p.name for p in result.paths] == [NAME, "README.md"]


def test_file_names_cannot_leave_the_target_folder(hub: MockHub, repo: MockRepo, tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="not a file name inside a repository"):
        download(hub, tmp_path / "models", filename="../../etc/passwd")
    assert hub.requests() == []


def test_endpoint_and_token_come_from_settings_then_the_environment(tmp_path: Path) -> None:
    assert resolve_endpoint(None, {}) == "https://huggingface.co"
    assert resolve_endpoint(None, {"HF_ENDPOINT": "https://hf-mirror.com/"}) == "https://hf-mirror.com"
    assert resolve_endpoint("http://127.0.0.1:9", {"HF_ENDPOINT": "https://hf-mirror.com"}) == "http://127.0.0.1:9"
    with pytest.raises(HubConnectionError, match="not a web address"):
        resolve_endpoint("hf-mirror.com", {})
    stored = tmp_path / "token"
    stored.write_text("hf_stored\n")
    assert resolve_token("hf_settings", {"HF_TOKEN": "hf_env"}, stored) == "hf_settings"
    assert resolve_token(None, {"HF_TOKEN": "hf_env"}, stored) == "hf_env"
    assert resolve_token("", {}, stored) == "hf_stored"
    assert resolve_token(None, {}, tmp_path / "no-token") is None


def test_no_token_is_sent_unless_given(
    hub: MockHub, repo: MockRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_ambient")  # huggingface_hub alone would pick this up
    download(hub, tmp_path)
    assert hub.requests() and not any("authorization" in r.headers for r in hub.requests())

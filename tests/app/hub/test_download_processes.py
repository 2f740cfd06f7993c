"""Downloads in real child processes: killed mid-file, and a disk that fills up mid-file.

The child is `paddock-cli download` itself (or, for the tmpfs case, a small driver in a
private mount namespace). Waiting is on the child's own progress lines and on the mock
hub's request log, never on sleeps.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.hub import records
from app.hub.download import download_model
from app.hub.errors import DownloadCorruptError
from app.hub.hub_api import HubClient
from app.hub.model_files import default_target
from app.jobs import ProgressUpdate
from tests.app.hub.children import start_child, wait_for_download_progress
from tests.app.hub.mock_hub import Fault, MockFile, MockHub
from tests.app.hub.support import FAST_RETRY, payload, plenty_of_space

REPO = "bartowski/Llama-3.2-3B-Instruct-GGUF"
NAME = "Llama-3.2-3B-Instruct-Q4_K_M.gguf"
SIZE = 3_000_000
HANG_AT = 1_500_000


def cli(hub: MockHub, models: Path) -> list[str]:
    return [
        sys.executable, "-m", "app.cli.main", "download", REPO, NAME,
        "--endpoint", hub.endpoint, "--models-dir", str(models),
    ]


@pytest.fixture
def file(hub: MockHub) -> MockFile:
    return hub.add_repo(REPO).add(NAME, payload(SIZE, seed=7))


def kill_mid_download(hub: MockHub, file: MockFile, tmp_path: Path) -> Path:
    """Start the CLI, let it receive bytes, SIGKILL it; return the .part it left."""
    hub.add_fault(file, Fault("hang", after=HANG_AT))
    models = tmp_path / "models"
    child = start_child(cli(hub, models), tmp_path)
    try:
        line = wait_for_download_progress(child)
        assert NAME in line and "ETA" in line and "/s" in line
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -9
    return records.part_path(default_target(models, REPO) / NAME)


def test_killed_download_resumes_without_fetching_the_kept_bytes_again(
    hub: MockHub, file: MockFile, tmp_path: Path
) -> None:
    part = kill_mid_download(hub, file, tmp_path)
    kept = part.stat().st_size
    assert 0 < kept <= HANG_AT
    assert not part.with_name(NAME).exists()
    served_before = len(hub.blob_gets(file))

    stages: list[str] = []

    def progress(update: ProgressUpdate) -> None:
        stages.append(update.stage)

    result = download_model(
        HubClient(hub.endpoint), REPO, NAME, part.parent, progress=progress, retry=FAST_RETRY,
        free_space=plenty_of_space,
    )
    after_kill = hub.blob_gets(file)[served_before:]
    assert [r.range_start for r in after_kill] == [kept]
    assert sum(r.bytes_sent for r in after_kill) == SIZE - kept == result.fetched_bytes
    assert "check" in stages  # the kept bytes were hashed again from disk
    installed = part.with_name(NAME)
    assert hashlib.sha256(installed.read_bytes()).hexdigest() == file.sha256
    assert not part.exists() and not records.state_path(installed).exists()


def test_kept_bytes_damaged_after_a_kill_are_caught_by_the_sha256(
    hub: MockHub, file: MockFile, tmp_path: Path
) -> None:
    part = kill_mid_download(hub, file, tmp_path)
    with part.open("r+b") as handle:  # e.g. a disk error in what was kept
        handle.seek(10)
        byte = handle.read(1)
        handle.seek(10)
        handle.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(DownloadCorruptError):
        download_model(HubClient(hub.endpoint), REPO, NAME, part.parent, retry=FAST_RETRY, free_space=plenty_of_space)
    assert not part.exists() and not part.with_name(NAME).exists()


@pytest.mark.skipif(sys.platform == "win32", reason="needs RLIMIT_FSIZE (POSIX)")
def test_file_size_limit_mid_file_keeps_a_resumable_part(hub: MockHub, file: MockFile, tmp_path: Path) -> None:
    """The kernel refuses writes past RLIMIT_FSIZE with EFBIG, the same path as ENOSPC."""
    limit = 1_000_000
    models = tmp_path / "models"
    limited = [
        sys.executable, "-c",
        "import resource, runpy, sys; "
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit})); "
        "sys.argv = ['paddock-cli'] + sys.argv[1:]; runpy.run_module('app.cli.main', run_name='__main__')",
        *cli(hub, models)[3:],
    ]
    child = start_child(limited, tmp_path)
    _, stderr = child.communicate()
    assert child.returncode == 1, stderr
    assert "Error: The disk is full" in stderr and "start the download again to resume" in stderr

    final = default_target(models, REPO) / NAME
    part = records.part_path(final)
    assert part.stat().st_size == limit and not final.exists()
    result = download_model(
        HubClient(hub.endpoint), REPO, NAME, final.parent, retry=FAST_RETRY, free_space=plenty_of_space
    )
    assert hub.blob_gets(file)[-1].range_start == limit and result.fetched_bytes == SIZE - limit
    assert hashlib.sha256(final.read_bytes()).hexdigest() == file.sha256


def _namespaces_available() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _namespaces_available(), reason="needs user and mount namespaces (unshare) to mount a tmpfs")
def test_disk_that_fills_up_mid_file(hub: MockHub, file: MockFile, tmp_path: Path) -> None:
    """A real ENOSPC: a 4 MiB tmpfs in a private mount namespace, filled by another writer."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    script = (
        'mount -t tmpfs -o size=4m paddock-test "$1" && shift && '
        'exec "$@"'
    )
    command = [
        "unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh", str(folder),
        sys.executable, "-m", "tests.app.hub.disk_full_child", hub.endpoint, REPO, NAME, str(folder),
    ]
    child = start_child(command, tmp_path)
    stdout, stderr = child.communicate()
    assert child.returncode == 0, stderr
    outcome = json.loads(stdout.strip().splitlines()[-1])

    assert outcome["free_at_start"] > SIZE  # the check before starting passed honestly
    assert "The disk is full" in outcome["error"] and "No space left on device" in outcome["error"]
    kept = outcome["part_size"]
    assert 0 < kept < SIZE and not outcome["installed_after_failure"]
    first, resumed = hub.blob_gets(file)
    assert resumed.range_start == kept and outcome["fetched_on_resume"] == SIZE - kept
    assert outcome["sha256"] == file.sha256
    assert list(folder.iterdir()) == []  # the tmpfs lived only in the child's namespace

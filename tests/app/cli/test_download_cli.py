"""`paddock-cli download` as a newcomer uses it, against the mock hub on 127.0.0.1."""

from __future__ import annotations

import hashlib
import signal
import sys
from pathlib import Path
from typing import Iterator

import pytest

from app.cli.main import main
from app.hub import records
from tests.app.hub.children import start_child, wait_for_download_progress
from tests.app.hub.mock_hub import Fault, MockHub, MockRepo
from tests.app.hub.support import write_small_gguf  # importing it sets the loopback-only environment

REPO = "bartowski/tiny-Llama-GGUF"
NAME = "tiny-Llama-F16.gguf"
GATED = "meta-llama/Llama-3.2-1B"


@pytest.fixture
def hub() -> Iterator[MockHub]:
    with MockHub() as mock:
        yield mock


@pytest.fixture
def repo(hub: MockHub, tmp_path: Path) -> MockRepo:
    repo = hub.add_repo(REPO)
    repo.add(NAME, write_small_gguf(tmp_path / "upload.gguf").read_bytes())
    for i in (1, 2):
        repo.add(f"big/tiny-Llama-Q8_0-{i:05d}-of-00002.gguf", b"x" * 1000)
    repo.add("README.md", b"readme", lfs=False)
    return repo


@pytest.fixture(autouse=True)
def no_ambient_hub_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("HF_ENDPOINT", "HF_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("app.hub.hub_api.DEFAULT_TOKEN_FILE", tmp_path / "no-token")


def test_without_file_lists_the_gguf_files(hub: MockHub, repo: MockRepo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["download", REPO, "--endpoint", hub.endpoint]) == 0
    out = capsys.readouterr().out
    assert f"  {NAME}  " in out and "README" not in out
    assert "big/tiny-Llama-Q8_0-00001-of-00002.gguf  2.0 KiB  (2 parts)" in out
    assert "00002-of-00002" not in out


def test_download_then_models_shows_the_real_header(
    hub: MockHub, repo: MockRepo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models = tmp_path / "models"
    assert main(["download", REPO, NAME, "--endpoint", hub.endpoint, "--models-dir", str(models)]) == 0
    out, err = capsys.readouterr()
    installed = models / "bartowski" / "tiny-Llama-GGUF" / NAME
    assert out.strip() == str(installed)
    assert "KiB / " in err and "/s" in err and "ETA" in err and "sha256 verified" in err
    assert hashlib.sha256(installed.read_bytes()).hexdigest() == repo.files[NAME].sha256

    assert main(["models", "--models-dir", str(models)]) == 0
    listing = capsys.readouterr().out
    row = next(line for line in listing.splitlines() if NAME in line)
    assert "llama" in row and "F16" in row and f"(from {REPO})" in row

    assert main(["download", REPO, NAME, "--endpoint", hub.endpoint, "--models-dir", str(models)]) == 0
    assert "Already installed and verified" in capsys.readouterr().err


def test_endpoint_comes_from_hf_endpoint(
    hub: MockHub, repo: MockRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    assert main(["download", REPO, "README.md", "--models-dir", str(tmp_path)]) == 0
    assert hub.requests("hub", "HEAD")


def test_gated_repo_explains_and_hf_token_opens_it(
    hub: MockHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add_repo(GATED, gated=True, allowed_tokens={"hf_ok"}).add("m.gguf", b"weights")
    command = ["download", GATED, "m.gguf", "--endpoint", hub.endpoint, "--models-dir", str(tmp_path)]
    assert main(command) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: meta-llama/Llama-3.2-1B is a gated model") and "HF_TOKEN" in err and "--token" in err

    monkeypatch.setenv("HF_TOKEN", "hf_ok")
    assert main(command) == 0
    assert hub.requests("hub", "HEAD")[-1].headers["authorization"] == "Bearer hf_ok"


def test_token_option_wins_over_hf_token(
    hub: MockHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hub.add_repo(GATED, gated=True, allowed_tokens={"hf_ok"}).add("m.gguf", b"weights")
    hub.known_tokens.add("hf_stale")
    monkeypatch.setenv("HF_TOKEN", "hf_stale")
    command = ["download", GATED, "m.gguf", "--endpoint", hub.endpoint, "--models-dir", str(tmp_path)]
    assert main(command) == 1 and "request access" in capsys.readouterr().err
    assert main(command + ["--token", "hf_ok"]) == 0


def test_unknown_file_suggests_the_real_ones(hub: MockHub, repo: MockRepo, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["download", REPO, "tiny-Q4.gguf", "--endpoint", hub.endpoint]) == 1
    err = capsys.readouterr().err
    assert "no file 'tiny-Q4.gguf'" in err and NAME in err


def test_ctrl_c_pauses_and_the_same_command_resumes(
    hub: MockHub, repo: MockRepo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = repo.files[NAME]
    hub.add_fault(file, Fault("hang", after=len(file.data) // 2))
    models = tmp_path / "models"
    command = ["download", REPO, NAME, "--endpoint", hub.endpoint, "--models-dir", str(models)]
    child = start_child([sys.executable, "-m", "app.cli.main", *command], tmp_path)
    wait_for_download_progress(child)
    child.send_signal(signal.SIGINT)
    _, rest = child.communicate(timeout=60)
    assert child.returncode == 130 and "Paused:" in rest and "Run the same command again to resume" in rest, rest
    kept = records.part_path(models / "bartowski" / "tiny-Llama-GGUF" / NAME).stat().st_size
    assert kept > 0

    assert main(["models", "--models-dir", str(models)]) == 0
    listing = capsys.readouterr().out
    assert f"paddock-cli download {REPO} {NAME} --endpoint {hub.endpoint}" in listing

    assert main(command) == 0
    assert hub.blob_gets(file)[-1].range_start == kept

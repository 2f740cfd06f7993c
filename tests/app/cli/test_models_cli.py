"""`paddock-cli models`: list, find in other apps, import, delete — with real small GGUFs."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from app.cli.main import main
from app.hub import records
from tests.app.hub.support import write_small_gguf


@pytest.fixture(scope="module")
def gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_small_gguf(tmp_path_factory.mktemp("gguf") / "small-llama-F16.gguf")


@pytest.fixture
def models(tmp_path: Path) -> Path:
    return tmp_path / "models"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_empty_models_folder_says_how_to_get_one(models: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "models", "--models-dir", str(models))
    assert code == 0 and f"Models folder: {models}" in out and "paddock-cli download REPO FILE" in out


def test_import_list_delete(gguf: Path, models: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "models", "import", str(gguf), "--models-dir", str(models))
    copy = models / "imported" / gguf.name
    assert code == 0 and out.strip() == str(copy) and "Imported imported/small-llama-F16.gguf: llama, F16" in err

    code, out, _ = run(capsys, "models", "list", "--models-dir", str(models))
    row = next(line for line in out.splitlines() if gguf.name in line)
    assert row.split()[:3] == ["imported/small-llama-F16.gguf", "llama", "F16"] and row.endswith("models folder")

    size = copy.stat().st_size
    code, _, err = run(capsys, "models", "delete", "small-llama-F16", "--yes", "--models-dir", str(models))
    assert code == 0 and f"Deleted; {size / 1024:.1f} KiB freed." in err
    assert not copy.exists() and gguf.exists()


def test_reference_is_listed_with_its_path_and_only_forgotten(
    gguf: Path, models: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["models", "import", str(gguf), "--reference", "--models-dir", str(models)]) == 0
    _, out, _ = run(capsys, "models", "--models-dir", str(models))
    assert f"referenced: {gguf}" in out
    code, _, err = run(capsys, "models", "delete", str(gguf), "--yes", "--models-dir", str(models))
    assert code == 0 and "Forgot the reference" in err and "0 B freed" in err
    assert gguf.exists()


def test_delete_asks_for_confirmation(
    gguf: Path, models: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["models", "import", str(gguf), "--models-dir", str(models)])
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nobody to ask
    code, _, err = run(capsys, "models", "delete", gguf.name, "--models-dir", str(models))
    assert code == 1 and "Add --yes to confirm" in err
    assert (models / "imported" / gguf.name).exists()

    code, _, err = run(capsys, "models", "delete", "no-such-model", "--yes", "--models-dir", str(models))
    assert code == 1 and "No model named 'no-such-model'" in err


def test_paused_download_is_listed_and_can_be_deleted(models: Path, capsys: pytest.CaptureFixture[str]) -> None:
    final = models / "org" / "repo" / "m.gguf"
    final.parent.mkdir(parents=True)
    records.part_path(final).write_bytes(b"x" * 2048)
    record = records.DownloadRecord("org/repo", "v2", "c" * 40, "m.gguf", 4096, "0" * 64, "1" * 40, "https://huggingface.co")
    records.write_record(records.state_path(final), record)

    _, out, _ = run(capsys, "models", "--models-dir", str(models))
    assert "paddock-cli download org/repo m.gguf --revision v2   2.0 KiB of 4.0 KiB" in out
    code, _, err = run(capsys, "models", "delete", "org/repo/m.gguf", "--yes", "--models-dir", str(models))
    assert code == 0 and "2.0 KiB freed" in err and not records.part_path(final).exists()


def test_external_models_are_found_and_ollama_names_the_import(
    gguf: Path, models: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("OLLAMA_MODELS", raising=False)
    lm = home / ".lmstudio" / "models" / "lmstudio-community" / "small-GGUF" / "small-F16.gguf"
    lm.parent.mkdir(parents=True)
    os.link(gguf, lm)
    ollama = home / ".ollama" / "models"
    blob = ollama / "blobs" / ("sha256-" + "d" * 64)
    blob.parent.mkdir(parents=True)
    os.link(gguf, blob)
    manifest = ollama / "manifests" / "registry.ollama.ai" / "library" / "llama3.2" / "1b"
    manifest.parent.mkdir(parents=True)
    layer = {"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:" + "d" * 64}
    manifest.write_text(json.dumps({"layers": [layer]}))

    _, out, _ = run(capsys, "models", "list", "--external", "--models-dir", str(models))
    found = out.split("Found in other apps", 1)[1]
    assert "lmstudio-community/small-GGUF/small-F16.gguf  llama  F16" in found and str(lm) in found
    assert "llama3.2:1b" in found and f"Ollama: {blob}" in found

    code, out, _ = run(capsys, "models", "import", str(blob), "--models-dir", str(models))
    assert code == 0 and out.strip() == str(models / "imported" / "llama3.2-1b.gguf")

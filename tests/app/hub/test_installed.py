"""Installed and found models, from real GGUF headers: models folder, references, other apps."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.errors import Cancelled, InvalidRequestError, ModelFileError
from app.hub import records
from app.hub.external import ExternalRoots, find_external_models
from app.hub.installed import (
    ReferenceList,
    delete_model,
    delete_partial,
    describe_model,
    import_model,
    list_installed,
    list_partial_downloads,
    scan_models_folder,
)
from app.jobs import CancelToken
from tests.app.hub.support import plenty_of_space

COMMIT = "a" * 40


def link(source: Path, target: Path) -> Path:
    """A hard link: the same real GGUF in many places without copying it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.link(source, target)
    return target


def test_models_folder_shows_header_facts_and_size(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    path = link(gguf, models / "meta-llama" / "tiny-GGUF" / "tiny-F16.gguf")
    records.write_record(
        records.source_path(path),
        records.DownloadRecord(
            "meta-llama/tiny-GGUF", "main", COMMIT, "tiny-F16.gguf", gguf.stat().st_size, "0" * 64, "1" * 40,
            "https://huggingface.co",
        ),
    )
    (models / "notes.txt").write_text("not a model")

    [model] = scan_models_folder(models)
    assert model.name == "meta-llama/tiny-GGUF/tiny-F16.gguf" and model.path == path
    assert (model.architecture, model.quantization) == ("llama", "F16")
    assert model.size == gguf.stat().st_size and model.repo_id == "meta-llama/tiny-GGUF"
    assert model.managed and model.problem is None


def test_split_model_is_one_entry_and_missing_parts_are_reported(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    for i in (1, 2):
        link(gguf, models / f"big-{i:05d}-of-00002.gguf")
    link(gguf, models / "broken-00001-of-00003.gguf")
    by_name = {m.name: m for m in scan_models_folder(models)}
    assert sorted(by_name) == ["big-00001-of-00002.gguf", "broken-00001-of-00003.gguf"]
    big = by_name["big-00001-of-00002.gguf"]
    assert big.size == 2 * gguf.stat().st_size and len(big.parts) == 2 and big.problem is None
    one = describe_model(gguf, name="one", source="reference")
    assert one.parameters > 0 and big.parameters == 2 * one.parameters  # every part's tensors count
    assert big.trained_context == one.trained_context > 0
    assert "2 of its 3 parts are missing" in (by_name["broken-00001-of-00003.gguf"].problem or "")


def test_damaged_files_are_listed_with_the_reason(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "truncated.gguf").write_bytes(gguf.read_bytes()[: gguf.stat().st_size // 2])
    (models / "not-a-model.gguf").write_bytes(b"<html>rate limited</html>")
    by_name = {m.name: m for m in scan_models_folder(models)}
    assert "truncated" in (by_name["truncated.gguf"].problem or "")
    assert "not a GGUF" in (by_name["not-a-model.gguf"].problem or "")
    assert by_name["truncated.gguf"].architecture == "?"


def test_partial_downloads_are_listed_and_can_be_thrown_away(tmp_path: Path) -> None:
    final = tmp_path / "models" / "org" / "repo" / "m.gguf"
    final.parent.mkdir(parents=True)
    records.part_path(final).write_bytes(b"x" * 1234)
    record = records.DownloadRecord("org/repo", "main", COMMIT, "m.gguf", 5000, "0" * 64, "1" * 40, "http://mirror")
    records.write_record(records.state_path(final), record)
    [partial] = list_partial_downloads(tmp_path / "models")
    assert partial.record == record and partial.have == 1234
    assert scan_models_folder(tmp_path / "models") == []  # a .part is not a model
    assert delete_partial(partial) == 1234
    assert list(final.parent.iterdir()) == []


def test_delete_frees_the_space_of_every_part(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    source = tmp_path / "elsewhere" / "x-00001-of-00002.gguf"
    link(gguf, source)
    link(gguf, source.with_name("x-00002-of-00002.gguf"))
    model = import_model(source, models, free_space=plenty_of_space)  # real copies
    assert [p.stat().st_nlink for p in model.parts] == [1, 1]
    assert [p.name for p in model.parts] == ["x-00001-of-00002.gguf", "x-00002-of-00002.gguf"]

    freed = delete_model(model, models)
    assert freed == 2 * gguf.stat().st_size
    assert not any(p.exists() for p in model.parts) and list(models.iterdir()) == []


def test_delete_counts_no_bytes_for_a_file_hard_linked_elsewhere(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    link(gguf, models / "linked.gguf")
    [model] = scan_models_folder(models)
    assert delete_model(model, models) == 0
    assert gguf.exists() and not (models / "linked.gguf").exists()


def test_import_copies_checks_and_names_the_model(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    blob = link(gguf, tmp_path / "ollama" / "blobs" / ("sha256-" + "b" * 64))
    updates = []
    model = import_model(blob, models, name="llama3.2-latest", progress=updates.append, free_space=plenty_of_space)
    assert model.path == models / "imported" / "llama3.2-latest.gguf" and model.source == "models_folder"
    assert model.path.read_bytes() == gguf.read_bytes() and updates[-1].done == gguf.stat().st_size
    assert [m.path for m in list_installed(models)] == [model.path]
    with pytest.raises(Exception, match="already exists"):
        import_model(blob, models, name="llama3.2-latest", free_space=plenty_of_space)


def test_import_refuses_files_that_are_not_whole_ggufs(gguf: Path, tmp_path: Path) -> None:
    bad = tmp_path / "half.gguf"
    bad.write_bytes(gguf.read_bytes()[:100_000])
    with pytest.raises(ModelFileError, match="cannot be used"):
        import_model(bad, tmp_path / "models")
    assert not (tmp_path / "models").exists()


def test_import_needs_disk_space_and_can_be_cancelled(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    with pytest.raises(Exception, match="Not enough disk space"):
        import_model(gguf, models, free_space=lambda _p: 1000)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        import_model(gguf, models, cancel=cancel, free_space=plenty_of_space)
    assert list((models / "imported").iterdir()) == []


def test_reference_uses_the_file_in_place_and_delete_only_forgets_it(gguf: Path, tmp_path: Path) -> None:
    models = tmp_path / "models"
    elsewhere = link(gguf, tmp_path / "Downloads" / "my-llama.gguf")
    import_model(elsewhere, models, reference=True)
    import_model(elsewhere, models, reference=True)  # twice is still one reference
    [model] = list_installed(models)
    assert model.source == "reference" and not model.managed and model.path == elsewhere
    assert (model.architecture, model.quantization) == ("llama", "F16")
    assert json.loads((models / "references.json").read_text())["format"] == 1

    assert delete_model(model, models) == 0
    assert elsewhere.exists() and list_installed(models) == []


def test_a_referenced_file_that_vanished_is_reported(tmp_path: Path) -> None:
    ReferenceList(tmp_path).add(tmp_path / "gone.gguf")
    [model] = list_installed(tmp_path)
    assert "does not exist" in (model.problem or "")


def test_models_of_other_apps_are_not_deleted(gguf: Path, tmp_path: Path) -> None:
    lm = tmp_path / "lmstudio"
    link(gguf, lm / "lmstudio-community" / "tiny-GGUF" / "tiny-F16.gguf")
    [found] = find_external_models(ExternalRoots(lm_studio=(lm,)))
    with pytest.raises(InvalidRequestError, match="delete it there"):
        delete_model(found, tmp_path / "models")
    assert found.path.exists()


def make_hf_cache(gguf: Path, cache: Path) -> Path:
    """The Hugging Face cache layout: blobs by hash, snapshots of symlinks, refs."""
    repo = cache / "models--bartowski--tiny-GGUF"
    blob = link(gguf, repo / "blobs" / ("c" * 64))
    snapshot = repo / "snapshots" / COMMIT / "tiny-F16.gguf"
    snapshot.parent.mkdir(parents=True)
    snapshot.symlink_to(os.path.relpath(blob, snapshot.parent))
    (repo / "snapshots" / COMMIT / "config.json").write_text("{}")
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(COMMIT)
    return snapshot


def make_ollama(gguf: Path, root: Path) -> Path:
    digest = "d" * 64
    blob = link(gguf, root / "blobs" / f"sha256-{digest}")
    (root / "blobs" / ("sha256-" + "e" * 64)).write_text("{{ .Prompt }}")
    manifest = {
        "schemaVersion": 2,
        "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
        "config": {
            "mediaType": "application/vnd.docker.container.image.v1+json", "digest": "sha256:" + "f" * 64, "size": 10
        },
        "layers": [
            {
                "mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}",
                "size": gguf.stat().st_size,
            },
            {"mediaType": "application/vnd.ollama.image.template", "digest": "sha256:" + "e" * 64, "size": 13},
        ],
    }
    for tag_path in ("registry.ollama.ai/library/llama3.2/latest", "registry.ollama.ai/library/llama3.2/1b"):
        path = root / "manifests" / tag_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(manifest))
    broken = root / "manifests" / "registry.ollama.ai" / "someone" / "gone" / "q4"
    broken.parent.mkdir(parents=True)
    missing_blob = {"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:" + "0" * 64}
    broken.write_text(json.dumps({"layers": [missing_blob]}))
    return blob


def test_models_of_other_apps_are_found_with_their_names(gguf: Path, tmp_path: Path) -> None:
    snapshot = make_hf_cache(gguf, tmp_path / "hf" / "hub")
    lm_new, lm_old = tmp_path / "lmstudio-new", tmp_path / "lmstudio-old"
    link(gguf, lm_new / "lmstudio-community" / "tiny-GGUF" / "tiny-Q8.gguf")
    link(gguf, lm_old / "TheBloke" / "old-GGUF" / "old.gguf")
    blob = make_ollama(gguf, tmp_path / "ollama")

    roots = ExternalRoots(
        hf_cache=tmp_path / "hf" / "hub",
        lm_studio=(lm_new, lm_old, tmp_path / "missing"),
        ollama=(tmp_path / "ollama",),
    )
    found = {m.source + " " + m.name: m for m in find_external_models(roots)}
    assert sorted(found) == [
        f"hf_cache bartowski/tiny-GGUF/tiny-F16.gguf@{COMMIT[:8]}",
        "lm_studio TheBloke/old-GGUF/old.gguf",
        "lm_studio lmstudio-community/tiny-GGUF/tiny-Q8.gguf",
        "ollama llama3.2:1b, llama3.2:latest",
    ]
    assert found[f"hf_cache bartowski/tiny-GGUF/tiny-F16.gguf@{COMMIT[:8]}"].path == snapshot
    assert found["ollama llama3.2:1b, llama3.2:latest"].path == blob
    assert found["lm_studio lmstudio-community/tiny-GGUF/tiny-Q8.gguf"].repo_id == "lmstudio-community/tiny-GGUF"
    for model in found.values():
        assert (model.architecture, model.quantization, model.size) == ("llama", "F16", gguf.stat().st_size)


def test_default_roots_follow_the_usual_places(tmp_path: Path) -> None:
    roots = ExternalRoots.defaults(environ={}, home=tmp_path)
    assert roots.lm_studio == (tmp_path / ".lmstudio" / "models", tmp_path / ".cache" / "lm-studio" / "models")
    assert roots.ollama[0] == tmp_path / ".ollama" / "models"
    custom = ExternalRoots.defaults(environ={"OLLAMA_MODELS": "/srv/ollama"}, home=tmp_path)
    assert custom.ollama == (Path("/srv/ollama"),)
    assert roots.hf_cache is not None and roots.hf_cache.name == "hub"


def test_missing_roots_find_nothing(tmp_path: Path) -> None:
    roots = ExternalRoots(
        hf_cache=tmp_path / "no-cache", lm_studio=(tmp_path / "no-lm",), ollama=(tmp_path / "no-ollama",)
    )
    assert find_external_models(roots) == []

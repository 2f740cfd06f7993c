"""Where data lives (per-user, PADDOCK_HOME, portable) and where shipped files are found."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import paths
from app.paths import PORTABLE_DATA, PORTABLE_MARKER, REPO_ROOT, AppPaths, asset_path, data_file


def test_shipped_files_are_found_from_source() -> None:
    assert data_file("models_catalog.yaml") == REPO_ROOT / "models_catalog.yaml"
    assert data_file("models_catalog.yaml").is_file()
    assert asset_path("fonts", "OFL.txt").is_file()


def test_shipped_files_are_found_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert data_file("models_catalog.yaml") == tmp_path / "models_catalog.yaml"
    assert asset_path("i18n", "paddock_de.qm") == tmp_path / "assets" / "i18n" / "paddock_de.qm"


def test_per_user_folders_without_a_marker(tmp_path: Path) -> None:
    found = AppPaths.from_environment({}, app_dir=tmp_path)
    assert not str(found.data_dir).startswith(str(tmp_path))
    assert found.data_dir.name == "Paddock"


def test_a_marker_beside_the_executable_keeps_everything_next_to_it(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).write_text("")
    found = AppPaths.from_environment({}, app_dir=tmp_path)
    root = tmp_path / PORTABLE_DATA
    assert found == AppPaths.under(root)
    for folder in (found.data_dir, found.models_dir, found.logs_dir, found.config_dir, found.cache_dir):
        assert folder.is_relative_to(root)
    assert not root.exists(), "nothing is created until asked"
    found.ensure()
    assert found.models_dir.is_dir()


def test_a_folder_named_like_the_marker_is_not_one(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).mkdir()
    assert AppPaths.from_environment({}, app_dir=tmp_path).data_dir.name == "Paddock"


def test_paddock_home_wins_over_portable_mode(tmp_path: Path) -> None:
    (tmp_path / PORTABLE_MARKER).write_text("")
    home = tmp_path / "home"
    assert AppPaths.from_environment({"PADDOCK_HOME": str(home)}, app_dir=tmp_path) == AppPaths.under(home)


def test_the_bundle_folder_is_where_the_marker_is_looked_for(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    executable = tmp_path / "paddock"
    executable.write_text("")
    (tmp_path / PORTABLE_MARKER).write_text("")
    assert paths.executable_dir() is None, "from source the executable is Python's"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert AppPaths.from_environment({}) == AppPaths.under(tmp_path / PORTABLE_DATA)

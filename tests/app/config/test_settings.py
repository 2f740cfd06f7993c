"""User settings round-trip, survive a broken file, and the token file is owner-only."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from app.config.settings import (
    SETTINGS_FILE,
    TOKEN_FILE,
    UserSettings,
    load_settings,
    masked,
    read_token,
    save_settings,
    save_token,
)


def test_settings_round_trip_and_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == UserSettings()
    chosen = UserSettings(models_dir="/data/models", hub_endpoint="https://mirror.example", threads=6,
                          default_context=32768, kv_type="q8_0")
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path) == chosen
    assert json.loads((tmp_path / SETTINGS_FILE).read_text())["format"] == 1


def test_a_broken_or_odd_file_falls_back_value_by_value(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text("{not json")
    assert load_settings(tmp_path) == UserSettings()
    (tmp_path / SETTINGS_FILE).write_text(json.dumps(
        {"format": 1, "threads": "many", "default_context": 10**9, "kv_type": "q2", "hub_endpoint": "https://m"}))
    assert load_settings(tmp_path) == UserSettings(hub_endpoint="https://m")


def test_the_token_is_owner_only_and_shown_masked(tmp_path: Path) -> None:
    save_token(tmp_path, " hf_abcdefghijklmnopqrstuvwxyz \n")
    path = tmp_path / TOKEN_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_token(tmp_path) == "hf_abcdefghijklmnopqrstuvwxyz"
    assert masked(read_token(tmp_path)) == "hf_…wxyz"
    save_token(tmp_path, "hf_second_token_value")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and read_token(tmp_path) == "hf_second_token_value"
    save_token(tmp_path, None)
    assert not path.exists() and read_token(tmp_path) is None
    assert masked(None) == "" and masked("short") == "…"

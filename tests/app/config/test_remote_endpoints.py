"""Remote endpoints in the settings folder: their keys apart, owner-only, never shown."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from app.config.remote_endpoints import (
    ENDPOINTS_FILE,
    KEYS_FILE,
    RemoteEndpoint,
    load_endpoints,
    normalized_url,
    save_endpoints,
)


def test_endpoints_round_trip_with_keys_in_an_owner_only_file(tmp_path: Path) -> None:
    endpoints = [RemoteEndpoint("lab", "http://gpu-box:8000/v1", "sk-secret-123"),
                 RemoteEndpoint("ollama", "http://localhost:11434/v1")]
    save_endpoints(tmp_path, endpoints)
    loaded = load_endpoints(tmp_path)
    assert [(e.name, e.base_url, e.api_key) for e in loaded] == [
        ("lab", "http://gpu-box:8000/v1", "sk-secret-123"), ("ollama", "http://localhost:11434/v1", "")]
    assert stat.S_IMODE((tmp_path / KEYS_FILE).stat().st_mode) == 0o600
    assert "sk-secret" not in (tmp_path / ENDPOINTS_FILE).read_text()
    assert "sk-secret" not in repr(loaded[0])
    save_endpoints(tmp_path, [RemoteEndpoint("ollama", "http://localhost:11434/v1")])
    assert not (tmp_path / KEYS_FILE).exists()  # no key left: no key file


def test_a_broken_file_or_url_reads_as_no_endpoint(tmp_path: Path) -> None:
    (tmp_path / ENDPOINTS_FILE).write_text("{not json")
    assert load_endpoints(tmp_path) == []
    (tmp_path / ENDPOINTS_FILE).write_text(json.dumps({"endpoints": [{"name": "x", "base_url": "ftp://x"}, 5]}))
    assert load_endpoints(tmp_path) == []


def test_urls_are_normalized_to_the_api_base() -> None:
    assert normalized_url(" http://host:8080/ ") == "http://host:8080/v1"
    assert normalized_url("https://h/v1") == "https://h/v1"
    assert normalized_url("host:8080") is None and normalized_url("") is None

"""The OpenAI-compatible endpoints the person added (llama-server, vLLM, Ollama...).

Stored on disk: `CONFIG/remote_endpoints.json` = `{"format": 1, "endpoints": [{"name": ...,
"base_url": ...}]}`, and their API keys apart, in `CONFIG/remote_keys.json` (`{name: key}`),
created with mode 0600 and replaced atomically like the Hugging Face token. Keys are never
logged and never put in an endpoint's repr. A broken file reads as no endpoints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from app.config.settings import _replace_file

ENDPOINTS_FILE = "remote_endpoints.json"
KEYS_FILE = "remote_keys.json"
ENDPOINTS_FORMAT = 1


@dataclass(frozen=True)
class RemoteEndpoint:
    """One server speaking the OpenAI API. `api_key` is "" when it needs none."""

    name: str
    base_url: str  # up to and including /v1, e.g. http://gpu-box:8080/v1
    api_key: str = field(default="", repr=False, compare=False)

    @property
    def has_key(self) -> bool:
        return bool(self.api_key)


def normalized_url(url: str) -> Optional[str]:
    """`url` as an API base (scheme, host, path ending in /v1), or None if it is not one."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url if parts.path.endswith("/v1") else url + "/v1"


def load_endpoints(config_dir: Path) -> list[RemoteEndpoint]:
    keys = _read_json(Path(config_dir) / KEYS_FILE)
    raw = _read_json(Path(config_dir) / ENDPOINTS_FILE)
    found: list[RemoteEndpoint] = []
    for item in raw.get("endpoints", []) if isinstance(raw.get("endpoints"), list) else []:
        if not isinstance(item, dict):
            continue
        name, url = item.get("name"), item.get("base_url")
        if isinstance(name, str) and name.strip() and isinstance(url, str) and normalized_url(url):
            key = keys.get(name)
            found.append(RemoteEndpoint(name.strip(), normalized_url(url) or url, key if isinstance(key, str) else ""))
    return found


def save_endpoints(config_dir: Path, endpoints: list[RemoteEndpoint]) -> None:
    """Write the endpoints (names unique: the last of a name wins) and their keys (0600)."""
    unique = {e.name: e for e in endpoints}
    data = {"format": ENDPOINTS_FORMAT,
            "endpoints": [{"name": e.name, "base_url": e.base_url} for e in unique.values()]}
    _replace_file(Path(config_dir) / ENDPOINTS_FILE, json.dumps(data, indent=1).encode("utf-8"), 0o644)
    keys = {e.name: e.api_key for e in unique.values() if e.api_key}
    keys_path = Path(config_dir) / KEYS_FILE
    if keys:
        _replace_file(keys_path, json.dumps(keys).encode("utf-8"), 0o600)
    else:
        keys_path.unlink(missing_ok=True)


def _read_json(path: Path) -> dict:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}

"""User settings in `CONFIG/settings.json` and the Hugging Face token in `CONFIG/hf_token`.

Stored on disk: `{"format": 1, "models_dir": ..., "hub_endpoint": ..., "threads": ...,
"default_context": ..., "kv_type": ...}`; never change a key's meaning, add keys. A file
that cannot be read, or a value that makes no sense, falls back to the default for that
value (a broken settings file must never stop Paddock from starting).

The token file is created with mode 0600 before anything is written to it, and is
replaced atomically. `masked()` is the only way the token is shown.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Optional

SETTINGS_FILE = "settings.json"
TOKEN_FILE = "hf_token"
SETTINGS_FORMAT = 1
KV_TYPES = ("f16", "q8_0", "q4_0")
MIN_CONTEXT, MAX_CONTEXT = 256, 1 << 20


@dataclass(frozen=True)
class UserSettings:
    models_dir: str = ""  # "" = Paddock's own models folder
    hub_endpoint: str = ""  # "" = $HF_ENDPOINT, else huggingface.co
    threads: int = 0  # 0 = one per physical core
    default_context: int = 8192
    kv_type: str = "f16"


def _valid(raw: dict[str, Any]) -> UserSettings:
    default = UserSettings()
    values: dict[str, Any] = {}
    for key, kind in (("models_dir", str), ("hub_endpoint", str), ("threads", int), ("default_context", int),
                      ("kv_type", str)):
        value = raw.get(key, getattr(default, key))
        values[key] = value if isinstance(value, kind) and not isinstance(value, bool) else getattr(default, key)
    if values["kv_type"] not in KV_TYPES:
        values["kv_type"] = default.kv_type
    if not MIN_CONTEXT <= values["default_context"] <= MAX_CONTEXT:
        values["default_context"] = default.default_context
    if not 0 <= values["threads"] <= 1024:
        values["threads"] = default.threads
    return UserSettings(**values)


def load_settings(config_dir: Path) -> UserSettings:
    try:
        raw = json.loads((Path(config_dir) / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserSettings()
    return _valid(raw) if isinstance(raw, dict) else UserSettings()


def _replace_file(path: Path, data: bytes, mode: int) -> None:
    """Write `data` to a temporary file created with `mode`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.unlink(missing_ok=True)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.fchmod(fd, mode)  # whatever the umask
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)


def save_settings(config_dir: Path, settings: UserSettings) -> None:
    data = json.dumps({"format": SETTINGS_FORMAT, **asdict(_valid(asdict(settings)))}, indent=1)
    _replace_file(Path(config_dir) / SETTINGS_FILE, data.encode("utf-8"), 0o644)


def read_token(config_dir: Path) -> Optional[str]:
    try:
        token = (Path(config_dir) / TOKEN_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return token or None


def save_token(config_dir: Path, token: Optional[str]) -> None:
    """Store `token` (owner-only file), or delete the stored one when None or empty."""
    path = Path(config_dir) / TOKEN_FILE
    if not token or not token.strip():
        path.unlink(missing_ok=True)
        return
    _replace_file(path, token.strip().encode("utf-8"), 0o600)


def masked(token: Optional[str]) -> str:
    """'hf_…wxyz': enough to recognise which token it is, never enough to use it."""
    if not token:
        return ""
    return f"{token[:3]}…{token[-4:]}" if len(token) > 10 else "…"

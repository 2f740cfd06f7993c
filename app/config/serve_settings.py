"""Whether the window serves its loaded model to other programs, in `CONFIG/serve.json`.

Stored on disk: `{"format": 1, "enabled": false, "port": 8080}`; never change a key's
meaning, add keys. Off unless the person switched it on: by default Paddock listens on
no socket. A file that cannot be read, or a value that makes no sense, gives the default.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

SERVE_FILE = "serve.json"
SERVE_FORMAT = 1
DEFAULT_PORT = 8080  # as paddock-cli serve's (app/serve/access.py)


@dataclass(frozen=True)
class ServeSettings:
    enabled: bool = False
    port: int = DEFAULT_PORT


def load_serve_settings(config_dir: Path) -> ServeSettings:
    try:
        raw = json.loads((Path(config_dir) / SERVE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ServeSettings()
    if not isinstance(raw, dict):
        return ServeSettings()
    enabled, port = raw.get("enabled"), raw.get("port")
    return ServeSettings(
        enabled=enabled if isinstance(enabled, bool) else False,
        port=port if isinstance(port, int) and not isinstance(port, bool) and 1 <= port <= 65535 else DEFAULT_PORT,
    )


def save_serve_settings(config_dir: Path, settings: ServeSettings) -> None:
    path = Path(config_dir) / SERVE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"format": SERVE_FORMAT, **asdict(settings)}, indent=1), encoding="utf-8")
    temporary.replace(path)

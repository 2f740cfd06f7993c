"""Free disk space, as downloads and installs check it before they start (light: the
window asks it without loading the hub client)."""

from __future__ import annotations

import shutil
from pathlib import Path

DEFAULT_RESERVE_BYTES = 64 * 1024 * 1024  # what a download leaves free on the disk


def disk_free_bytes(path: Path) -> int:
    """Free bytes on the disk that holds `path` (or its nearest existing parent)."""
    path = Path(path).absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return shutil.disk_usage(path).free

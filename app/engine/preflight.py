"""Checks a model file before any worker loads it: clear errors instead of crashes.

A missing file, a file that is not GGUF, a truncated download, missing split parts and
a context longer than the model was trained for are all found here, in the app
process, in well under a second.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.engine.settings import LoadSettings
from app.errors import ContextTooLongError, ModelFileError
from app.gguf_file import GgufInfo, read_gguf_info

_SPLIT_NAME = re.compile(r"^(?P<stem>.*)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$")


def split_parts(path: Path) -> list[Path]:
    """All files of a split GGUF (`name-00001-of-00003.gguf`), or just `path`."""
    match = _SPLIT_NAME.match(path.name)
    if not match:
        return [path]
    count = int(match["count"])
    return [path.with_name(f"{match['stem']}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)]


def check_model_file(settings: LoadSettings) -> GgufInfo:
    """Validate `settings.model_path` against `settings`; return its header."""
    path = Path(settings.model_path)
    parts = split_parts(path)
    if len(parts) > 1 and path != parts[0]:
        raise ModelFileError(f"Open the first part of a split model: {parts[0].name}")
    missing = [p.name for p in parts if not p.exists()]
    if missing and path.exists():
        raise ModelFileError(
            f"This model is split into {len(parts)} files and {len(missing)} are missing: "
            + ", ".join(missing[:3])
            + ("…" if len(missing) > 3 else "")
        )
    info = read_gguf_info(path)
    for part in parts[1:]:
        read_gguf_info(part)
    trained = info.context_length
    if trained and settings.n_ctx > trained:
        raise ContextTooLongError(
            f"{info.name} was trained for a context of {trained:,} tokens; "
            f"{settings.n_ctx:,} were asked for. Choose {trained:,} or less."
        )
    return info

"""Checks a model file before any worker loads it: clear errors instead of crashes.

A missing file, a file that is not GGUF, a truncated download, missing split parts and
a context longer than the model was trained for are all found here, in the app
process, in well under a second.
"""

from __future__ import annotations

from pathlib import Path

from app.engine.settings import LoadSettings
from app.errors import ContextTooLongError, ModelFileError
from app.gguf_file import GgufInfo, read_gguf_info, split_parts


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

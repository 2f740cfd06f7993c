"""Checks a model file before any worker loads it: clear errors instead of crashes.

A missing or unreadable file, a file that is not GGUF, a damaged or truncated header,
missing split parts, a Llama whose numbers contradict each other or its tensors (see
app/llama/header_check.py) and a context longer than the model was trained for are all
found here, in the app process, in well under a second. Other architectures go on to
llama.cpp, whose own message says whether it can run them.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.engine.settings import LoadSettings
from app.errors import QT_TRANSLATE_NOOP, ContextTooLongError, ModelFileError
from app.gguf_file import GgufInfo, read_gguf_info, split_parts
from app.llama.architecture import GGUF_ARCH
from app.llama.header_check import check_llama_header


def check_model_file(settings: LoadSettings) -> GgufInfo:
    """Validate `settings.model_path` against `settings`; return its header."""
    path = Path(settings.model_path)
    parts = split_parts(path)
    if len(parts) > 1 and path != parts[0]:
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "Open the first part of a split model: {name}"), name=parts[0].name
        )
    # os.path.exists, not Path.exists: a folder that may not be searched is not an
    # exception here; read_gguf_info says what is wrong with the first part.
    missing = [p.name for p in parts if not os.path.exists(p)]
    if missing and os.path.exists(path):
        raise ModelFileError(
            QT_TRANSLATE_NOOP("AppError", "This model is split into {parts} files and {missing} are missing: {names}"),
            parts=len(parts), missing=len(missing), names=", ".join(missing[:3]) + ("…" if len(missing) > 3 else ""),
        )
    info = read_gguf_info(path)
    tensors = list(info.tensors)
    for part in parts[1:]:
        tensors += read_gguf_info(part).tensors
    if info.architecture == GGUF_ARCH:
        check_llama_header(info, tensors)
    trained = info.context_length
    if trained and settings.n_ctx > trained:
        raise ContextTooLongError(
            QT_TRANSLATE_NOOP(
                "AppError",
                "{name} was trained for a context of {trained:,} tokens; "
                "{n_ctx:,} were asked for. Choose {trained:,} or less.",
            ),
            name=info.name, trained=trained, n_ctx=settings.n_ctx,
        )
    return info

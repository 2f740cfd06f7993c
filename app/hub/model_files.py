"""Which files make one model and where a download puts them (light: the window's
download queue names them without loading the hub client)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from app.gguf_file import split_parts


def default_target(models_dir: Path, repo_id: str) -> Path:
    """Where a repo's files go: MODELS/owner/name (the layout LM Studio uses too)."""
    return Path(models_dir).joinpath(*repo_id.split("/"))


def split_set(filename: str) -> list[str]:
    """All parts of a split GGUF named by any one of them, or just `filename`."""
    return [str(part) for part in split_parts(PurePosixPath(filename))]  # type: ignore[arg-type]

"""Progress reports of long blocking operations: one frozen update per step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional


@dataclass(frozen=True)
class ProgressUpdate:
    """One progress report: `stage` is a stable machine word, `done`/`total` in units."""

    stage: str
    done: int = 0
    total: int = 0
    message: str = ""


ProgressCallback = Callable[[ProgressUpdate], None]


def report(progress: Optional[ProgressCallback], update: ProgressUpdate) -> None:
    """Call `progress` if one was given."""
    if progress is not None:
        progress(update)

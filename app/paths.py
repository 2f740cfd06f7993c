"""Where Paddock keeps its data, models and logs.

platformdirs locations by default; `PADDOCK_HOME` puts everything under one folder
(tests and portable installs use it). Nothing here creates folders until asked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import platformdirs

APP_NAME = "Paddock"
REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    models_dir: Path
    logs_dir: Path
    config_dir: Path
    cache_dir: Path

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> "AppPaths":
        env = os.environ if environ is None else environ
        home = env.get("PADDOCK_HOME")
        if home:
            root = Path(home).expanduser()
            return cls(
                data_dir=root / "data",
                models_dir=root / "models",
                logs_dir=root / "logs",
                config_dir=root / "config",
                cache_dir=root / "cache",
            )
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            data_dir=data,
            models_dir=data / "models",
            logs_dir=Path(dirs.user_log_dir),
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
        )

    def ensure(self) -> "AppPaths":
        for path in (self.data_dir, self.models_dir, self.logs_dir, self.config_dir, self.cache_dir):
            path.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "paddock.log"

    @property
    def engine_log_file(self) -> Path:
        """llama.cpp's own log lines (and anything its worker prints) land here."""
        return self.logs_dir / "engine.log"


def asset_path(*parts: str) -> Path:
    """A file shipped under assets/."""
    return REPO_ROOT.joinpath("assets", *parts)

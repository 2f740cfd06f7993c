"""Where Paddock keeps its data, models and logs.

platformdirs locations by default; `PADDOCK_HOME` puts everything under one folder
(tests use it). Portable mode: a `paddock-portable` file beside the executable (a
PyInstaller bundle on a USB stick) puts everything in `PaddockData/` next to it.
Nothing here creates folders until asked.

Files shipped with Paddock (assets/, models_catalog.yaml) are found through
`data_file()`: under the bundle's folder when frozen, under the repository otherwise.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

import platformdirs

APP_NAME = "Paddock"
REPO_ROOT = Path(__file__).resolve().parent.parent
PORTABLE_MARKER = "paddock-portable"  # an empty file beside the executable
PORTABLE_DATA = "PaddockData"


def is_frozen() -> bool:
    """Running from a PyInstaller bundle rather than from source."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder the shipped data files are under: PyInstaller's unpacked folder
    (`sys._MEIPASS`; `_internal/` of a one-folder build) when frozen, else the repository."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if is_frozen() and meipass else REPO_ROOT


def data_file(*parts: str) -> Path:
    """A file shipped with Paddock, e.g. `data_file("models_catalog.yaml")`."""
    return bundle_root().joinpath(*parts)


def executable_dir() -> Optional[Path]:
    """The folder of the bundle's executable; None when running from source (the
    executable is then Python's, and its folder is no place for Paddock's data)."""
    return Path(sys.executable).resolve().parent if is_frozen() else None


def portable_root(app_dir: Optional[Path]) -> Optional[Path]:
    """Where a portable install keeps its data, or None when `app_dir` has no marker."""
    if app_dir is None or not (app_dir / PORTABLE_MARKER).is_file():
        return None
    return app_dir / PORTABLE_DATA


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    models_dir: Path
    logs_dir: Path
    config_dir: Path
    cache_dir: Path

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None,
                         app_dir: Optional[Path] = None) -> "AppPaths":
        """`PADDOCK_HOME` first, then portable mode (a marker in `app_dir`, by default
        the bundle's folder), then the per-user folders."""
        env = os.environ if environ is None else environ
        home = env.get("PADDOCK_HOME")
        if home:
            return cls.under(Path(home).expanduser())
        portable = portable_root(executable_dir() if app_dir is None else app_dir)
        if portable is not None:
            return cls.under(portable)
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(
            data_dir=data,
            models_dir=data / "models",
            logs_dir=Path(dirs.user_log_dir),
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
        )

    @classmethod
    def under(cls, root: Path) -> "AppPaths":
        """Everything in one folder."""
        return cls(
            data_dir=root / "data",
            models_dir=root / "models",
            logs_dir=root / "logs",
            config_dir=root / "config",
            cache_dir=root / "cache",
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
    return data_file("assets", *parts)

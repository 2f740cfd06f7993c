"""`paddock --install-desktop-entry` and `--uninstall-desktop-entry`: Paddock in the
person's application menu, with its icon, and .gguf files opening in it (Linux and
other freedesktop.org desktops; per user, nothing needs root).

Installed under $XDG_DATA_HOME (~/.local/share by default):

- applications/paddock.desktop: packaging/paddock.desktop with Exec= pointing at this
  very Paddock: the bundle's executable when frozen, else the `paddock` command beside
  this Python (a virtual environment's), else `python -m ui.main`;
- mime/packages/paddock.xml: the GGUF file type (packaging/paddock-mime.xml);
- icons/hicolor/<size>/apps/paddock.png and scalable/apps/paddock.svg, rendered here.

Then the desktop's caches are refreshed with update-desktop-database and
update-mime-database where installed (desktops also notice on their own, later). The
messages are for a terminal and stay English, like paddock-cli's.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Sequence

from app.paths import data_file, is_frozen
from ui import app_icon

log = logging.getLogger(__name__)

INSTALL_FLAG = "--install-desktop-entry"
UNINSTALL_FLAG = "--uninstall-desktop-entry"
DESKTOP_FILE_ID = "paddock"  # = QGuiApplication.desktopFileName(), the Wayland app id
DESKTOP_TEMPLATE = data_file("packaging", "paddock.desktop")
MIME_XML = data_file("packaging", "paddock-mime.xml")
GGUF_MIME_TYPE = "application/x-gguf"
FREEDESKTOP_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")
_EXEC_RESERVED = re.compile(r'[\s"\'\\><~|&;$*?#()`]')


@dataclass(frozen=True)
class DesktopFiles:
    """Where the per-user entry's files go under one XDG data folder."""

    data_home: Path

    @property
    def desktop_file(self) -> Path:
        return self.data_home / "applications" / f"{DESKTOP_FILE_ID}.desktop"

    @property
    def mime_file(self) -> Path:
        return self.data_home / "mime" / "packages" / f"{DESKTOP_FILE_ID}.xml"

    @property
    def icons_dir(self) -> Path:
        return self.data_home / "icons"

    def icon_files(self) -> list[Path]:
        return [*app_icon.hicolor_icon_paths(self.icons_dir).values(), app_icon.scalable_icon_path(self.icons_dir)]


def data_home(environ: Optional[Mapping[str, str]] = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the menu starts this Paddock."""
    if is_frozen():
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).parent / ("paddock.exe" if os.name == "nt" else "paddock")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "ui.main"]


def quote_exec_argument(argument: str) -> str:
    """One Exec= argument, quoted as the Desktop Entry spec asks (then escaped as a string value)."""
    if _EXEC_RESERVED.search(argument) is None:
        quoted = argument
    else:
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return quoted.replace("\\", "\\\\")


def desktop_entry_text(template: str, command: Sequence[str]) -> str:
    """The template with its Exec= line running `command` on the file opened (%f)."""
    exec_line = "Exec=" + " ".join(quote_exec_argument(a) for a in command) + " %f"
    lines = [exec_line if line.startswith("Exec=") else line for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def install(target: DesktopFiles, command: Sequence[str], refresh: bool = True) -> list[Path]:
    """Write the entry, the file type and the icons; returns the files written."""
    target.desktop_file.parent.mkdir(parents=True, exist_ok=True)
    target.desktop_file.write_text(
        desktop_entry_text(DESKTOP_TEMPLATE.read_text(encoding="utf-8"), command), encoding="utf-8"
    )
    target.mime_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MIME_XML, target.mime_file)
    written = [target.desktop_file, target.mime_file, *app_icon.write_hicolor(target.icons_dir)]
    if refresh:
        refresh_caches(target)
    return written


def uninstall(target: DesktopFiles, refresh: bool = True) -> list[Path]:
    """Remove what `install` wrote; returns the files removed (none if it was not installed)."""
    removed = []
    for path in [target.desktop_file, target.mime_file, *target.icon_files()]:
        if path.is_file():
            path.unlink()
            removed.append(path)
    if refresh and removed:
        refresh_caches(target)
    return removed


def refresh_caches(target: DesktopFiles) -> list[str]:
    """Run the cache tools that are installed; returns the ones that ran."""
    jobs = [
        ("update-desktop-database", target.desktop_file.parent),
        ("update-mime-database", target.data_home / "mime"),
    ]
    ran = []
    for tool, folder in jobs:
        executable = shutil.which(tool)
        if executable is None or not folder.is_dir():
            continue
        result = subprocess.run([executable, str(folder)], capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            log.warning("%s %s failed: %s", tool, folder, result.stderr.strip())
        ran.append(tool)
    return ran


def desktop_entry_command(args: Sequence[str], environ: Optional[Mapping[str, str]] = None) -> Optional[int]:
    """Handle the two flags (the arguments after the program's); None when neither is given."""
    if INSTALL_FLAG not in args and UNINSTALL_FLAG not in args:
        return None
    if not sys.platform.startswith(FREEDESKTOP_PLATFORMS):
        print("A desktop entry is for Linux and BSD desktops; Windows and macOS have none.", file=sys.stderr)
        return 1
    target = DesktopFiles(data_home(environ))
    if UNINSTALL_FLAG in args:
        removed = uninstall(target)
        print(f"Removed {len(removed)} files from {target.data_home}." if removed else "No Paddock menu entry was installed.")
        return 0
    install(target, launch_command())
    print(f"Installed the Paddock menu entry: {target.desktop_file}")
    return 0


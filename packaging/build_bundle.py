#!/usr/bin/env python3
"""Build Paddock as a one-folder bundle with PyInstaller, and its release tarball.

    .venv/bin/pip install pyinstaller            # build-only: not a dependency of Paddock
    .venv/bin/python packaging/build_bundle.py   # -> dist/paddock/ and dist/paddock-<version>-<os>-<arch>.tar.gz

Steps: compile the translations (.ts -> .qm), render the icons from assets/icons/paddock.svg
(hicolor PNGs, .ico, .icns: Qt's SVG renderer, no image library), run PyInstaller on
packaging/paddock.spec, put the desktop entry, the GGUF file type and the hicolor icons
under dist/paddock/share/ (for packagers; `paddock --install-desktop-entry` does the
per-user install), then pack the folder. Prints the build time and the bundle's size as
JSON on the last line. `--no-tarball` skips the archive.

On Windows and macOS (untested) the same command builds dist/paddock/ (and, on macOS,
dist/Paddock.app); the archive is then a .zip.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICONS = BUILD / "icons"
BUNDLE = DIST / "paddock"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def compile_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "build"], check=True)


def render_icons() -> None:
    """build/icons/: paddock.ico, paddock.icns and a hicolor theme (share/icons layout)."""
    from ui import app_icon  # QImage and QSvgRenderer need no QGuiApplication

    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = app_icon.render_pngs(sorted(set(app_icon.ICO_SIZES) | set(app_icon.ICNS_TYPES)))
    (ICONS / "paddock.ico").write_bytes(app_icon.ico_bytes({s: pngs[s] for s in app_icon.ICO_SIZES}))
    (ICONS / "paddock.icns").write_bytes(app_icon.icns_bytes(pngs))
    app_icon.write_hicolor(ICONS / "share" / "icons")


def run_pyinstaller() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(ROOT / "packaging" / "paddock.spec")],
        check=True, cwd=ROOT,
    )


def add_share() -> None:
    """share/applications, share/mime/packages and share/icons inside the bundle, laid
    out as under /usr: what a distribution package or an AppImage takes as they are."""
    share = BUNDLE / "share"
    shutil.rmtree(share, ignore_errors=True)
    (share / "applications").mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "paddock.desktop", share / "applications" / "paddock.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "paddock-mime.xml", share / "mime" / "packages" / "paddock.xml")
    shutil.copytree(ICONS / "share" / "icons", share / "icons")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive_name() -> str:
    from app import __version__

    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"paddock-{__version__}-{system}-{platform.machine().lower()}"


def make_archive() -> Path:
    if sys.platform != "linux":
        return Path(shutil.make_archive(str(DIST / archive_name()), "zip", DIST, "paddock"))
    target = DIST / f"{archive_name()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname="paddock")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-tarball", action="store_true", help="build dist/paddock/ only")
    args = parser.parse_args(argv)
    started = time.monotonic()
    compile_translations()
    render_icons()
    run_pyinstaller()
    add_share()
    build_s = time.monotonic() - started
    report = {"build_s": round(build_s, 1), "bundle": str(BUNDLE), "bundle_mb": round(folder_size(BUNDLE) / 1e6, 1)}
    if not args.no_tarball:
        archive = make_archive()
        report.update(archive=str(archive), archive_mb=round(archive.stat().st_size / 1e6, 1))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The desktop entry: valid by desktop-file-validate, translated, matching the window's
class and app id, and installed/uninstalled per user under a temporary XDG_DATA_HOME by a
real `paddock --install-desktop-entry`."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import APP_NAME, REPO_ROOT
from ui import desktop_entry
from ui.desktop_entry import DESKTOP_TEMPLATE, DesktopFiles, desktop_entry_text, quote_exec_argument
from ui.i18n import LANGUAGE_CODES, SOURCE_LANGUAGE

VALIDATE = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(VALIDATE is None, reason="desktop-file-validate (desktop-file-utils) not installed")


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _validate(path: Path) -> None:
    result = subprocess.run([VALIDATE, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


@needs_validator
def test_the_shipped_entry_is_valid() -> None:
    _validate(DESKTOP_TEMPLATE)


def test_names_and_comments_are_in_every_language() -> None:
    entry = _entry(DESKTOP_TEMPLATE)
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key]
        for code in LANGUAGE_CODES:
            if code != SOURCE_LANGUAGE:
                assert entry.get(f"{key}[{code}]"), f"{key}[{code}] is missing"
    assert entry["Comment[de]"] != entry["Comment"]


def test_the_entry_matches_the_running_app() -> None:
    entry = _entry(DESKTOP_TEMPLATE)
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the application name
    assert DESKTOP_TEMPLATE.stem == desktop_entry.DESKTOP_FILE_ID  # the Wayland app id
    assert entry["Icon"] == "paddock"
    assert desktop_entry.GGUF_MIME_TYPE in entry["MimeType"].split(";")
    assert desktop_entry.GGUF_MIME_TYPE in desktop_entry.MIME_XML.read_text(encoding="utf-8")


@pytest.mark.parametrize(("argument", "written"), [
    ("/opt/paddock/paddock", "/opt/paddock/paddock"),
    ("/home/ana/USB stick/paddock", '"/home/ana/USB stick/paddock"'),
    ('/a "b"/$x', '"/a \\\\"b\\\\"/\\\\$x"'),
])
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, written: str) -> None:
    assert quote_exec_argument(argument) == written


@needs_validator
def test_an_entry_pointing_at_a_folder_with_spaces_is_valid(tmp_path: Path) -> None:
    text = desktop_entry_text(DESKTOP_TEMPLATE.read_text(encoding="utf-8"), ["/media/USB stick/paddock/paddock"])
    assert 'Exec="/media/USB stick/paddock/paddock" %f' in text
    path = tmp_path / "paddock.desktop"
    path.write_text(text, encoding="utf-8")
    _validate(path)


def _paddock(*args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", *args], capture_output=True, text=True, env=env,
                          cwd=REPO_ROOT, timeout=120)


def test_install_and_uninstall_per_user(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    files = DesktopFiles(data_home)
    installed = _paddock("--install-desktop-entry", data_home=data_home)
    assert installed.returncode == 0, installed.stderr
    assert str(files.desktop_file) in installed.stdout
    entry = _entry(files.desktop_file)
    command = desktop_entry.launch_command()
    assert entry["Exec"].startswith(command[0]) and entry["Exec"].endswith(" %f")
    assert entry["Name[th]"] == _entry(DESKTOP_TEMPLATE)["Name[th]"]
    if VALIDATE:
        _validate(files.desktop_file)
    for path in files.icon_files():
        assert path.is_file() and path.stat().st_size > 0
    assert files.mime_file.read_bytes() == desktop_entry.MIME_XML.read_bytes()
    if shutil.which("update-mime-database"):  # the cache knows the GGUF type and its glob
        assert "application/x-gguf" in (data_home / "mime" / "types").read_text()
        assert "*.gguf" in (data_home / "mime" / "globs2").read_text()
    if shutil.which("update-desktop-database"):  # .gguf files open in Paddock
        assert "application/x-gguf=paddock.desktop;" in (data_home / "applications" / "mimeinfo.cache").read_text()

    removed = _paddock("--uninstall-desktop-entry", data_home=data_home)
    assert removed.returncode == 0, removed.stderr
    assert not files.desktop_file.exists() and not files.mime_file.exists()
    assert not any(path.exists() for path in files.icon_files())
    again = _paddock("--uninstall-desktop-entry", data_home=data_home)
    assert again.returncode == 0 and "No Paddock menu entry was installed" in again.stdout


def test_xdg_data_home_falls_back_to_local_share() -> None:
    assert desktop_entry.data_home({}) == Path.home() / ".local" / "share"
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative/path"}) == Path.home() / ".local" / "share"
    assert desktop_entry.data_home({"XDG_DATA_HOME": "/x/share"}) == Path("/x/share")


def test_a_bundle_points_the_entry_at_its_own_executable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "paddock"))
    assert desktop_entry.launch_command() == [str(tmp_path / "paddock")]


def test_the_file_type_is_well_formed_and_translated() -> None:
    import xml.etree.ElementTree as ElementTree

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ElementTree.parse(desktop_entry.MIME_XML).getroot().find("m:mime-type", ns)
    assert mime_type is not None and mime_type.get("type") == desktop_entry.GGUF_MIME_TYPE
    assert mime_type.find("m:glob", ns).get("pattern") == "*.gguf"
    assert mime_type.find("m:magic/m:match", ns).get("value") == "GGUF"  # the file's first four bytes
    languages = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in mime_type.findall("m:comment", ns)}
    assert languages == {None} | (set(LANGUAGE_CODES) - {SOURCE_LANGUAGE})


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xwininfo")), reason="needs Xvfb and xwininfo")
def test_the_window_class_on_a_real_x_server_is_the_entry_s(tmp_path: Path) -> None:
    """Desktops match a window to its entry by WM_CLASS: Paddock's must be StartupWMClass."""
    import re
    import time

    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    app = None
    try:
        display = ":" + xvfb.stdout.readline().strip()
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO_ROOT),
                   PADDOCK_HOME=str(tmp_path / "home"))
        app = subprocess.Popen([sys.executable, "-m", "ui.main"], cwd=REPO_ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        classes: set[str] = set()
        deadline = time.monotonic() + 120
        while APP_NAME not in classes and time.monotonic() < deadline and app.poll() is None:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True).stdout
            classes = {match.group(2) for match in re.finditer(r'\("([^"]*)" "([^"]*)"\)', tree)}
            time.sleep(0.3)
        assert APP_NAME in classes, f"window classes on the display: {classes}"
        assert _entry(DESKTOP_TEMPLATE)["StartupWMClass"] in classes
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)


def test_other_systems_are_told_there_is_no_desktop_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert desktop_entry.desktop_entry_command(["--install-desktop-entry"], {"XDG_DATA_HOME": str(tmp_path)}) == 1
    assert "Windows and macOS" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    assert desktop_entry.desktop_entry_command(["x.gguf"]) is None

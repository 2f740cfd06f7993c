"""Paddock's icon: one SVG (assets/icons/paddock.svg) and everything rendered from it.

The window icon is the SVG itself. Desktops want PNGs in the freedesktop "hicolor" sizes,
Windows an .ico and macOS an .icns: all three are rendered here with Qt's own SVG
renderer, so no image library is needed. Both container formats hold PNG images (an
.ico since Windows Vista, an .icns since macOS 10.7), which makes them a few lines each.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Iterable, Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.paths import asset_path

ICON_NAME = "paddock"  # the icon's name in icon themes, as the desktop entry's Icon= says
ICON_SVG = asset_path("icons", "paddock.svg")
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico holds
# .icns element types holding PNG data, by pixel size (Apple's "icns" format)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def app_icon(svg: Path = ICON_SVG) -> QIcon:
    return QIcon(str(svg))


def render_png(size: int, svg: Path = ICON_SVG) -> bytes:
    """The icon as a `size` x `size` PNG with a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError(f"cannot encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def render_pngs(sizes: Iterable[int], svg: Path = ICON_SVG) -> dict[int, bytes]:
    return {size: render_png(size, svg) for size in sizes}


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .ico file holding each PNG (sizes up to 256)."""
    sizes = sorted(pngs)
    if not sizes or sizes[-1] > 256:
        raise ValueError("an .ico holds images of 1 to 256 pixels")
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = size % 256  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """An .icns file holding each PNG whose size macOS has a PNG element type for."""
    body = b""
    for size in sorted(pngs):
        kind = ICNS_TYPES.get(size)
        if kind is None:
            continue
        body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    if not body:
        raise ValueError(f"no size macOS knows among {sorted(pngs)}")
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def hicolor_icon_paths(icons_dir: Path, sizes: Iterable[int] = HICOLOR_SIZES) -> dict[int, Path]:
    """Where each PNG goes in a hicolor theme under `icons_dir` (…/share/icons)."""
    return {size: icons_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in sizes}


def scalable_icon_path(icons_dir: Path) -> Path:
    return icons_dir / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"


def write_hicolor(icons_dir: Path, svg: Path = ICON_SVG, sizes: Iterable[int] = HICOLOR_SIZES) -> list[Path]:
    """The SVG and a PNG per size into the hicolor theme under `icons_dir`."""
    written = []
    for size, path in hicolor_icon_paths(icons_dir, sizes).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_png(size, svg))
        written.append(path)
    scalable = scalable_icon_path(icons_dir)
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written.append(scalable)
    return written

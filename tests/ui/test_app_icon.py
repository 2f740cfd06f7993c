"""The icon: rendered from the SVG to PNGs, and packed into .ico and .icns files that Qt's
own image readers (the ones Windows and macOS formats have in Qt) read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from ui import app_icon


def _images(data: bytes, fmt: str) -> list[QImage]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt.encode())
    images = []
    for _ in range(max(reader.imageCount(), 1)):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        images.append(image)
        if not reader.jumpToNextImage():
            break
    return images


@pytest.mark.parametrize("size", [16, 48, 512])
def test_png_has_the_size_and_a_transparent_corner(size: int) -> None:
    image = QImage.fromData(app_icon.render_png(size), "PNG")
    assert (image.width(), image.height()) == (size, size)
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner is see-through"
    assert image.pixelColor(size // 2, size // 8).alpha() == 255, "the middle is painted"


def test_ico_holds_every_size_up_to_256() -> None:
    pngs = app_icon.render_pngs(app_icon.ICO_SIZES)
    images = _images(app_icon.ico_bytes(pngs), "ico")
    assert sorted(image.width() for image in images) == sorted(app_icon.ICO_SIZES)


def test_ico_refuses_a_size_it_cannot_hold() -> None:
    with pytest.raises(ValueError):
        app_icon.ico_bytes({512: b""})


def test_icns_holds_the_sizes_macos_knows() -> None:
    pngs = app_icon.render_pngs([16, 22, 32, 128, 512])
    data = app_icon.icns_bytes(pngs)
    assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
    widths = sorted(image.width() for image in _images(data, "icns"))
    assert widths == [16, 32, 128, 512], "22 px has no .icns type and is left out"


def test_hicolor_theme_layout(tmp_path: Path) -> None:
    written = app_icon.write_hicolor(tmp_path / "icons")
    assert tmp_path / "icons/hicolor/256x256/apps/paddock.png" in written
    assert (tmp_path / "icons/hicolor/scalable/apps/paddock.svg").read_bytes() == app_icon.ICON_SVG.read_bytes()
    assert len(written) == len(app_icon.HICOLOR_SIZES) + 1


def test_window_icon_comes_from_the_svg(qapp) -> None:
    icon = app_icon.app_icon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64

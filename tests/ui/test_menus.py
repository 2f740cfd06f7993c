"""The window's menu bar: every part's menu is there, Help last."""

from __future__ import annotations


def test_help_comes_last_in_the_menu_bar(paddock) -> None:  # type: ignore[no-untyped-def]
    menus = [a.menu().objectName() for a in paddock.window.menuBar().actions() if a.menu() is not None]
    assert "helpMenu" in menus and len(menus) >= 2
    assert menus[-1] == "helpMenu"

"""Every expected error kind in app/ has its own translated headline."""

from __future__ import annotations

import importlib
import pkgutil

import app
from app.errors import ERROR_KINDS
from ui.error_texts import error_headline, headlines


def _import_all_of_app() -> None:
    """Every AppError subclass registers its kind when its module is imported."""
    for module in pkgutil.walk_packages(app.__path__, "app."):
        if module.name.endswith(("__main__", ".worker")):
            continue
        importlib.import_module(module.name)


def test_every_error_kind_has_a_headline(qapp) -> None:  # type: ignore[no-untyped-def]
    _import_all_of_app()
    kinds = set(ERROR_KINDS) - {"error"}  # the base class: "Something went wrong"
    assert len(kinds) > 20
    assert sorted(kinds - set(headlines())) == []
    generic = error_headline("no such kind")
    assert all(error_headline(kind) != generic for kind in kinds)

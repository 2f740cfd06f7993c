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


def test_a_detail_is_translated_with_its_fields_and_its_nested_cause(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The template is looked up in context "AppError", then filled in; a nested AppError
    cause is translated too; a translation that lost a field falls back to English."""
    from PySide6.QtCore import QCoreApplication

    from app.errors import QT_TRANSLATE_NOOP, AppError, ModelFileError
    from ui import error_texts

    german = {
        "{name} is damaged: {cause}": "{name} ist beschädigt: {cause}",
        "a part of {count} is missing": "ein Teil von {count} fehlt",
    }
    monkeypatch.setattr(QCoreApplication, "translate", lambda context, text: german.get(text, text)
                        if context == "AppError" else text)
    cause = AppError(QT_TRANSLATE_NOOP("AppError", "a part of {count} is missing"), count=3)
    error = ModelFileError(QT_TRANSLATE_NOOP("AppError", "{name} is damaged: {cause}"), name="m.gguf", cause=cause)
    assert error.detail == "m.gguf is damaged: a part of 3 is missing"
    assert error_texts.error_detail(error) == "m.gguf ist beschädigt: ein Teil von 3 fehlt"
    wrong = ModelFileError(QT_TRANSLATE_NOOP("AppError", "{name} is damaged: {cause}"), name="m.gguf", cause="x")
    german["{name} is damaged: {cause}"] = "{nom} ist beschädigt"
    assert error_texts.error_detail(wrong) == "m.gguf is damaged: x"  # English rather than a crash


def test_the_window_shows_a_failed_open_in_the_person_s_language(paddock, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Headline and detail both translated (the file name kept), in every language."""
    from PySide6.QtWidgets import QMessageBox

    from ui.i18n import LANGUAGE_CODES

    bogus = tmp_path / "holiday.gguf"
    bogus.write_text("photos")
    shown = {}
    try:
        for code in LANGUAGE_CODES:
            paddock.languages.choose(code)
            with qtbot.waitSignal(paddock.controller.modelFailed, timeout=30_000):
                paddock.window.open_model(bogus)
            boxes = [b for b in paddock.window.findChildren(QMessageBox, "errorBox") if b.isVisible()]
            assert len(boxes) == 1
            box = boxes[0]
            shown[code] = (box.text(), box.informativeText())
            box.close()
    finally:
        paddock.languages.choose("en")
    english_headline, english_detail = shown.pop("en")
    assert "holiday.gguf is not a GGUF model file" in english_detail
    for code, (headline, detail) in shown.items():
        assert headline != english_headline and detail != english_detail, code
        assert "holiday.gguf" in detail and "GGUF" in detail, code

"""The translations are complete and stay complete: every text in ui/ goes through tr(),
every .ts file translates every text with the same placeholders, and the .qm files the
app loads are built from the current .ts files."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale

from ui.i18n import LANGUAGE_CODES, Languages, pseudo_text, system_language

ROOT = Path(__file__).resolve().parents[2]
FIX = "Run `.venv/bin/python packaging/translations.py update`, translate the new texts in assets/i18n/*.ts, then `... build`."


def _load_translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("paddock_translations", ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


translations = _load_translations_script()


# --- completeness -----------------------------------------------------------------------------


def test_every_text_is_translated_in_every_language() -> None:
    problems = translations.check()
    assert problems == [], "\n".join(problems) + "\n" + FIX


def test_the_app_loads_qm_files_built_from_the_current_ts_files() -> None:
    stale = translations.stale_qm()
    assert stale == [], f"missing or stale: {stale}; run `.venv/bin/python packaging/translations.py build`"


def _message(root: ElementTree.Element, source: str) -> ElementTree.Element:
    return next(m for m in root.iter("message") if m.findtext("source") == source)


def test_the_check_reports_each_kind_of_gap(tmp_path: Path) -> None:
    """A check that cannot fail protects nothing: break a copy of the files in every
    way the issue names and see each one reported."""
    for ts in (ROOT / "assets" / "i18n").glob("paddock_*.ts"):
        shutil.copyfile(ts, tmp_path / ts.name)
    de = ElementTree.parse(tmp_path / "paddock_de.ts")
    root = de.getroot()
    _message(root, "Send").find("translation").set("type", "unfinished")  # type: ignore[union-attr]
    _message(root, "Loading %1…").find("translation").text = "Wird geladen…"  # type: ignore[union-attr]
    _message(root, "GGUF models (*.gguf);;All files (*)").find("translation").text = "GGUF-Modelle;;Alle Dateien"  # type: ignore[union-attr]
    for context in root.iter("context"):
        for message in list(context.iter("message")):
            if message.findtext("source") == "Stop":
                context.remove(message)  # missing
    gone = ElementTree.SubElement(next(root.iter("context")), "message")
    ElementTree.SubElement(gone, "source").text = "A text that left the code"
    ElementTree.SubElement(gone, "translation").text = "Ein Text, den es nicht mehr gibt"
    de.write(tmp_path / "paddock_de.ts", encoding="utf-8", xml_declaration=True)
    fr = ElementTree.parse(tmp_path / "paddock_fr.ts")
    plural = _message(fr.getroot(), "%Ln token(s)").find("translation")
    plural[1].text = "jetons"  # type: ignore[index] # %Ln lost in one plural form
    fr.write(tmp_path / "paddock_fr.ts", encoding="utf-8", xml_declaration=True)
    (tmp_path / "paddock_th.ts").unlink()
    new_source = tmp_path / "new_widget.py"
    new_source.write_text('class NewWidget:\n    def retranslate_ui(self):\n        self.tr("A brand new text")\n')

    problems = translations.check(tmp_path, sources=translations.source_files() + [new_source])

    def reported(*words: str) -> bool:
        return any(all(word in problem for word in words) for problem in problems)

    assert reported("de:", "'Send'", "unfinished")
    assert reported("de:", "'Stop'", "unfinished")  # missing: lupdate brings it back untranslated
    assert reported("de:", "'Loading %1…'", "placeholders")
    assert reported("de:", "(*.gguf)", "placeholders")
    assert reported("de:", "'A text that left the code'", "obsolete")
    assert reported("fr:", "'%Ln token(s)'", "placeholders")
    assert reported("th:", "missing")
    for code in ("de", "fr", "it", "pt_BR", "hi", "es"):
        assert reported(f"{code}:", "'A brand new text'", "unfinished")


def test_plural_forms_follow_each_language() -> None:
    for code in LANGUAGE_CODES:
        _, entries = translations.read_ts(translations.ts_path(code))
        plurals = [entry for entry in entries if entry.numerus]
        assert plurals, code
        assert {len(entry.forms) for entry in plurals} == {translations.NUMERUS_FORMS[code]}, code


def test_wrong_number_of_plural_forms_is_reported() -> None:
    entry = translations.Entry("MainWindow", "%Ln token(s)", True, "", ("%Ln โทเค็น", "%Ln โทเค็น"))
    assert any("plural forms" in problem for problem in translations.entry_problems("th", entry))


# --- every visible text goes through tr() --------------------------------------------------------

# Setters and constructors that put a text on the screen: a literal there is untranslated.
TEXT_SINKS = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setInformativeText", "addItem",
    "insertItem", "setItemText", "addAction", "addMenu", "showMessage", "setTabText", "setHeaderLabels",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QMessageBox",
    "information", "warning", "critical", "question", "getOpenFileName", "getSaveFileName",
}
MESSAGE_BOX_CALLS = {"information", "warning", "critical", "question"}  # not log.warning()


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _has_words(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(char.isalpha() for char in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(value) for value in node.values)
    return False


def untranslated_texts(source: str, filename: str = "<source>") -> list[str]:
    """Literal texts handed to the screen without tr(), and tr()/translate() calls that
    lupdate cannot read (a variable or an f-string as the text)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{filename}:{node.lineno}"
        if name == "translate" and not (
            isinstance(node.func, ast.Attribute) and ast.unparse(node.func.value).endswith("Application")
        ):
            continue  # str.translate(), not Qt's
        if name == "translate" and node.args and ast.unparse(node.args[0]) == "DETAIL_CONTEXT":
            continue  # ui/error_texts.py: app/'s error templates, marked where they are raised
        if name in ("tr", "translate"):
            texts = node.args[:1] if name == "tr" else node.args[:2]
            for text in texts:
                if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    found.append(f"{where}: {name}() needs a literal text for lupdate")
        elif name in TEXT_SINKS and not (name in MESSAGE_BOX_CALLS and "QMessageBox" not in ast.unparse(node.func)):
            for argument in list(node.args) + [keyword.value for keyword in node.keywords]:
                if _has_words(argument):
                    found.append(f"{where}: {name}({ast.unparse(argument)}) is not translated")
    return found


def test_every_visible_text_in_ui_goes_through_tr() -> None:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        found += untranslated_texts(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


def test_the_tr_scan_finds_untranslated_texts() -> None:
    sample = (
        "button.setText('Send')\n"
        "label = QLabel(f'Loading {name}')\n"
        "box.addItem('', 4096)\n"  # no words: fine
        "self.tr(text)\n"
        "QCoreApplication.translate('Ctx', f'Hello {name}')\n"
        "button.setText(self.tr('Send'))\n"  # fine
        "log.warning('cannot read %s', path)\n"  # a log line, not the screen
        "QMessageBox.warning(self, 'Paddock', 'Disk full')\n"
    )
    found = untranslated_texts(sample)
    assert [line.split(":")[1] for line in found] == ["1", "2", "4", "5", "8", "8"]


# --- the pseudo-locale and the system's language -------------------------------------------------


def test_pseudo_text_is_longer_bracketed_and_keeps_placeholders() -> None:
    source = "%1 of %2 prompt tokens reused"
    text = pseudo_text(source)
    assert text.startswith("[") and text.endswith("]")
    assert len(text) >= 1.4 * len(source)
    assert "%1" in text and "%2" in text and text != source
    assert "%Ln" in pseudo_text("%Ln token(s)") and "(*.gguf)" in pseudo_text("Models (*.gguf)")


@pytest.mark.parametrize(
    "system, expected",
    [
        ("de_AT", "de"), ("fr_CA", "fr"), ("it_IT", "it"), ("pt_PT", "pt_BR"), ("pt_BR", "pt_BR"),
        ("hi_IN", "hi"), ("es_MX", "es"), ("th_TH", "th"), ("en_GB", "en"), ("ja_JP", "en"), ("C", "en"),
    ],
)
def test_the_default_language_follows_the_system(system: str, expected: str) -> None:
    assert system_language(QLocale(system)) == expected


def test_start_prefers_argument_then_saved_choice_then_system(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("PADDOCK_LANGUAGE", raising=False)
    languages = Languages(qapp, tmp_path, system_locale=QLocale("th_TH"))
    try:
        assert languages.start() == "th"  # nothing saved: the system's language
        assert QLocale().language() == QLocale.Language.Thai
        languages.choose("es")
        assert Languages(qapp, tmp_path, system_locale=QLocale("th_TH")).saved() == "es"
        assert languages.start() == "es"
        assert languages.start("it") == "it"
        monkeypatch.setenv("PADDOCK_LANGUAGE", "pseudo")
        assert languages.start() == "pseudo"
        (tmp_path / "interface.json").write_text("{not json")
        monkeypatch.delenv("PADDOCK_LANGUAGE")
        assert languages.start() == "th"
    finally:
        languages.close()

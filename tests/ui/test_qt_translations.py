"""Qt's own texts are in the interface language: Qt's qtbase_*.qm where PySide6 ships one
(German, French, Italian, Portuguese, Spanish), Paddock's own .ts files for the buttons
and the file dialog where it does not (Hindi, Thai: PySide6 has no qtbase_hi or qtbase_th)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QApplication

from ui.i18n import Languages

QT_DIR = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def test_which_qtbase_files_pyside6_ships() -> None:
    shipped = {code for code in ("de", "fr", "it", "pt_BR", "hi", "es", "th") if (QT_DIR / f"qtbase_{code}.qm").is_file()}
    assert shipped == {"de", "fr", "it", "pt_BR", "es"}  # hi and th: Paddock's own texts stand in


@pytest.mark.parametrize("code, cancel, look_in, qt_only", [
    ("de", "Abbrechen", "Suchen in:", ("QFileDialog", "Show &hidden files", "&Versteckte Dateien anzeigen")),
    ("fr", "Annuler", "Voir dans\xa0:", ("QFileDialog", "Show &hidden files", "Afficher les fic&hiers cachés")),
    ("hi", "रद्द करें", "इसमें देखें:", None),
    ("th", "ยกเลิก", "ดูใน:", None),
])
def test_qt_s_dialogs_speak_the_interface_language(qapp: QApplication, tmp_path: Path, code: str, cancel: str,  # type: ignore[no-untyped-def]
                                                   look_in: str, qt_only) -> None:
    languages = Languages(qapp, tmp_path)
    try:
        languages.apply(code)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
        if qt_only is not None:  # a text only Qt's own file has: qtbase_*.qm is loaded
            context, source, translated = qt_only
            assert QCoreApplication.translate(context, source) == translated
    finally:
        languages.close()

"""Interface languages: Qt Linguist translations, bundled fonts, the pseudo-locale and the
live language switch.

English is the source language. The other seven are `.ts` files in assets/i18n/, compiled
to `.qm` by `packaging/translations.py build` (install.sh runs it). Switching installs the
new translators and Qt sends QEvent.LanguageChange to every widget; each widget rebuilds
its texts in retranslate_ui(). Nothing here is a module-level singleton: the translators
are children of the QApplication they are installed in, so a second `Languages` (tests
build many apps in one process) still finds and removes them.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import asset_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Language:
    code: str  # stored on disk (interface.json): never change or reuse values
    native_name: str  # shown in the chooser in every interface language
    qt_language: QLocale.Language


SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", QLocale.Language.English),
    Language("de", "Deutsch", QLocale.Language.German),
    Language("fr", "Français", QLocale.Language.French),
    Language("it", "Italiano", QLocale.Language.Italian),
    Language("pt_BR", "Português", QLocale.Language.Portuguese),
    Language("hi", "हिन्दी", QLocale.Language.Hindi),
    Language("es", "Español", QLocale.Language.Spanish),
    Language("th", "ไทย", QLocale.Language.Thai),
)
LANGUAGE_CODES = tuple(language.code for language in LANGUAGES)
# Every string stretched and bracketed, to find clipped layouts. Never in the chooser;
# PADDOCK_LANGUAGE=pseudo shows it.
PSEUDO = "pseudo"

TRANSLATIONS_DIR = asset_path("i18n")
FONTS_DIR = asset_path("fonts")
SETTINGS_FILE_NAME = "interface.json"
# Devanagari before Thai: Qt tries each fallback family for a run of text, and warns when
# it offers a Devanagari run (a script that needs OpenType shaping) to a font without it.
FALLBACK_FAMILIES = ("Noto Sans Devanagari", "Noto Sans Thai")
_TRANSLATOR_NAME = "paddock-translator"


def qm_file_name(code: str) -> str:
    return f"paddock_{code}.qm"


# --- the system's language --------------------------------------------------------------


def language_for_locale(locale: QLocale) -> str:
    """The interface language for a locale: its language if Paddock has it, else English.
    Any Portuguese gets the Brazilian translation (the only Portuguese one)."""
    for language in LANGUAGES:
        if locale.language() == language.qt_language:
            return language.code
    return SOURCE_LANGUAGE


def system_language(locale: Optional[QLocale] = None) -> str:
    """The first of the person's preferred UI languages that Paddock speaks."""
    locale = QLocale.system() if locale is None else locale
    for name in list(locale.uiLanguages()) + [locale.name()]:
        candidate = QLocale(name)
        if candidate.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
            continue
        code = language_for_locale(candidate)
        if code != SOURCE_LANGUAGE or candidate.language() == QLocale.Language.English:
            return code
    return SOURCE_LANGUAGE


def locale_for(code: str, system: Optional[QLocale] = None) -> QLocale:
    """Number and date formats: the system's own locale when it is in the chosen
    language (keeps de_AT, es_MX, ...), else the language's main locale."""
    system = QLocale.system() if system is None else system
    if code == PSEUDO:
        code = SOURCE_LANGUAGE
    if language_for_locale(system) == code and system.language() != QLocale.Language.C:
        return system
    return QLocale(code)


# --- fonts ---------------------------------------------------------------------------------


def register_fonts(app: QApplication, fonts_dir: Path = FONTS_DIR) -> list[str]:
    """Make Hindi and Thai render where the system has no fonts for them: register the
    bundled Noto fonts and put them behind the UI font. Returns the fallback families."""
    for path in sorted(fonts_dir.glob("*.ttf")):
        if _font_available(path):
            continue  # registered by an earlier start, or installed on the system
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.error("cannot load the bundled font %s", path)
    families = set(QFontDatabase.families())
    fallbacks = [family for family in FALLBACK_FAMILIES if family in families]
    font = QFont(app.font())
    main = [family for family in font.families() if family not in FALLBACK_FAMILIES] or [font.family()]
    font.setFamilies(main + fallbacks)
    app.setFont(font)
    return fallbacks


def _font_available(path: Path) -> bool:
    """A font file is available when its family has its style: NotoSansThai-Bold.ttf is
    "Noto Sans Thai", "Bold"."""
    name, _, style = path.stem.partition("-")
    family = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return (style or "Regular") in QFontDatabase.styles(family)


# --- the pseudo-locale ---------------------------------------------------------------------

_ACCENTED = str.maketrans("aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝçñÇÑ")
_KEEP = re.compile(r"(%L?\d+|%L?n|<[^>]*>|&\w+;|\(\*[^)]*\))")


def pseudo_text(text: str) -> str:
    """`text` ~40% longer, accented and bracketed; placeholders and markup kept intact."""
    parts = _KEEP.split(text)
    stretched = "".join(part if index % 2 else part.translate(_ACCENTED) for index, part in enumerate(parts))
    return "[" + stretched + "~" * math.ceil(len(text) * 0.4) + "]"


class PseudoTranslator(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: Optional[str] = None, n: int = -1
    ) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name); an empty translator sends no LanguageChange
        return False


# --- switching -------------------------------------------------------------------------------


class Languages(QObject):
    """Owns the translators of one QApplication and the saved choice."""

    languageChanged = Signal(str)  # the new code

    def __init__(
        self,
        app: QApplication,
        config_dir: Path,
        translations_dir: Path = TRANSLATIONS_DIR,
        system_locale: Optional[QLocale] = None,
    ) -> None:
        super().__init__()
        self._app = app
        self._settings_file = config_dir / SETTINGS_FILE_NAME
        self._translations_dir = translations_dir
        self._system_locale = QLocale.system() if system_locale is None else system_locale
        self.current = SOURCE_LANGUAGE

    def start(self, language: Optional[str] = None) -> str:
        """Fonts, then the first of: `language`, $PADDOCK_LANGUAGE, the saved choice, the
        system's language. Returns the code in effect."""
        register_fonts(self._app)
        requested = language or os.environ.get("PADDOCK_LANGUAGE") or self.saved()
        code = requested if requested in LANGUAGE_CODES + (PSEUDO,) else system_language(self._system_locale)
        self.apply(code)
        return code

    def saved(self) -> Optional[str]:
        try:
            data = json.loads(self._settings_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable %s: %s", self._settings_file, error)
            return None
        code = data.get("language") if isinstance(data, dict) else None
        return code if code in LANGUAGE_CODES else None

    def choose(self, code: str) -> None:
        """The person picked a language: apply it now and remember it."""
        self.apply(code)
        self._save(code)

    def apply(self, code: str) -> None:
        """Install `code`'s translators; every widget has retranslated when this returns."""
        if code not in LANGUAGE_CODES and code != PSEUDO:
            raise ValueError(f"unknown interface language {code!r}")
        # The locale first: retranslate_ui() formats numbers with the default QLocale.
        QLocale.setDefault(locale_for(code, self._system_locale))
        self._remove_translators()
        for translator in self._load_translators(code):
            translator.setObjectName(_TRANSLATOR_NAME)
            translator.setParent(self._app)
            self._app.installTranslator(translator)
        # Removing and installing translators posts LanguageChange to the top-level
        # widgets; deliver them now so the switch is complete (and testable) on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.current = code
        self.languageChanged.emit(code)

    def _remove_translators(self) -> None:
        for translator in self._app.findChildren(QTranslator, _TRANSLATOR_NAME):
            self._app.removeTranslator(translator)
            translator.setParent(None)  # Python owns it again and frees it

    def _load_translators(self, code: str) -> Iterable[QTranslator]:
        if code == PSEUDO:
            return [PseudoTranslator()]
        translators = []
        # Qt's own texts (dialog buttons, context menus) where Qt ships them; installed
        # first so that Paddock's files, searched first, win where both have a text.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator()
        if code != SOURCE_LANGUAGE and qtbase.load(f"qtbase_{code}", qt_dir):
            translators.append(qtbase)
        ours = QTranslator()
        qm = self._translations_dir / qm_file_name(code)
        if ours.load(str(qm)):
            translators.append(ours)
        else:
            log.error("no translations at %s; run packaging/translations.py build", qm)
        return translators

    def _save(self, code: str) -> None:
        try:
            self._settings_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._settings_file.with_suffix(".tmp")
            temporary.write_text(json.dumps({"language": code}), encoding="utf-8")
            temporary.replace(self._settings_file)
        except OSError as error:
            log.warning("cannot remember the interface language in %s: %s", self._settings_file, error)

    def close(self) -> None:
        """Back to the source language with no translators installed."""
        self._remove_translators()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self.current = SOURCE_LANGUAGE

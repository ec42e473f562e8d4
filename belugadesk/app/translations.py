"""The UI language: Qt translators for the app's catalogues (``resources/i18n/belugadesk_<lang>.qm``) and
Qt's own (``qtbase_<lang>.qm``: standard buttons and context menus), the default ``QLocale`` and the
layout direction (right to left for Arabic, Hebrew…).

The language is the one chosen in Settings → Appearance, or the system's (``QLocale.system()``) when none
is chosen; ``--locale`` overrides both. It is installed once at start-up, before any widget exists, so a
change in Settings takes effect after a restart. English is the source language: its catalogue holds
only the plural forms (``%n thread(s)`` → "1 thread", "2 threads") and is installed under every other."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from belugadesk.viewmodels.resources_access import resources_dir

log = logging.getLogger(__name__)

CATALOGUE = "belugadesk"


def catalogue_dir() -> Path:
    return resources_dir() / "i18n"


def shipped_languages() -> list[str]:
    """The languages with a compiled catalogue, e.g. ``["de", "en", "es", …]``."""
    return sorted(p.stem.removeprefix(f"{CATALOGUE}_") for p in catalogue_dir().glob(f"{CATALOGUE}_*.qm"))


def _load(translator: QTranslator, locale: QLocale, name: str, folder: str) -> bool:
    return translator.load(locale, name, "_", folder)


def install_translations(qapp: QCoreApplication, language: str = "") -> QLocale:
    """Install the translators for ``language`` ("" = the system's) and return the locale in use.

    Replaces translators installed by an earlier call (tests switch languages). A language with no
    catalogue falls back to English text with that locale's number formats and layout direction."""
    for old in qapp.findChildren(QTranslator, "belugadesk-translator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    folders = (
        (f"{CATALOGUE}_en", str(catalogue_dir())),  # English plurals under every language
        (CATALOGUE, str(catalogue_dir())),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in folders:
        translator = QTranslator(qapp)
        translator.setObjectName("belugadesk-translator")
        if name.endswith("_en"):
            found = translator.load(name, folder)
        else:
            found = _load(translator, locale, name, folder)
        if found:
            QCoreApplication.installTranslator(translator)
        else:
            translator.deleteLater()
            if name == CATALOGUE and locale.language() != QLocale.Language.English:
                log.info("No translation for %s; the UI is in English", locale.name())
    if isinstance(qapp, QGuiApplication):
        qapp.setLayoutDirection(locale.textDirection())
    return locale
